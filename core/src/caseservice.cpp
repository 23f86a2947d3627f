#include "centerdesk/core/caseservice.h"

#include "caseclocks.h"
#include "centerdesk/core/casematchset.h"
#include "centerdesk/core/hashing.h"
#include "centerdesk/core/identifiers/identifierkind.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/statutoryrules.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace centerdesk::core {

namespace {

class CaseText final
{
    Q_DECLARE_TR_FUNCTIONS(CaseText)
};

const QString caseSubject = QStringLiteral("case");
const QStringList priorities = {QStringLiteral("low"), QStringLiteral("normal"),
                                QStringLiteral("high"), QStringLiteral("urgent")};
const QList<Role> allRoles = {Role::Admin,        Role::CenterStaff, Role::Nam,
                              Role::PortOfficial, Role::FpfOfficer,  Role::HqAnalyst};

// The name of an escalation level for people, in the user's language.
QString levelLabel(const QString& level)
{
    if (level == QLatin1String("port"))
        return CaseText::tr("Port");
    if (level == QLatin1String("center"))
        return CaseText::tr("Center");
    if (level == QLatin1String("ofo-hq"))
        return CaseText::tr("OFO HQ");
    if (level == QLatin1String("rr-hq"))
        return CaseText::tr("Regulations & Rulings (HQ)");
    if (level == QLatin1String("fpf-hq"))
        return CaseText::tr("FP&F HQ");
    if (level == QLatin1String("biec"))
        return CaseText::tr("BIEC (HQ)");
    return level;
}

// The same in English and Spanish, for notices stored in both languages.
QString levelLabelEn(const QString& level)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("port"), QStringLiteral("the port")},
        {QStringLiteral("center"), QStringLiteral("the Center")},
        {QStringLiteral("ofo-hq"), QStringLiteral("OFO HQ")},
        {QStringLiteral("rr-hq"), QStringLiteral("Regulations & Rulings (HQ)")},
        {QStringLiteral("fpf-hq"), QStringLiteral("FP&F HQ")},
        {QStringLiteral("biec"), QStringLiteral("BIEC (HQ)")}};
    return labels.value(level, level);
}

QString levelLabelEs(const QString& level)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("port"), QStringLiteral("el puerto")},
        {QStringLiteral("center"), QStringLiteral("el Centro")},
        {QStringLiteral("ofo-hq"), QStringLiteral("OFO en la Sede Central")},
        {QStringLiteral("rr-hq"), QStringLiteral("Regulations & Rulings (Sede Central)")},
        {QStringLiteral("fpf-hq"), QStringLiteral("FP&F en la Sede Central")},
        {QStringLiteral("biec"), QStringLiteral("BIEC (Sede Central)")}};
    return labels.value(level, level);
}

// The first column of every row.
Result<QStringList> firstColumn(Store& store, const QString& sql, const QVariantList& bindings)
{
    QStringList values;
    if (Status read = store.forEachRow(sql, bindings,
                                       [&values](const StoreRow& row) {
                                           values << row.text(0);
                                           return true;
                                       });
        !read)
        return read.error();
    return values;
}

// The account's tier on `day`, derived from its programs.
Result<ServiceTier> tierOfAccount(Store& store, const QString& accountUuid, const QDate& day)
{
    QList<PartnerProgram> memberships;
    if (Status read = store.forEachRow(
            QStringLiteral("SELECT program, ctpat_tier, effective_from, effective_to FROM "
                           "partner_program WHERE account_uuid = ?"),
            {accountUuid},
            [&memberships](const StoreRow& row) {
                memberships.append(PartnerProgram{
                    {},
                    programFromName(row.text(0)).value_or(ProgramKind::Participating),
                    static_cast<int>(row.integer(1)),
                    QDate::fromString(row.text(2), Qt::ISODate),
                    QDate::fromString(row.text(3), Qt::ISODate)});
                return true;
            });
        !read)
        return read.error();
    return ServiceTiers::tierOn(memberships, day);
}

// The roles of a user, to check that an assignee can work the case.
Result<Actor> actorOf(Store& store, const QString& userUuid)
{
    Actor actor;
    actor.userUuid = userUuid;
    Result<QSqlQuery> roles =
        store.run(QStringLiteral("SELECT r.role, r.center_code, r.port_code, u.name FROM "
                                 "role_assignment r JOIN app_user u "
                                 "ON u.uuid = r.user_uuid WHERE r.user_uuid = ?"),
                  {userUuid});
    if (!roles)
        return roles.error();
    while (roles->next()) {
        actor.userName = roles->value(3).toString();
        actor.roles.append(
            RoleAssignment{roleFromName(roles->value(0).toString()).value_or(Role::HqAnalyst),
                           roles->value(1).toString(), roles->value(2).toString()});
    }
    return actor;
}

QString caseNumberPattern()
{
    return QStringLiteral("^[A-Z]{3}-\\d{4}-\\d{6}$");
}

} // namespace

struct CaseService::Row
{
    QString uuid;
    int version = 0;
    QString number;
    QString type;
    QString accountUuid;
    QString accountName;
    QString accountIor;
    QString accountNamUuid;
    QString centerCode;
    QString portCode;
    QString subject;
    QString description;
    QString state;
    QString priority;
    QString assigneeUuid;
    QString assigneeName;
    QString escalationLevel;
    QDateTime openedAt;
    QDateTime closedAt;
    QString outcome;
    QString parentUuid;
    QString mergedIntoUuid;
    QString createdByUuid;
    const WorkflowDefinition* definition = nullptr;

    CaseScope scope() const
    {
        return CaseScope{centerCode, portCode, accountNamUuid, escalationLevel};
    }
    const WorkflowState* currentState() const
    {
        return definition ? definition->state(state) : nullptr;
    }
};

