#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>

class QListWidget;
class QThread;
class QStackedWidget;
class QUndoStack;

namespace centerdesk::ui {

class CaseDetailView;
struct CaseListFilter;
class DialogSeam;
class ReferenceDataView;
class Session;
class Settings;

// The main window: navigation on the left (only what the signed-in user's
// roles can use), the selected view on the right, the store and the user in
// the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session& session, Settings& settings, DialogSeam& dialogs,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    QListWidget* navigation() const { return m_navigation; }
    ReferenceDataView* referenceView() const { return m_referenceView; }
    // Selects the navigation entry named `key` (accounts, portfolio, users,
    // reference); false when this user has no such view.
    bool showView(const QString& key);
    QString currentViewKey() const;
    QStringList viewKeys() const;
    // The view of `key`, built now if it has not been shown yet; nullptr
    // when this user has no such view.
    QWidget* view(const QString& key);
    // The view a role starts on: port officials their referrals, NAMs their
    // portfolio, HQ analysts the escalations, administrators the users,
    // everyone else My work; the user's start view in Settings wins.
    QString homeViewKey() const;

    // Opens the case (number or uuid) in its own window, or raises the one
    // already open; null when it cannot be shown (the message says why).
    CaseDetailView* openCaseWindow(const QString& numberOrUuid);
    QList<CaseDetailView*> caseWindows() const;
    // File > New case: the dialog through the seam; the new case opens in its window.
    void newCase();
    // File > Go to case: asks for a number through the seam.
    void goToCase();
    // The bulk buttons of any case list.
    void runBulk(const QString& kind, const QStringList& caseUuids);
    void showSettings();
    // File > Backups: list, back up now, restore (which needs the store
    // closed: restoreRequested goes to the application), open folder.
    void showBackups();
    // File > Send to HQ: the export dialog; the status bar then says when the last package went.
    void sendToHq();
    QUndoStack* undoStack() const { return m_undo; }

Q_SIGNALS:
    // The user chose File > Sign out; the application shows the sign-in again.
    void signOutRequested();
    // The window was closed (quit, or after a sign-out).
    void windowClosed();
    // An administrator chose to restore `backupPath`: the application closes
    // the store, restores it and asks for a new sign-in.
    void restoreRequested(const QString& backupPath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addView(const QString& key, const QString& title, QWidget* view);
    // A view built on its first visit (a placeholder until then): the
    // start-up window builds only what it shows first.
    void addLazyView(const QString& key, const QString& title, std::function<QWidget*()> makeView);
    QWidget* buildView(int index);
    void addCaseQueue(const QString& key, const QString& title, const CaseListFilter& base);
    void setNavigationCount(const QString& key, const QString& title, int count);
    void createMenus();
    void showAbout();
    void changeOwnPassword();
    void chooseLanguage(const QString& language);

    Session& m_session;
    Settings& m_settings;
    DialogSeam& m_dialogs;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_views = nullptr;
    ReferenceDataView* m_referenceView = nullptr;
    QHash<QString, std::function<QWidget*()>> m_unbuiltViews; // by view key
    QUndoStack* m_undo = nullptr;
    QPointer<QThread> m_sweepThread;
    QPointer<QThread> m_backupThread;
    bool m_sweeping = false;
};

} // namespace centerdesk::ui
