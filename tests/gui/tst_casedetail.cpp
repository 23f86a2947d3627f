// The case detail view over a real store under QT_QPA_PLATFORM=offscreen:
// header, clocks with their explanations, the steps each role may take, the
// actions driven through a scripted DialogSeam, and the tabs that follow them.
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/servicetier.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/accounttablemodel.h"
#include "centerdesk/ui/casedetailview.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/session.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk;

namespace {

// Answers askText from a queue; an empty queue (or a nullopt in it) cancels.
class ScriptedDialogs final : public ui::DialogSeam
{
public:
    QList<std::optional<QString>> answers;
    QStringList asked;
    QStringList errors;

    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    QString askForOtherStore(QWidget*, const QString& message) override
    {
        errors << message;
        return {};
    }
    std::optional<QString> askText(QWidget*, const QString&, const QString& label, bool) override
    {
        asked << label;
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
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

core::Actor actorOf(const core::User& user)
{
    return core::Actor{user.uuid, user.name, user.displayName, user.roles};
}

const QByteArray password = "Tariff-Schedule-2026!";

// One account in PHC, ISA today (C-TPAT II since 2020, ISA since 2021-06).
const QByteArray seedCsv =
    "name,ior,center,size,nam,exam_port,exam_facility,contact_name,contact_role,contact_email,"
    "contact_phone,ctpat_tier,ctpat_from,ctpat_to,isa_from,isa_to\n"
    "Acme Pharma,12-345678900,PHC,large,,1001,Newark CES,Ann Lee,Compliance manager,"
    "ann.lee@acme.example,+1 212 555 0100,2,2020-01-01,,2021-06-01,\n";

QString text(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

bool columnContains(const QTableWidget* table, int column, const QString& needle)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (text(table, row, column).contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestCaseDetail final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    core::Actor m_admin;
    core::Actor m_staff;
    core::Actor m_port;
    core::Actor m_hq;

    QString createRuling()
    {
        core::CaseService cases(*m_store);
        core::CaseInput input;
        input.type = QStringLiteral("binding-ruling");
        input.account = QStringLiteral("12-345678900");
        input.subject = QStringLiteral("Classification of a vitamin D3 premix");
        input.description = QStringLiteral("Heading 2936 or 2106?");
        input.references = {
            core::CaseReference{QStringLiteral("hts"), QStringLiteral("2936.29.50")}};
        const core::Result<core::CaseRecord> created = cases.create(m_staff, input);
        if (!created) {
            qWarning() << created.error().message;
            return {};
        }
        return created->number;
    }

    QString createReferral()
    {
        core::CaseService cases(*m_store);
        core::CaseInput input;
        input.type = QStringLiteral("release-referral");
        input.account = QStringLiteral("12-345678900");
        input.portCode = QStringLiteral("1001");
        input.subject = QStringLiteral("Release of a shipment of reagents");
        const core::Result<core::CaseRecord> created = cases.create(m_port, input);
        if (!created) {
            qWarning() << created.error().message;
            return {};
        }
        return created->number;
    }

    QString stateOf(const QString& number)
    {
        core::CaseService cases(*m_store);
        const core::Result<core::CaseRecord> record = cases.get(m_admin, number);
        return record ? record->state : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = core::Store::open(m_dir->filePath(QStringLiteral("cases.db")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(store).value();

        core::UserServiceOptions options;
        options.hashing = core::PasswordHasher::minimum();
        core::UserService users(*m_store, options);
        const core::Result<core::Actor> admin =
            users.createFirstAdministrator(QStringLiteral("admin"), password);
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message));
        m_admin = *admin;
        auto add = [&](const QString& name, const QString& display,
                       const core::RoleAssignment& role) -> std::optional<core::Actor> {
            const core::Result<core::User> user =
                users.addUser(m_admin, core::NewUser{name, display, password, {role}});
            if (!user) {
                qWarning() << user.error().message;
                return std::nullopt;
            }
            return actorOf(*user);
        };
        const auto staff = add(QStringLiteral("staff"), QStringLiteral("Sam Staff"),
                               {core::Role::CenterStaff, QStringLiteral("PHC"), {}});
        const auto port = add(QStringLiteral("port"), QStringLiteral("Pat Port"),
                              {core::Role::PortOfficial, {}, QStringLiteral("1001")});
        const auto hq =
            add(QStringLiteral("hq"), QStringLiteral("Hana HQ"), {core::Role::HqAnalyst, {}, {}});
        QVERIFY(staff && port && hq);
        m_staff = *staff;
        m_port = *port;
        m_hq = *hq;

        core::AccountImporter importer(*m_store);
        const core::Result<core::ImportReport> report = importer.importBytes(m_admin, seedCsv);
        QVERIFY(report.ok());
        for (const core::ImportProblem& problem : report->problems)
            qWarning() << problem.line << problem.field << problem.rule << problem.message;
        QCOMPARE(report->imported, 1);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void emptyStateAndUnknownCase()
    {
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        QVERIFY(!view.record());
        QVERIFY(view.caseUuid().isEmpty());
        auto* placeholder = view.findChild<QLabel*>(QStringLiteral("casePlaceholder"));
        QVERIFY(placeholder);
        QVERIFY(!placeholder->isHidden());
        QVERIFY(view.availableStepIds().isEmpty());

        const core::Status refused = view.addComment(QStringLiteral("hello"));
        QVERIFY(!refused.ok());
        QVERIFY(!view.message().isEmpty());

        view.showCase(QStringLiteral("PHC-2026-999999"));
        QVERIFY(!view.record());
        QVERIFY(!view.message().isEmpty());
        QVERIFY(view.messageIsError());
    }

    void showsHeaderClocksAndTimeline()
    {
        const QString number = createRuling();
        QVERIFY(!number.isEmpty());
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        view.resize(1100, 800);
        view.showCase(number);
        QVERIFY2(view.record(), qPrintable(view.message()));
        QVERIFY(view.message().isEmpty());
        QVERIFY(!view.caseUuid().isEmpty());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("casePlaceholder"))->isHidden());

        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("caseNumber"))->text(), number);
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("caseType"))->text(),
                 QStringLiteral("Binding ruling request"));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("caseAccount"))
                    ->text()
                    .contains(QStringLiteral("Acme Pharma")));
        auto* badge = view.findChild<QLabel*>(QStringLiteral("caseTierBadge"));
        QCOMPARE(badge->text(), core::tierLabel(core::ServiceTier::Isa));
        QCOMPARE(badge->property("tier").toString(), QStringLiteral("isa"));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("caseCenter"))->text(),
                 QStringLiteral("PHC"));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("caseState"))
                    ->text()
                    .contains(QStringLiteral("Submitted")));
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("caseLevel"))->text().isEmpty());

        // Every clock with its explanation as tooltip and, when selected, in full.
        QTableWidget* clocks = view.clocksTable();
        const core::CaseRecord& record = *view.record();
        QVERIFY(record.clocks.size() >= 3); // first response, resolution, statutory
        QCOMPARE(clocks->rowCount(), record.clocks.size());
        for (int row = 0; row < clocks->rowCount(); ++row) {
            for (int column = 0; column < clocks->columnCount(); ++column)
                QVERIFY(!clocks->item(row, column)->toolTip().isEmpty());
            QCOMPARE(clocks->item(row, 1)->data(Qt::UserRole).toString(),
                     record.clocks.at(row).state);
            QVERIFY(clocks->item(row, 1)->background().color().isValid());
        }
        clocks->selectRow(1);
        QCOMPARE(view.clockExplanation()->toPlainText(), record.clocks.at(1).explanation);
        QVERIFY(!view.clockExplanation()->toPlainText().isEmpty());
        QVERIFY(view.clockExplanation()->isReadOnly());

        // Timeline, references, notices.
        QCOMPARE(view.timelineTable()->rowCount(), record.history.size());
        QVERIFY(columnContains(view.timelineTable(), 2, QStringLiteral("Opened")));
        QVERIFY(columnContains(view.timelineTable(), 1, QStringLiteral("staff")));
        QCOMPARE(view.referencesTable()->rowCount(), 1);
        QCOMPARE(text(view.referencesTable(), 0, 0), QStringLiteral("hts"));
        QCOMPARE(view.noticesTable()->rowCount(), 1); // "submitted" is trade-visible
        QVERIFY(!text(view.noticesTable(), 0, 2).isEmpty());
        QVERIFY(!text(view.noticesTable(), 0, 3).isEmpty());
        saveScreenshot(view, QStringLiteral("case-detail"));

        view.showCase(QString());
        QVERIFY(!view.record());
    }

    void stepsFollowRolesAndLevel()
    {
        const QString number = createRuling();
        QVERIFY(!number.isEmpty());
        ScriptedDialogs dialogs;
        {
            ui::Session session(*m_store, m_staff);
            ui::CaseDetailView view(session, dialogs);
            view.showCase(number);
            QVERIFY(view.record());
            QCOMPARE(view.availableStepIds(),
                     (QStringList{QStringLiteral("queue"), QStringLiteral("withdraw")}));
            QVERIFY(view.stepButton(QStringLiteral("queue")));
            QVERIFY(view.stepButton(QStringLiteral("withdraw")));
            QVERIFY(!view.stepButton(QStringLiteral("start-review")));
            QVERIFY(view.findChild<QPushButton*>(QStringLiteral("caseStep_queue")));
            QVERIFY(
                !view.findChild<QPushButton*>(QStringLiteral("caseEscalateButton"))->isHidden());
            QVERIFY(
                view.findChild<QPushButton*>(QStringLiteral("caseAcknowledgeButton"))->isHidden());
        }
        {
            ui::Session session(*m_store, m_hq);
            ui::CaseDetailView view(session, dialogs);
            view.showCase(number);
            QVERIFY2(view.record(), qPrintable(view.message()));
            QVERIFY(view.availableStepIds().isEmpty());
            QVERIFY(
                view.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^caseStep_")))
                    .isEmpty());
            QVERIFY(!view.findChild<QLabel*>(QStringLiteral("caseNoSteps"))->isHidden());
            QVERIFY(view.findChild<QPushButton*>(QStringLiteral("caseEscalateButton"))->isHidden());
            QVERIFY(view.findChild<QPushButton*>(QStringLiteral("caseAssignButton"))->isHidden());
            // Core refuses what the view hides.
            QVERIFY(!view.takeStep(QStringLiteral("queue"), {}, {}).ok());
            QVERIFY(view.messageIsError());
            QCOMPARE(stateOf(number), QStringLiteral("submitted"));
        }
    }

    void missingCommentIsRefusedInline()
    {
        const QString number = createRuling();
        QVERIFY(!number.isEmpty());
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        QSignalSpy changed(&view, &ui::CaseDetailView::caseChanged);
        view.showCase(number);
        QVERIFY(view.takeStep(QStringLiteral("queue"), {}, {}).ok());
        QVERIFY(view.takeStep(QStringLiteral("start-review"), {}, {}).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), view.caseUuid());
        QCOMPARE(stateOf(number), QStringLiteral("under-review"));
        QVERIFY(!view.messageIsError());
        QVERIFY(view.availableStepIds().contains(QStringLiteral("request-information")));

        const int historyBefore = view.timelineTable()->rowCount();
        const core::Status refused =
            view.takeStep(QStringLiteral("request-information"), QStringLiteral("  "), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("comment"));
        QCOMPARE(refused.error().rule, QStringLiteral("required"));
        QVERIFY(view.messageIsError());
        QVERIFY(view.message().contains(refused.error().message));
        QCOMPARE(stateOf(number), QStringLiteral("under-review"));
        QCOMPARE(view.timelineTable()->rowCount(), historyBefore);
        QCOMPARE(changed.count(), 2);

        // Notices follow the trade-visible states: submitted, in queue, under review.
        QCOMPARE(view.noticesTable()->rowCount(), 3);
        QVERIFY(columnContains(view.noticesTable(), 1, QStringLiteral("Under review")));
    }

    void scriptedStepButtonWithCommentAndField()
    {
        const QString number = createRuling();
        QVERIFY(!number.isEmpty());
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        QSignalSpy changed(&view, &ui::CaseDetailView::caseChanged);
        view.showCase(number);

        // Cancelled at the first question: nothing happens.
        QPushButton* withdraw = view.stepButton(QStringLiteral("withdraw"));
        QVERIFY(withdraw);
        withdraw->click();
        QCOMPARE(dialogs.asked.size(), 1);
        QCOMPARE(stateOf(number), QStringLiteral("submitted"));
        QVERIFY(view.message().isEmpty());
        QCOMPARE(changed.count(), 0);

        // Comment and the required outcome, answered.
        dialogs.asked.clear();
        dialogs.answers = {QStringLiteral("The importer withdrew the request."),
                           QStringLiteral("withdrawn")};
        view.stepButton(QStringLiteral("withdraw"))->click();
        QCOMPARE(dialogs.asked.size(), 2);
        QVERIFY2(!view.messageIsError(), qPrintable(view.message()));
        QCOMPARE(stateOf(number), QStringLiteral("closed"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("caseState"))
                    ->text()
                    .contains(QStringLiteral("Closed")));
        QVERIFY(columnContains(view.timelineTable(), 2,
                               QStringLiteral("The importer withdrew the request.")));
        QVERIFY(columnContains(view.fieldsTable(), 1, QStringLiteral("withdrawn")));
        QVERIFY(view.availableStepIds().isEmpty());
    }

    // Going from one case to the next: step buttons that offer the same
    // steps are kept and act on the case shown; other steps get new
    // buttons; the tier badge's colour follows the case's tier.
    void nextCase_sameStepsKeepTheirButtons_actOnTheCaseShown()
    {
        const QString first = createRuling();
        const QString second = createRuling();
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        view.showCase(first);
        // A QPointer: a deleted button's address could be reused by a new one.
        const QPointer<QPushButton> withdraw = view.stepButton(QStringLiteral("withdraw"));
        QVERIFY(withdraw);
        view.showCase(second);
        QVERIFY(withdraw);
        QCOMPARE(view.stepButton(QStringLiteral("withdraw")), withdraw.data());
        dialogs.answers = {QStringLiteral("Withdrawn by the importer."),
                           QStringLiteral("withdrawn")};
        withdraw->click();
        QVERIFY2(!view.messageIsError(), qPrintable(view.message()));
        QCOMPARE(stateOf(second), QStringLiteral("closed"));
        QCOMPARE(stateOf(first), QStringLiteral("submitted"));
        // A closed case has no steps; the first one gets its buttons again.
        QVERIFY(view.availableStepIds().isEmpty());
        QVERIFY(!view.stepButton(QStringLiteral("withdraw")));
        QVERIFY(view.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^caseStep_")))
                    .isEmpty());
        view.showCase(first);
        QCOMPARE(view.availableStepIds(),
                 (QStringList{QStringLiteral("queue"), QStringLiteral("withdraw")}));
        QCOMPARE(view.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^caseStep_")))
                     .size(),
                 2);
        // The referral's steps differ: its own buttons, and the ruling's are gone.
        ui::Session portSession(*m_store, m_port);
        ui::CaseDetailView portView(portSession, dialogs);
        portView.showCase(first);
        const QStringList rulingSteps = portView.availableStepIds();
        const QString referral = createReferral();
        QVERIFY(!referral.isEmpty());
        portView.showCase(referral);
        QVERIFY(portView.availableStepIds() != rulingSteps);
        for (const QString& step : portView.availableStepIds())
            QVERIFY2(portView.stepButton(step), qPrintable(step));
        for (const QString& step : rulingSteps) {
            if (!portView.availableStepIds().contains(step))
                QVERIFY2(!portView.stepButton(step), qPrintable(step));
        }

        // The badge: ISA's colour, then the standard tier's for an account without a program.
        auto* badge = view.findChild<QLabel*>(QStringLiteral("caseTierBadge"));
        QVERIFY(badge->styleSheet().contains(
            ui::AccountTableModel::tierColor(core::ServiceTier::Isa).name()));
        core::AccountImporter importer(*m_store);
        const core::Result<core::ImportReport> report = importer.importBytes(
            m_admin, "name,ior,center,size\nBeta Labs,12-345678911,PHC,small\n");
        QVERIFY(report && report->imported == 1);
        core::CaseInput input;
        input.type = QStringLiteral("binding-ruling");
        input.account = QStringLiteral("12-345678911");
        input.subject = QStringLiteral("Classification of a reagent kit");
        const core::Result<core::CaseRecord> standard =
            core::CaseService(*m_store).create(m_staff, input);
        QVERIFY2(standard, qPrintable(standard ? QString() : standard.error().message));
        view.showCase(standard->number);
        QCOMPARE(badge->property("tier").toString(), core::tierName(core::ServiceTier::Standard));
        QVERIFY(badge->styleSheet().contains(
            ui::AccountTableModel::tierColor(core::ServiceTier::Standard).name()));
        QVERIFY(!badge->styleSheet().contains(
            ui::AccountTableModel::tierColor(core::ServiceTier::Isa).name()));
    }

    void releaseReferralRecommendation()
    {
        const QString number = createReferral();
        QVERIFY(!number.isEmpty());
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        QSignalSpy changed(&view, &ui::CaseDetailView::caseChanged);
        view.showCase(number);
        QVERIFY2(view.record(), qPrintable(view.message()));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("casePort"))->text(),
                 QStringLiteral("1001"));
        QCOMPARE(view.availableStepIds(), QStringList{QStringLiteral("accept")});

        view.stepButton(QStringLiteral("accept"))->click();
        QVERIFY2(!view.messageIsError(), qPrintable(view.message()));
        QCOMPARE(stateOf(number), QStringLiteral("center-review"));
        QVERIFY(view.availableStepIds().contains(QStringLiteral("recommend")));

        // The recommendation field is asked for through the seam.
        dialogs.answers = {QStringLiteral("Release; the reagents are not controlled.")};
        view.stepButton(QStringLiteral("recommend"))->click();
        QVERIFY2(!view.messageIsError(), qPrintable(view.message()));
        QCOMPARE(stateOf(number), QStringLiteral("recommendation-given"));
        QCOMPARE(changed.count(), 2);
        QVERIFY(columnContains(view.fieldsTable(), 1,
                               QStringLiteral("Release; the reagents are not controlled.")));
        QVERIFY(columnContains(view.timelineTable(), 2,
                               QStringLiteral("Release; the reagents are not controlled.")));
        QVERIFY(view.availableStepIds().isEmpty()); // the port decides now

        // The port official sees the answer and the step that is theirs.
        ui::Session portSession(*m_store, m_port);
        ui::CaseDetailView portView(portSession, dialogs);
        portView.showCase(number);
        QVERIFY2(portView.record(), qPrintable(portView.message()));
        QVERIFY(portView.availableStepIds().contains(QStringLiteral("record-port-decision")));
        QCOMPARE(portView.record()->fields.value(QStringLiteral("recommendation")),
                 QStringLiteral("Release; the reagents are not controlled."));
        // No state of a release referral is trade-visible: no notices to the trade.
        QCOMPARE(portView.noticesTable()->rowCount(), portView.record()->notices.size());
    }

    void escalateAcknowledgeSendBack()
    {
        const QString number = createRuling();
        QVERIFY(!number.isEmpty());
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        QSignalSpy changed(&view, &ui::CaseDetailView::caseChanged);
        view.showCase(number);
        const QString levelBefore = view.record()->escalationLevel;
        auto hasAcknowledgementClock = [](const ui::CaseDetailView& shown) {
            for (int row = 0; row < shown.clocksTable()->rowCount(); ++row) {
                if (shown.clocksTable()->item(row, 0)->data(Qt::UserRole).toString() ==
                    QLatin1String("acknowledgement"))
                    return true;
            }
            return false;
        };
        QVERIFY(!hasAcknowledgementClock(view));

        // A reason is required.
        QVERIFY(!view.escalate(QString()).ok());
        QVERIFY(view.messageIsError());
        QCOMPARE(changed.count(), 0);

        // Through the button and the seam.
        dialogs.answers = {QStringLiteral("Novel question for Regulations and Rulings")};
        view.findChild<QPushButton*>(QStringLiteral("caseEscalateButton"))->click();
        QVERIFY2(!view.messageIsError(), qPrintable(view.message()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.record()->escalationLevel != levelBefore);
        QCOMPARE(view.record()->escalationLevel, QStringLiteral("rr-hq"));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("caseLevel"))->property("level").toString(),
                 QStringLiteral("rr-hq"));
        QVERIFY(hasAcknowledgementClock(view));
        QVERIFY(columnContains(view.timelineTable(), 2, QStringLiteral("Escalated")));

        // HQ acknowledges and sends it back.
        ui::Session hqSession(*m_store, m_hq);
        ui::CaseDetailView hqView(hqSession, dialogs);
        hqView.showCase(number);
        QVERIFY(
            !hqView.findChild<QPushButton*>(QStringLiteral("caseAcknowledgeButton"))->isHidden());
        QVERIFY(!hqView.findChild<QPushButton*>(QStringLiteral("caseSendBackButton"))->isHidden());
        hqView.findChild<QPushButton*>(QStringLiteral("caseAcknowledgeButton"))->click();
        QVERIFY2(!hqView.messageIsError(), qPrintable(hqView.message()));
        QVERIFY(columnContains(hqView.timelineTable(), 2, QStringLiteral("acknowledged")));
        QVERIFY(
            hqView.findChild<QPushButton*>(QStringLiteral("caseAcknowledgeButton"))->isHidden());
        QVERIFY(!hqView.acknowledge().ok()); // nothing left to acknowledge
        QVERIFY(hqView.messageIsError());
        QVERIFY(hqView.sendBack(QStringLiteral("Center can decide under existing rulings")).ok());
        QCOMPARE(hqView.record()->escalationLevel, QStringLiteral("center"));
        QVERIFY(columnContains(hqView.timelineTable(), 2, QStringLiteral("Sent back")));

        view.reload();
        QCOMPARE(view.record()->escalationLevel, QStringLiteral("center"));
    }

    void commentsAndAssignment()
    {
        const QString number = createRuling();
        QVERIFY(!number.isEmpty());
        ScriptedDialogs dialogs;
        ui::Session session(*m_store, m_staff);
        ui::CaseDetailView view(session, dialogs);
        QSignalSpy changed(&view, &ui::CaseDetailView::caseChanged);
        view.showCase(number);

        QVERIFY(!view.addComment(QStringLiteral("   ")).ok());
        QVERIFY(view.messageIsError());
        QCOMPARE(changed.count(), 0);

        QVERIFY(view.addComment(QStringLiteral("Asked the lab for the CoA.")).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(
            columnContains(view.timelineTable(), 2, QStringLiteral("Asked the lab for the CoA.")));

        // Through the text box and the button.
        auto* edit = view.findChild<QLineEdit*>(QStringLiteral("caseCommentEdit"));
        edit->setText(QStringLiteral("CoA received."));
        view.findChild<QPushButton*>(QStringLiteral("caseCommentButton"))->click();
        QCOMPARE(changed.count(), 2);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(columnContains(view.timelineTable(), 2, QStringLiteral("CoA received.")));

        // Assign through the seam; an unknown user is refused inline.
        dialogs.answers = {QStringLiteral("nobody")};
        view.findChild<QPushButton*>(QStringLiteral("caseAssignButton"))->click();
        QVERIFY(view.messageIsError());
        QCOMPARE(changed.count(), 2);
        dialogs.answers = {QStringLiteral("staff")};
        view.findChild<QPushButton*>(QStringLiteral("caseAssignButton"))->click();
        QVERIFY2(!view.messageIsError(), qPrintable(view.message()));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("caseAssignee"))->text(),
                 QStringLiteral("staff"));
        QVERIFY(columnContains(view.timelineTable(), 2, QStringLiteral("Assigned to staff")));
        QCOMPARE(changed.count(), 3);
    }
};

QTEST_MAIN(TestCaseDetail)
#include "tst_casedetail.moc"
