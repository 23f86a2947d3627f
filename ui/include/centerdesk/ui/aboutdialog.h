#pragma once

#include <QDialog>

namespace centerdesk::core {
class Store;
}

namespace centerdesk::ui {

// Versions of CenterDesk, its libraries, and the open store's schema and data.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const core::Store* store, QWidget* parent = nullptr);
    QString versionText() const { return m_versionText; }

private:
    QString m_versionText;
};

} // namespace centerdesk::ui