CaseService::CaseService(Store& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{
    (void)ServiceLevels(m_store).ensureDefaults();
}

Result<BusinessCalendar> CaseService::calendarFor(const QString& centerCode)
{
    const auto cached = m_calendars.constFind(centerCode);
    if (cached != m_calendars.cend())
        return *cached;
    Result<BusinessCalendar> calendar = BusinessCalendar::forCenter(m_store, centerCode);
    if (calendar)
        m_calendars.insert(centerCode, *calendar);
    return calendar;
}

Result<CaseService::Row> CaseService::loadRow(const QString& numberOrUuid) const
{
    static const QRegularExpression number(caseNumberPattern());
    const QString key = numberOrUuid.trimmed().toUpper();
    const bool byNumber = number.match(key).hasMatch();
    Row row;
    bool found = false;
    if (Status read = m_store.forEachRow(
            QStringLiteral(
                "SELECT c.uuid, c.version, c.number, c.type, c.account_uuid, a.name, a.ior_number, "
                "a.nam_user_uuid, c.center_code, c.port_code, c.subject, c.description, c.state, "
                "c.priority, c.assignee_uuid, u.name, c.escalation_level, c.opened_at, "
                "c.closed_at, c.outcome, c.parent_uuid, c.merged_into_uuid, c.created_by_uuid "
                "FROM cases c JOIN account a ON a.uuid = c.account_uuid LEFT JOIN app_user u ON "
                "u.uuid = c.assignee_uuid WHERE ") +
                (byNumber ? QStringLiteral("c.number = ?") : QStringLiteral("c.uuid = ?")),
            {byNumber ? key : numberOrUuid.trimmed()},
            [&](const StoreRow& query) {
                found = true;
                row.uuid = query.text(0);
                row.version = static_cast<int>(query.integer(1));
                row.number = query.text(2);
                row.type = query.text(3);
                row.accountUuid = query.text(4);
                row.accountName = query.text(5);
                row.accountIor = query.text(6);
                row.accountNamUuid = query.text(7);
                row.centerCode = query.text(8);
                row.portCode = query.text(9);
                row.subject = query.text(10);
                row.description = query.text(11);
                row.state = query.text(12);
                row.priority = query.text(13);
                row.assigneeUuid = query.text(14);
                row.assigneeName = query.text(15);
                row.escalationLevel = query.text(16);
                row.openedAt = fromStoredUtf8(query.utf8(17));
                if (!query.isNull(18))
                    row.closedAt = fromStoredUtf8(query.utf8(18));
                row.outcome = query.text(19);
                row.parentUuid = query.text(20);
                row.mergedIntoUuid = query.text(21);
                row.createdByUuid = query.text(22);
                return false;
            });
        !read)
        return read.error();
    if (!found) {
        return Error::notFound(QStringLiteral("case"),
                               CaseText::tr("There is no case '%1'.").arg(numberOrUuid.trimmed()));
    }
    row.definition = WorkflowRegistry::builtIn().find(row.type);
    if (!row.definition) {
        return Error::invalid(
            QStringLiteral("type"), QStringLiteral("unknown-type"),
            CaseText::tr("The case %1 has the unknown type '%2'.").arg(row.number, row.type));
    }
    return row;
}

Result<CaseReference> CaseService::checkReference(const CaseReference& reference) const
{
    const QString kind = reference.kind.trimmed().toLower();
    if (kind == QLatin1String("pga")) {
        const QString code = reference.value.trimmed().toUpper();
        for (const Pga& pga : ReferenceService(m_store).pgas()) {
            if (pga.code == code)
                return CaseReference{kind, code};
        }
        return Error::invalid(QStringLiteral("pga"), QStringLiteral("unknown-pga"),
                              CaseText::tr("There is no PGA '%1'.").arg(reference.value));
    }
    const std::optional<IdentifierKind> identifier = identifierKindFromName(kind);
    if (!identifier || *identifier == IdentifierKind::Ior || *identifier == IdentifierKind::Port) {
        return Error::invalid(
            QStringLiteral("reference"), QStringLiteral("reference-kind"),
            CaseText::tr("A reference is an entry, hts, ruling, protest, ftz or pga, not '%1'.")
                .arg(reference.kind));
    }
    const Result<QString> normalized =
        validateIdentifier(*identifier, reference.value, ReferenceService(m_store).portCodes());
    if (!normalized)
        return normalized.error();
    return CaseReference{kind, *normalized};
}

Status CaseService::checkCreate(const Actor& actor, const CaseInput& input)
{
    static const QString checkedRule = QStringLiteral("checked-rollback");
    const Status status = m_store.transaction([&]() -> Status {
        const Result<CaseRecord> created = create(actor, input);
        if (!created)
            return created.error();
        return Error::invalid(QString(), checkedRule, QString());
    });
    if (!status && status.error().rule == checkedRule)
        return {};
    return status;
}

Result<CaseRecord> CaseService::create(const Actor& actor, const CaseInput& input)
{
    const WorkflowDefinition* definition = WorkflowRegistry::builtIn().find(input.type.trimmed());
    if (!definition) {
        return Error::invalid(
            QStringLiteral("type"), QStringLiteral("unknown-type"),
            CaseText::tr("'%1' is not a case type; use one of: %2.")
                .arg(input.type, WorkflowRegistry::builtIn().types().join(QStringLiteral(", "))));
    }
    // The account, by importer number or uuid.
    Result<QSqlQuery> account =
        m_store.run(QStringLiteral("SELECT uuid, name, center_code, nam_user_uuid FROM account "
                                   "WHERE uuid = ? OR ior_number = ?"),
                    {input.account.trimmed(), input.account.trimmed()});
    if (!account)
        return account.error();
    if (!account->next()) {
        return Error::invalid(
            QStringLiteral("account"), QStringLiteral("unknown-account"),
            CaseText::tr("There is no account '%1'; give its importer number.").arg(input.account));
    }
    const QString accountUuid = account->value(0).toString();
    const QString centerCode = account->value(2).toString();
    const QString namUuid = account->value(3).toString();
    account->finish(); // no read left open when the write begins (Store::transaction)
    const QString portCode = input.portCode.trimmed();
    const CaseScope scope{centerCode, portCode, namUuid, definition->level};
    if (Status allowed =
            Permissions::authorizeCaseStep(actor, definition->createRoles, scope,
                                           CaseText::tr("open a %1 case").arg(definition->label));
        !allowed)
        return allowed.error();

    if (input.subject.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("subject"), QStringLiteral("required"),
                              CaseText::tr("A case needs a subject."));
    }
    if (!priorities.contains(input.priority)) {
        return Error::invalid(QStringLiteral("priority"), QStringLiteral("priority"),
                              CaseText::tr("The priority is one of low, normal, high, urgent."));
    }
    if (definition->level == QLatin1String("port") && portCode.isEmpty()) {
        return Error::invalid(
            QStringLiteral("port"), QStringLiteral("required"),
            CaseText::tr("A %1 is raised at a port: give the port code.").arg(definition->label));
    }
    if (!portCode.isEmpty() && !ReferenceService(m_store).portCodes().contains(portCode)) {
        return Error::invalid(
            QStringLiteral("port"), QStringLiteral("unknown-port"),
            CaseText::tr("The port '%1' is not in the reference data.").arg(portCode));
    }
    QList<CaseReference> references;
    for (const CaseReference& typed : input.references) {
        Result<CaseReference> checked = checkReference(typed);
        if (!checked)
            return checked.error();
        references.append(*checked);
    }
    QMap<QString, QString> fields;
    for (const CreateField& field : definition->createFields) {
        const QString value = input.fields.value(field.name).trimmed();
        if (value.isEmpty()) {
            if (field.required) {
                return Error::invalid(
                    field.name, QStringLiteral("required"),
                    CaseText::tr("%1 is required for a %2.").arg(field.label, definition->label));
            }
            continue;
        }
        if (!field.choices.isEmpty() && !field.choices.contains(value)) {
            return Error::invalid(field.name, QStringLiteral("choice"),
                                  CaseText::tr("%1 is one of %2.")
                                      .arg(field.label, field.choices.join(QStringLiteral(", "))));
        }
        if (field.isDate && !QDate::fromString(value, Qt::ISODate).isValid()) {
            return Error::invalid(
                field.name, QStringLiteral("date"),
                CaseText::tr("%1: '%2' is not a date; write YYYY-MM-DD.").arg(field.label, value));
        }
        fields.insert(field.name, value);
    }
    for (auto it = input.fields.cbegin(); it != input.fields.cend(); ++it) {
        if (!fields.contains(it.key()) && !it.value().trimmed().isEmpty()) {
            bool known = false;
            for (const CreateField& field : definition->createFields)
                known |= field.name == it.key();
            if (!known) {
                return Error::invalid(
                    it.key(), QStringLiteral("unknown-field"),
                    CaseText::tr("A %1 has no field '%2'.").arg(definition->label, it.key()));
            }
        }
    }
    QString assigneeUuid;
    if (!input.assigneeName.trimmed().isEmpty()) {
        Result<QSqlQuery> user =
            m_store.run(QStringLiteral("SELECT uuid FROM app_user WHERE name = ? AND disabled = 0"),
                        {input.assigneeName.trimmed()});
        if (!user)
            return user.error();
        if (!user->next()) {
            return Error::invalid(
                QStringLiteral("assignee"), QStringLiteral("unknown-user"),
                CaseText::tr("There is no active user '%1'.").arg(input.assigneeName));
        }
        assigneeUuid = user->value(0).toString();
        const Result<Actor> assignee = actorOf(m_store, assigneeUuid);
        if (!assignee)
            return assignee.error();
        if (!Permissions::authorizeCaseStep(*assignee, allRoles, scope, {})) {
            return Error::invalid(
                QStringLiteral("assignee"), QStringLiteral("assignee-scope"),
                CaseText::tr("%1 holds no role for this case (Center %2) and cannot work it.")
                    .arg(input.assigneeName.trimmed(), centerCode));
        }
    }
    QString parentUuid;
    if (!input.parentNumber.trimmed().isEmpty()) {
        Result<Row> parent = loadRow(input.parentNumber);
        if (!parent)
            return Error::invalid(QStringLiteral("parent"), QStringLiteral("unknown-case"),
                                  parent.error().message);
        parentUuid = parent->uuid;
    }
    Result<BusinessCalendar> calendar = calendarFor(centerCode);
    if (!calendar)
        return calendar.error();

    // The tier on the day the case opens decides its service-level targets.
    const QDateTime now = m_clock();
    const Result<ServiceTier> accountTier =
        tierOfAccount(m_store, accountUuid, now.toTimeZone(calendar->timeZone()).date());
    if (!accountTier)
        return accountTier.error();
    const ServiceTier tier = *accountTier;
    const Result<ServiceLevelTarget> target = ServiceLevels(m_store).target(definition->type, tier);
    if (!target)
        return target.error();
    const WorkflowState* initial = definition->state(definition->initial);

    const QString uuid = newUuid();
    QString number;
    const Status written = m_store.transaction([&]() -> Status {
        // The number carries the year at the Center, not in UTC.
        const int year = now.toTimeZone(calendar->timeZone()).date().year();
        Result<QSqlQuery> serial = m_store.run(
            QStringLiteral(
                "INSERT INTO case_number(center_code, year, last_serial) VALUES(?, ?, 1) "
                "ON CONFLICT(center_code, year) DO UPDATE SET last_serial = last_serial + 1 "
                "RETURNING last_serial"),
            {centerCode, year});
        if (!serial)
            return serial.error();
        serial->next();
        number = QStringLiteral("%1-%2-%3")
                     .arg(centerCode)
                     .arg(year)
                     .arg(serial->value(0).toLongLong(), 6, 10, QLatin1Char('0'));
        serial->finish();
        const QString nowText = toStoredTime(now);
        Result<QSqlQuery> inserted = m_store.run(
            QStringLiteral("INSERT INTO cases(uuid, updated_at, number, type, account_uuid, "
                           "center_code, port_code, "
                           "subject, description, state, state_category, priority, assignee_uuid, "
                           "escalation_level, "
                           "opened_at, parent_uuid, created_by_uuid) VALUES(?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {uuid, nowText, number, definition->type, accountUuid, centerCode,
             portCode.isEmpty() ? QVariant() : QVariant(portCode), input.subject.trimmed(),
             input.description.trimmed(), initial->id, categoryName(initial->category),
             input.priority, assigneeUuid.isEmpty() ? QVariant() : QVariant(assigneeUuid),
             definition->level, nowText, parentUuid.isEmpty() ? QVariant() : QVariant(parentUuid),
             actor.userUuid.isEmpty() ? QVariant() : QVariant(actor.userUuid)});
        if (!inserted)
            return inserted.error();
        for (const CaseReference& reference : references) {
            Result<QSqlQuery> added =
                m_store.run(QStringLiteral("INSERT OR IGNORE INTO case_reference(uuid, updated_at, "
                                           "case_uuid, kind, value) VALUES(?, ?, ?, ?, ?)"),
                            {newUuid(), nowText, uuid, reference.kind, reference.value});
            if (!added)
                return added.error();
        }
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            Result<QSqlQuery> added =
                m_store.run(QStringLiteral("INSERT INTO case_field(case_uuid, name, value, "
                                           "updated_at) VALUES(?, ?, ?, ?)"),
                            {uuid, it.key(), it.value(), nowText});
            if (!added)
                return added.error();
        }
        ClockBook clocks(m_store);
        const QString policy = QStringLiteral("%1 / %2").arg(definition->type, tierName(tier));
        for (const auto& [kind, minutes] :
             {std::pair{QStringLiteral("first-response"), target->firstResponseMinutes},
              std::pair{QStringLiteral("resolution"), target->resolutionMinutes}}) {
            ClockRow clock =
                ClockBook::serviceClock(uuid, kind, minutes, now, initial->clockRuns, policy);
            ClockBook::schedule(clock, *calendar, now);
            if (Status saved = clocks.save(clock, now); !saved)
                return saved;
        }
        for (const StatutoryStart& start : definition->statutory) {
            const StatutoryRule* rule = StatutoryRules::builtIn().find(start.rule);
            if (!rule)
                continue;
            QDate from = now.toTimeZone(calendar->timeZone()).date();
            if (start.start != QLatin1String("opened")) {
                from = QDate::fromString(fields.value(start.start), Qt::ISODate);
                if (!from.isValid())
                    continue; // the date that starts it was not given
            }
            ClockRow clock = ClockBook::statutoryClock(
                uuid, StatutoryRules::deadline(*rule, from, *calendar), *rule, now);
            ClockBook::schedule(clock, *calendar, now);
            if (Status saved = clocks.save(clock, now); !saved)
                return saved;
        }
        QJsonObject detail{{QStringLiteral("number"), number},
                           {QStringLiteral("type"), definition->type},
                           {QStringLiteral("state"), initial->id},
                           {QStringLiteral("tier"), tierName(tier)},
                           {QStringLiteral("subject"), input.subject.trimmed()}};
        Row row;
        row.uuid = uuid;
        row.number = number;
        row.accountUuid = accountUuid;
        row.createdByUuid = actor.userUuid;
        row.assigneeUuid = assigneeUuid;
        row.definition = definition;
        row.state = initial->id;
        return applyStep(actor, row, QStringLiteral("created"), detail);
    });
    if (!written)
        return written.error();
    return get(actor, uuid);
}

