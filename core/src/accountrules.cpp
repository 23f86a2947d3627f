#include "accountrules.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/identifiers/iornumber.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace centerdesk::core {

namespace {

class AccountText final
{
    Q_DECLARE_TR_FUNCTIONS(AccountText)
};

void checkContact(const Contact& contact, QList<Error>& problems)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^[0-9 +().-]{7,25}$"));
    if (contact.name.trimmed().isEmpty()) {
        problems.append(Error::invalid(QStringLiteral("contact_name"), QStringLiteral("required"),
                                       AccountText::tr("A contact needs a name.")));
    }
    if (!contact.email.isEmpty() && !email.match(contact.email).hasMatch()) {
        problems.append(
            Error::invalid(QStringLiteral("contact_email"), QStringLiteral("email"),
                           AccountText::tr("'%1' is not an e-mail address.").arg(contact.email)));
    }
    if (!contact.phone.isEmpty() && !phone.match(contact.phone).hasMatch()) {
        problems.append(
            Error::invalid(QStringLiteral("contact_phone"), QStringLiteral("phone"),
                           AccountText::tr("'%1' is not a phone number (7 to 25 digits, "
                                           "spaces, +, -, parentheses).")
                               .arg(contact.phone)));
    }
}

} // namespace

QVariant dateOrNull(const QDate& date)
{
    return date.isNull() ? QVariant() : QVariant(date.toString(Qt::ISODate));
}

QJsonObject programJson(const PartnerProgram& program)
{
    QJsonObject json{{QStringLiteral("program"), programName(program.kind)},
                     {QStringLiteral("from"), program.from.toString(Qt::ISODate)},
                     {QStringLiteral("to"),
                      program.to.isNull() ? QJsonValue() : program.to.toString(Qt::ISODate)}};
    if (program.kind == ProgramKind::Ctpat)
        json.insert(QStringLiteral("tier"), program.ctpatTier);
    return json;
}

Result<AccountReferenceSets> AccountReferenceSets::load(Store& store)
{
    AccountReferenceSets sets;
    for (auto [sql, target] :
         {std::pair{QStringLiteral("SELECT code FROM center"), &sets.centerCodes},
          std::pair{QStringLiteral("SELECT code FROM port"), &sets.portCodes},
          std::pair{QStringLiteral("SELECT code FROM pga"), &sets.pgaCodes}}) {
        Result<QSqlQuery> query = store.run(sql);
        if (!query)
            return query.error();
        while (query->next())
            target->insert(query->value(0).toString());
    }
    Result<QSqlQuery> nams = store.run(QStringLiteral(
        "SELECT DISTINCT u.uuid, u.name FROM app_user u JOIN role_assignment r ON r.user_uuid = "
        "u.uuid WHERE r.role = 'nam'"));
    if (!nams)
        return nams.error();
    while (nams->next()) {
        sets.namUuidsByFoldedName.insert(nams->value(1).toString().toCaseFolded(),
                                         nams->value(0).toString());
        sets.namNamesByUuid.insert(nams->value(0).toString(), nams->value(1).toString());
    }
    return sets;
}

QList<Error> checkAccountInput(const AccountInput& input, const AccountReferenceSets& sets,
                               Account& account)
{
    QList<Error> problems;
    account.name = input.name.trimmed();
    if (account.name.isEmpty()) {
        problems.append(Error::invalid(QStringLiteral("name"), QStringLiteral("required"),
                                       AccountText::tr("The account needs a name.")));
    }
    const Result<IorNumber> ior = IorNumber::parse(input.iorNumber);
    if (ior)
        account.iorNumber = ior->toString();
    else
        problems.append(
            Error::invalid(QStringLiteral("ior"), ior.error().rule, ior.error().message));

    account.centerCode = input.centerCode.trimmed().toUpper();
    if (!sets.centerCodes.contains(account.centerCode)) {
        problems.append(Error::invalid(QStringLiteral("center"), QStringLiteral("unknown-center"),
                                       AccountText::tr("There is no Center '%1'; use one of the "
                                                       "ten codes (AGR, AFT, AUT, ...).")
                                           .arg(input.centerCode)));
    }
    const QString nam = input.namName.trimmed();
    if (!nam.isEmpty()) {
        account.namUserUuid = sets.namUuidsByFoldedName.value(nam.toCaseFolded());
        account.namName = sets.namNamesByUuid.value(account.namUserUuid);
        if (account.namUserUuid.isEmpty()) {
            problems.append(
                Error::invalid(QStringLiteral("nam"), QStringLiteral("unknown-nam"),
                               AccountText::tr("'%1' is not a user with the NAM role.").arg(nam)));
        }
    }
    const std::optional<SizeClass> size = sizeClassFromName(input.sizeClass.trimmed().toLower());
    if (size) {
        account.sizeClass = *size;
    } else {
        problems.append(Error::invalid(QStringLiteral("size"), QStringLiteral("size-class"),
                                       AccountText::tr("The size class is '%1'; use small, medium "
                                                       "or large.")
                                           .arg(input.sizeClass)));
    }
    account.examPortCode = input.examPortCode.trimmed();
    account.examFacility = input.examFacility.trimmed();
    if (!account.examPortCode.isEmpty() && !sets.portCodes.contains(account.examPortCode)) {
        problems.append(Error::invalid(QStringLiteral("exam_port"), QStringLiteral("unknown-port"),
                                       AccountText::tr("The exam port '%1' is not in the reference "
                                                       "data.")
                                           .arg(account.examPortCode)));
    }
    account.contacts = input.contacts;
    for (const Contact& contact : input.contacts)
        checkContact(contact, problems);
    account.certifications = input.certifications;
    for (const Certification& certification : input.certifications) {
        if (certification.kind.trimmed().isEmpty() || !certification.validFrom.isValid()) {
            problems.append(Error::invalid(QStringLiteral("certification"),
                                           QStringLiteral("required"),
                                           AccountText::tr("A certification needs a kind and a "
                                                           "valid-from date.")));
        } else if (!certification.pgaCode.isEmpty() &&
                   !sets.pgaCodes.contains(certification.pgaCode)) {
            problems.append(Error::invalid(
                QStringLiteral("certification"), QStringLiteral("unknown-pga"),
                AccountText::tr("There is no PGA '%1'.").arg(certification.pgaCode)));
        } else if (!certification.validTo.isNull() &&
                   certification.validTo < certification.validFrom) {
            problems.append(
                Error::invalid(QStringLiteral("certification"), QStringLiteral("dates"),
                               AccountText::tr("The certification ends before it starts.")));
        }
    }
    account.programs = input.programs;
    if (Status programs = ServiceTiers::validate(input.programs); !programs)
        problems.append(programs.error());
    return problems;
}

