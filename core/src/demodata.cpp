#include "centerdesk/core/demodata.h"

#include "accountrules.h"
#include "centerdesk/core/actor.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/identifiers/entrynumber.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/core/workflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <random>

namespace centerdesk::core {

namespace {

class DemoMessages final
{
    Q_DECLARE_TR_FUNCTIONS(DemoMessages)
};

const QString demoKey = QStringLiteral("demo");

// True when no table but the store's metadata and reference data has rows.
Result<bool> holdsOnlyReferenceData(Store& store)
{
    static const QSet<QString> referenceTables = {QStringLiteral("meta"), QStringLiteral("center"),
                                                  QStringLiteral("port"), QStringLiteral("pga")};
    const Result<StoreInfo> info = store.info();
    if (!info)
        return info.error();
    for (auto it = info->rowCounts.cbegin(); it != info->rowCounts.cend(); ++it) {
        if (!referenceTables.contains(it.key()) && it.value() > 0)
            return false;
    }
    return true;
}

struct DemoUser
{
    const char* name;
    const char* displayName;
    Role role;
    const char* center;
    const char* port;
};

// One user per role (README lists them), plus more NAMs so that portfolios differ.
constexpr DemoUser demoUsers[] = {
    {"admin", "Alex Morgan (administrator)", Role::Admin, "", ""},
    {"staff", "Sam Rivera (PHC import specialist)", Role::CenterStaff, "PHC", ""},
    {"nam", "Nina Patel (NAM)", Role::Nam, "", ""},
    {"port", "Pat Okafor (port of New York)", Role::PortOfficial, "", "1001"},
    {"fpf", "Frances Dubois (FP&F New York)", Role::FpfOfficer, "", "1001"},
    {"hq", "Harper Quinn (OFO HQ analyst)", Role::HqAnalyst, "", ""},
    {"nam.chen", "Wei Chen (NAM)", Role::Nam, "", ""},
    {"nam.garcia", "Lucia Garcia (NAM)", Role::Nam, "", ""},
    {"staff.ele", "Jordan Lee (ELE entry specialist)", Role::CenterStaff, "ELE", ""},
};

// Words that make plausible importer names for each Center's industry.
const QHash<QString, QStringList>& industryWords()
{
    static const QHash<QString, QStringList> words = {
        {QStringLiteral("AGR"),
         {QStringLiteral("Harvest"), QStringLiteral("Orchard"), QStringLiteral("Coastal Seafood"),
          QStringLiteral("Golden Grain"), QStringLiteral("Fresh Valley")}},
        {QStringLiteral("AFT"),
         {QStringLiteral("Loom"), QStringLiteral("Stitch"), QStringLiteral("Pacific Apparel"),
          QStringLiteral("Stride Footwear"), QStringLiteral("Cotton Row")}},
        {QStringLiteral("AUT"),
         {QStringLiteral("Axle"), QStringLiteral("Motorworks"), QStringLiteral("Aero Parts"),
          QStringLiteral("Great Lakes Auto"), QStringLiteral("Turbine")}},
        {QStringLiteral("BMT"),
         {QStringLiteral("Steelway"), QStringLiteral("Alloy"), QStringLiteral("Copper Ridge"),
          QStringLiteral("Ironbridge"), QStringLiteral("Midwest Metals")}},
        {QStringLiteral("CPM"),
         {QStringLiteral("Home Goods"), QStringLiteral("Toybox"), QStringLiteral("Kitchen Line"),
          QStringLiteral("Value Mart"), QStringLiteral("Bright Living")}},
        {QStringLiteral("ELE"),
         {QStringLiteral("Circuit"), QStringLiteral("Photon"), QStringLiteral("Semicon"),
          QStringLiteral("Signal"), QStringLiteral("Volt")}},
        {QStringLiteral("IMM"),
         {QStringLiteral("Polymer"), QStringLiteral("Timber"), QStringLiteral("Glassworks"),
          QStringLiteral("Paperboard"), QStringLiteral("Ceramix")}},
        {QStringLiteral("MAC"),
         {QStringLiteral("Gearline"), QStringLiteral("Hydraulic"), QStringLiteral("Tooling"),
          QStringLiteral("Pump"), QStringLiteral("Conveyor")}},
        {QStringLiteral("PET"),
         {QStringLiteral("Gulf Energy"), QStringLiteral("Refining"), QStringLiteral("Mineral"),
          QStringLiteral("Petrochem"), QStringLiteral("Basin")}},
        {QStringLiteral("PHC"),
         {QStringLiteral("Pharma"), QStringLiteral("BioLabs"), QStringLiteral("Chemical"),
          QStringLiteral("MedSupply"), QStringLiteral("Reagent")}},
    };
    return words;
}

const QStringList suffixes = {QStringLiteral("Inc."),  QStringLiteral("LLC"),
                              QStringLiteral("Corp."), QStringLiteral("Co."),
                              QStringLiteral("Group"), QStringLiteral("Ltd.")};
const QStringList places = {
    QStringLiteral("Atlantic"), QStringLiteral("Summit"),    QStringLiteral("Keystone"),
    QStringLiteral("Liberty"),  QStringLiteral("Northstar"), QStringLiteral("Redwood"),
    QStringLiteral("Harbor"),   QStringLiteral("Prairie"),   QStringLiteral("Granite"),
    QStringLiteral("Meridian"), QStringLiteral("Cascade"),   QStringLiteral("Evergreen")};
const QStringList firstNames = {QStringLiteral("Maria"), QStringLiteral("James"),
                                QStringLiteral("Aisha"), QStringLiteral("Robert"),
                                QStringLiteral("Mei"),   QStringLiteral("Carlos"),
                                QStringLiteral("Emily"), QStringLiteral("Ahmed"),
                                QStringLiteral("Olga"),  QStringLiteral("David")};
const QStringList lastNames = {QStringLiteral("Johnson"),  QStringLiteral("Nguyen"),
                               QStringLiteral("Smith"),    QStringLiteral("Hernandez"),
                               QStringLiteral("Kowalski"), QStringLiteral("Brown"),
                               QStringLiteral("Okoye"),    QStringLiteral("Martin"),
                               QStringLiteral("Rossi"),    QStringLiteral("Tanaka")};

Status addDemoUsers(Store& store)
{
    UserService users(store);
    const Actor system = Actor::system();
    for (const DemoUser& demo : demoUsers) {
        const QString name = QString::fromLatin1(demo.name);
        if (users.user(system, name).ok())
            continue;
        const Result<User> added = users.addUser(
            system, NewUser{name,
                            QString::fromUtf8(demo.displayName),
                            DemoData::demoPassword(),
                            {RoleAssignment{demo.role, QString::fromLatin1(demo.center),
                                            QString::fromLatin1(demo.port)}}});
        if (!added)
            return added.error();
    }
    return {};
}

QList<PartnerProgram> demoPrograms(std::mt19937& random)
{
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> year(2016, 2023);
    std::uniform_int_distribution<int> dayOfYear(0, 300);
    const int roll = percent(random);
    QList<PartnerProgram> programs;
    const QDate ctpatStart = QDate(year(random), 1, 1).addDays(dayOfYear(random));
    if (roll < 15) {
        programs.append(PartnerProgram{{}, ProgramKind::Participating, 0, ctpatStart, {}});
    } else if (roll >= 40) {
        std::uniform_int_distribution<int> tier(1, 3);
        programs.append(PartnerProgram{{}, ProgramKind::Ctpat, tier(random), ctpatStart, {}});
        if (roll >= 65) // ISA while C-TPAT holds
            programs.append(PartnerProgram{{}, ProgramKind::Isa, 0, ctpatStart.addYears(2), {}});
        if (roll >= 88)
            programs.append(
                PartnerProgram{{}, ProgramKind::TrustedTrader, 0, ctpatStart.addYears(3), {}});
        if (roll >= 55 && roll < 60) // a participating period that ended: tier history shows it
            programs.append(PartnerProgram{{},
                                           ProgramKind::Participating,
                                           0,
                                           ctpatStart.addYears(-2),
                                           ctpatStart.addDays(-1)});
    }
    return programs;
}

Status addDemoAccounts(Store& store)
{
    const Result<qint64> count = store.integer(QStringLiteral("SELECT count(*) FROM account"));
    if (!count)
        return count.error();
    if (*count > 0)
        return {};
    const Result<AccountReferenceSets> sets = AccountReferenceSets::load(store);
    if (!sets)
        return sets.error();
    const QStringList centers = {
        QStringLiteral("AGR"), QStringLiteral("AFT"), QStringLiteral("AUT"), QStringLiteral("BMT"),
        QStringLiteral("CPM"), QStringLiteral("ELE"), QStringLiteral("IMM"), QStringLiteral("MAC"),
        QStringLiteral("PET"), QStringLiteral("PHC")};
    const QStringList nams = {QStringLiteral("nam"), QStringLiteral("nam.chen"),
                              QStringLiteral("nam.garcia")};
    const QStringList ports = {QStringLiteral("1001"), QStringLiteral("2704"),
                               QStringLiteral("2709"), QStringLiteral("5301"),
                               QStringLiteral("3901"), QStringLiteral("1703"),
                               QStringLiteral("4601"), QStringLiteral("2304")};
    std::mt19937 random(20261128); // the same demo every time
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> digits(1000000, 9999999);
    std::uniform_int_distribution<int> prefix(10, 98);
    const Actor system = Actor::system();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return store.transaction([&]() -> Status {
        AccountWriter writer(store);
        QSet<QString> iors;
        for (int i = 0; i < 200; ++i) {
            const QString center = centers.at(i % centers.size());
            const QStringList& words = industryWords().value(center);
            AccountInput input;
            input.name = QStringLiteral("%1 %2 %3")
                             .arg(places.at(static_cast<qsizetype>(
                                      random() % static_cast<unsigned>(places.size()))),
                                  words.at(static_cast<qsizetype>(
                                      random() % static_cast<unsigned>(words.size()))),
                                  suffixes.at(static_cast<qsizetype>(
                                      random() % static_cast<unsigned>(suffixes.size()))));
            do {
                const int kind = percent(random);
                if (kind < 85)
                    input.iorNumber = QStringLiteral("%1-%2%3")
                                          .arg(prefix(random))
                                          .arg(digits(random))
                                          .arg(QStringLiteral("00"));
                else if (kind < 93)
                    input.iorNumber = QStringLiteral("%1-%2-%3")
                                          .arg(100 + percent(random) * 5)
                                          .arg(10 + percent(random) % 89)
                                          .arg(1000 + digits(random) % 8999);
                else
                    input.iorNumber = QStringLiteral("%1%2-%3")
                                          .arg(15 + percent(random) % 10)
                                          .arg(ports.at(i % ports.size()))
                                          .arg(10000 + digits(random) % 89999);
            } while (iors.contains(input.iorNumber));
            iors.insert(input.iorNumber);
            input.centerCode = center;
            const int sizeRoll = percent(random);
            input.sizeClass = sizeRoll < 45   ? QStringLiteral("small")
                              : sizeRoll < 80 ? QStringLiteral("medium")
                                              : QStringLiteral("large");
            if (input.sizeClass != QLatin1String("small") || percent(random) < 30)
                input.namName = nams.at(i % nams.size());
            const QString first = firstNames.at(
                static_cast<qsizetype>(random() % static_cast<unsigned>(firstNames.size())));
            const QString last = lastNames.at(
                static_cast<qsizetype>(random() % static_cast<unsigned>(lastNames.size())));
            const QString domain =
                input.name.section(QLatin1Char(' '), 0, 1).remove(QLatin1Char(' ')).toLower();
            input.contacts.append(Contact{{},
                                          first + QLatin1Char(' ') + last,
                                          QStringLiteral("Trade compliance manager"),
                                          first.toLower() + QLatin1Char('.') + last.toLower() +
                                              QLatin1Char('@') + domain +
                                              QStringLiteral(".example"),
                                          QStringLiteral("+1 555 %1").arg(1000000 + i),
                                          true});
            if (percent(random) < 60) {
                input.examPortCode = ports.at(
                    static_cast<qsizetype>(random() % static_cast<unsigned>(ports.size())));
                input.examFacility =
                    QStringLiteral("CES %1 Logistics").arg(places.at(i % places.size()));
            }
            if (center == QLatin1String("PHC") || center == QLatin1String("AGR")) {
                input.certifications.append(
                    Certification{{},
                                  QStringLiteral("Blanket certification of compliance"),
                                  center == QLatin1String("PHC") ? QStringLiteral("FDA")
                                                                 : QStringLiteral("APHIS"),
                                  QDate(2025, 1, 1),
                                  QDate(2027, 12, 31)});
            }
            input.programs = demoPrograms(random);
            Account account;
            const QList<Error> problems = checkAccountInput(input, *sets, account);
            if (!problems.isEmpty())
                return problems.first();
            if (Status inserted = writer.insert(account, system.userName, now); !inserted)
                return inserted;
        }
        return {};
    });
}

// About 2,000 cases over every type, state, tier and Center, opened over the
// last four months and moved along their workflows at plausible times, so
// that some are closed, some waiting, some near their targets and some breached.
Status addDemoCases(Store& store, int count)
{
    const Result<qint64> existing = store.integer(QStringLiteral("SELECT count(*) FROM cases"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return {};
    Result<QSqlQuery> accounts =
        store.run(QStringLiteral("SELECT ior_number FROM account ORDER BY ior_number"));
    if (!accounts)
        return accounts.error();
    QStringList iors;
    while (accounts->next())
        iors << accounts->value(0).toString();
    if (iors.isEmpty())
        return {};
    std::mt19937 random(7);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QDateTime now = end.addDays(-120);
    CaseService cases(store, [&now] { return now; });
    const WorkflowRegistry& workflows = WorkflowRegistry::builtIn();
    const QStringList types = workflows.types();
    const QStringList subjects = {
        QStringLiteral("Classification of %1 under chapter %2"),
        QStringLiteral("Valuation question on %1 (chapter %2)"),
        QStringLiteral("Country of origin of %1, heading %2"),
        QStringLiteral("Admissibility of %1 held at the port (chapter %2)"),
        QStringLiteral("Duty refund for %1 imported under chapter %2")};
    const QStringList goods = {
        QStringLiteral("lithium battery packs"), QStringLiteral("tablet coating agents"),
        QStringLiteral("frozen shrimp"),         QStringLiteral("cotton knit shirts"),
        QStringLiteral("brake assemblies"),      QStringLiteral("steel wire rod"),
        QStringLiteral("LED drivers"),           QStringLiteral("hydraulic pumps"),
        QStringLiteral("crude tall oil"),        QStringLiteral("plush toys")};
    const QStringList ports = {QStringLiteral("1001"), QStringLiteral("2704"),
                               QStringLiteral("2709"), QStringLiteral("5301")};
    const Actor system = Actor::system();
    std::uniform_int_distribution<int> hours(1, 40);
    // One transaction for all of it: each service call becomes a savepoint, and
    // the store is synced to disk once instead of once per call.
    return store.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            now = end.addDays(-120).addSecs(static_cast<qint64>(i) * 120LL * 86400LL / count);
            const QString type =
                types.at(static_cast<qsizetype>(random() % static_cast<unsigned>(types.size())));
            const WorkflowDefinition* definition = workflows.find(type);
            CaseInput input;
            input.type = type;
            input.account =
                iors.at(static_cast<qsizetype>(random() % static_cast<unsigned>(iors.size())));
            const QString good =
                goods.at(static_cast<qsizetype>(random() % static_cast<unsigned>(goods.size())));
            input.subject = subjects.at(i % subjects.size())
                                .arg(good)
                                .arg(10 + static_cast<int>(random() % 80));
            input.description = QStringLiteral("Opened for the demonstration store: %1.").arg(good);
            input.priority =
                QStringList{QStringLiteral("normal"), QStringLiteral("normal"),
                            QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("urgent")}
                    .at(i % 5);
            if (definition->level == QLatin1String("port") || i % 3 == 0)
                input.portCode = ports.at(i % ports.size());
            for (const CreateField& field : definition->createFields) {
                if (field.isDate)
                    input.fields.insert(field.name,
                                        now.date().addDays(-20 - (i % 60)).toString(Qt::ISODate));
                else if (!field.choices.isEmpty())
                    input.fields.insert(field.name, field.choices.at(i % field.choices.size()));
            }
            if (i % 2 == 0) {
                // The Center staff of the account's Center, where the demo has one.
                Result<QSqlQuery> center = store.run(
                    QStringLiteral("SELECT center_code FROM account WHERE ior_number = ?"),
                    {input.account});
                if (center && center->next()) {
                    const QString code = center->value(0).toString();
                    if (code == QLatin1String("PHC"))
                        input.assigneeName = QStringLiteral("staff");
                    else if (code == QLatin1String("ELE"))
                        input.assigneeName = QStringLiteral("staff.ele");
                }
            }
            const Result<CaseRecord> created = cases.create(system, input);
            if (!created)
                return created.error();
            // Walk the workflow: older cases went further.
            const int steps = static_cast<int>(random() % 7);
            QString state = created->state;
            for (int step = 0; step < steps; ++step) {
                QList<const WorkflowTransition*> choices;
                for (const WorkflowTransition* transition : definition->transitionsFrom(state)) {
                    if (transition->id != QLatin1String("withdraw") &&
                        !transition->requiresTrustedPartner)
                        choices.append(transition);
                }
                if (choices.isEmpty())
                    break;
                const WorkflowTransition* chosen = choices.at(
                    static_cast<qsizetype>(random() % static_cast<unsigned>(choices.size())));
                now = now.addSecs(3600LL * hours(random));
                if (now >= end)
                    break;
                QMap<QString, QString> fields;
                for (const QString& field : chosen->requiredFields)
                    fields.insert(field, field == QLatin1String("outcome")
                                             ? QStringLiteral("Decided on the merits")
                                             : QStringLiteral("Release with conditions"));
                const Status moved =
                    cases.transition(system, created->uuid, chosen->id,
                                     QStringLiteral("Demo step: %1.").arg(chosen->label), fields);
                if (!moved)
                    return moved;
                state = chosen->to;
            }
        }
        now = end;
        const Result<SweepReport> swept = cases.sweepClocks();
        return swept ? Status() : Status(swept.error());
    });
}

} // namespace