// Writes the history entry of a step and the notices and alerts it causes.
Status CaseService::applyStep(const Actor& actor, Row& row, const QString& kind,
                              const QJsonObject& detail)
{
    const QDateTime now = m_clock();
    if (Status logged =
            HistoryLog(m_store).append(caseSubject, row.uuid, actor.userName, kind, detail, now);
        !logged)
        return logged;
    const QString nowText = toStoredTime(now);
    auto notify = [&](const QString& kindOfNotice, const QString& topic, const QVariant& recipient,
                      const QString& en, const QString& es, const QString& delivery) -> Status {
        return m_store.execute(
            QStringLiteral(
                "INSERT INTO notification(uuid, updated_at, kind, topic, case_uuid, account_uuid, "
                "recipient_uuid, text_en, text_es, created_at, delivery) VALUES(?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?)"),
            {newUuid(), nowText, kindOfNotice, topic, row.uuid, row.accountUuid, recipient, en, es,
             nowText, delivery});
    };
    // A status the trade sees goes to the account's outbox, in English and Spanish.
    if (kind == QLatin1String("created") || kind == QLatin1String("transition")) {
        const WorkflowState* state =
            row.definition->state(detail.value(QStringLiteral("state"))
                                      .toString(detail.value(QStringLiteral("to")).toString()));
        if (state && state->tradeVisible) {
            if (Status sent =
                    notify(QStringLiteral("status-notice"), state->id, QVariant(),
                           QString(state->noticeEn).replace(QStringLiteral("%1"), row.number),
                           QString(state->noticeEs).replace(QStringLiteral("%1"), row.number),
                           QStringLiteral("outbox"));
                !sent)
                return sent;
        }
    }
    auto alert = [&](const QString& recipientUuid, const QString& topic, const QString& en,
                     const QString& es) -> Status {
        if (recipientUuid.isEmpty() || recipientUuid == actor.userUuid)
            return {};
        return notify(QStringLiteral("alert"), topic, recipientUuid, en, es,
                      QStringLiteral("unread"));
    };
    if ((kind == QLatin1String("created") || kind == QLatin1String("assigned")) &&
        !row.assigneeUuid.isEmpty()) {
        if (Status sent = alert(row.assigneeUuid, QStringLiteral("assigned"),
                                QStringLiteral("Case %1 was assigned to you.").arg(row.number),
                                QStringLiteral("Se le asignó el caso %1.").arg(row.number));
            !sent)
            return sent;
    }
    if (kind == QLatin1String("transition") && detail.value(QStringLiteral("fields"))
                                                   .toObject()
                                                   .contains(QStringLiteral("recommendation"))) {
        if (Status sent =
                alert(row.createdByUuid, QStringLiteral("referral-answered"),
                      QStringLiteral("The Center answered referral %1 with a recommendation.")
                          .arg(row.number),
                      QStringLiteral("El Centro respondió la consulta %1 con una recomendación.")
                          .arg(row.number));
            !sent)
            return sent;
    }
    if (kind == QLatin1String("escalated")) {
        // Everyone who holds a role at the receiving level for this case is told.
        const QString level = detail.value(QStringLiteral("to")).toString();
        Result<QStringList> receivers =
            firstColumn(m_store,
                        level == QLatin1String("center")
                            ? QStringLiteral("SELECT DISTINCT user_uuid FROM role_assignment WHERE "
                                             "role = 'center-staff' AND center_code = ?")
                            : QStringLiteral("SELECT DISTINCT user_uuid FROM role_assignment WHERE "
                                             "role = 'hq-analyst' AND ? <> ''"),
                        {row.centerCode.isEmpty() ? QStringLiteral("-") : row.centerCode});
        if (!receivers)
            return receivers.error();
        for (const QString& receiver : *receivers) {
            if (Status sent = alert(receiver, QStringLiteral("escalation"),
                                    QStringLiteral("Case %1 was escalated to %2: %3")
                                        .arg(row.number, levelLabelEn(level),
                                             detail.value(QStringLiteral("text")).toString()),
                                    QStringLiteral("El caso %1 fue escalado a %2: %3")
                                        .arg(row.number, levelLabelEs(level),
                                             detail.value(QStringLiteral("text")).toString()));
                !sent)
                return sent;
        }
    }
    return {};
}

Result<CaseRecord> CaseService::get(const Actor& actor, const QString& numberOrUuid)
{
    Result<Row> loaded = loadRow(numberOrUuid);
    if (!loaded)
        return loaded.error();
    const Row& row = *loaded;
    if (Status allowed = Permissions::authorizeCaseView(actor, row.scope()); !allowed)
        return allowed.error();
    Result<BusinessCalendar> calendar = calendarFor(row.centerCode);
    if (!calendar)
        return calendar.error();
    const QDateTime now = m_clock();
    CaseRecord record;
    record.uuid = row.uuid;
    record.version = row.version;
    record.number = row.number;
    record.type = row.type;
    record.typeLabel = row.definition->label;
    record.accountUuid = row.accountUuid;
    record.accountName = row.accountName;
    record.accountIor = row.accountIor;
    record.centerCode = row.centerCode;
    record.portCode = row.portCode;
    record.subject = row.subject;
    record.description = row.description;
    record.state = row.state;
    const WorkflowState* state = row.currentState();
    record.stateLabel = state ? state->label : row.state;
    record.category = state ? state->category : StateCategory::Open;
    record.priority = row.priority;
    record.assigneeName = row.assigneeName;
    record.escalationLevel = row.escalationLevel;
    record.openedAt = row.openedAt;
    record.closedAt = row.closedAt;
    record.outcome = row.outcome;

    const Result<ServiceTier> tier =
        tierOfAccount(m_store, row.accountUuid, now.toTimeZone(calendar->timeZone()).date());
    if (!tier)
        return tier.error();
    record.tier = *tier;

    if (Status read = m_store.forEachRow(
            QStringLiteral("SELECT name, value FROM case_field WHERE case_uuid = ?"), {row.uuid},
            [&record](const StoreRow& field) {
                record.fields.insert(field.text(0), field.text(1));
                return true;
            });
        !read)
        return read.error();
    if (Status read = m_store.forEachRow(
            QStringLiteral(
                "SELECT kind, value FROM case_reference WHERE case_uuid = ? ORDER BY kind, value"),
            {row.uuid},
            [&record](const StoreRow& reference) {
                record.references.append(CaseReference{reference.text(0), reference.text(1)});
                return true;
            });
        !read)
        return read.error();
    if (Status read = m_store.forEachRow(
            QStringLiteral(
                "SELECT c.number, 'parent', c.subject, c.state FROM cases c WHERE c.uuid = ? "
                "UNION ALL SELECT c.number, 'child', c.subject, c.state FROM cases c WHERE "
                "c.parent_uuid = ? "
                "UNION ALL SELECT c.number, l.kind, c.subject, c.state FROM case_link l "
                "JOIN cases c ON c.uuid = l.other_uuid WHERE l.case_uuid = ? "
                "UNION ALL SELECT c.number, l.kind, c.subject, c.state FROM case_link l "
                "JOIN cases c ON c.uuid = l.case_uuid WHERE l.other_uuid = ?"),
            {row.parentUuid, row.uuid, row.uuid, row.uuid},
            [&record](const StoreRow& linked) {
                const CaseLink link{linked.text(0), linked.text(1), linked.text(2), linked.text(3)};
                if (link.kind == QLatin1String("parent"))
                    record.parentNumber = link.number;
                record.links.append(link);
                return true;
            });
        !read)
        return read.error();
    if (!row.mergedIntoUuid.isEmpty()) {
        Result<Row> survivor = loadRow(row.mergedIntoUuid);
        if (survivor)
            record.mergedIntoNumber = survivor->number;
    }
    Result<QList<ClockRow>> clocks = ClockBook(m_store).forCase(row.uuid);
    if (!clocks)
        return clocks.error();
    for (const ClockRow& clock : *clocks)
        record.clocks.append(ClockBook::toCaseClock(clock, *calendar, now));
    // The history of the case and of the duplicates merged into it.
    Result<QStringList> merged = firstColumn(
        m_store, QStringLiteral("SELECT uuid FROM cases WHERE merged_into_uuid = ?"), {row.uuid});
    if (!merged)
        return merged.error();
    const QStringList subjects = QStringList{row.uuid} + *merged;
    for (const QString& subject : subjects) {
        Result<QList<HistoryEntry>> entries = HistoryLog::entriesFor(m_store, caseSubject, subject);
        if (!entries)
            return entries.error();
        record.history.append(*entries);
    }
    std::sort(record.history.begin(), record.history.end(),
              [](const HistoryEntry& a, const HistoryEntry& b) { return a.seq < b.seq; });
    if (Status read = m_store.forEachRow(
            QStringLiteral("SELECT uuid, kind, topic, text_en, text_es, created_at, delivery FROM "
                           "notification WHERE case_uuid = ? AND kind = 'status-notice' ORDER BY "
                           "created_at"),
            {row.uuid},
            [&](const StoreRow& notice) {
                record.notices.append(Notification{notice.text(0), notice.text(1), notice.text(2),
                                                   row.number, notice.text(3), notice.text(4),
                                                   fromStoredTime(notice.text(5)), notice.text(6)});
                return true;
            });
        !read)
        return read.error();
    if (Status read = m_store.forEachRow(
            QStringLiteral("SELECT uuid, file_name, size_bytes, sha256, added_by, added_at FROM "
                           "attachment WHERE case_uuid = ? ORDER BY added_at, rowid"),
            {row.uuid},
            [&record](const StoreRow& attachment) {
                record.attachments.append(CaseAttachment{
                    attachment.text(0), attachment.text(1), attachment.integer(2),
                    attachment.text(3), attachment.text(4), fromStoredTime(attachment.text(5))});
                return true;
            });
        !read)
        return read.error();
    return record;
}