AccountWriter::AccountWriter(Store& store)
    : m_store(store)
    , m_history(store)
    , m_account(store.database())
    , m_program(store.database())
    , m_contact(store.database())
    , m_certification(store.database())
{
    m_account.prepare(QStringLiteral(
        "INSERT INTO account(uuid, updated_at, name, ior_number, center_code, nam_user_uuid, "
        "size_class, exam_port_code, exam_facility, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    m_program.prepare(QStringLiteral(
        "INSERT INTO partner_program(uuid, updated_at, account_uuid, program, ctpat_tier, "
        "effective_from, effective_to) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    m_contact.prepare(QStringLiteral(
        "INSERT INTO account_contact(uuid, updated_at, account_uuid, name, role, email, phone, "
        "is_problem_resolution) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    m_certification.prepare(QStringLiteral(
        "INSERT INTO account_certification(uuid, updated_at, account_uuid, kind, pga_code, "
        "valid_from, valid_to) VALUES(?, ?, ?, ?, ?, ?, ?)"));
}

Status AccountWriter::exec(QSqlQuery& query, const QVariantList& values)
{
    if (Result<QSqlQuery*> done = m_store.execPrepared(query, values); !done)
        return done.error();
    return {};
}

Status AccountWriter::insertProgram(const QString& accountUuid, PartnerProgram& program,
                                    const QString& now)
{
    if (program.uuid.isEmpty())
        program.uuid = newUuid();
    return exec(m_program,
                {program.uuid, now, accountUuid, programName(program.kind),
                 program.kind == ProgramKind::Ctpat ? QVariant(program.ctpatTier) : QVariant(),
                 program.from.toString(Qt::ISODate), dateOrNull(program.to)});
}

Status AccountWriter::insertContact(const QString& accountUuid, Contact& contact,
                                    const QString& now)
{
    if (contact.uuid.isEmpty())
        contact.uuid = newUuid();
    return exec(m_contact, {contact.uuid, now, accountUuid, contact.name.trimmed(), contact.role,
                            contact.email, contact.phone, contact.problemResolution ? 1 : 0});
}

Status AccountWriter::insertCertification(const QString& accountUuid, Certification& certification,
                                          const QString& now)
{
    if (certification.uuid.isEmpty())
        certification.uuid = newUuid();
    return exec(m_certification,
                {certification.uuid, now, accountUuid, certification.kind.trimmed(),
                 certification.pgaCode.isEmpty() ? QVariant() : QVariant(certification.pgaCode),
                 certification.validFrom.toString(Qt::ISODate), dateOrNull(certification.validTo)});
}

Status AccountWriter::insert(Account& account, const QString& actorName, const QDateTime& now)
{
    if (now != m_lastNow || m_lastNowText.isEmpty()) {
        m_lastNow = now;
        m_lastNowText = toStoredTime(now);
    }
    const QString& nowText = m_lastNowText;
    if (account.uuid.isEmpty())
        account.uuid = newUuid();
    account.version = 1;
    account.createdAt = account.updatedAt = now;
    if (Status inserted =
            exec(m_account,
                 {account.uuid, nowText, account.name, account.iorNumber, account.centerCode,
                  account.namUserUuid.isEmpty() ? QVariant() : QVariant(account.namUserUuid),
                  sizeClassName(account.sizeClass),
                  account.examPortCode.isEmpty() ? QVariant() : QVariant(account.examPortCode),
                  account.examFacility, nowText});
        !inserted) {
        return inserted;
    }
    QJsonArray programs;
    for (PartnerProgram& program : account.programs) {
        if (Status added = insertProgram(account.uuid, program, nowText); !added)
            return added;
        programs.append(programJson(program));
    }
    for (Contact& contact : account.contacts) {
        if (Status added = insertContact(account.uuid, contact, nowText); !added)
            return added;
    }
    for (Certification& certification : account.certifications) {
        if (Status added = insertCertification(account.uuid, certification, nowText); !added)
            return added;
    }
    return m_history.append(QStringLiteral("account"), account.uuid, actorName,
                            QStringLiteral("created"),
                            {{QStringLiteral("name"), account.name},
                             {QStringLiteral("ior"), account.iorNumber},
                             {QStringLiteral("center"), account.centerCode},
                             {QStringLiteral("nam"), account.namName},
                             {QStringLiteral("size"), sizeClassName(account.sizeClass)},
                             {QStringLiteral("programs"), programs}},
                            now);
}

} // namespace centerdesk::core