QByteArray DemoData::demoPassword()
{
    return QByteArrayLiteral("centerdesk-demo");
}

int DemoData::demoCaseCount()
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("CENTERDESK_DEMO_CASES", &ok);
    return ok && count >= 0 ? count : 2000;
}

QStringList DemoData::demoUserNames()
{
    QStringList names;
    for (const DemoUser& demo : demoUsers)
        names << QString::fromLatin1(demo.name);
    return names;
}

bool DemoData::isDemoStore(const Store& store)
{
    return store.metaValue(demoKey) == QLatin1String("1");
}

Result<DemoSummary> DemoData::populate(Store& store)
{
    DemoSummary summary;
    summary.refreshed = isDemoStore(store);
    if (!summary.refreshed) {
        const Result<bool> fresh = holdsOnlyReferenceData(store);
        if (!fresh)
            return fresh.error();
        if (!*fresh) {
            return Error::invalid(
                QStringLiteral("store"), QStringLiteral("not-a-demo-store"),
                DemoMessages::tr("The store %1 holds real work and is not a demo store; demo "
                                 "data is only written to a new store or a demo store.")
                    .arg(QDir::toNativeSeparators(store.path())));
        }
        // Marked first, so that an interrupted run can be refreshed.
        if (Status marked =
                store.transaction([&] { return store.setMetaValue(demoKey, QStringLiteral("1")); });
            !marked)
            return marked.error();
    }
    if (Status users = addDemoUsers(store); !users)
        return users.error();
    if (Status accounts = addDemoAccounts(store); !accounts)
        return accounts.error();
    if (Status cases = addDemoCases(store, demoCaseCount()); !cases)
        return cases.error();
    return summary;
}

} // namespace centerdesk::core