Result<CaseAttachment> CaseService::attach(const Actor& actor, const QString& caseRef,
                                           const QString& filePath)
{
    Result<Row> row = loadRow(caseRef);
    if (!row)
        return row.error();
    if (Status allowed = Permissions::authorizeCaseStep(actor, allRoles, row->scope(),
                                                        CaseText::tr("attach a file to the case"));
        !allowed)
        return allowed.error();
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        return Error::invalid(
            QStringLiteral("file"), QStringLiteral("missing"),
            CaseText::tr("There is no file %1.").arg(QDir::toNativeSeparators(filePath)));
    }
    // The size is checked before a byte is read.
    if (info.size() > maxAttachmentBytes) {
        return Error::invalid(QStringLiteral("file"), QStringLiteral("too-large"),
                              CaseText::tr("%1 is %2 MiB; attachments are at most %3 MiB.")
                                  .arg(info.fileName())
                                  .arg(static_cast<double>(info.size()) / (1 << 20), 0, 'f', 1)
                                  .arg(maxAttachmentBytes >> 20));
    }
    if (info.size() == 0) {
        return Error::invalid(QStringLiteral("file"), QStringLiteral("empty"),
                              CaseText::tr("%1 is empty.").arg(info.fileName()));
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(QStringLiteral("unreadable"),
                         CaseText::tr("%1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    }
    const QByteArray content = file.read(maxAttachmentBytes + 1);
    if (content.size() > maxAttachmentBytes || content.size() != info.size()) {
        return Error::invalid(
            QStringLiteral("file"), QStringLiteral("changed"),
            CaseText::tr("%1 changed while it was read; try again.").arg(info.fileName()));
    }
    CaseAttachment attachment;
    attachment.uuid = newUuid();
    attachment.fileName = info.fileName();
    attachment.sizeBytes = content.size();
    attachment.sha256 = sha256Hex(content);
    attachment.addedBy = actor.userName;
    attachment.addedAt = m_clock();
    const Status written = m_store.transaction([&]() -> Status {
        const QString now = toStoredTime(attachment.addedAt);
        Result<QSqlQuery> inserted = m_store.run(
            QStringLiteral("INSERT INTO attachment(uuid, updated_at, case_uuid, file_name, "
                           "size_bytes, sha256, content, added_by, added_at) VALUES(?, ?, ?, ?, "
                           "?, ?, ?, ?, ?)"),
            {attachment.uuid, now, row->uuid, attachment.fileName, attachment.sizeBytes,
             attachment.sha256, content, attachment.addedBy, now});
        if (!inserted)
            return inserted.error();
        Result<QSqlQuery> touched = m_store.run(
            QStringLiteral("UPDATE cases SET updated_at = ?, version = version + 1 WHERE uuid = ?"),
            {now, row->uuid});
        if (!touched)
            return touched.error();
        return applyStep(actor, *row, QStringLiteral("attachment-added"),
                         {{QStringLiteral("file"), attachment.fileName},
                          {QStringLiteral("bytes"), attachment.sizeBytes},
                          {QStringLiteral("sha256"), attachment.sha256}});
    });
    if (!written)
        return written.error();
    return attachment;
}

Result<QByteArray> CaseService::attachmentContent(const Actor& actor, const QString& attachmentUuid)
{
    Result<QSqlQuery> found = m_store.run(
        QStringLiteral(
            "SELECT case_uuid, content, sha256, file_name FROM attachment WHERE uuid = ?"),
        {attachmentUuid});
    if (!found)
        return found.error();
    if (!found->next()) {
        return Error::notFound(QStringLiteral("attachment"),
                               CaseText::tr("There is no attachment %1.").arg(attachmentUuid));
    }
    const QString caseUuid = found->value(0).toString();
    const QByteArray content = found->value(1).toByteArray();
    const QString expected = found->value(2).toString();
    const QString name = found->value(3).toString();
    found->finish();
    // Whoever may see the case may see its attachments.
    if (const Result<CaseRecord> visible = get(actor, caseUuid); !visible)
        return visible.error();
    const QString actual = sha256Hex(content);
    if (actual != expected) {
        return Error::store(QStringLiteral("attachment-damaged"),
                            CaseText::tr("The attachment %1 no longer matches its SHA-256; the "
                                         "store is damaged. Restore it from a backup.")
                                .arg(name));
    }
    return content;
}

QList<WorkflowTransition> CaseService::availableTransitions(const Actor& actor,
                                                            const CaseRecord& record) const
{
    QList<WorkflowTransition> available;
    const WorkflowDefinition* definition = WorkflowRegistry::builtIn().find(record.type);
    if (!definition)
        return available;
    Result<Row> row = loadRow(record.uuid);
    if (!row)
        return available;
    for (const WorkflowTransition* transition : definition->transitionsFrom(record.state)) {
        if (Permissions::authorizeCaseStep(actor, transition->roles, row->scope(),
                                           transition->label))
            available.append(*transition);
    }
    return available;
}

Status CaseService::transition(const Actor& actor, const QString& caseRef,
                               const QString& stepOrState, const QString& comment,
                               const QMap<QString, QString>& fields)
{
    Result<Row> loaded = loadRow(caseRef);
    if (!loaded)
        return loaded.error();
    Row& row = *loaded;
    if (!row.mergedIntoUuid.isEmpty()) {
        return Error::invalid(
            QStringLiteral("case"), QStringLiteral("merged"),
            CaseText::tr("The case %1 was merged into another case; work on that one.")
                .arg(row.number));
    }
    const WorkflowDefinition& definition = *row.definition;
    const WorkflowTransition* step = definition.transition(stepOrState);
    if (!step || !step->from.contains(row.state)) {
        step = nullptr;
        for (const WorkflowTransition* candidate : definition.transitionsFrom(row.state)) {
            if (candidate->to == stepOrState || candidate->id == stepOrState) {
                step = candidate;
                break;
            }
        }
    }
    if (!step) {
        QStringList possible;
        for (const WorkflowTransition* candidate : definition.transitionsFrom(row.state))
            possible << QStringLiteral("%1 (to %2)").arg(candidate->id, candidate->to);
        return Error::invalid(
            QStringLiteral("state"), QStringLiteral("no-such-step"),
            CaseText::tr("The case %1 is '%2'; from there it can go: %3; not '%4'.")
                .arg(row.number, row.state,
                     possible.isEmpty() ? CaseText::tr("nowhere")
                                        : possible.join(QStringLiteral(", ")),
                     stepOrState));
    }
    if (Status allowed = Permissions::authorizeCaseStep(
            actor, step->roles, row.scope(), CaseText::tr("take the step '%1'").arg(step->label));
        !allowed)
        return allowed;
    if (step->commentRequired && comment.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("comment"), QStringLiteral("required"),
                              CaseText::tr("The step '%1' needs a comment.").arg(step->label));
    }
    QMap<QString, QString> known;
    if (Status read = m_store.forEachRow(
            QStringLiteral("SELECT name, value FROM case_field WHERE case_uuid = ?"), {row.uuid},
            [&known](const StoreRow& field) {
                known.insert(field.text(0), field.text(1));
                return true;
            });
        !read)
        return read;
    if (!row.outcome.isEmpty())
        known.insert(QStringLiteral("outcome"), row.outcome);
    for (const QString& required : step->requiredFields) {
        if (fields.value(required).trimmed().isEmpty() && known.value(required).isEmpty()) {
            return Error::invalid(
                required, QStringLiteral("required"),
                CaseText::tr("The step '%1' needs the field '%2'.").arg(step->label, required));
        }
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        // A step records only the fields it asks for (and whether a trusted partner asked for
        // input).
        const bool declared =
            step->requiredFields.contains(it.key()) ||
            (step->requiresTrustedPartner && it.key() == QLatin1String("center-input-asked"));
        if (!declared && !it.value().trimmed().isEmpty()) {
            return Error::invalid(
                it.key(), QStringLiteral("unknown-field"),
                CaseText::tr("The step '%1' takes no field '%2'.").arg(step->label, it.key()));
        }
    }
    const WorkflowState* target = definition.state(step->to);
    const QDateTime now = m_clock();
    Result<BusinessCalendar> calendar = calendarFor(row.centerCode);
    if (!calendar)
        return calendar.error();
    const Result<ServiceTier> tierToday =
        tierOfAccount(m_store, row.accountUuid, now.toTimeZone(calendar->timeZone()).date());
    if (!tierToday)
        return tierToday.error();
    // A tier change since the case opened changes the targets; the time used so far is kept.
    const Result<ServiceLevelTarget> currentTarget =
        ServiceLevels(m_store).target(row.type, *tierToday);
    if (!currentTarget)
        return currentTarget.error();
    if (step->requiresTrustedPartner) {
        // Recommendation 14: only for ISA or C-TPAT accounts that asked for it.
        if (*tierToday < ServiceTier::Ctpat) {
            return Error::invalid(
                QStringLiteral("account"), QStringLiteral("trusted-partner-only"),
                CaseText::tr(
                    "Formal Center input is for trusted partners (ISA or C-TPAT); %1 is %2.")
                    .arg(row.accountName, tierLabel(*tierToday)));
        }
        if (known.value(QStringLiteral("center-input-asked")) != QLatin1String("yes") &&
            fields.value(QStringLiteral("center-input-asked")) != QLatin1String("yes")) {
            return Error::invalid(
                QStringLiteral("center-input-asked"), QStringLiteral("not-asked"),
                CaseText::tr(
                    "Formal Center input is requested when the trusted partner asks for it; "
                    "record that it asked (center-input-asked = yes)."));
        }
    }
    if (target->category == StateCategory::Closed) {
        Result<QStringList> open = firstColumn(
            m_store,
            QStringLiteral(
                "SELECT number FROM cases WHERE parent_uuid = ? AND state_category <> 'closed'"),
            {row.uuid});
        if (!open)
            return open.error();
        if (!open->isEmpty()) {
            return Error::invalid(
                QStringLiteral("children"), QStringLiteral("open-children"),
                CaseText::tr("The case %1 has open child cases (%2); close them first.")
                    .arg(row.number, open->join(QStringLiteral(", "))));
        }
    }

    return m_store.transaction([&]() -> Status {
        const QString nowText = toStoredTime(now);
        QJsonObject savedFields;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (it.value().trimmed().isEmpty())
                continue;
            savedFields.insert(it.key(), it.value().trimmed());
            if (it.key() == QLatin1String("outcome"))
                continue;
            if (Status saved = m_store.execute(
                    QStringLiteral("INSERT INTO case_field(case_uuid, name, value, updated_at) "
                                   "VALUES(?, ?, ?, ?) ON CONFLICT(case_uuid, name) DO UPDATE SET "
                                   "value = excluded.value, updated_at = excluded.updated_at"),
                    {row.uuid, it.key(), it.value().trimmed(), nowText});
                !saved)
                return saved;
        }
        const QString fromLevel = row.escalationLevel;
        const QString toLevel =
            step->escalatesTo.isEmpty() ? fromLevel
            : step->escalatesTo == QLatin1String("center") && row.portCode.isEmpty()
                ? QStringLiteral("center")
                : step->escalatesTo;
        const bool closing = target->category == StateCategory::Closed;
        if (Status updated = m_store.execute(
                QStringLiteral(
                    "UPDATE cases SET state = ?, state_category = ?, escalation_level = ?, "
                    "outcome = ?, "
                    "closed_at = ?, version = version + 1, updated_at = ? WHERE uuid = ?"),
                {target->id, categoryName(target->category), toLevel,
                 fields.value(QStringLiteral("outcome")).trimmed().isEmpty()
                     ? row.outcome
                     : fields.value(QStringLiteral("outcome")).trimmed(),
                 closing ? QVariant(nowText) : QVariant(), nowText, row.uuid});
            !updated)
            return updated;

        // The clocks follow the step.
        ClockBook book(m_store);
        Result<QList<ClockRow>> clocks = book.forCase(row.uuid);
        if (!clocks)
            return clocks.error();
        const bool resolved = target->category == StateCategory::Resolved || closing;
        bool startsPresent = false;
        const QString policy = QStringLiteral("%1 / %2").arg(row.type, tierName(*tierToday));
        for (ClockRow& clock : *clocks) {
            if (clock.kind == QLatin1String("first-response"))
                ClockBook::setTarget(clock, currentTarget->firstResponseMinutes, policy, *calendar,
                                     now);
            else if (clock.kind == QLatin1String("resolution"))
                ClockBook::setTarget(clock, currentTarget->resolutionMinutes, policy, *calendar,
                                     now);
            const bool wasStopped = clock.isStopped();
            if (clock.kind == step->stopsClock || (resolved && !clock.isStatutory()) ||
                (closing && clock.isStatutory()) ||
                (clock.kind == QLatin1String("acknowledgement") && toLevel != fromLevel))
                ClockBook::stop(clock, *calendar, now);
            else if (clock.pausesInWaitingStates() && !target->clockRuns)
                ClockBook::pause(clock, *calendar, now, target->label);
            else if (clock.pausesInWaitingStates() && target->clockRuns)
                ClockBook::resume(clock, *calendar, now);
            if (clock.kind == step->startsClock)
                startsPresent = true;
            if (wasStopped && clock.kind == step->startsClock) {
                // Restarted: a new request of the same kind.
                clock.stoppedAt = QDateTime();
                clock.consumedMinutes = 0;
                clock.runningSince = now;
                clock.startedAt = now;
            }
            ClockBook::schedule(clock, *calendar, now);
            if (Status saved = book.save(clock, now); !saved)
                return saved;
        }
        if (!step->startsClock.isEmpty() && !startsPresent) {
            const qint64 minutes = step->startsClock == QLatin1String("center-input")
                                       ? ServiceLevels::centerInputMinutes()
                                       : ServiceLevels::acknowledgementMinutes();
            ClockRow clock =
                ClockBook::serviceClock(row.uuid, step->startsClock, minutes, now, true,
                                        CaseText::tr("%1 policy").arg(step->startsClock));
            ClockBook::schedule(clock, *calendar, now);
            if (Status saved = book.save(clock, now); !saved)
                return saved;
        }
        if (toLevel != fromLevel && Permissions::isHqLevel(toLevel)) {
            if (Status started = book.restart(
                    row.uuid, QStringLiteral("acknowledgement"),
                    ServiceLevels::acknowledgementMinutes(),
                    CaseText::tr("acknowledgement at %1").arg(levelLabel(toLevel)), *calendar, now);
                !started)
                return started;
        }
        QJsonObject detail{{QStringLiteral("transition"), step->id},
                           {QStringLiteral("from"), row.state},
                           {QStringLiteral("to"), target->id}};
        if (!comment.trimmed().isEmpty())
            detail.insert(QStringLiteral("text"), comment.trimmed());
        if (!savedFields.isEmpty())
            detail.insert(QStringLiteral("fields"), savedFields);
        if (toLevel != fromLevel) {
            detail.insert(QStringLiteral("levelFrom"), fromLevel);
            detail.insert(QStringLiteral("levelTo"), toLevel);
        }
        if (Status logged = applyStep(actor, row, QStringLiteral("transition"), detail); !logged)
            return logged;
        if (toLevel != fromLevel) {
            row.escalationLevel = toLevel;
            const bool up = Permissions::isHqLevel(toLevel) || (fromLevel == QLatin1String("port"));
            return applyStep(actor, row,
                             up ? QStringLiteral("escalated") : QStringLiteral("sent-back"),
                             {{QStringLiteral("from"), fromLevel},
                              {QStringLiteral("to"), toLevel},
                              {QStringLiteral("reason"), comment.trimmed()}});
        }
        return {};
    });
}

