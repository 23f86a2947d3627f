// Workflow definitions: the built-in ones of resources/workflows, and the
// checks that refuse a broken definition with the rule it breaks.
#include "centerdesk/core/workflow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <functional>

using namespace centerdesk::core;

namespace {

const QStringList builtInTypes{
    QStringLiteral("binding-ruling"),       QStringLiteral("protest"),
    QStringLiteral("internal-advice"),      QStringLiteral("penalty-petition"),
    QStringLiteral("seizure-petition"),     QStringLiteral("liquidated-damages-petition"),
    QStringLiteral("release-referral"),     QStringLiteral("ftz-issue"),
    QStringLiteral("pending-release"),      QStringLiteral("drawback"),
    QStringLiteral("reconciliation"),       QStringLiteral("pga-issue"),
    QStringLiteral("priority-trade-issue"), QStringLiteral("general-inquiry")};

QString sourceFile(const QString& type)
{
    return QStringLiteral(CENTERDESK_SOURCE_DIR "/resources/workflows/%1.json").arg(type);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject state(const char* id, const char* category)
{
    return {{QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("category"), QString::fromLatin1(category)}};
}

QJsonObject step(const char* id, const QStringList& from, const char* to,
                 const QStringList& roles = {QStringLiteral("center-staff")})
{
    return {{QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("from"), QJsonArray::fromStringList(from)},
            {QStringLiteral("to"), QString::fromLatin1(to)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
}

// A small definition that passes every check: new -> working -> done -> closed,
// with a waiting state and a trade-visible state.
QJsonObject validDefinition()
{
    QJsonObject working = state("working", "open");
    working.insert(QStringLiteral("tradeVisible"), true);
    working.insert(QStringLiteral("noticeEn"), QStringLiteral("Case %1 is being worked on."));
    working.insert(QStringLiteral("noticeEs"), QStringLiteral("El caso %1 está en trámite."));
    QJsonObject close = step("close", {QStringLiteral("done")}, "closed");
    close.insert(QStringLiteral("fields"), QJsonArray{QStringLiteral("outcome")});
    QJsonObject wait = step("wait", {QStringLiteral("working")}, "waiting");
    wait.insert(QStringLiteral("comment"), true);
    return {{QStringLiteral("type"), QStringLiteral("test-type")},
            {QStringLiteral("label"), QStringLiteral("Test type")},
            {QStringLiteral("initial"), QStringLiteral("new")},
            {QStringLiteral("createRoles"), QJsonArray{QStringLiteral("center-staff")}},
            {QStringLiteral("states"),
             QJsonArray{state("new", "open"), working, state("waiting", "waiting-on-trade"),
                        state("done", "resolved"), state("closed", "closed")}},
            {QStringLiteral("transitions"),
             QJsonArray{step("start", {QStringLiteral("new")}, "working"), wait,
                        step("resume", {QStringLiteral("waiting")}, "working"),
                        step("finish", {QStringLiteral("working")}, "done"), close}}};
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Replaces the element of `array` (states or transitions) whose id is `id`.
void editItem(QJsonObject& root, const QString& array, const QString& id,
              const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray items = root.value(array).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.value(QStringLiteral("id")).toString() == id) {
            edit(item);
            items.replace(i, item);
        }
    }
    root.insert(array, items);
}

void appendItem(QJsonObject& root, const QString& array, const QJsonObject& item)
{
    QJsonArray items = root.value(array).toArray();
    items.append(item);
    root.insert(array, items);
}

Result<WorkflowDefinition> parse(const QJsonObject& object)
{
    return WorkflowDefinition::fromJson(toJson(object));
}

} // namespace

class TestWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn_registry_hasTheFourteenTypes()
    {
        const WorkflowRegistry& registry = WorkflowRegistry::builtIn();
        QStringList types = registry.types();
        QStringList expected = builtInTypes;
        types.sort();
        expected.sort();
        QCOMPARE(types, expected);
        QCOMPARE(registry.all().size(), qsizetype(14));
        for (const QString& type : builtInTypes) {
            const WorkflowDefinition* definition = registry.find(type);
            QVERIFY2(definition, qPrintable(type));
            QCOMPARE(definition->type, type);
        }
        QVERIFY(!registry.find(QStringLiteral("tariff-wish")));
        QVERIFY(!registry.find(QString()));
    }

    void builtIn_eachDefinition_loadsAndIsSound_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString& type : builtInTypes)
            QTest::addRow("%s", qPrintable(type)) << type;
    }
    void builtIn_eachDefinition_loadsAndIsSound()
    {
        QFETCH(QString, type);
        // The file in the source tree passes the checks by itself ...
        const QByteArray json = readAll(sourceFile(type));
        QVERIFY2(!json.isEmpty(), qPrintable(sourceFile(type)));
        const Result<WorkflowDefinition> parsed = WorkflowDefinition::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->type, type);
        // ... and is the one compiled in.
        const WorkflowDefinition* definition = WorkflowRegistry::builtIn().find(type);
        QVERIFY(definition);
        QCOMPARE(definition->states.size(), parsed->states.size());
        QCOMPARE(definition->transitions.size(), parsed->transitions.size());

        QVERIFY(!definition->label.isEmpty());
        QVERIFY(!definition->labelEs.isEmpty());
        QVERIFY(definition->level == QLatin1String("port") ||
                definition->level == QLatin1String("center"));
        QVERIFY(!definition->createRoles.isEmpty());
        const WorkflowState* initial = definition->state(definition->initial);
        QVERIFY(initial);
        QVERIFY(!initial->isFinal());
        bool hasClosed = false;
        for (const WorkflowState& each : definition->states) {
            hasClosed |= each.isFinal();
            QVERIFY2(!each.label.isEmpty() && !each.labelEs.isEmpty(), qPrintable(each.id));
            if (each.tradeVisible) {
                QVERIFY2(each.noticeEn.contains(QLatin1String("%1")), qPrintable(each.id));
                QVERIFY2(each.noticeEs.contains(QLatin1String("%1")), qPrintable(each.id));
            }
        }
        QVERIFY(hasClosed);
        for (const WorkflowTransition& transition : definition->transitions) {
            QVERIFY2(!transition.roles.isEmpty(), qPrintable(transition.id));
            QVERIFY2(definition->state(transition.to), qPrintable(transition.id));
            for (const QString& from : transition.from)
                QVERIFY2(definition->state(from), qPrintable(transition.id));
            QCOMPARE(definition->transition(transition.id), &transition);
        }
        // The create fields that are dates say so; choices are never empty strings.
        for (const CreateField& field : definition->createFields) {
            QVERIFY(!field.name.isEmpty());
            QVERIFY(!field.choices.contains(QString()));
        }
    }

    void builtIn_everyStepIntoClosed_requiresOutcome_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString& type : builtInTypes)
            QTest::addRow("%s", qPrintable(type)) << type;
    }
    void builtIn_everyStepIntoClosed_requiresOutcome()
    {
        QFETCH(QString, type);
        const WorkflowDefinition* definition = WorkflowRegistry::builtIn().find(type);
        QVERIFY(definition);
        int closing = 0;
        for (const WorkflowTransition& transition : definition->transitions) {
            if (!definition->state(transition.to)->isFinal())
                continue;
            ++closing;
            QVERIFY2(transition.requiredFields.contains(QStringLiteral("outcome")),
                     qPrintable(transition.id));
        }
        QVERIFY(closing >= 1);
    }

    void bindingRuling_tradeVisibleStatuses_haveBilingualNotices()
    {
        const WorkflowDefinition* ruling =
            WorkflowRegistry::builtIn().find(QStringLiteral("binding-ruling"));
        QVERIFY(ruling);
        QCOMPARE(ruling->initial, QStringLiteral("submitted"));
        QCOMPARE(ruling->hqOffice, QStringLiteral("rr-hq"));
        const QList<std::pair<QString, StateCategory>> expected{
            {QStringLiteral("submitted"), StateCategory::Open},
            {QStringLiteral("in-queue"), StateCategory::Open},
            {QStringLiteral("under-review"), StateCategory::Open},
            {QStringLiteral("additional-information-required"), StateCategory::WaitingOnTrade},
            {QStringLiteral("referred-to-hq"), StateCategory::Escalated},
            {QStringLiteral("ruling-issued"), StateCategory::Resolved},
            {QStringLiteral("closed"), StateCategory::Closed}};
        QCOMPARE(ruling->states.size(), expected.size());
        for (const auto& [id, category] : expected) {
            const WorkflowState* each = ruling->state(id);
            QVERIFY2(each, qPrintable(id));
            QCOMPARE(each->category, category);
            QVERIFY2(each->tradeVisible, qPrintable(id));
            QVERIFY2(!each->noticeEn.isEmpty() && !each->noticeEs.isEmpty(), qPrintable(id));
            QVERIFY(each->noticeEn != each->noticeEs);
        }
        // The service clocks stop while the trade is asked for information.
        QVERIFY(!ruling->state(QStringLiteral("additional-information-required"))->clockRuns);
        QVERIFY(ruling->state(QStringLiteral("under-review"))->clockRuns);
        const WorkflowTransition* refer = ruling->transition(QStringLiteral("refer-to-hq"));
        QVERIFY(refer);
        QCOMPARE(refer->escalatesTo, QStringLiteral("rr-hq"));
        QVERIFY(refer->commentRequired);
        const WorkflowTransition* back = ruling->transition(QStringLiteral("return-from-hq"));
        QVERIFY(back);
        QCOMPARE(back->escalatesTo, QStringLiteral("center"));
        QVERIFY(back->roles == (QList<Role>{Role::HqAnalyst, Role::Admin}));
        const WorkflowTransition* received =
            ruling->transition(QStringLiteral("information-received"));
        QVERIFY(received && received->roles.contains(Role::Nam));
        QCOMPARE(ruling->transition(QStringLiteral("queue"))->stopsClock,
                 QStringLiteral("first-response"));
    }

    void releaseReferral_steps_haveTheirFieldsAndRoles()
    {
        const WorkflowDefinition* referral =
            WorkflowRegistry::builtIn().find(QStringLiteral("release-referral"));
        QVERIFY(referral);
        QCOMPARE(referral->level, QStringLiteral("port"));
        QVERIFY(referral->createRoles == (QList<Role>{Role::PortOfficial, Role::Admin}));
        const WorkflowTransition* recommend = referral->transition(QStringLiteral("recommend"));
        QVERIFY(recommend);
        QCOMPARE(recommend->requiredFields, QStringList{QStringLiteral("recommendation")});
        QVERIFY(recommend->roles.contains(Role::CenterStaff));
        QVERIFY(!recommend->roles.contains(Role::PortOfficial));
        const WorkflowTransition* decide =
            referral->transition(QStringLiteral("record-port-decision"));
        QVERIFY(decide);
        QCOMPARE(decide->requiredFields, QStringList{QStringLiteral("port-decision")});
        QVERIFY(decide->roles.contains(Role::PortOfficial));
        QVERIFY(!decide->roles.contains(Role::CenterStaff));
        QCOMPARE(decide->from, QStringList{QStringLiteral("recommendation-given")});
        // The port decides while the Center's clock no longer runs.
        QVERIFY(!referral->state(QStringLiteral("recommendation-given"))->clockRuns);
    }

    void petitions_centerInput_trustedPartnersOnly_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addRow("penalty") << QStringLiteral("penalty-petition");
        QTest::addRow("seizure") << QStringLiteral("seizure-petition");
        QTest::addRow("liquidatedDamages") << QStringLiteral("liquidated-damages-petition");
    }
    void petitions_centerInput_trustedPartnersOnly()
    {
        QFETCH(QString, type);
        const WorkflowDefinition* petition = WorkflowRegistry::builtIn().find(type);
        QVERIFY(petition);
        const WorkflowTransition* request =
            petition->transition(QStringLiteral("request-center-input"));
        QVERIFY(request);
        QVERIFY(request->requiresTrustedPartner);
        QCOMPARE(request->startsClock, QStringLiteral("center-input"));
        QVERIFY(request->roles.contains(Role::FpfOfficer));
        const WorkflowTransition* provide =
            petition->transition(QStringLiteral("provide-center-input"));
        QVERIFY(provide);
        QCOMPARE(provide->stopsClock, QStringLiteral("center-input"));
        QCOMPARE(provide->requiredFields, QStringList{QStringLiteral("center-input")});
        QVERIFY(provide->roles.contains(Role::CenterStaff));
        bool asksNoticeDate = false;
        for (const CreateField& field : petition->createFields)
            asksNoticeDate |=
                field.name == QLatin1String("notice-date") && field.required && field.isDate;
        QVERIFY(asksNoticeDate);
    }

    void transitionsFrom_state_listsOnlyStepsLeavingIt()
    {
        const WorkflowDefinition* ruling =
            WorkflowRegistry::builtIn().find(QStringLiteral("binding-ruling"));
        QStringList ids;
        for (const WorkflowTransition* each : ruling->transitionsFrom(QStringLiteral("submitted")))
            ids << each->id;
        QCOMPARE(ids, (QStringList{QStringLiteral("queue"), QStringLiteral("withdraw")}));
        QVERIFY(ruling->transitionsFrom(QStringLiteral("closed")).isEmpty());
        QVERIFY(!ruling->state(QStringLiteral("no-such-state")));
        QVERIFY(!ruling->transition(QStringLiteral("no-such-step")));
    }

    void categoryName_everyCategory_roundTrips()
    {
        for (StateCategory category :
             {StateCategory::Open, StateCategory::WaitingOnTrade, StateCategory::WaitingOnAgency,
              StateCategory::Escalated, StateCategory::Resolved, StateCategory::Closed}) {
            const QString name = categoryName(category);
            QVERIFY(!name.isEmpty());
            QVERIFY(categoryFromName(name) == category);
        }
        QCOMPARE(categoryName(StateCategory::WaitingOnTrade), QStringLiteral("waiting-on-trade"));
        QVERIFY(!categoryFromName(u"Open").has_value());
        QVERIFY(!categoryFromName(u"pending").has_value());
    }

    void fromJson_validDefinition_loadsEveryPart()
    {
        const Result<WorkflowDefinition> parsed = parse(validDefinition());
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->type, QStringLiteral("test-type"));
        QCOMPARE(parsed->labelEs, QStringLiteral("Test type")); // falls back to the label
        QCOMPARE(parsed->level, QStringLiteral("center"));
        QCOMPARE(parsed->hqOffice, QStringLiteral("ofo-hq"));
        QCOMPARE(parsed->states.size(), qsizetype(5));
        QCOMPARE(parsed->transitions.size(), qsizetype(5));
        // Open states run the clock by default, waiting ones do not.
        QVERIFY(parsed->state(QStringLiteral("new"))->clockRuns);
        QVERIFY(!parsed->state(QStringLiteral("waiting"))->clockRuns);
        QVERIFY(parsed->state(QStringLiteral("working"))->tradeVisible);
        QVERIFY(parsed->transition(QStringLiteral("wait"))->commentRequired);
        QCOMPARE(parsed->transition(QStringLiteral("close"))->requiredFields,
                 QStringList{QStringLiteral("outcome")});
    }

    void fromJson_brokenDefinition_refusedWithRule_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("rule");

        QTest::addRow("notJson_refused") << QStringLiteral("not-json") << QStringLiteral("json");
        QTest::addRow("jsonArray_refused") << QStringLiteral("array") << QStringLiteral("json");
        QTest::addRow("noType_refused") << QStringLiteral("no-type") << QStringLiteral("required");
        QTest::addRow("unreachableState_refused")
            << QStringLiteral("unreachable") << QStringLiteral("unreachable");
        QTest::addRow("deadEndState_refused")
            << QStringLiteral("dead-end") << QStringLiteral("dead-end");
        QTest::addRow("loopThatNeverCloses_refused")
            << QStringLiteral("dead-loop") << QStringLiteral("dead-end");
        QTest::addRow("transitionToUnknownState_refused")
            << QStringLiteral("unknown-to") << QStringLiteral("unknown-state");
        QTest::addRow("transitionFromUnknownState_refused")
            << QStringLiteral("unknown-from") << QStringLiteral("unknown-state");
        QTest::addRow("unknownRoleInTransition_refused")
            << QStringLiteral("unknown-role") << QStringLiteral("unknown-role");
        QTest::addRow("unknownCreateRole_refused")
            << QStringLiteral("unknown-create-role") << QStringLiteral("unknown-role");
        QTest::addRow("duplicateState_refused")
            << QStringLiteral("duplicate-state") << QStringLiteral("duplicate-state");
        QTest::addRow("missingInitial_refused")
            << QStringLiteral("no-initial") << QStringLiteral("initial");
        QTest::addRow("initialNotAState_refused")
            << QStringLiteral("bad-initial") << QStringLiteral("initial");
        QTest::addRow("tradeVisibleWithoutNotices_refused")
            << QStringLiteral("no-notice") << QStringLiteral("notice");
        QTest::addRow("tradeVisibleWithoutSpanishNotice_refused")
            << QStringLiteral("no-notice-es") << QStringLiteral("notice");
        QTest::addRow("unknownStartsClock_refused")
            << QStringLiteral("unknown-starts-clock") << QStringLiteral("unknown-clock");
        QTest::addRow("unknownStopsClock_refused")
            << QStringLiteral("unknown-stops-clock") << QStringLiteral("unknown-clock");
        QTest::addRow("transitionWithoutRoles_refused")
            << QStringLiteral("no-roles") << QStringLiteral("no-roles");
        QTest::addRow("duplicateTransitionId_refused")
            << QStringLiteral("duplicate-transition") << QStringLiteral("transition");
        QTest::addRow("stateWithoutCategory_refused")
            << QStringLiteral("no-category") << QStringLiteral("state");
        QTest::addRow("unknownLevel_refused")
            << QStringLiteral("unknown-level") << QStringLiteral("unknown-level");
        QTest::addRow("unknownEscalationTarget_refused")
            << QStringLiteral("unknown-escalates-to") << QStringLiteral("unknown-level");
    }
    void fromJson_brokenDefinition_refusedWithRule()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, rule);
        QJsonObject root = validDefinition();
        QByteArray json;
        const QString states = QStringLiteral("states");
        const QString transitions = QStringLiteral("transitions");
        if (breakage == QLatin1String("not-json")) {
            json = "{\"type\": \"test-type\", \"states\": [";
        } else if (breakage == QLatin1String("array")) {
            json = "[{\"type\": \"test-type\"}]";
        } else if (breakage == QLatin1String("no-type")) {
            root.remove(QStringLiteral("type"));
        } else if (breakage == QLatin1String("unreachable")) {
            appendItem(root, states, state("orphan", "open"));
            appendItem(root, transitions, step("orphan-done", {QStringLiteral("orphan")}, "done"));
        } else if (breakage == QLatin1String("dead-end")) {
            appendItem(root, states, state("stuck", "waiting-on-agency"));
            appendItem(root, transitions, step("get-stuck", {QStringLiteral("working")}, "stuck"));
        } else if (breakage == QLatin1String("dead-loop")) {
            appendItem(root, states, state("ping", "open"));
            appendItem(root, states, state("pong", "open"));
            appendItem(root, transitions, step("to-ping", {QStringLiteral("working")}, "ping"));
            appendItem(root, transitions, step("to-pong", {QStringLiteral("ping")}, "pong"));
            appendItem(root, transitions, step("back", {QStringLiteral("pong")}, "ping"));
        } else if (breakage == QLatin1String("unknown-to")) {
            editItem(root, transitions, QStringLiteral("finish"),
                     [](QJsonObject& t) { t.insert(QStringLiteral("to"), QStringLiteral("dne")); });
        } else if (breakage == QLatin1String("unknown-from")) {
            editItem(root, transitions, QStringLiteral("finish"), [](QJsonObject& t) {
                t.insert(QStringLiteral("from"),
                         QJsonArray{QStringLiteral("working"), QStringLiteral("limbo")});
            });
        } else if (breakage == QLatin1String("unknown-role")) {
            editItem(root, transitions, QStringLiteral("start"), [](QJsonObject& t) {
                t.insert(QStringLiteral("roles"),
                         QJsonArray{QStringLiteral("center-staff"), QStringLiteral("janitor")});
            });
        } else if (breakage == QLatin1String("unknown-create-role")) {
            root.insert(QStringLiteral("createRoles"), QJsonArray{QStringLiteral("importer")});
        } else if (breakage == QLatin1String("duplicate-state")) {
            appendItem(root, states, state("working", "open"));
        } else if (breakage == QLatin1String("no-initial")) {
            root.remove(QStringLiteral("initial"));
        } else if (breakage == QLatin1String("bad-initial")) {
            root.insert(QStringLiteral("initial"), QStringLiteral("nowhere"));
        } else if (breakage == QLatin1String("no-notice")) {
            editItem(root, states, QStringLiteral("done"),
                     [](QJsonObject& s) { s.insert(QStringLiteral("tradeVisible"), true); });
        } else if (breakage == QLatin1String("no-notice-es")) {
            editItem(root, states, QStringLiteral("working"),
                     [](QJsonObject& s) { s.remove(QStringLiteral("noticeEs")); });
        } else if (breakage == QLatin1String("unknown-starts-clock")) {
            editItem(root, transitions, QStringLiteral("start"), [](QJsonObject& t) {
                t.insert(QStringLiteral("startsClock"), QStringLiteral("egg-timer"));
            });
        } else if (breakage == QLatin1String("unknown-stops-clock")) {
            editItem(root, transitions, QStringLiteral("start"), [](QJsonObject& t) {
                t.insert(QStringLiteral("stopsClock"), QStringLiteral("statutory"));
            });
        } else if (breakage == QLatin1String("no-roles")) {
            editItem(root, transitions, QStringLiteral("resume"),
                     [](QJsonObject& t) { t.insert(QStringLiteral("roles"), QJsonArray()); });
        } else if (breakage == QLatin1String("duplicate-transition")) {
            appendItem(root, transitions, step("start", {QStringLiteral("working")}, "done"));
        } else if (breakage == QLatin1String("no-category")) {
            editItem(root, states, QStringLiteral("done"), [](QJsonObject& s) {
                s.insert(QStringLiteral("category"), QStringLiteral("finished"));
            });
        } else if (breakage == QLatin1String("unknown-level")) {
            root.insert(QStringLiteral("level"), QStringLiteral("district"));
        } else if (breakage == QLatin1String("unknown-escalates-to")) {
            editItem(root, transitions, QStringLiteral("finish"), [](QJsonObject& t) {
                t.insert(QStringLiteral("escalatesTo"), QStringLiteral("white-house"));
            });
        } else {
            QFAIL("unknown breakage");
        }
        if (json.isEmpty())
            json = toJson(root);
        const Result<WorkflowDefinition> parsed = WorkflowDefinition::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(parsed.error().field, QStringLiteral("workflow"));
        QCOMPARE(parsed.error().rule, rule);
        QVERIFY(!parsed.error().message.isEmpty());
        if (breakage != QLatin1String("not-json") && breakage != QLatin1String("array") &&
            breakage != QLatin1String("no-type"))
            QVERIFY2(parsed.error().message.contains(QLatin1String("test-type")),
                     qPrintable(parsed.error().message));
    }

    void fromDefinitions_duplicateType_refused()
    {
        const Result<WorkflowDefinition> first = parse(validDefinition());
        QVERIFY(first.ok());
        QJsonObject otherRoot = validDefinition();
        otherRoot.insert(QStringLiteral("type"), QStringLiteral("other-type"));
        const Result<WorkflowDefinition> other = parse(otherRoot);
        QVERIFY(other.ok());

        const Result<WorkflowRegistry> fine = WorkflowRegistry::fromDefinitions({*first, *other});
        QVERIFY(fine.ok());
        QCOMPARE(fine->types(),
                 (QStringList{QStringLiteral("test-type"), QStringLiteral("other-type")}));
        QVERIFY(fine->find(QStringLiteral("other-type")));

        const Result<WorkflowRegistry> twice =
            WorkflowRegistry::fromDefinitions({*first, *other, *first});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().rule, QStringLiteral("duplicate-type"));
        QVERIFY(twice.error().message.contains(QLatin1String("test-type")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
