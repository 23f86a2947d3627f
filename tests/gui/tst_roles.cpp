// Each role's main path through the real main window on a demo store, under
// QT_QPA_PLATFORM=offscreen: sign in, land on the role's home, find the work,
// act on it, see the result. Dialogs are the real ones, filled through the
// DialogSeam. With CENTERDESK_SCREENSHOT_DIR set, each home is saved as a PNG
// for the README.
#include "centerdesk/core/backupservice.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/demodata.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/backupsdialog.h"
#include "centerdesk/ui/bulkactiondialog.h"
#include "centerdesk/ui/casedetailview.h"
#include "centerdesk/ui/caselistmodel.h"
#include "centerdesk/ui/casesview.h"
#include "centerdesk/ui/caseworkspace.h"
#include "centerdesk/ui/createcasedialog.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/mainwindow.h"
#include "centerdesk/ui/myworkview.h"
#include "centerdesk/ui/policiesview.h"
#include "centerdesk/ui/portfolioview.h"
#include "centerdesk/ui/sendtohqdialog.h"
#include "centerdesk/ui/session.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace centerdesk;

// QVERIFY for the dialog callbacks, which return the dialog's result.
#define QVERIFY_RETURN(condition)                                                                  \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(condition), #condition, "", __FILE__, __LINE__))     \
            return 0;                                                                              \
    } while (false)
#define QTRY_VERIFY_RETURN(condition)                                                              \
    do {                                                                                           \
        (void)QTest::qWaitFor([&] { return static_cast<bool>(condition); }, 5000);                 \
        QVERIFY_RETURN(condition);                                                                 \
    } while (false)