Status CaseService::comment(const Actor& actor, const QString& caseRef, const QString& text)
{
    Result<Row> row = loadRow(caseRef);
    if (!row)
        return row.error();
    if (text.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("text"), QStringLiteral("required"),
                              CaseText::tr("A comment needs some text."));
    }
    if (Status allowed = Permissions::authorizeCaseStep(actor, allRoles, row->scope(),
                                                        CaseText::tr("comment on the case"));
        !allowed)
        return allowed;
    return m_store.transaction([&]() -> Status {
        if (Status touched =
                m_store.execute(QStringLiteral("UPDATE cases SET updated_at = ?, version = "
                                               "version + 1 WHERE uuid = ?"),
                                {toStoredTime(m_clock()), row->uuid});
            !touched)
            return touched;
        return applyStep(actor, *row, QStringLiteral("comment"),
                         {{QStringLiteral("text"), text.trimmed()}});
    });
}

Status CaseService::assign(const Actor& actor, const QString& caseRef, const QString& userName)
{
    Result<Row> row = loadRow(caseRef);
    if (!row)
        return row.error();
    if (Status allowed = Permissions::authorizeCaseStep(
            actor, {Role::CenterStaff, Role::PortOfficial, Role::FpfOfficer, Role::Admin},
            row->scope(), CaseText::tr("assign the case"));
        !allowed)
        return allowed;
    QString assigneeUuid;
    if (!userName.trimmed().isEmpty()) {
        Result<QSqlQuery> user =
            m_store.run(QStringLiteral("SELECT uuid FROM app_user WHERE name = ? AND disabled = 0"),
                        {userName.trimmed()});
        if (!user)
            return user.error();
        if (!user->next()) {
            return Error::invalid(QStringLiteral("assignee"), QStringLiteral("unknown-user"),
                                  CaseText::tr("There is no active user '%1'.").arg(userName));
        }
        assigneeUuid = user->value(0).toString();
        const Result<Actor> assignee = actorOf(m_store, assigneeUuid);
        if (!assignee)
            return assignee.error();
        if (!Permissions::authorizeCaseStep(*assignee, allRoles, row->scope(), {})) {
            return Error::invalid(
                QStringLiteral("assignee"), QStringLiteral("assignee-scope"),
                CaseText::tr("%1 holds no role for this case (Center %2) and cannot work it.")
                    .arg(userName.trimmed(), row->centerCode));
        }
    }
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated =
            m_store.run(QStringLiteral("UPDATE cases SET assignee_uuid = ?, updated_at = ?, "
                                       "version = version + 1 WHERE uuid = ?"),
                        {assigneeUuid.isEmpty() ? QVariant() : QVariant(assigneeUuid),
                         toStoredTime(m_clock()), row->uuid});
        if (!updated)
            return updated.error();
        const QString previous = row->assigneeName;
        row->assigneeUuid = assigneeUuid;
        return applyStep(
            actor, *row, QStringLiteral("assigned"),
            {{QStringLiteral("from"), previous}, {QStringLiteral("to"), userName.trimmed()}});
    });
}

