#include "centerdesk/core/accountservice.h"

#include "accountrules.h"
#include "centerdesk/core/identifiers/iornumber.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace centerdesk::core {

namespace {

class AccountServiceText final
{
    Q_DECLARE_TR_FUNCTIONS(AccountServiceText)
};

const QString accountSubject = QStringLiteral("account");

Scope scopeOf(const Account& account)
{
    return Scope{account.centerCode, account.namUserUuid, {}};
}

// The SQL condition (over alias `a`) limiting accounts to those `actor` may view.
QString visibilityCondition(const Actor& actor, QVariantList& bindings)
{
    if (actor.isAdmin() || actor.hasRole(Role::HqAnalyst) || actor.hasRole(Role::PortOfficial) ||
        actor.hasRole(Role::FpfOfficer))
        return QStringLiteral("1");
    QStringList alternatives;
    const QStringList centers = actor.centerCodes(Role::CenterStaff);
    if (!centers.isEmpty()) {
        alternatives
            << QStringLiteral("a.center_code IN (%1)")
                   .arg(QStringList(centers.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& center : centers)
            bindings << center;
    }
    if (actor.hasRole(Role::Nam)) {
        alternatives << QStringLiteral("a.nam_user_uuid = ?");
        bindings << actor.userUuid;
    }
    return alternatives.isEmpty()
               ? QStringLiteral("0")
               : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The tier on the day in the `params` CTE, as ServiceTier's numeric value.
const QString tierRankSql = QStringLiteral(
    "COALESCE((SELECT MAX(CASE p.program WHEN 'trusted-trader' THEN 4 WHEN 'isa' THEN 3 "
    "WHEN 'ctpat' THEN 2 WHEN 'participating' THEN 1 END) FROM partner_program p "
    "WHERE p.account_uuid = a.uuid AND p.effective_from <= params.day AND "
    "(p.effective_to IS NULL OR p.effective_to >= params.day)), 0)");

} // namespace

AccountService::AccountService(Store& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

Result<Account> AccountService::load(const QString& accountUuid) const
{
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT a.uuid, a.version, a.name, a.ior_number, a.center_code, "
                       "a.nam_user_uuid, u.name, a.size_class, a.exam_port_code, a.exam_facility, "
                       "a.created_at, a.updated_at FROM account a LEFT JOIN app_user u ON u.uuid = "
                       "a.nam_user_uuid WHERE a.uuid = ?"),
        {accountUuid});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::notFound(
            QStringLiteral("account"),
            AccountServiceText::tr("There is no account '%1'.").arg(accountUuid));
    }
    Account account;
    account.uuid = query->value(0).toString();
    account.version = query->value(1).toInt();
    account.name = query->value(2).toString();
    account.iorNumber = query->value(3).toString();
    account.centerCode = query->value(4).toString();
    account.namUserUuid = query->value(5).toString();
    account.namName = query->value(6).toString();
    account.sizeClass = sizeClassFromName(query->value(7).toString()).value_or(SizeClass::Small);
    account.examPortCode = query->value(8).toString();
    account.examFacility = query->value(9).toString();
    account.createdAt = fromStoredTime(query->value(10).toString());
    account.updatedAt = fromStoredTime(query->value(11).toString());

