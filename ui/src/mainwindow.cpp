#include "centerdesk/ui/mainwindow.h"

#include "centerdesk/core/store.h"
#include "centerdesk/ui/aboutdialog.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/referencedataview.h"
#include "centerdesk/ui/settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace centerdesk::ui {

namespace {
constexpr int viewKeyRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(core::Store& store, Settings& settings, DialogSeam& dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CenterDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/centerdesk/icons/centerdesk.svg")));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMinimumWidth(160);
    m_views = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_referenceView = new ReferenceDataView(m_store, m_views);
    addView(QStringLiteral("reference"), tr("Reference data"), m_referenceView);

    connect(m_navigation, &QListWidget::currentRowChanged, m_views,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    createMenus();
    auto* storeLabel = new QLabel(tr("Store: %1 (schema %2)")
                                      .arg(QDir::toNativeSeparators(m_store.path()))
                                      .arg(m_store.schemaVersion()),
                                  this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addWidget(storeLabel, 1);

    resize(1200, 760);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
}

void MainWindow::addView(const QString& key, const QString& title, QWidget* view)
{
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(viewKeyRole, key);
    m_views->addWidget(view);
}

bool MainWindow::showView(const QString& key)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(viewKeyRole).toString() == key) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentViewKey() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(viewKeyRole).toString() : QString();
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* action = viewMenu->addAction(item->text(), this,
                                              [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }
    QAction* find = viewMenu->addAction(tr("&Search"), this, [this] {
        if (currentViewKey() == QLatin1String("reference"))
            m_referenceView->searchField()->setFocus(Qt::ShortcutFocusReason);
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CenterDesk"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(&m_store, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace centerdesk::ui