Status CaseService::escalate(const Actor& actor, const QString& caseRef, const QString& reason)
{
    return changeLevel(actor, caseRef, reason, true);
}

Status CaseService::sendBack(const Actor& actor, const QString& caseRef, const QString& reason)
{
    return changeLevel(actor, caseRef, reason, false);
}

// One level up (port to Center, Center to the type's HQ office) or down, by
// the roles of the level the case is at; up starts the receiving level's
// acknowledgement clock, down stops it.
Status CaseService::changeLevel(const Actor& actor, const QString& caseRef, const QString& reason,
                                bool up)
{
    Result<Row> row = loadRow(caseRef);
    if (!row)
        return row.error();
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason"), QStringLiteral("required"),
                              up ? CaseText::tr("An escalation needs a reason.")
                                 : CaseText::tr("Sending a case back down needs a reason."));
    }
    const QString& level = row->escalationLevel;
    QString to;
    QList<Role> roles;
    if (up && level == QLatin1String("port")) {
        to = QStringLiteral("center");
        roles = {Role::PortOfficial, Role::FpfOfficer, Role::Admin};
    } else if (up && level == QLatin1String("center")) {
        to = row->definition->hqOffice;
        roles = {Role::CenterStaff, Role::Admin};
    } else if (!up && Permissions::isHqLevel(level)) {
        to = QStringLiteral("center");
        roles = {Role::HqAnalyst, Role::Admin};
    } else if (!up && level == QLatin1String("center") && !row->portCode.isEmpty()) {
        to = QStringLiteral("port");
        roles = {Role::CenterStaff, Role::Admin};
    } else if (up) {
        return Error::invalid(QStringLiteral("level"), QStringLiteral("top-level"),
                              CaseText::tr("The case %1 is already at %2; there is no level above.")
                                  .arg(row->number, levelLabel(level)));
    } else {
        return Error::invalid(QStringLiteral("level"), QStringLiteral("bottom-level"),
                              CaseText::tr("The case %1 is at %2; there is no level below.")
                                  .arg(row->number, levelLabel(level)));
    }
    const QString what = up ? CaseText::tr("escalate the case to %1").arg(levelLabel(to))
                            : CaseText::tr("send the case back to %1").arg(levelLabel(to));
    if (Status allowed = Permissions::authorizeCaseStep(actor, roles, row->scope(), what); !allowed)
        return allowed;
    Result<BusinessCalendar> calendar = calendarFor(row->centerCode);
    if (!calendar)
        return calendar.error();
    const QDateTime now = m_clock();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated =
            m_store.run(QStringLiteral("UPDATE cases SET escalation_level = ?, updated_at = ?, "
                                       "version = version + 1 WHERE uuid = ?"),
                        {to, toStoredTime(now), row->uuid});
        if (!updated)
            return updated.error();
        ClockBook book(m_store);
        const QString acknowledgement = QStringLiteral("acknowledgement");
        if (up) {
            if (Status started = book.restart(
                    row->uuid, acknowledgement, ServiceLevels::acknowledgementMinutes(),
                    CaseText::tr("acknowledgement at %1").arg(levelLabel(to)), *calendar, now);
                !started)
                return started;
        } else if (Result<int> stopped =
                       book.stopRunning(row->uuid, acknowledgement, *calendar, now);
                   !stopped) {
            return stopped.error();
        }
        const QString from = row->escalationLevel;
        row->escalationLevel = to;
        return applyStep(actor, *row,
                         up ? QStringLiteral("escalated") : QStringLiteral("sent-back"),
                         {{QStringLiteral("from"), from},
                          {QStringLiteral("to"), to},
                          {QStringLiteral("text"), reason.trimmed()}});
    });
}

Status CaseService::acknowledge(const Actor& actor, const QString& caseRef)
{
    Result<Row> row = loadRow(caseRef);
    if (!row)
        return row.error();
    const QList<Role> roles = Permissions::isHqLevel(row->escalationLevel)
                                  ? QList<Role>{Role::HqAnalyst, Role::Admin}
                                  : QList<Role>{Role::CenterStaff, Role::Admin};
    if (Status allowed = Permissions::authorizeCaseStep(actor, roles, row->scope(),
                                                        CaseText::tr("acknowledge the escalation"));
        !allowed)
        return allowed;
    Result<BusinessCalendar> calendar = calendarFor(row->centerCode);
    if (!calendar)
        return calendar.error();
    const QDateTime now = m_clock();
    return m_store.transaction([&]() -> Status {
        const Result<int> stopped = ClockBook(m_store).stopRunning(
            row->uuid, QStringLiteral("acknowledgement"), *calendar, now);
        if (!stopped)
            return stopped.error();
        const bool found = *stopped > 0;
        if (!found) {
            return Error::invalid(
                QStringLiteral("case"), QStringLiteral("nothing-to-acknowledge"),
                CaseText::tr("The case %1 has no escalation waiting for acknowledgement.")
                    .arg(row->number));
        }
        return applyStep(actor, *row, QStringLiteral("acknowledged"),
                         {{QStringLiteral("level"), row->escalationLevel}});
    });
}

Status CaseService::addReference(const Actor& actor, const QString& caseRef,
                                 const CaseReference& reference)
{
    Result<Row> row = loadRow(caseRef);
    if (!row)
        return row.error();
    if (Status allowed = Permissions::authorizeCaseStep(actor, allRoles, row->scope(),
                                                        CaseText::tr("add a reference"));
        !allowed)
        return allowed;
    Result<CaseReference> checked = checkReference(reference);
    if (!checked)
        return checked.error();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> added = m_store.run(
            QStringLiteral("INSERT INTO case_reference(uuid, updated_at, case_uuid, kind, value) "
                           "VALUES(?, ?, ?, ?, ?)"),
            {newUuid(), toStoredTime(m_clock()), row->uuid, checked->kind, checked->value});
        if (!added)
            return Error::conflict(
                QStringLiteral("reference"), QStringLiteral("duplicate"),
                CaseText::tr("The case already has the reference %1.").arg(checked->value));
        return applyStep(
            actor, *row, QStringLiteral("reference-added"),
            {{QStringLiteral("kind"), checked->kind}, {QStringLiteral("value"), checked->value}});
    });
}

Status CaseService::link(const Actor& actor, const QString& caseRef, const QString& otherRef)
{
    Result<Row> row = loadRow(caseRef);
    if (!row)
        return row.error();
    Result<Row> other = loadRow(otherRef);
    if (!other)
        return other.error();
    if (row->uuid == other->uuid) {
        return Error::invalid(QStringLiteral("case"), QStringLiteral("self-link"),
                              CaseText::tr("A case cannot be linked to itself."));
    }
    for (const Row* each : {&*row, &*other}) {
        if (Status allowed = Permissions::authorizeCaseStep(
                actor, allRoles, each->scope(), CaseText::tr("link %1").arg(each->number));
            !allowed)
            return allowed;
    }
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> added =
            m_store.run(QStringLiteral("INSERT INTO case_link(uuid, updated_at, case_uuid, "
                                       "other_uuid, kind) VALUES(?, ?, ?, ?, 'related')"),
                        {newUuid(), toStoredTime(m_clock()), row->uuid, other->uuid});
        if (!added)
            return Error::conflict(
                QStringLiteral("case"), QStringLiteral("duplicate"),
                CaseText::tr("%1 and %2 are already linked.").arg(row->number, other->number));
        return applyStep(actor, *row, QStringLiteral("linked"),
                         {{QStringLiteral("other"), other->number}});
    });
}