    Result<QSqlQuery> programs = m_store.run(
        QStringLiteral("SELECT uuid, program, ctpat_tier, effective_from, effective_to FROM "
                       "partner_program WHERE account_uuid = ? ORDER BY effective_from, program"),
        {accountUuid});
    if (!programs)
        return programs.error();
    while (programs->next()) {
        account.programs.append(PartnerProgram{
            programs->value(0).toString(),
            programFromName(programs->value(1).toString()).value_or(ProgramKind::Participating),
            programs->value(2).toInt(),
            QDate::fromString(programs->value(3).toString(), Qt::ISODate),
            QDate::fromString(programs->value(4).toString(), Qt::ISODate)});
    }
    Result<QSqlQuery> contacts = m_store.run(
        QStringLiteral(
            "SELECT uuid, name, role, email, phone, is_problem_resolution FROM "
            "account_contact WHERE account_uuid = ? ORDER BY is_problem_resolution DESC, name"),
        {accountUuid});
    if (!contacts)
        return contacts.error();
    while (contacts->next()) {
        account.contacts.append(
            Contact{contacts->value(0).toString(), contacts->value(1).toString(),
                    contacts->value(2).toString(), contacts->value(3).toString(),
                    contacts->value(4).toString(), contacts->value(5).toBool()});
    }
    Result<QSqlQuery> certifications = m_store.run(
        QStringLiteral(
            "SELECT uuid, kind, pga_code, valid_from, valid_to FROM account_certification "
            "WHERE account_uuid = ? ORDER BY valid_from"),
        {accountUuid});
    if (!certifications)
        return certifications.error();
    while (certifications->next()) {
        account.certifications.append(
            Certification{certifications->value(0).toString(), certifications->value(1).toString(),
                          certifications->value(2).toString(),
                          QDate::fromString(certifications->value(3).toString(), Qt::ISODate),
                          QDate::fromString(certifications->value(4).toString(), Qt::ISODate)});
    }
    return account;
}

Result<Account> AccountService::create(const Actor& actor, const AccountInput& input)
{
    const Result<AccountReferenceSets> sets = AccountReferenceSets::load(m_store);
    if (!sets)
        return sets.error();
    Account account;
    const QList<Error> problems = checkAccountInput(input, *sets, account);
    if (!problems.isEmpty())
        return problems.first();
    if (Status allowed = Permissions::authorize(actor, Action::EditAccount, scopeOf(account));
        !allowed)
        return allowed.error();
    Result<QSqlQuery> existing = m_store.run(
        QStringLiteral("SELECT name FROM account WHERE ior_number = ?"), {account.iorNumber});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        return Error::conflict(QStringLiteral("ior"), QStringLiteral("duplicate-ior"),
                               AccountServiceText::tr("The importer number %1 already belongs to "
                                                      "the account '%2'.")
                                   .arg(account.iorNumber, existing->value(0).toString()));
    }
    const Status written = m_store.transaction([&]() -> Status {
        AccountWriter writer(m_store);
        return writer.insert(account, actor.userName, m_clock());
    });
    if (!written)
        return written.error();
    return load(account.uuid);
}

Result<Account> AccountService::get(const Actor& actor, const QString& iorOrUuid) const
{
    QString uuid = iorOrUuid;
    if (const Result<IorNumber> ior = IorNumber::parse(iorOrUuid); ior) {
        Result<QSqlQuery> query = m_store.run(
            QStringLiteral("SELECT uuid FROM account WHERE ior_number = ?"), {ior->toString()});
        if (!query)
            return query.error();
        if (!query->next()) {
            return Error::notFound(QStringLiteral("ior"),
                                   AccountServiceText::tr("There is no account with the importer "
                                                          "number %1.")
                                       .arg(ior->toString()));
        }
        uuid = query->value(0).toString();
    }
    Result<Account> account = load(uuid);
    if (!account)
        return account.error();
    if (Status allowed = Permissions::authorize(actor, Action::ViewAccount, scopeOf(*account));
        !allowed)
        return allowed.error();
    return account;
}

