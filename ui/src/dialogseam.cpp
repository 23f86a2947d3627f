#include "centerdesk/ui/dialogseam.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace centerdesk::ui {

void InteractiveDialogs::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::critical(parent, title, message);
}

QString InteractiveDialogs::askForOtherStore(QWidget* parent, const QString& message)
{
    QMessageBox box(QMessageBox::Critical, QObject::tr("CenterDesk cannot open the store"), message,
                    QMessageBox::NoButton, parent);
    QPushButton* choose =
        box.addButton(QObject::tr("Choose another store..."), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != choose)
        return {};
    return QFileDialog::getSaveFileName(parent, QObject::tr("Open or create a store"), QString(),
                                        QObject::tr("CenterDesk stores (*.db);;All files (*)"),
                                        nullptr, QFileDialog::DontConfirmOverwrite);
}

} // namespace centerdesk::ui

namespace centerdesk::ui {

std::optional<QString> InteractiveDialogs::askText(QWidget* parent, const QString& title,
                                                   const QString& label, bool secret)
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, title, label, secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace centerdesk::ui

namespace centerdesk::ui {

bool InteractiveDialogs::confirm(QWidget* parent, const QString& title, const QString& message,
                                 const QString& action)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, parent);
    QPushButton* goAhead = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == goAhead;
}

QString InteractiveDialogs::askOpenFile(QWidget* parent, const QString& title)
{
    return QFileDialog::getOpenFileName(parent, title);
}

bool InteractiveDialogs::openExternally(const QString& path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

int InteractiveDialogs::execDialog(QDialog& dialog)
{
    return dialog.exec();
}

} // namespace centerdesk::ui