Status CaseService::merge(const Actor& actor, const QString& duplicateRef, const QString& intoRef,
                          const QString& reason)
{
    Result<Row> duplicate = loadRow(duplicateRef);
    if (!duplicate)
        return duplicate.error();
    Result<Row> survivor = loadRow(intoRef);
    if (!survivor)
        return survivor.error();
    if (duplicate->uuid == survivor->uuid || !survivor->mergedIntoUuid.isEmpty() ||
        !duplicate->mergedIntoUuid.isEmpty()) {
        return Error::invalid(
            QStringLiteral("case"), QStringLiteral("merge"),
            CaseText::tr("A case merges into another case that was not merged itself."));
    }
    if (duplicate->accountUuid != survivor->accountUuid) {
        return Error::invalid(
            QStringLiteral("case"), QStringLiteral("merge-account"),
            CaseText::tr("Only cases of the same account are merged (%1 and %2 are not).")
                .arg(duplicate->number, survivor->number));
    }
    for (const Row* each : {&*duplicate, &*survivor}) {
        if (Status allowed = Permissions::authorizeCaseStep(
                actor, {Role::CenterStaff, Role::Admin}, each->scope(),
                CaseText::tr("merge %1").arg(each->number));
            !allowed)
            return allowed;
    }
    QString closedState;
    for (const WorkflowState& state : duplicate->definition->states) {
        if (state.isFinal()) {
            closedState = state.id;
            break;
        }
    }
    Result<BusinessCalendar> calendar = calendarFor(duplicate->centerCode);
    if (!calendar)
        return calendar.error();
    const QDateTime now = m_clock();
    return m_store.transaction([&]() -> Status {
        const QString nowText = toStoredTime(now);
        Result<QSqlQuery> closed = m_store.run(
            QStringLiteral("UPDATE cases SET merged_into_uuid = ?, state = ?, state_category = "
                           "'closed', closed_at = ?, "
                           "outcome = ?, updated_at = ?, version = version + 1 WHERE uuid = ?"),
            {survivor->uuid, closedState, nowText,
             CaseText::tr("Merged into %1").arg(survivor->number), nowText, duplicate->uuid});
        if (!closed)
            return closed.error();
        Result<QSqlQuery> children =
            m_store.run(QStringLiteral("UPDATE cases SET parent_uuid = ? WHERE parent_uuid = ?"),
                        {survivor->uuid, duplicate->uuid});
        if (!children)
            return children.error();
        Result<QSqlQuery> linked = m_store.run(
            QStringLiteral("INSERT OR IGNORE INTO case_link(uuid, updated_at, case_uuid, "
                           "other_uuid, kind) VALUES(?, ?, ?, ?, 'duplicate')"),
            {newUuid(), nowText, survivor->uuid, duplicate->uuid});
        if (!linked)
            return linked.error();
        ClockBook book(m_store);
        Result<QList<ClockRow>> clocks = book.forCase(duplicate->uuid);
        if (!clocks)
            return clocks.error();
        for (ClockRow& clock : *clocks) {
            if (clock.isStopped())
                continue;
            ClockBook::stop(clock, *calendar, now);
            clock.state = QStringLiteral("cancelled");
            if (Status saved = book.save(clock, now); !saved)
                return saved;
        }
        if (Status logged = applyStep(actor, *duplicate, QStringLiteral("merged"),
                                      {{QStringLiteral("into"), survivor->number},
                                       {QStringLiteral("reason"), reason.trimmed()}});
            !logged)
            return logged;
        return applyStep(actor, *survivor, QStringLiteral("merged-in"),
                         {{QStringLiteral("duplicate"), duplicate->number},
                          {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<QList<CaseSummary>> CaseService::list(const Actor& actor, const CaseFilter& filter)
{
    QVariantList bindings;
    QStringList conditions;
    if (!actor.isAdmin() && !actor.hasRole(Role::HqAnalyst)) {
        QStringList scope;
        const QStringList centers = actor.centerCodes(Role::CenterStaff);
        for (const QString& center : centers) {
            scope << QStringLiteral("c.center_code = ?");
            bindings << center;
        }
        QStringList ports = actor.portCodes(Role::PortOfficial) + actor.portCodes(Role::FpfOfficer);
        ports.removeDuplicates();
        for (const QString& port : ports) {
            scope << QStringLiteral("c.port_code = ?");
            bindings << port;
        }
        if (actor.hasRole(Role::Nam)) {
            scope << QStringLiteral("a.nam_user_uuid = ?");
            bindings << actor.userUuid;
        }
        conditions << (scope.isEmpty() ? QStringLiteral("0")
                                       : QLatin1Char('(') + scope.join(QStringLiteral(" OR ")) +
                                             QLatin1Char(')'));
    }
    if (!filter.text.trimmed().isEmpty()) {
        // Each word must match, as a prefix, in the case's text or any of its
        // comments (each comment is a row of its own, numbered after its
        // case's rowid << 24 by migration 0006); quotes keep FTS5's syntax
        // out of user input.
        // The index's own terms for each word (expressionsOf), as the case
        // list reads them: a prefix query merges every matching term first.
        const Result<QStringList> expressions = CaseMatchSet::expressionsOf(m_store, filter.text);
        if (!expressions)
            return expressions.error();
        for (const QString& term : *expressions) {
            conditions << QStringLiteral(
                "c.rowid IN (SELECT rowid >> 24 FROM case_search WHERE case_search MATCH ?)");
            bindings << term;
        }
    }
    if (!filter.state.isEmpty()) {
        conditions << QStringLiteral("c.state = ?");
        bindings << filter.state;
    }
    if (!filter.type.isEmpty()) {
        conditions << QStringLiteral("c.type = ?");
        bindings << filter.type;
    }
    if (!filter.centerCode.isEmpty()) {
        conditions << QStringLiteral("c.center_code = ?");
        bindings << filter.centerCode;
    }
    if (!filter.assigneeName.isEmpty()) {
        conditions << QStringLiteral("u.name = ?");
        bindings << filter.assigneeName;
    }
    if (filter.openOnly)
        conditions << QStringLiteral("c.state_category NOT IN ('resolved', 'closed')");
    if (filter.overdueOnly)
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid AND "
                                     "k.state IN ('breached', 'lapsed'))");
    QString sql = QStringLiteral(
        "SELECT c.uuid, c.number, c.type, a.name, c.center_code, c.port_code, c.state, "
        "c.state_category, u.name, "
        "c.priority, c.escalation_level, c.opened_at, c.subject, "
        "(SELECT min(k.due_at) FROM clock k WHERE k.case_uuid = c.uuid AND k.stopped_at IS NULL "
        "AND k.kind <> 'statutory' AND k.running_since IS NOT NULL), "
        "(SELECT k.state FROM clock k WHERE k.case_uuid = c.uuid AND k.stopped_at IS NULL ORDER BY "
        "CASE k.state "
        "WHEN 'lapsed' THEN 0 WHEN 'breached' THEN 1 WHEN 'warning' THEN 2 WHEN 'on-track' THEN 3 "
        "ELSE 4 END LIMIT 1) "
        "FROM cases c JOIN account a ON a.uuid = c.account_uuid LEFT JOIN app_user u ON u.uuid = "
        "c.assignee_uuid");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.opened_at DESC LIMIT ?");
    bindings << filter.limit;
    Result<QSqlQuery> query = m_store.run(sql, bindings);
    if (!query)
        return query.error();
    QList<CaseSummary> cases;
    while (query->next()) {
        CaseSummary summary;
        summary.uuid = query->value(0).toString();
        summary.number = query->value(1).toString();
        summary.type = query->value(2).toString();
        summary.accountName = query->value(3).toString();
        summary.centerCode = query->value(4).toString();
        summary.portCode = query->value(5).toString();
        summary.state = query->value(6).toString();
        summary.category =
            categoryFromName(query->value(7).toString()).value_or(StateCategory::Open);
        summary.assigneeName = query->value(8).toString();
        summary.priority = query->value(9).toString();
        summary.escalationLevel = query->value(10).toString();
        summary.openedAt = fromStoredTime(query->value(11).toString());
        summary.subject = query->value(12).toString();
        if (!query->value(13).isNull())
            summary.nextDue = fromStoredTime(query->value(13).toString());
        summary.worstClockState = query->value(14).toString();
        cases.append(summary);
    }
    return cases;
}

Result<SweepReport> CaseService::sweepClocks()
{
    const QDateTime now = m_clock();
    const QString nowText = toStoredTime(now);
    const QString today = now.date().toString(Qt::ISODate);
    SweepReport report;
    // Only clocks that may have crossed a line since they were last scheduled:
    // one indexed range per line (clock_warn, clock_due, clock_unalerted_breach),
    // so that a sweep over 10^6 cases reads only what it must act on.
    const Result<QStringList> caseUuids = firstColumn(
        m_store,
        QStringLiteral(
            "SELECT case_uuid FROM clock WHERE state = 'on-track' AND warn_at <= ? AND kind = "
            "'statutory' AND stopped_at IS NULL "
            "UNION SELECT case_uuid FROM clock WHERE state = 'warning' AND due_at < ? AND kind = "
            "'statutory' AND stopped_at IS NULL "
            "UNION SELECT case_uuid FROM clock WHERE state = 'on-track' AND warn_at <= ? AND kind "
            "<> 'statutory' AND running_since IS NOT NULL AND stopped_at IS NULL "
            "UNION SELECT case_uuid FROM clock WHERE state = 'warning' AND due_at <= ? AND kind <> "
            "'statutory' AND running_since IS NOT NULL AND stopped_at IS NULL "
            "UNION SELECT case_uuid FROM clock WHERE state = 'breached' AND alerted_breach = 0 AND "
            "kind <> 'statutory' AND running_since IS NOT NULL AND stopped_at IS NULL"),
        {today, today, nowText, nowText});
    if (!caseUuids)
        return caseUuids.error();
    const Actor system = Actor::system();
    for (const QString& caseUuid : *caseUuids) {
        Result<Row> row = loadRow(caseUuid);
        if (!row)
            return row.error();
        Result<BusinessCalendar> calendar = calendarFor(row->centerCode);
        if (!calendar)
            return calendar.error();
        Result<SweepReport> one = m_store.transaction<SweepReport>([&]() -> Result<SweepReport> {
            SweepReport part;
            ClockBook book(m_store);
            Result<QList<ClockRow>> clocks = book.forCase(caseUuid);
            if (!clocks)
                return clocks.error();
            bool escalate = false;
            // Targets follow the account's tier today; the time used is kept.
            const Result<ServiceTier> tier = tierOfAccount(
                m_store, row->accountUuid, now.toTimeZone(calendar->timeZone()).date());
            if (!tier)
                return tier.error();
            const Result<ServiceLevelTarget> target =
                ServiceLevels(m_store).target(row->type, *tier);
            if (!target)
                return target.error();
            const QString policy = QStringLiteral("%1 / %2").arg(row->type, tierName(*tier));
            for (ClockRow& clock : *clocks) {
                if (clock.isStopped())
                    continue;
                ++part.clocksChecked;
                const QString before = clock.state;
                if (clock.kind == QLatin1String("first-response"))
                    ClockBook::setTarget(clock, target->firstResponseMinutes, policy, *calendar,
                                         now);
                else if (clock.kind == QLatin1String("resolution"))
                    ClockBook::setTarget(clock, target->resolutionMinutes, policy, *calendar, now);
                ClockBook::schedule(clock, *calendar, now);
                auto alertAssignee = [&](const QString& topic, const QString& en,
                                         const QString& es) -> Status {
                    QStringList recipients;
                    if (!row->assigneeUuid.isEmpty())
                        recipients << row->assigneeUuid;
                    if (topic == QLatin1String("breach")) {
                        // The Center's supervisors: its administrators.
                        Result<QStringList> admins = firstColumn(
                            m_store,
                            QStringLiteral(
                                "SELECT user_uuid FROM role_assignment WHERE role = 'admin'"),
                            {});
                        if (!admins)
                            return admins.error();
                        recipients << *admins;
                    }
                    recipients.removeDuplicates();
                    for (const QString& recipient : recipients) {
                        if (Status added = m_store.execute(
                                QStringLiteral(
                                    "INSERT INTO notification(uuid, updated_at, kind, topic, "
                                    "case_uuid, account_uuid, "
                                    "recipient_uuid, text_en, text_es, created_at, delivery) "
                                    "VALUES(?, "
                                    "?, 'alert', ?, ?, ?, ?, ?, ?, ?, 'unread')"),
                                {newUuid(), nowText, topic, row->uuid, row->accountUuid, recipient,
                                 en, es, nowText});
                            !added)
                            return added;
                    }
                    return {};
                };
                if (clock.state == QLatin1String("warning") && !clock.alertedWarning) {
                    clock.alertedWarning = true;
                    ++part.warnings;
                    const QString dueDay = clock.statutoryDue.toString(Qt::ISODate);
                    const Status sent =
                        clock.isStatutory()
                            ? alertAssignee(
                                  QStringLiteral("warning"),
                                  QStringLiteral("Case %1: the statutory deadline %2 is within 7 "
                                                 "days (due %3).")
                                      .arg(row->number, clock.ruleId, dueDay),
                                  QStringLiteral(
                                      "Caso %1: el plazo legal %2 vence en 7 días o menos (%3).")
                                      .arg(row->number, clock.ruleId, dueDay))
                            : alertAssignee(
                                  QStringLiteral("warning"),
                                  QStringLiteral("Case %1: the %2 clock is at %3% of its target.")
                                      .arg(row->number, clock.kind)
                                      .arg(ServiceLevels::warningPercent()),
                                  QStringLiteral("Caso %1: el reloj %2 está al %3% de su objetivo.")
                                      .arg(row->number, clock.kind)
                                      .arg(ServiceLevels::warningPercent()));
                    if (!sent)
                        return sent.error();
                }
                if (clock.state == QLatin1String("breached") && !clock.alertedBreach) {
                    clock.alertedBreach = true;
                    clock.alertedWarning = true;
                    ++part.breaches;
                    if (Status sent =
                            alertAssignee(QStringLiteral("breach"),
                                          QStringLiteral("Case %1: the %2 target was breached.")
                                              .arg(row->number, clock.kind),
                                          QStringLiteral("Caso %1: se incumplió el objetivo %2.")
                                              .arg(row->number, clock.kind));
                        !sent)
                        return sent.error();
                    if (clock.kind == QLatin1String("resolution")) {
                        escalate = target->autoEscalate;
                    }
                }
                if (clock.state == QLatin1String("lapsed") && before != QLatin1String("lapsed"))
                    ++part.lapsed;
                if (Status saved = book.save(clock, now); !saved)
                    return saved.error();
            }
            // Every escalation, automatic ones too, has its acknowledgement clock.
            auto startAcknowledgement = [&](const QString& level) -> Status {
                return book.restart(row->uuid, QStringLiteral("acknowledgement"),
                                    ServiceLevels::acknowledgementMinutes(),
                                    CaseText::tr("acknowledgement at %1").arg(levelLabel(level)),
                                    *calendar, now);
            };
            if (escalate && row->escalationLevel != QLatin1String("center") &&
                !Permissions::isHqLevel(row->escalationLevel)) {
                const QString from = row->escalationLevel;
                if (Status updated = m_store.execute(
                        QStringLiteral("UPDATE cases SET escalation_level = 'center', "
                                       "updated_at = ?, version = version + 1 WHERE uuid = ?"),
                        {nowText, row->uuid});
                    !updated)
                    return updated.error();
                row->escalationLevel = QStringLiteral("center");
                if (Status started = startAcknowledgement(row->escalationLevel); !started)
                    return started.error();
                if (Status logged = applyStep(
                        system, *row, QStringLiteral("escalated"),
                        {{QStringLiteral("from"), from},
                         {QStringLiteral("to"), QStringLiteral("center")},
                         {QStringLiteral("text"),
                          QStringLiteral(
                              "Automatic escalation: the resolution target was breached.")}});
                    !logged)
                    return logged.error();
                ++part.autoEscalations;
            } else if (escalate && row->escalationLevel == QLatin1String("center")) {
                const QString to = row->definition->hqOffice;
                if (Status updated =
                        m_store.execute(QStringLiteral("UPDATE cases SET escalation_level = ?, "
                                                       "updated_at = ?, version = version + 1 "
                                                       "WHERE uuid = ?"),
                                        {to, nowText, row->uuid});
                    !updated)
                    return updated.error();
                row->escalationLevel = to;
                if (Status started = startAcknowledgement(to); !started)
                    return started.error();
                if (Status logged = applyStep(
                        system, *row, QStringLiteral("escalated"),
                        {{QStringLiteral("from"), QStringLiteral("center")},
                         {QStringLiteral("to"), to},
                         {QStringLiteral("text"),
                          QStringLiteral(
                              "Automatic escalation: the resolution target was breached.")}});
                    !logged)
                    return logged.error();
                ++part.autoEscalations;
            }
            return part;
        });
        if (!one)
            return one.error();
        report.clocksChecked += one->clocksChecked;
        report.warnings += one->warnings;
        report.breaches += one->breaches;
        report.lapsed += one->lapsed;
        report.autoEscalations += one->autoEscalations;
    }
    return report;
}

Result<QList<Notification>> CaseService::alerts(const Actor& actor, bool unreadOnly)
{
    Result<QSqlQuery> query =
        m_store.run(QStringLiteral("SELECT n.uuid, n.kind, n.topic, c.number, n.text_en, "
                                   "n.text_es, n.created_at, n.delivery "
                                   "FROM notification n LEFT JOIN cases c ON c.uuid = n.case_uuid "
                                   "WHERE n.recipient_uuid = ? ") +
                        (unreadOnly ? QStringLiteral("AND n.delivery = 'unread' ") : QString()) +
                        QStringLiteral("ORDER BY n.created_at DESC LIMIT 500"),
                    {actor.userUuid});
    if (!query)
        return query.error();
    QList<Notification> notifications;
    while (query->next()) {
        notifications.append(Notification{
            query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
            fromStoredTime(query->value(6).toString()), query->value(7).toString()});
    }
    return notifications;
}

Status CaseService::markAlertRead(const Actor& actor, const QString& notificationUuid)
{
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated = m_store.run(
            QStringLiteral(
                "UPDATE notification SET delivery = 'read', updated_at = ?, version = version + 1 "
                "WHERE uuid = ? AND recipient_uuid = ?"),
            {toStoredTime(m_clock()), notificationUuid, actor.userUuid});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1) {
            return Error::notFound(QStringLiteral("notification"),
                                   CaseText::tr("There is no alert '%1' for %2.")
                                       .arg(notificationUuid, actor.userName));
        }
        return {};
    });
}

} // namespace centerdesk::core