namespace {

// Answers the application's questions: dialogs through `onDialog`, text from a queue.
class RoleDialogs final : public ui::DialogSeam
{
public:
    std::function<int(QDialog&)> onDialog;
    QList<std::optional<QString>> answers;
    QStringList errors;
    QString fileToOpen;
    QStringList opened;

    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    QString askForOtherStore(QWidget*, const QString&) override { return {}; }
    std::optional<QString> askText(QWidget*, const QString&, const QString&, bool) override
    {
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    }
    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    int execDialog(QDialog& dialog) override { return onDialog ? onDialog(dialog) : 0; }
    QString askOpenFile(QWidget*, const QString&) override { return fileToOpen; }
    bool openExternally(const QString& path) override
    {
        opened << path;
        return true;
    }
};

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("CENTERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

// Shows the first case in the detail beside the list, as a user's click would.
void selectFirstRow(ui::CasesView* list)
{
    if (list->model()->rowCount() == 0)
        return;
    (void)QTest::qWaitFor([list] { return list->model()->isRowLoaded(0); }, 10000);
    list->table()->setCurrentIndex(list->model()->index(0, 0));
}

// Waits until the list's first page for its current filter has arrived.
bool waitForList(ui::CasesView* list)
{
    return QTest::qWaitFor(
        [list] {
            return list->model()->isReady() && !list->model()->isLoading() &&
                   list->model()->isCountKnown();
        },
        20000);
}

} // namespace

class TestRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A service that begins a write with a read still open fails at
        // random (the CI failure of this file: creating a case right after
        // the window's clock sweep committed).
        QTest::failOnWarning(QRegularExpression(
            QRegularExpression::escape(QString::fromLatin1(core::Store::openReadWarning))));
    }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Enough cases for every queue to hold some, few enough to build in seconds.
        qputenv("CENTERDESK_DEMO_CASES", "300");
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto store = core::Store::open(m_path);
        QVERIFY(store.ok());
        m_store = std::move(*store);
        const core::Result<core::DemoSummary> demo = core::DemoData::populate(*m_store);
        QVERIFY2(demo.ok(), qPrintable(demo ? QString() : demo.error().message));
        m_settings = std::make_unique<ui::Settings>(m_dir.filePath(QStringLiteral("ui.ini")));
    }

    void staff_home_isMyWorkWithCountsFromTheStore()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("staff")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.resize(1280, 800);
        window.show();
        QCOMPARE(window.currentViewKey(), QStringLiteral("mywork"));
        // The clock sweep at start-up runs in the background and reports in the status bar.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QLabel*>(QStringLiteral("sweepLabel"))
                ->text()
                .startsWith(
                    ui::MainWindow::tr("Clocks swept at %1").section(QLatin1Char('%'), 0, 0)),
            20000);
        auto* myWork = qobject_cast<ui::MyWorkView*>(window.view(QStringLiteral("mywork")));
        QVERIFY(myWork);
        QTRY_VERIFY_WITH_TIMEOUT(myWork->count(QStringLiteral("mine")) >= 0, 10000);
        QCOMPARE(myWork->count(QStringLiteral("mine")),
                 count("SELECT count(*) FROM cases c JOIN app_user u ON u.uuid = c.assignee_uuid "
                       "WHERE u.name = 'staff' AND c.state_category NOT IN ('resolved', "
                       "'closed')"));
        QVERIFY(myWork->count(QStringLiteral("mine")) > 0);
        // The navigation shows the number.
        QTRY_VERIFY(window.navigation()->item(0)->text().contains(
            QString::number(myWork->count(QStringLiteral("mine")))));
        ui::CasesView* list = myWork->workspace()->list();
        QVERIFY(waitForList(list));
        QCOMPARE(list->model()->rowCount(), myWork->count(QStringLiteral("mine")));
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The breached tile lists exactly the breached cases of the user.
        myWork->tile(QStringLiteral("breached"))->click();
        QVERIFY(waitForList(list));
        QTRY_COMPARE(list->model()->rowCount(), myWork->count(QStringLiteral("breached")));
        myWork->showTile(QStringLiteral("mine"));
        QVERIFY(waitForList(list));
        QCOMPARE(list->model()->rowCount(), myWork->count(QStringLiteral("mine")));
        selectFirstRow(list);
        saveScreenshot(window, QStringLiteral("home-center-staff"));
    }

    void staff_newCase_checkedAsTypedThenOpensInItsWindow()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("staff")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        QString created;
        QStringList problems;
        dialogs.onDialog = [&](QDialog& dialog) {
            auto* create = qobject_cast<ui::CreateCaseDialog*>(&dialog);
            if (!create)
                return 0;
            create->typeField()->setCurrentIndex(
                create->typeField()->findData(QStringLiteral("protest")));
            // Nothing typed yet: core names the first missing field.
            create->checkNow();
            problems << create->problemField();
            QVERIFY_RETURN(!create->createButton()->isEnabled());
            // The account picked by part of its name.
            QTest::keyClicks(create->accountField(), accountNameFragment());
            QTRY_VERIFY_RETURN(!create->accountSuggestions().isEmpty());
            create->accountField()->setText(create->accountSuggestions().first());
            QTest::keyClicks(create->subjectField(), QStringLiteral("Protest of liquidation"));
            // A reference typed wrong is named inline, then corrected.
            create->referenceKindField()->setCurrentIndex(
                create->referenceKindField()->findData(QStringLiteral("hts")));
            QTest::keyClicks(create->referenceField(), QStringLiteral("12345"));
            create->checkNow();
            problems << create->problemField();
            create->referenceField()->setText(QStringLiteral("8471.30.0100"));
            auto* kind =
                qobject_cast<QComboBox*>(create->typeFieldWidget(QStringLiteral("protest-kind")));
            QVERIFY_RETURN(kind);
            kind->setCurrentIndex(kind->findData(QStringLiteral("514")));
            const bool accepted = create->checkNow();
            problems << create->problem();
            QVERIFY_RETURN(accepted);
            QVERIFY_RETURN(create->createButton()->isEnabled());
            create->createButton()->click();
            created = create->created().number;
            return create->result();
        };
        const int before = count("SELECT count(*) FROM cases");
        window.findChild<QAction*>(QStringLiteral("newCaseAction"))->trigger();
        QVERIFY2(!created.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
        QCOMPARE(problems.at(0), QStringLiteral("account"));
        QCOMPARE(problems.at(1), QStringLiteral("reference"));
        QCOMPARE(count("SELECT count(*) FROM cases"), before + 1);
        // The new case opens in its own window.
        const QList<ui::CaseDetailView*> windows = window.caseWindows();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.first()->record()->number, created);
        QCOMPARE(windows.first()->record()->references.first().value,
                 QStringLiteral("8471.30.01.00"));
        // Checking as typed wrote nothing: the case numbers have no gap.
        QCOMPARE(count("SELECT count(*) FROM cases WHERE number = ?", {created}), 1);

        // A data sheet attached in the case window, then opened from the store.
        ui::CaseDetailView* detail = windows.first();
        const QByteArray content("Liquidation notice, entry 123-4567890-1\n");
        dialogs.fileToOpen = m_dir.filePath(QStringLiteral("notice.txt"));
        {
            QFile file(dialogs.fileToOpen);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        detail->findChild<QPushButton*>(QStringLiteral("caseAttachButton"))->click();
        QCOMPARE(detail->attachmentsTable()->rowCount(), 1);
        QCOMPARE(detail->attachmentsTable()->item(0, 0)->text(), QStringLiteral("notice.txt"));
        const core::Result<QString> openedPath = detail->openAttachment(0);
        QVERIFY(openedPath.ok());
        QCOMPARE(dialogs.opened, QStringList{*openedPath});
        QFile copy(*openedPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), content);
    }

    void staff_bulkAssign_previewApplyThenUndo()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("staff")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.show();
        QVERIFY(window.showView(QStringLiteral("cases")));
        auto* workspace = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("cases")));
        ui::CasesView* list = workspace->list();
        list->openOnlyFilter()->setChecked(true);
        list->applyFilter();
        QVERIFY(waitForList(list));
        QVERIFY(list->model()->rowCount() >= 3);
        QTRY_VERIFY(list->model()->isRowLoaded(2));
        list->table()->selectionModel()->select(
            QItemSelection(list->model()->index(0, 0), list->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QStringList uuids = list->selectedUuids();
        QCOMPARE(uuids.size(), 3);
        QMap<QString, QString> before;
        for (const QString& uuid : uuids)
            before.insert(uuid, assigneeOf(uuid));

        QString previewSummary;
        dialogs.onDialog = [&](QDialog& dialog) {
            auto* bulk = qobject_cast<ui::BulkActionDialog*>(&dialog);
            if (!bulk)
                return 0;
            bulk->assigneeField()->setCurrentIndex(
                bulk->assigneeField()->findData(QStringLiteral("staff")));
            QVERIFY_RETURN(bulk->runPreview());
            // The preview changed nothing yet.
            for (const QString& uuid : uuids)
                QVERIFY_RETURN(assigneeOf(uuid) == before.value(uuid));
            QVERIFY_RETURN(bulk->previewTable()->rowCount() == 3);
            previewSummary = bulk->previewTable()->item(0, 3)->text();
            QVERIFY_RETURN(bulk->applyButton()->isEnabled());
            bulk->applyButton()->click();
            return bulk->result();
        };
        list->findChild<QPushButton*>(QStringLiteral("bulkAssign"))->click();
        QCOMPARE(previewSummary, ui::BulkActionDialog::tr("Will change"));
        for (const QString& uuid : uuids)
            QCOMPARE(assigneeOf(uuid), QStringLiteral("staff"));
        QCOMPARE(window.undoStack()->count(), 1);
        window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        for (const QString& uuid : uuids)
            QCOMPARE(assigneeOf(uuid), before.value(uuid));
        window.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
        for (const QString& uuid : uuids)
            QCOMPARE(assigneeOf(uuid), QStringLiteral("staff"));
        const core::Result<core::ChainCheck> chain = core::HistoryLog::verifyChain(*m_store);
        QVERIFY(chain.ok() && chain->firstBrokenSeq == 0);
    }

    void staff_sendToHq_packageWrittenAndStatusBarSaysWhen()
    {
        const QString keys = m_dir.filePath(QStringLiteral("keys"));
        const core::Result<core::SyncIdentity> key = core::SyncService(*m_store).generateKey(
            keys, QStringLiteral("WS1"), QStringLiteral("PHC"));
        QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
        ui::Session session(*m_store, signIn(QStringLiteral("staff")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        const QString outbox = m_dir.filePath(QStringLiteral("outbox"));
        QString written;
        dialogs.onDialog = [&](QDialog& dialog) {
            auto* send = qobject_cast<ui::SendToHqDialog*>(&dialog);
            if (!send)
                return 0;
            send->setFolder(outbox);
            QVERIFY_RETURN(send->startExport());
            QVERIFY_RETURN(send->waitForFinished(30000));
            QVERIFY_RETURN(send->outcome() && send->outcome()->ok());
            written = send->outcome()->value().packagePath;
            return int(QDialog::Accepted);
        };
        window.findChild<QAction*>(QStringLiteral("sendToHqAction"))->trigger();
        QVERIFY(QFileInfo::exists(written));
        QVERIFY(QFileInfo::exists(written + QStringLiteral(".minisig")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("lastSentLabel"))
                    ->text()
                    .contains(QFileInfo(written).fileName()));
        // A NAM does not send packages.
        ui::Session nam(*m_store, signIn(QStringLiteral("nam")));
        ui::MainWindow namWindow(nam, *m_settings, dialogs);
        QVERIFY(!namWindow.findChild<QAction*>(QStringLiteral("sendToHqAction")));
    }

    void staff_savedView_keptPerUserAndRestored()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("staff")));
        {
            ui::CasesView view(session, m_settings.get(), QStringLiteral("cases"), {});
            view.overdueFilter()->setChecked(true);
            view.tierFilter()->setCurrentIndex(view.tierFilter()->findData(QStringLiteral("isa")));
            view.applyFilter();
            view.saveView(QStringLiteral("Overdue ISA"));
            QCOMPARE(view.savedViewNames(), QStringList{QStringLiteral("Overdue ISA")});
        }
        ui::CasesView again(session, m_settings.get(), QStringLiteral("cases"), {});
        QVERIFY(!again.filter().overdueOnly);
        QVERIFY(again.applySavedView(QStringLiteral("Overdue ISA")));
        QVERIFY(again.filter().overdueOnly);
        QCOMPARE(again.filter().tier, QStringLiteral("isa"));
        QVERIFY(waitForList(&again));
        QCOMPARE(again.model()->rowCount(),
                 ui::CaseListModel::countMatching(*m_store, session.actor(), again.filter()));
        // Another user does not see it.
        ui::Session other(*m_store, signIn(QStringLiteral("staff.ele")));
        ui::CasesView theirs(other, m_settings.get(), QStringLiteral("cases"), {});
        QVERIFY(theirs.savedViewNames().isEmpty());
        again.deleteSavedView(QStringLiteral("Overdue ISA"));
        QVERIFY(again.savedViewNames().isEmpty());
    }

    void nam_home_isPortfolioAndSeesOnlyPortfolioCases()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("nam")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.resize(1280, 800);
        window.show();
        QCOMPARE(window.currentViewKey(), QStringLiteral("portfolio"));
        auto* portfolio =
            qobject_cast<ui::PortfolioView*>(window.view(QStringLiteral("portfolio")));
        QVERIFY(portfolio);
        QCOMPARE(portfolio->table()->model()->rowCount(),
                 count("SELECT count(*) FROM account a JOIN app_user u ON u.uuid = a.nam_user_uuid "
                       "WHERE u.name = 'nam'"));
        saveScreenshot(window, QStringLiteral("home-nam"));
        auto* cases = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("cases")));
        QVERIFY(waitForList(cases->list()));
        QCOMPARE(cases->list()->model()->rowCount(),
                 count("SELECT count(*) FROM cases c JOIN account a ON a.uuid = c.account_uuid "
                       "JOIN app_user u ON u.uuid = a.nam_user_uuid WHERE u.name = 'nam'"));
    }

    void port_home_isReferralsQueue_recordsThePortDecision()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("port")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.resize(1280, 800);
        window.show();
        QCOMPARE(window.currentViewKey(), QStringLiteral("referrals"));
        auto* queue = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("referrals")));
        QVERIFY(waitForList(queue->list()));
        QCOMPARE(queue->list()->model()->rowCount(),
                 count("SELECT count(*) FROM cases WHERE port_code = '1001' AND type IN "
                       "('release-referral', 'ftz-issue', 'pending-release') AND state_category "
                       "NOT IN ('resolved', 'closed')"));
        selectFirstRow(queue->list());
        saveScreenshot(window, QStringLiteral("home-port-official"));

        // The port raises a referral; the Center answers it.
        core::CaseInput referral;
        referral.type = QStringLiteral("release-referral");
        referral.account =
            text("SELECT ior_number FROM account WHERE center_code = 'PHC' ORDER BY name LIMIT 1");
        referral.portCode = QStringLiteral("1001");
        referral.subject = QStringLiteral("Shipment held for documents");
        core::CaseService cases(*m_store);
        const core::Result<core::CaseRecord> raised = cases.create(session.actor(), referral);
        QVERIFY2(raised.ok(), qPrintable(raised ? QString() : raised.error().message));
        const core::Actor staff = signIn(QStringLiteral("staff"));
        QVERIFY(cases.transition(staff, raised->uuid, QStringLiteral("accept")).ok());
        const core::Status recommended = cases.transition(
            staff, raised->uuid, QStringLiteral("recommend"), QString(),
            {{QStringLiteral("recommendation"), QStringLiteral("Release: documents in order")}});
        QVERIFY2(recommended.ok(),
                 qPrintable(recommended ? QString() : recommended.error().message));
        Q_EMIT session.casesChanged();
        const QString answered = raised->number;
        auto* myWork = qobject_cast<ui::MyWorkView*>(window.view(QStringLiteral("mywork")));
        QTRY_VERIFY_WITH_TIMEOUT(myWork->count(QStringLiteral("answered")) > 0, 10000);
        dialogs.answers = {answered};
        window.findChild<QAction*>(QStringLiteral("goToCaseAction"))->trigger();
        QCOMPARE(window.caseWindows().size(), 1);
        ui::CaseDetailView* detail = window.caseWindows().first();
        QVERIFY(detail->availableStepIds().contains(QStringLiteral("record-port-decision")));
        const core::Status decided = detail->takeStep(
            QStringLiteral("record-port-decision"), QStringLiteral("Released after exam"),
            {{QStringLiteral("port-decision"), QStringLiteral("released")}});
        QVERIFY2(decided.ok(), qPrintable(decided ? QString() : decided.error().message));
        QCOMPARE(text("SELECT state FROM cases WHERE number = ?", {answered}),
                 QStringLiteral("port-decided"));
        // The queue and the tile follow.
        QTRY_VERIFY_WITH_TIMEOUT(queue->list()->model()->isReady(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            myWork->count(QStringLiteral("answered")),
            count("SELECT count(*) FROM cases WHERE port_code = '1001' AND type = "
                  "'release-referral' AND state = 'recommendation-given'"),
            10000);
        // An unknown number opens nothing and says why.
        dialogs.answers = {QStringLiteral("PHC-1999-000001")};
        window.findChild<QAction*>(QStringLiteral("goToCaseAction"))->trigger();
        QCOMPARE(window.caseWindows().size(), 1);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    void fpf_home_isPetitions_requestsCenterInput()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("fpf")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.resize(1280, 800);
        window.show();
        QCOMPARE(window.currentViewKey(), QStringLiteral("petitions"));
        auto* queue = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("petitions")));
        QVERIFY(waitForList(queue->list()));
        QCOMPARE(queue->list()->model()->rowCount(),
                 count("SELECT count(*) FROM cases WHERE port_code = '1001' AND type LIKE "
                       "'%petition' AND state_category NOT IN ('resolved', 'closed')"));
        selectFirstRow(queue->list());
        saveScreenshot(window, QStringLiteral("home-fpf-officer"));
        const QString petition = text("SELECT number FROM cases WHERE port_code = '1001' AND "
                                      "type LIKE '%petition' AND state = 'under-review' LIMIT 1");
        QVERIFY(!petition.isEmpty());
        ui::CaseDetailView* detail = window.openCaseWindow(petition);
        QVERIFY(detail);
        const core::Status asked = detail->takeStep(QStringLiteral("request-center-input"),
                                                    QStringLiteral("Please review mitigation"), {});
        QVERIFY2(asked.ok(), qPrintable(asked ? QString() : asked.error().message));
        QCOMPARE(text("SELECT state FROM cases WHERE number = ?", {petition}),
                 QStringLiteral("center-input-requested"));
    }

    void hq_home_isEscalations_everyCenterReadOnlyPolicies()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("hq")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.resize(1280, 800);
        window.show();
        QCOMPARE(window.currentViewKey(), QStringLiteral("escalations"));
        auto* queue = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("escalations")));
        QVERIFY(waitForList(queue->list()));
        QCOMPARE(queue->list()->model()->rowCount(),
                 count("SELECT count(*) FROM cases WHERE escalation_level IN ('ofo-hq', 'rr-hq', "
                       "'fpf-hq', 'biec') AND state_category NOT IN ('resolved', 'closed')"));
        selectFirstRow(queue->list());
        saveScreenshot(window, QStringLiteral("home-hq-analyst"));
        auto* policies = qobject_cast<ui::PoliciesView*>(window.view(QStringLiteral("policies")));
        QVERIFY(policies);
        QVERIFY(!policies->findChild<QPushButton*>(QStringLiteral("saveServiceLevels"))
                     ->isVisibleTo(policies));
        // Every Center's cases are in the HQ analyst's list.
        auto* all = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("cases")));
        QVERIFY(waitForList(all->list()));
        QCOMPARE(all->list()->model()->rowCount(), count("SELECT count(*) FROM cases"));
    }

    void admin_home_isUsers_editsPoliciesAndCalendar()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("admin")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.resize(1280, 800);
        window.show();
        QCOMPARE(window.currentViewKey(), QStringLiteral("users"));
        saveScreenshot(window, QStringLiteral("home-administrator"));
        QVERIFY(window.showView(QStringLiteral("policies")));
        auto* policies = qobject_cast<ui::PoliciesView*>(window.view(QStringLiteral("policies")));
        QTableWidget* levels = policies->serviceLevelTable();
        QVERIFY(levels->rowCount() > 10);
        const QString type = levels->item(0, 0)->data(Qt::UserRole + 1).toString();
        const QString tier = levels->item(0, 1)->data(Qt::UserRole + 1).toString();
        levels->item(0, 2)->setData(Qt::EditRole, 3.0);
        QVERIFY2(policies->saveServiceLevels(), qPrintable(policies->message()));
        QCOMPARE(count("SELECT first_response_minutes FROM service_level WHERE case_type = ? AND "
                       "tier = ?",
                       {type, tier}),
                 180);
        // A resolution shorter than the first response is refused, nothing saved.
        levels->item(0, 3)->setData(Qt::EditRole, 1.0);
        QVERIFY(!policies->saveServiceLevels());
        QVERIFY(policies->message().contains(type));
        QCOMPARE(count("SELECT first_response_minutes FROM service_level WHERE case_type = ? AND "
                       "tier = ?",
                       {type, tier}),
                 180);
        policies->reload();

        policies->centerField()->setCurrentIndex(
            policies->centerField()->findData(QStringLiteral("PHC")));
        policies->closureDayField()->setDate(QDate(2026, 12, 24));
        QTest::keyClicks(policies->closureReasonField(), QStringLiteral("Building closed"));
        QVERIFY2(policies->addClosure(), qPrintable(policies->message()));
        QCOMPARE(policies->closureTable()->rowCount(), 1);
        QCOMPARE(count("SELECT count(*) FROM center_closure WHERE center_code = 'PHC'"), 1);
        policies->closureTable()->setCurrentCell(0, 0);
        QVERIFY(policies->removeSelectedClosure());
        QCOMPARE(count("SELECT count(*) FROM center_closure WHERE center_code = 'PHC'"), 0);
    }

    void admin_backups_dailyAtStartThenBackUpNowAndRestoreRequested()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("admin")));
        RoleDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        // The day's automatic backup is written in the background at start-up.
        const QString folder = core::BackupService::folderFor(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(!core::BackupService::listFolder(folder).isEmpty(), 30000);
        QSignalSpy restore(&window, &ui::MainWindow::restoreRequested);
        int listed = 0;
        dialogs.onDialog = [&](QDialog& dialog) {
            auto* backups = qobject_cast<ui::BackupsDialog*>(&dialog);
            if (!backups)
                return 0;
            QVERIFY_RETURN(backups->backUpNow());
            QVERIFY_RETURN(backups->waitForBackup(30000));
            listed = backups->table()->rowCount();
            backups->table()->selectRow(0);
            QVERIFY_RETURN(backups->requestRestore());
            return backups->result();
        };
        window.findChild<QAction*>(QStringLiteral("backupsAction"))->trigger();
        QVERIFY(listed >= 2);
        QCOMPARE(restore.size(), 1);
        QVERIFY(restore.constFirst().constFirst().toString().startsWith(folder));
    }

    void settings_startViewChosen_nextWindowStartsThere()
    {
        ui::Session session(*m_store, signIn(QStringLiteral("staff")));
        RoleDialogs dialogs;
        dialogs.onDialog = [](QDialog& dialog) {
            auto* settings = qobject_cast<ui::SettingsDialog*>(&dialog);
            if (!settings)
                return 0;
            settings->startViewField()->setCurrentIndex(
                settings->startViewField()->findData(QStringLiteral("accounts")));
            settings->languageField()->setCurrentIndex(
                settings->languageField()->findData(QStringLiteral("es")));
            settings->save();
            return int(QDialog::Accepted);
        };
        {
            ui::MainWindow window(session, *m_settings, dialogs);
            window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        }
        QCOMPARE(m_settings->language(), QStringLiteral("es"));
        ui::MainWindow again(session, *m_settings, dialogs);
        QCOMPARE(again.currentViewKey(), QStringLiteral("accounts"));
        m_settings->setStartView(QString());
        m_settings->setLanguage(QStringLiteral("system"));
    }