Result<QList<AccountSummary>> AccountService::list(const Actor& actor,
                                                   const AccountFilter& filter) const
{
    const QDate day = filter.tierDate.isValid() ? filter.tierDate : m_clock().date();
    QVariantList bindings{day.toString(Qt::ISODate)};
    QStringList conditions{visibilityCondition(actor, bindings)};
    if (!filter.centerCode.isEmpty()) {
        conditions << QStringLiteral("a.center_code = ?");
        bindings << filter.centerCode;
    }
    if (!filter.namName.isEmpty()) {
        conditions << QStringLiteral("u.name = ?");
        bindings << filter.namName;
    }
    if (filter.sizeClass) {
        conditions << QStringLiteral("a.size_class = ?");
        bindings << sizeClassName(*filter.sizeClass);
    }
    if (!filter.text.trimmed().isEmpty()) {
        conditions << QStringLiteral(
            "(a.name LIKE ? ESCAPE '\\' OR a.ior_number LIKE ? ESCAPE '\\')");
        QString pattern = filter.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QLatin1Char('%') + pattern + QLatin1Char('%');
        bindings << like << like;
    }
    QString sql =
        QStringLiteral("WITH params(day) AS (SELECT ?) "
                       "SELECT * FROM (SELECT a.uuid, a.name, a.ior_number, a.center_code, "
                       "u.name, a.size_class, ") +
        tierRankSql +
        QStringLiteral(" AS tier_rank FROM account a CROSS JOIN params LEFT JOIN app_user "
                       "u ON u.uuid = a.nam_user_uuid WHERE ") +
        conditions.join(QStringLiteral(" AND ")) + QStringLiteral(")");
    if (filter.tier) {
        sql += QStringLiteral(" WHERE tier_rank = ?");
        bindings << static_cast<int>(*filter.tier);
    }
    sql += QStringLiteral(" ORDER BY 2 COLLATE NOCASE, 3 LIMIT ?");
    bindings << filter.limit;
    Result<QSqlQuery> query = m_store.run(sql, bindings);
    if (!query)
        return query.error();
    QList<AccountSummary> accounts;
    while (query->next()) {
        accounts.append(AccountSummary{
            query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString(), query->value(4).toString(),
            sizeClassFromName(query->value(5).toString()).value_or(SizeClass::Small),
            static_cast<ServiceTier>(query->value(6).toInt())});
    }
    return accounts;
}

Result<QList<AccountSummary>> AccountService::portfolio(const Actor& actor,
                                                        const QString& namName) const
{
    AccountFilter filter;
    filter.namName = namName;
    return list(actor, filter);
}

Result<QList<HistoryEntry>> AccountService::history(const Actor& actor,
                                                    const QString& accountUuid) const
{
    const Result<Account> account = load(accountUuid);
    if (!account)
        return account.error();
    if (Status allowed = Permissions::authorize(actor, Action::ViewAccount, scopeOf(*account));
        !allowed)
        return allowed.error();
    return HistoryLog::entriesFor(m_store, accountSubject, accountUuid);
}

Status
AccountService::changeAccount(const Actor& actor, const QString& accountUuid,
                              const std::function<Status(const Account&, const QDateTime&)>& change)
{
    const Result<Account> account = load(accountUuid);
    if (!account)
        return account.error();
    if (Status allowed = Permissions::authorize(actor, Action::EditAccount, scopeOf(*account));
        !allowed)
        return allowed;
    const QDateTime now = m_clock();
    return m_store.transaction([&]() -> Status {
        if (Status changed = change(*account, now); !changed)
            return changed;
        Result<QSqlQuery> bumped = m_store.run(
            QStringLiteral(
                "UPDATE account SET version = version + 1, updated_at = ? WHERE uuid = ?"),
            {toStoredTime(now), accountUuid});
        if (!bumped)
            return bumped.error();
        return {};
    });
}

Status AccountService::addProgram(const Actor& actor, const QString& accountUuid,
                                  const PartnerProgram& program)
{
    return changeAccount(
        actor, accountUuid, [&](const Account& account, const QDateTime& now) -> Status {
            QList<PartnerProgram> programs = account.programs;
            PartnerProgram added = program;
            programs.append(added);
            if (Status valid = ServiceTiers::validate(programs); !valid)
                return valid;
            AccountWriter writer(m_store);
            if (Status inserted = writer.insertProgram(accountUuid, added, toStoredTime(now));
                !inserted)
                return inserted;
            QJsonObject detail = programJson(added);
            detail.insert(QStringLiteral("tierBefore"), tierName(account.tierOn(now.date())));
            detail.insert(QStringLiteral("tierAfter"),
                          tierName(ServiceTiers::tierOn(programs, now.date())));
            return writer.history().append(accountSubject, accountUuid, actor.userName,
                                           QStringLiteral("program-added"), detail, now);
        });
}

