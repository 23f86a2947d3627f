#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace centerdesk::core {
class Store;
}

namespace centerdesk::ui {

class DialogSeam;
class ReferenceDataView;
class Settings;

// The main window: navigation on the left (only what the user may use), the
// selected view on the right, the store and session in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(core::Store& store, Settings& settings, DialogSeam& dialogs,
               QWidget* parent = nullptr);

    QListWidget* navigation() const { return m_navigation; }
    ReferenceDataView* referenceView() const { return m_referenceView; }
    // Selects the navigation entry named `key` ("reference", ...).
    bool showView(const QString& key);
    QString currentViewKey() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addView(const QString& key, const QString& title, QWidget* view);
    void createMenus();
    void showAbout();

    core::Store& m_store;
    Settings& m_settings;
    DialogSeam& m_dialogs;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_views = nullptr;
    ReferenceDataView* m_referenceView = nullptr;
};

} // namespace centerdesk::ui