private:
    core::Actor signIn(const QString& name)
    {
        const core::Result<core::Actor> actor =
            core::UserService(*m_store).signIn(name, core::DemoData::demoPassword());
        if (!actor)
            qFatal("demo user %s cannot sign in: %s", qPrintable(name),
                   qPrintable(actor.error().message));
        return *actor;
    }

    int count(const char* sql, const QVariantList& bindings = {})
    {
        auto query = m_store->run(QString::fromLatin1(sql), bindings);
        return query && query->next() ? query->value(0).toInt() : -1;
    }

    QString text(const char* sql, const QVariantList& bindings = {})
    {
        auto query = m_store->run(QString::fromLatin1(sql), bindings);
        return query && query->next() ? query->value(0).toString() : QString();
    }

    QString assigneeOf(const QString& uuid)
    {
        return text("SELECT coalesce(u.name, '') FROM cases c LEFT JOIN app_user u ON u.uuid = "
                    "c.assignee_uuid WHERE c.uuid = ?",
                    {uuid});
    }

    QString accountNameFragment()
    {
        // The first word of a PHC account's name: typed as a user would.
        return text("SELECT name FROM account WHERE center_code = 'PHC' ORDER BY name LIMIT 1")
            .section(QLatin1Char(' '), 0, 0);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