Status AccountService::endProgram(const Actor& actor, const QString& accountUuid,
                                  const QString& programUuid, const QDate& lastDay)
{
    return changeAccount(
        actor, accountUuid, [&](const Account& account, const QDateTime& now) -> Status {
            QList<PartnerProgram> programs = account.programs;
            auto program =
                std::find_if(programs.begin(), programs.end(),
                             [&](const PartnerProgram& p) { return p.uuid == programUuid; });
            if (program == programs.end()) {
                return Error::notFound(
                    QStringLiteral("program"),
                    AccountServiceText::tr("The account has no program '%1'.").arg(programUuid));
            }
            program->to = lastDay;
            if (Status valid = ServiceTiers::validate(programs); !valid)
                return valid;
            Result<QSqlQuery> updated = m_store.run(
                QStringLiteral(
                    "UPDATE partner_program SET effective_to = ?, version = version + 1, "
                    "updated_at = ? WHERE uuid = ?"),
                {lastDay.toString(Qt::ISODate), toStoredTime(now), programUuid});
            if (!updated)
                return updated.error();
            return HistoryLog(m_store).append(accountSubject, accountUuid, actor.userName,
                                              QStringLiteral("program-ended"),
                                              programJson(*program), now);
        });
}

Status AccountService::addContact(const Actor& actor, const QString& accountUuid,
                                  const Contact& contact)
{
    return changeAccount(
        actor, accountUuid, [&](const Account& account, const QDateTime& now) -> Status {
            AccountInput probe;
            probe.contacts = {contact};
            Account checked;
            const Result<AccountReferenceSets> sets = AccountReferenceSets::load(m_store);
            if (!sets)
                return sets.error();
            for (const Error& problem : checkAccountInput(probe, *sets, checked)) {
                if (problem.field.startsWith(QLatin1String("contact")))
                    return problem;
            }
            Q_UNUSED(account)
            Contact added = contact;
            AccountWriter writer(m_store);
            if (Status inserted = writer.insertContact(accountUuid, added, toStoredTime(now));
                !inserted)
                return inserted;
            return writer.history().append(
                accountSubject, accountUuid, actor.userName, QStringLiteral("contact-added"),
                {{QStringLiteral("name"), added.name},
                 {QStringLiteral("role"), added.role},
                 {QStringLiteral("problemResolution"), added.problemResolution}},
                now);
        });
}

Status AccountService::addCertification(const Actor& actor, const QString& accountUuid,
                                        const Certification& certification)
{
    return changeAccount(actor, accountUuid, [&](const Account&, const QDateTime& now) -> Status {
        AccountInput probe;
        probe.certifications = {certification};
        Account checked;
        const Result<AccountReferenceSets> sets = AccountReferenceSets::load(m_store);
        if (!sets)
            return sets.error();
        for (const Error& problem : checkAccountInput(probe, *sets, checked)) {
            if (problem.field == QLatin1String("certification"))
                return problem;
        }
        Certification added = certification;
        AccountWriter writer(m_store);
        if (Status inserted = writer.insertCertification(accountUuid, added, toStoredTime(now));
            !inserted)
            return inserted;
        return writer.history().append(
            accountSubject, accountUuid, actor.userName, QStringLiteral("certification-added"),
            {{QStringLiteral("kind"), added.kind},
             {QStringLiteral("pga"), added.pgaCode},
             {QStringLiteral("from"), added.validFrom.toString(Qt::ISODate)},
             {QStringLiteral("to"), added.validTo.toString(Qt::ISODate)}},
            now);
    });
}

Status AccountService::setExamLocation(const Actor& actor, const QString& accountUuid,
                                       const QString& portCode, const QString& facility)
{
    return changeAccount(
        actor, accountUuid, [&](const Account& account, const QDateTime& now) -> Status {
            if (!portCode.isEmpty()) {
                Result<QSqlQuery> port =
                    m_store.run(QStringLiteral("SELECT 1 FROM port WHERE code = ?"), {portCode});
                if (!port)
                    return port.error();
                if (!port->next()) {
                    return Error::invalid(QStringLiteral("exam_port"),
                                          QStringLiteral("unknown-port"),
                                          AccountServiceText::tr("The exam port '%1' is not in the "
                                                                 "reference data.")
                                              .arg(portCode));
                }
            }
            Result<QSqlQuery> updated = m_store.run(
                QStringLiteral(
                    "UPDATE account SET exam_port_code = ?, exam_facility = ? WHERE uuid = ?"),
                {portCode.isEmpty() ? QVariant() : QVariant(portCode), facility.trimmed(),
                 accountUuid});
            if (!updated)
                return updated.error();
            return HistoryLog(m_store).append(
                accountSubject, accountUuid, actor.userName,
                QStringLiteral("exam-location-changed"),
                {{QStringLiteral("fromPort"), account.examPortCode},
                 {QStringLiteral("fromFacility"), account.examFacility},
                 {QStringLiteral("toPort"), portCode},
                 {QStringLiteral("toFacility"), facility.trimmed()}},
                now);
        });
}

Status AccountService::moveToCenter(const Actor& actor, const QString& accountUuid,
                                    const QString& centerCode, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason"), QStringLiteral("required"),
                              AccountServiceText::tr("Moving an account to another Center needs "
                                                     "a reason."));
    }
    return changeAccount(
        actor, accountUuid, [&](const Account& account, const QDateTime& now) -> Status {
            if (account.centerCode == centerCode) {
                return Error::invalid(
                    QStringLiteral("center"), QStringLiteral("same-center"),
                    AccountServiceText::tr("The account is already in Center %1.").arg(centerCode));
            }
            Result<QSqlQuery> center =
                m_store.run(QStringLiteral("SELECT 1 FROM center WHERE code = ?"), {centerCode});
            if (!center)
                return center.error();
            if (!center->next()) {
                return Error::invalid(
                    QStringLiteral("center"), QStringLiteral("unknown-center"),
                    AccountServiceText::tr("There is no Center '%1'.").arg(centerCode));
            }
            Result<QSqlQuery> updated =
                m_store.run(QStringLiteral("UPDATE account SET center_code = ? WHERE uuid = ?"),
                            {centerCode, accountUuid});
            if (!updated)
                return updated.error();
            return HistoryLog(m_store).append(accountSubject, accountUuid, actor.userName,
                                              QStringLiteral("moved-center"),
                                              {{QStringLiteral("from"), account.centerCode},
                                               {QStringLiteral("to"), centerCode},
                                               {QStringLiteral("reason"), reason.trimmed()}},
                                              now);
        });
}

Status AccountService::reassignNam(const Actor& actor, const QStringList& accountUuids,
                                   const QString& namName)
{
    if (accountUuids.isEmpty()) {
        return Error::invalid(QStringLiteral("accounts"), QStringLiteral("required"),
                              AccountServiceText::tr("Select at least one account to reassign."));
    }
    const Result<AccountReferenceSets> sets = AccountReferenceSets::load(m_store);
    if (!sets)
        return sets.error();
    const QString namUuid = sets->namUuidsByFoldedName.value(namName.toCaseFolded());
    if (!namName.isEmpty() && namUuid.isEmpty()) {
        return Error::invalid(
            QStringLiteral("nam"), QStringLiteral("unknown-nam"),
            AccountServiceText::tr("'%1' is not a user with the NAM role.").arg(namName));
    }
    QList<Account> accounts;
    for (const QString& uuid : accountUuids) {
        Result<Account> account = load(uuid);
        if (!account)
            return account.error();
        if (Status allowed = Permissions::authorize(actor, Action::ReassignNam, scopeOf(*account));
            !allowed)
            return Error::denied(
                allowed.error().message + QLatin1Char(' ') +
                AccountServiceText::tr("(account %1; nothing was reassigned)").arg(account->name));
        accounts.append(std::move(account).value());
    }
    const QDateTime now = m_clock();
    return m_store.transaction([&]() -> Status {
        HistoryLog history(m_store);
        for (const Account& account : accounts) {
            if (account.namUserUuid == namUuid)
                continue;
            Result<QSqlQuery> updated = m_store.run(
                QStringLiteral("UPDATE account SET nam_user_uuid = ?, version = version + 1, "
                               "updated_at = ? WHERE uuid = ?"),
                {namUuid.isEmpty() ? QVariant() : QVariant(namUuid), toStoredTime(now),
                 account.uuid});
            if (!updated)
                return updated.error();
            if (Status logged = history.append(
                    accountSubject, account.uuid, actor.userName, QStringLiteral("nam-reassigned"),
                    {{QStringLiteral("from"), account.namName},
                     {QStringLiteral("to"), sets->namNamesByUuid.value(namUuid)}},
                    now);
                !logged)
                return logged;
        }
        return {};
    });
}

} // namespace centerdesk::core
