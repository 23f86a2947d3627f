#include "centerdesk/core/generator.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/demodata.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/workflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <random>
#include <sodium.h>
#include <sqlite3.h>

namespace centerdesk::core {

namespace {

class GeneratorText final
{
    Q_DECLARE_TR_FUNCTIONS(GeneratorText)
};

const QString generatedKey = QStringLiteral("generated");
constexpr qint64 minuteMs = 60LL * 1000LL;
constexpr qint64 hourMs = 60LL * minuteMs;
constexpr qint64 dayMs = 24LL * hourMs;

// Hand-written distributions over std::mt19937_64, whose sequence the
// standard fixes: the std distributions may differ between libraries.
class Random final
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    quint64 next() { return m_engine(); }
    // Uniform in [0, n); n > 0 and tiny beside 2^64, so the modulo bias is negligible.
    quint64 below(quint64 n) { return next() % n; }
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        return low + static_cast<qint64>(below(static_cast<quint64>(high - low + 1)));
    }
    int percent() { return static_cast<int>(below(100)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    template<typename List> const auto& pick(const List& list)
    {
        return list.at(static_cast<qsizetype>(below(static_cast<quint64>(list.size()))));
    }

private:
    std::mt19937_64 m_engine;
};

// Ordered uuids: a table tag and a counter first (so that every primary key
// and unique index is appended to, not written at random), random bits after.
QByteArray orderedUuid(quint64 tag, quint64 counter, Random& random)
{
    const quint64 high = (tag << 56) | (counter & 0x00ffffffffffffffULL);
    const quint64 low = random.next();
    char text[96];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xffffULL),
                  static_cast<unsigned long long>(high & 0xffffULL),
                  static_cast<unsigned long long>((low >> 48) | 0x8000ULL) & 0xbfffULL,
                  static_cast<unsigned long long>(low & 0xffffffffffffULL));
    return QByteArray(text, 36);
}

// The stored time format (toStoredTime: UTC, ISO 8601 with milliseconds),
// written without QDateTime, which is slow for millions of rows.
QByteArray storedTime(qint64 msSinceEpoch)
{
    qint64 days = msSinceEpoch / dayMs;
    qint64 rest = msSinceEpoch % dayMs;
    if (rest < 0) {
        rest += dayMs;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2)
        ++year;
    char text[128];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
                  static_cast<long long>(year), static_cast<long long>(month),
                  static_cast<long long>(day), static_cast<long long>(rest / hourMs),
                  static_cast<long long>((rest / minuteMs) % 60),
                  static_cast<long long>((rest / 1000) % 60), static_cast<long long>(rest % 1000));
    return QByteArray(text, 24);
}

QByteArray storedDate(qint64 msSinceEpoch)
{
    return storedTime(msSinceEpoch).left(10);
}

// A prepared statement of the raw SQLite API, bound and reset for each row.
class Statement final
{
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
            SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)

    Statement& text(const QByteArray& value)
    {
        sqlite3_bind_text(m_statement, ++m_index, value.constData(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    Statement& text(const QString& value) { return text(value.toUtf8()); }
    Statement& integer(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_index, value);
        return *this;
    }
    Statement& null()
    {
        sqlite3_bind_null(m_statement, ++m_index);
        return *this;
    }
    Statement& textOrNull(const QByteArray& value)
    {
        return value.isEmpty() ? null() : text(value);
    }
    // Runs the statement; false (with the message kept) when SQLite refuses it.
    bool run()
    {
        m_index = 0;
        const int code = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (code != SQLITE_DONE && code != SQLITE_ROW) {
            if (m_error.isEmpty())
                m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        ++m_rows;
        return true;
    }
    const QString& error() const { return m_error; }
    qint64 rows() const { return m_rows; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    int m_index = 0;
    qint64 m_rows = 0;
    QString m_error;
};

// True when no table but the store's metadata and reference data has rows.
Result<bool> holdsOnlyReferenceData(Store& store)
{
    static const QSet<QString> referenceTables = {QStringLiteral("meta"), QStringLiteral("center"),
                                                  QStringLiteral("port"), QStringLiteral("pga"),
                                                  QStringLiteral("service_level")};
    const Result<StoreInfo> info = store.info();
    if (!info)
        return info.error();
    for (auto it = info->rowCounts.cbegin(); it != info->rowCounts.cend(); ++it) {
        if (!referenceTables.contains(it.key()) && it.value() > 0)
            return false;
    }
    return true;
}

const QStringList firstNames = {
    QStringLiteral("Maria"),  QStringLiteral("James"), QStringLiteral("Aisha"),
    QStringLiteral("Robert"), QStringLiteral("Mei"),   QStringLiteral("Carlos"),
    QStringLiteral("Emily"),  QStringLiteral("Ahmed"), QStringLiteral("Olga"),
    QStringLiteral("David"),  QStringLiteral("Priya"), QStringLiteral("Tomasz")};
const QStringList lastNames = {
    QStringLiteral("Johnson"),   QStringLiteral("Nguyen"),   QStringLiteral("Smith"),
    QStringLiteral("Hernandez"), QStringLiteral("Kowalski"), QStringLiteral("Brown"),
    QStringLiteral("Okoye"),     QStringLiteral("Martin"),   QStringLiteral("Rossi"),
    QStringLiteral("Tanaka"),    QStringLiteral("Schmidt"),  QStringLiteral("Alvarez")};
const QStringList places = {
    QStringLiteral("Atlantic"), QStringLiteral("Summit"),    QStringLiteral("Keystone"),
    QStringLiteral("Liberty"),  QStringLiteral("Northstar"), QStringLiteral("Redwood"),
    QStringLiteral("Harbor"),   QStringLiteral("Prairie"),   QStringLiteral("Granite"),
    QStringLiteral("Meridian"), QStringLiteral("Cascade"),   QStringLiteral("Evergreen")};
const QStringList trades = {QStringLiteral("Imports"),      QStringLiteral("Trading"),
                            QStringLiteral("Logistics"),    QStringLiteral("Supply"),
                            QStringLiteral("Industries"),   QStringLiteral("Manufacturing"),
                            QStringLiteral("Distribution"), QStringLiteral("Foods"),
                            QStringLiteral("Apparel"),      QStringLiteral("Electronics")};
const QStringList suffixes = {QStringLiteral("Inc."),  QStringLiteral("LLC"),
                              QStringLiteral("Corp."), QStringLiteral("Co."),
                              QStringLiteral("Group"), QStringLiteral("Ltd.")};
const QStringList goods = {
    QStringLiteral("lithium battery packs"), QStringLiteral("tablet coating agents"),
    QStringLiteral("frozen shrimp"),         QStringLiteral("cotton knit shirts"),
    QStringLiteral("brake assemblies"),      QStringLiteral("steel wire rod"),
    QStringLiteral("LED drivers"),           QStringLiteral("hydraulic pumps"),
    QStringLiteral("crude tall oil"),        QStringLiteral("plush toys"),
    QStringLiteral("solar inverters"),       QStringLiteral("olive oil"),
    QStringLiteral("aluminum extrusions"),   QStringLiteral("surgical gloves"),
    QStringLiteral("bicycle frames"),        QStringLiteral("printed circuit boards")};
const QStringList subjects = {QStringLiteral("Classification of %1 under chapter %2"),
                              QStringLiteral("Valuation question on %1 (chapter %2)"),
                              QStringLiteral("Country of origin of %1, heading %2"),
                              QStringLiteral("Admissibility of %1 held at the port (chapter %2)"),
                              QStringLiteral("Duty refund for %1 imported under chapter %2")};
// Comment sentences; the words of the first ones are common, and every
// comment ends with a filer reference, rare by construction.
const QStringList commentOpenings = {
    QStringLiteral("Called the broker about the entry"),
    QStringLiteral("Importer sent the commercial invoice and packing list"),
    QStringLiteral("Reviewed the classification with the import specialist"),
    QStringLiteral("Requested the lab report for the shipment"),
    QStringLiteral("Port confirmed the exam is scheduled"),
    QStringLiteral("Waiting for the partner agency to release the hold"),
    QStringLiteral("Discussed the valuation of the related-party sale"),
    QStringLiteral("Checked the ruling history for similar merchandise"),
    QStringLiteral("Forwarded the bond information to the surety"),
    QStringLiteral("Trade contact asked for a status update")};

struct UserRow
{
    QByteArray uuid;
    QByteArray name;
};

struct AccountRow
{
    QByteArray uuid;
    QString center;
    QString tier;
    QByteArray name;
};

// Rough business time: 9 business hours a day, 5 days a week.
qint64 businessMinutesToMs(qint64 minutes)
{
    return minutes * dayMs * 7 / (540 * 5);
}
qint64 msToBusinessMinutes(qint64 ms)
{
    return ms * 540 * 5 / (dayMs * 7);
}

class Builder final
{
public:
    Builder(Store& store, sqlite3* db, const GeneratorOptions& options)
        : m_store(store)
        , m_db(db)
        , m_options(options)
        , m_random(options.seed)
    {}

    Status run(GeneratorSummary& summary);

private:
    Status exec(const QByteArray& sql) { return exec(sql.constData()); }
    Status exec(const char* sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            return storeError(text);
        }
        return {};
    }
    Status storeError(const QString& text) const
    {
        return Error::store(QStringLiteral("generate"),
                            GeneratorText::tr("Generating data in %1 failed: %2")
                                .arg(QDir::toNativeSeparators(m_store.path()), text));
    }
    Status check(const Statement& statement) const
    {
        return statement.error().isEmpty() ? Status() : storeError(statement.error());
    }
    QByteArray uuid(quint64 tag) { return orderedUuid(tag, ++m_counters[tag], m_random); }
    Result<QStringList> column(const char* sql);
    Status addUsers();
    Status addAccounts();
    Status addCases(GeneratorSummary& summary);
    QString commentText();

    Store& m_store;
    sqlite3* m_db;
    GeneratorOptions m_options;
    Random m_random;
    quint64 m_counters[16] = {};
    QByteArray m_untilText;
    QStringList m_centers;
    QStringList m_ports;
    QList<UserRow> m_admins;
    QList<UserRow> m_nams;
    QHash<QString, QList<UserRow>> m_staff; // by Center
    QList<AccountRow> m_accounts;
};

Result<QStringList> Builder::column(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return storeError(QString::fromUtf8(sqlite3_errmsg(m_db))).error();
    QStringList values;
    while (sqlite3_step(statement) == SQLITE_ROW)
        values << QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return values;
}

// One Argon2id hash of the demo password, salted from the seed so that it
// is the same for the same seed; every generated user signs in with it.
Result<QByteArray> seededPasswordHash(Random& random)
{
    if (sodium_init() < 0)
        return Error::store(QStringLiteral("sodium"),
                            GeneratorText::tr("The cryptography library could not start."));
    unsigned char salt[crypto_pwhash_SALTBYTES];
    for (unsigned char& byte : salt)
        byte = static_cast<unsigned char>(random.below(256));
    unsigned char key[32];
    const QByteArray password = DemoData::demoPassword();
    constexpr unsigned long long passes = 2;
    constexpr size_t memory = 19u * 1024u * 1024u;
    if (crypto_pwhash(key, sizeof key, password.constData(),
                      static_cast<unsigned long long>(password.size()), salt, passes, memory,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::store(QStringLiteral("password-hash"),
                            GeneratorText::tr("The password hash could not be computed."));
    auto base64 = [](const unsigned char* bytes, size_t size) {
        QByteArray text(static_cast<qsizetype>(sodium_base64_encoded_len(
                            size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)),
                        '\0');
        sodium_bin2base64(text.data(), static_cast<size_t>(text.size()), bytes, size,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
        return QByteArray(text.constData());
    };
    QByteArray encoded = QByteArrayLiteral("$argon2id$v=19$m=19456,t=2,p=1$");
    encoded += base64(salt, sizeof salt);
    encoded += '$';
    encoded += base64(key, sizeof key);
    return encoded;
}

Status Builder::addUsers()
{
    const Result<QByteArray> hash = seededPasswordHash(m_random);
    if (!hash)
        return hash.error();
    Statement user(m_db, "INSERT INTO app_user(uuid, updated_at, name, display_name, "
                         "password_hash, created_at) VALUES(?, ?, ?, ?, ?, ?)");
    Statement role(m_db, "INSERT INTO role_assignment(uuid, updated_at, user_uuid, role, "
                         "center_code, port_code) VALUES(?, ?, ?, ?, ?, ?)");
    if (Status ok = check(user); !ok)
        return ok;
    const qint64 staffPerCenter = std::clamp<qint64>(m_options.cases / 5000, 3, 60);
    const qint64 namCount = std::clamp<qint64>(m_options.accounts / 250, 3, 200);
    auto add = [&](const QByteArray& name, const QString& roleName, const QString& center,
                   const QString& port) -> Result<UserRow> {
        const QByteArray id = uuid(1);
        const QString display =
            m_random.pick(firstNames) + QLatin1Char(' ') + m_random.pick(lastNames);
        user.text(id).text(m_untilText).text(name).text(display).text(*hash).text(m_untilText);
        if (!user.run())
            return check(user).error();
        role.text(uuid(2)).text(m_untilText).text(id).text(roleName);
        role.textOrNull(center.toUtf8()).textOrNull(port.toUtf8());
        if (!role.run())
            return check(role).error();
        return UserRow{id, name};
    };
    for (const char* name : {"admin", "admin.2"}) {
        const Result<UserRow> row = add(name, QStringLiteral("admin"), {}, {});
        if (!row)
            return row.error();
        m_admins << *row;
    }
    for (int i = 1; i <= 3; ++i) {
        if (Result<UserRow> row =
                add("hq." + QByteArray::number(i), QStringLiteral("hq-analyst"), {}, {});
            !row)
            return row.error();
    }
    for (qint64 i = 1; i <= namCount; ++i) {
        const Result<UserRow> row =
            add("nam." + QByteArray::number(i), QStringLiteral("nam"), {}, {});
        if (!row)
            return row.error();
        m_nams << *row;
    }
    for (const QString& center : std::as_const(m_centers)) {
        for (qint64 i = 1; i <= staffPerCenter; ++i) {
            const Result<UserRow> row =
                add("staff." + center.toLower().toUtf8() + '.' + QByteArray::number(i),
                    QStringLiteral("center-staff"), center, {});
            if (!row)
                return row.error();
            m_staff[center] << *row;
        }
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(8, m_ports.size()); ++i) {
        const QString port = m_ports.at(i * std::max<qsizetype>(1, m_ports.size() / 8));
        if (Result<UserRow> row =
                add("port." + port.toUtf8(), QStringLiteral("port-official"), {}, port);
            !row)
            return row.error();
        if (i < 4) {
            if (Result<UserRow> row =
                    add("fpf." + port.toUtf8(), QStringLiteral("fpf-officer"), {}, port);
                !row)
                return row.error();
        }
    }
    return {};
}

Status Builder::addAccounts()
{
    Statement account(m_db, "INSERT INTO account(uuid, updated_at, name, ior_number, center_code, "
                            "nam_user_uuid, size_class, exam_port_code, exam_facility, created_at) "
                            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement contact(m_db, "INSERT INTO account_contact(uuid, updated_at, account_uuid, name, "
                            "role, email, phone, is_problem_resolution) "
                            "VALUES(?, ?, ?, ?, ?, ?, ?, 1)");
    Statement program(m_db,
                      "INSERT INTO partner_program(uuid, updated_at, account_uuid, program, "
                      "ctpat_tier, effective_from, effective_to) VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (Status ok = check(account); !ok)
        return ok;
    const qint64 until = m_options.until.toMSecsSinceEpoch();
    const QByteArray sizes[] = {"small", "medium", "large"};
    for (qint64 i = 0; i < m_options.accounts; ++i) {
        AccountRow row;
        row.uuid = uuid(3);
        // Every Center, size and tier appears among the first accounts.
        row.center = m_centers.at(static_cast<qsizetype>(i % m_centers.size()));
        const int sizeRoll = m_random.percent();
        const QByteArray& size = i < 3 ? sizes[i]
                                       : sizes[sizeRoll < 45   ? 0
                                               : sizeRoll < 80 ? 1
                                                               : 2];
        const QString name =
            QStringLiteral("%1 %2 %3")
                .arg(m_random.pick(places), m_random.pick(trades), m_random.pick(suffixes));
        row.name = name.toUtf8();
        // Unique by construction: the account's index is in the number.
        const QByteArray ior = QByteArray::number(m_random.between(10, 98)) + '-' +
                               QByteArray::number(i).rightJustified(7, '0') + "00";
        const QByteArray nam =
            size != "small" || m_random.percent() < 30 ? m_random.pick(m_nams).uuid : QByteArray();
        const bool exam = m_random.percent() < 60;
        const QByteArray created =
            storedTime(until - 6 * 365 * dayMs + static_cast<qint64>(m_random.below(365)) * dayMs);
        account.text(row.uuid).text(created).text(row.name).text(ior).text(row.center);
        account.textOrNull(nam).text(size);
        if (exam)
            account.text(m_random.pick(m_ports))
                .text(QByteArrayLiteral("CES ") + m_random.pick(places).toUtf8() + " Logistics");
        else
            account.null().text(QByteArray());
        account.text(created);
        if (!account.run())
            return check(account);
        const QString first = m_random.pick(firstNames);
        const QString last = m_random.pick(lastNames);
        contact.text(uuid(4)).text(created).text(row.uuid).text(first + QLatin1Char(' ') + last);
        contact.text(QByteArrayLiteral("Trade compliance manager"));
        contact.text((first + QLatin1Char('.') + last).toLower().toUtf8() + "@example.com");
        contact.text(QByteArrayLiteral("+1 555 ") + QByteArray::number(1000000 + i % 8999999));
        if (!contact.run())
            return check(contact);

        // Tiers: standard, participating, C-TPAT 1-3, ISA, Trusted Trader.
        const int roll = i < 5 ? int(i) * 20 + 5 + (i == 4 ? 4 : 0) : m_random.percent();
        const qint64 startDay = until - static_cast<qint64>(m_random.between(400, 3000)) * dayMs;
        auto addProgram = [&](const char* kind, qint64 tier, qint64 from, qint64 to) -> Status {
            program.text(uuid(5)).text(created).text(row.uuid).text(QByteArray(kind));
            if (tier > 0)
                program.integer(tier);
            else
                program.null();
            program.text(storedDate(from)).textOrNull(to > 0 ? storedDate(to) : QByteArray());
            return program.run() ? Status() : check(program);
        };
        row.tier = QStringLiteral("standard");
        if (roll < 20) {
            row.tier = QStringLiteral("participating");
            if (Status ok = addProgram("participating", 0, startDay, 0); !ok)
                return ok;
        } else if (roll >= 45) {
            row.tier = QStringLiteral("ctpat");
            if (Status ok = addProgram("ctpat", m_random.between(1, 3), startDay, 0); !ok)
                return ok;
            if (roll >= 65) {
                row.tier = QStringLiteral("isa");
                if (Status ok = addProgram("isa", 0, startDay + 200 * dayMs, 0); !ok)
                    return ok;
            }
            if (roll >= 85) {
                row.tier = QStringLiteral("trusted-trader");
                if (Status ok = addProgram("trusted-trader", 0, startDay + 300 * dayMs, 0); !ok)
                    return ok;
            }
            if (roll >= 50 && roll < 55) // an ended participating period: tier history shows it
                if (Status ok =
                        addProgram("participating", 0, startDay - 700 * dayMs, startDay - dayMs);
                    !ok)
                    return ok;
        }
        m_accounts << row;
    }
    return {};
}

QString Builder::commentText()
{
    QString text = m_random.pick(commentOpenings);
    text += QStringLiteral(" for the ") + m_random.pick(goods);
    text += QStringLiteral("; filer reference ") +
            QString::number(100000 + m_random.below(900000)) + QLatin1Char('.');
    return text;
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct TypeInfo
{
    const WorkflowDefinition* definition = nullptr;
    QHash<QString, std::pair<qint64, qint64>> targets; // by tier: first response, resolution
};

Status Builder::addCases(GeneratorSummary& summary)
{
    Statement caseRow(m_db,
                      "INSERT INTO cases(uuid, version, updated_at, number, type, account_uuid, "
                      "center_code, port_code, subject, description, state, state_category, "
                      "priority, assignee_uuid, escalation_level, opened_at, closed_at, outcome, "
                      "created_by_uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                      "?, ?)");
    Statement search(m_db, "INSERT INTO case_search(rowid, case_uuid, body) VALUES(?, ?, ?)");
    Statement field(m_db, "INSERT INTO case_field(case_uuid, name, value, updated_at) "
                          "VALUES(?, ?, ?, ?)");
    Statement clock(m_db, "INSERT INTO clock(uuid, updated_at, case_uuid, kind, rule_id, "
                          "target_minutes, consumed_minutes, started_at, running_since, warn_at, "
                          "due_at, stopped_at, state, alerted_warning, alerted_breach) "
                          "VALUES(?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement history(m_db, "INSERT INTO history(seq, uuid, subject_kind, subject_uuid, at, actor, "
                            "kind, detail, prev_hash, hash) VALUES(?, ?, 'case', ?, ?, ?, ?, ?, ?, "
                            "?)");
    Statement notice(m_db, "INSERT INTO notification(uuid, updated_at, kind, topic, case_uuid, "
                           "account_uuid, recipient_uuid, text_en, text_es, created_at, delivery) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement serial(m_db, "INSERT INTO case_number(center_code, year, last_serial) "
                           "VALUES(?, ?, ?)");
    for (const Statement* statement : {&caseRow, &search, &field, &clock, &history, &notice})
        if (Status ok = check(*statement); !ok)
            return ok;

    QList<TypeInfo> types;
    for (const WorkflowDefinition& definition : WorkflowRegistry::builtIn().all()) {
        TypeInfo info;
        info.definition = &definition;
        types << info;
    }
    {
        sqlite3_stmt* levels = nullptr;
        sqlite3_prepare_v2(m_db,
                           "SELECT case_type, tier, first_response_minutes, resolution_minutes "
                           "FROM service_level",
                           -1, &levels, nullptr);
        while (sqlite3_step(levels) == SQLITE_ROW) {
            const QString type =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(levels, 0)));
            for (TypeInfo& info : types)
                if (info.definition->type == type)
                    info.targets.insert(
                        QString::fromUtf8(
                            reinterpret_cast<const char*>(sqlite3_column_text(levels, 1))),
                        {sqlite3_column_int64(levels, 2), sqlite3_column_int64(levels, 3)});
        }
        sqlite3_finalize(levels);
    }
    const int warningPercent = ServiceLevels::warningPercent();

    const qint64 until = m_options.until.toMSecsSinceEpoch();
    const qint64 span = 5 * 365 * dayMs; // five years of the Center's work
    const qint64 start = until - span;
    const qint64 cases = m_options.cases;
    qint64 eventsLeft = m_options.events;
    qint64 seq = 0;
    QString previousHash = QString(64, QLatin1Char('0'));
    QHash<QString, qint64> serials; // "CENTER-YEAR"
    const QStringList priorities = {QStringLiteral("normal"), QStringLiteral("normal"),
                                    QStringLiteral("normal"), QStringLiteral("high"),
                                    QStringLiteral("low"),    QStringLiteral("urgent")};
    constexpr qint64 casesPerTransaction = 50000;

    for (qint64 i = 0; i < cases; ++i) {
        if (i > 0 && i % casesPerTransaction == 0) {
            if (Status ok = exec("COMMIT"); !ok)
                return ok;
            if (Status ok = exec("BEGIN IMMEDIATE"); !ok)
                return ok;
        }
        // Every type among the first cases, then at random.
        const TypeInfo& type =
            i < types.size() ? types.at(static_cast<qsizetype>(i)) : m_random.pick(types);
        const WorkflowDefinition& definition = *type.definition;
        const AccountRow& account = m_random.pick(m_accounts);
        const qint64 opened = start + span * i / std::max<qint64>(cases, 1) +
                              static_cast<qint64>(m_random.below(static_cast<quint64>(
                                  std::max<qint64>(span / std::max<qint64>(cases, 1), 1))));
        const QByteArray openedText = storedTime(opened);
        const QByteArray caseUuid = uuid(6);
        const qint64 caseRowid = i + 1;
        // Full-text rows of a case: (rowid << 24) for its own text, then one
        // per comment (migration 0006).
        qint64 searchRowid = caseRowid << 24;
        const QString year = QString::fromLatin1(openedText.left(4));
        const qint64 serialNumber = ++serials[account.center + QLatin1Char('-') + year];
        const QString number = QStringLiteral("%1-%2-%3")
                                   .arg(account.center, year)
                                   .arg(serialNumber, 6, 10, QLatin1Char('0'));
        const QString good = m_random.pick(goods);
        const QString subject = m_random.pick(subjects).arg(good).arg(10 + m_random.below(88));
        const QString description =
            QStringLiteral("Importer %1 asks about %2.").arg(QString::fromUtf8(account.name), good);
        const QList<UserRow>& staff = m_staff.value(account.center);
        const UserRow& creator = m_random.pick(staff);
        const bool assigned = m_random.percent() < 75;
        const UserRow assignee = assigned ? m_random.pick(staff) : UserRow{};
        QString port;
        if (definition.level == QLatin1String("port") || m_random.percent() < 33)
            port = m_random.pick(m_ports);
        QString level = definition.level;
        QString state = definition.initial;
        QString outcome;
        QMap<QString, QString> fields;
        for (const CreateField& create : definition.createFields) {
            if (create.isDate)
                fields.insert(create.name, QString::fromLatin1(storedDate(
                                               opened - m_random.between(5, 80) * dayMs)));
            else if (!create.choices.isEmpty())
                fields.insert(create.name, m_random.pick(create.choices));
            else if (create.required)
                fields.insert(create.name, QStringLiteral("Given when the case was opened"));
        }

        // How many history entries this case has: about the average, every
        // case at least one, the last case takes what is left.
        const qint64 casesLeft = cases - i;
        qint64 count = eventsLeft - (casesLeft - 1);
        if (casesLeft > 1) {
            const qint64 average = eventsLeft / casesLeft;
            count = std::min(count, m_random.between(1, std::max<qint64>(1, 2 * average - 1)));
        }
        eventsLeft -= count;

        const bool recent = until - opened < 60 * dayMs;
        // The backlog: recent cases and a few old ones are still being worked.
        const bool keepOpen = recent || m_random.percent() < 10;
        qint64 now = opened;
        qint64 firstResponseStop = 0;
        qint64 resolutionStop = 0;
        qint64 closedAt = 0;
        qint64 lastStateChange = opened;
        const QByteArray tier = account.tier.toUtf8();

        auto appendHistory = [&](const QByteArray& actor, const QString& kind,
                                 const QJsonObject& detail) -> Status {
            HistoryEntry entry;
            entry.seq = ++seq;
            entry.uuid = QString::fromLatin1(uuid(7));
            entry.subjectKind = QStringLiteral("case");
            entry.subjectUuid = QString::fromLatin1(caseUuid);
            entry.storedAt = QString::fromLatin1(storedTime(now));
            entry.actor = QString::fromUtf8(actor);
            entry.kind = kind;
            entry.storedDetail = QString::fromUtf8(compactJson(detail));
            entry.previousHash = previousHash;
            entry.hash = HistoryLog::hashOf(entry);
            previousHash = entry.hash;
            history.integer(entry.seq).text(entry.uuid).text(caseUuid).text(entry.storedAt);
            history.text(actor).text(kind).text(entry.storedDetail).text(entry.previousHash);
            history.text(entry.hash);
            if (!history.run())
                return check(history);
            // What the trigger history_comment_search would index.
            const QJsonValue text = detail.value(QStringLiteral("text"));
            if (text.isString()) {
                search.integer(++searchRowid).text(caseUuid).text(text.toString());
                if (!search.run())
                    return check(search);
            }
            return {};
        };
        // Notices wait for their case's row (foreign keys are checked at once).
        struct PendingNotice
        {
            QByteArray uuid;
            QByteArray at;
            QByteArray kind;
            QString topic;
            QByteArray recipient;
            QString en;
            QString es;
            QByteArray delivery;
        };
        QList<PendingNotice> notices;
        auto addNotice = [&](const WorkflowState* entered) {
            if (!entered || !entered->tradeVisible)
                return;
            notices.append({uuid(8), storedTime(now), QByteArrayLiteral("status-notice"),
                            entered->id, QByteArray(),
                            QString(entered->noticeEn).replace(QStringLiteral("%1"), number),
                            QString(entered->noticeEs).replace(QStringLiteral("%1"), number),
                            until - now < 2 * dayMs ? QByteArrayLiteral("outbox")
                                                    : QByteArrayLiteral("sent")});
        };

        const QByteArray creatorName = creator.name;
        if (Status ok = appendHistory(creatorName, QStringLiteral("created"),
                                      QJsonObject{{QStringLiteral("number"), number},
                                                  {QStringLiteral("type"), definition.type},
                                                  {QStringLiteral("state"), state},
                                                  {QStringLiteral("tier"), account.tier},
                                                  {QStringLiteral("subject"), subject}});
            !ok)
            return ok;
        addNotice(definition.state(state));
        if (assigned && assignee.uuid != creator.uuid) {
            notices.append({uuid(8), storedTime(now), QByteArrayLiteral("alert"),
                            QStringLiteral("assigned"), assignee.uuid,
                            QStringLiteral("Case %1 was assigned to you.").arg(number),
                            QStringLiteral("Se le asignó el caso %1.").arg(number),
                            until - now < 7 * dayMs ? QByteArrayLiteral("unread")
                                                    : QByteArrayLiteral("read")});
        }

        const qint64 room = until - opened;
        for (qint64 e = 1; e < count; ++e) {
            // Spread the remaining entries over the time left, a few hours to days apart.
            const qint64 left = until - now;
            const qint64 gap = std::max<qint64>(
                1000,
                std::min<qint64>(
                    left / (count - e + 1),
                    m_random.between(hourMs, std::max(hourMs, room / 4 / count + 72 * hourMs))));
            now = std::min(until - 1, now + gap);
            const WorkflowState* current = definition.state(state);
            QList<const WorkflowTransition*> choices;
            if (!current->isFinal()) {
                for (const WorkflowTransition* transition : definition.transitionsFrom(state)) {
                    const StateCategory to = definition.state(transition->to)->category;
                    if (keepOpen && (to == StateCategory::Resolved || to == StateCategory::Closed))
                        continue;
                    if (transition->requiresTrustedPartner &&
                        account.tier != QLatin1String("isa") &&
                        account.tier != QLatin1String("ctpat") &&
                        account.tier != QLatin1String("trusted-trader"))
                        continue;
                    choices << transition;
                }
            }
            const UserRow& actor = assigned ? assignee : m_random.pick(staff);
            const bool move = !choices.isEmpty() && m_random.percent() < (keepOpen ? 45 : 55);
            if (!move) {
                if (Status ok = appendHistory(actor.name, QStringLiteral("comment"),
                                              {{QStringLiteral("text"), commentText()}});
                    !ok)
                    return ok;
                continue;
            }
            // Older cases lean towards their resolution.
            const WorkflowTransition* step = m_random.pick(choices);
            if (!recent && m_random.percent() < 60) {
                for (const WorkflowTransition* candidate : std::as_const(choices)) {
                    const WorkflowState* to = definition.state(candidate->to);
                    if (to->category == StateCategory::Resolved ||
                        to->category == StateCategory::Closed) {
                        step = candidate;
                        break;
                    }
                }
            }
            const WorkflowState* target = definition.state(step->to);
            QJsonObject detail{{QStringLiteral("transition"), step->id},
                               {QStringLiteral("from"), state},
                               {QStringLiteral("to"), target->id}};
            if (step->commentRequired || m_random.percent() < 40)
                detail.insert(QStringLiteral("text"), commentText());
            QJsonObject saved;
            for (const QString& required : step->requiredFields) {
                const QString value = required == QLatin1String("outcome")
                                          ? QStringLiteral("Decided on the merits")
                                          : QStringLiteral("yes");
                saved.insert(required, value);
                if (required == QLatin1String("outcome"))
                    outcome = value;
                else
                    fields.insert(required, value);
            }
            if (!saved.isEmpty())
                detail.insert(QStringLiteral("fields"), saved);
            QString toLevel = level;
            if (!step->escalatesTo.isEmpty())
                toLevel = step->escalatesTo == QLatin1String("center") && port.isEmpty()
                              ? QStringLiteral("center")
                              : step->escalatesTo;
            if (toLevel != level) {
                detail.insert(QStringLiteral("levelFrom"), level);
                detail.insert(QStringLiteral("levelTo"), toLevel);
                level = toLevel;
            }
            if (Status ok = appendHistory(actor.name, QStringLiteral("transition"), detail); !ok)
                return ok;
            addNotice(target);
            state = target->id;
            lastStateChange = now;
            const bool resolving = target->category == StateCategory::Resolved ||
                                   target->category == StateCategory::Closed;
            if (firstResponseStop == 0 &&
                (step->stopsClock == QLatin1String("first-response") || resolving || e == 1))
                firstResponseStop = now;
            if (resolutionStop == 0 && resolving)
                resolutionStop = now;
            if (target->category == StateCategory::Closed)
                closedAt = now;
        }

        const WorkflowState* finalState = definition.state(state);
        const QByteArray updated = storedTime(now);
        caseRow.text(caseUuid).integer(count).text(updated).text(number).text(definition.type);
        caseRow.text(account.uuid).text(account.center).textOrNull(port.toUtf8());
        caseRow.text(subject).text(description).text(state);
        caseRow.text(categoryName(finalState->category));
        caseRow.text(m_random.pick(priorities)).textOrNull(assignee.uuid).text(level);
        caseRow.text(openedText).textOrNull(closedAt ? storedTime(closedAt) : QByteArray());
        caseRow.text(outcome).text(creator.uuid);
        if (!caseRow.run())
            return check(caseRow);
        search.integer(caseRowid << 24)
            .text(caseUuid)
            .text(number + QLatin1Char(' ') + subject + QLatin1Char(' ') + description);
        if (!search.run())
            return check(search);
        for (const PendingNotice& pending : std::as_const(notices)) {
            notice.text(pending.uuid).text(pending.at).text(pending.kind).text(pending.topic);
            notice.text(caseUuid).text(account.uuid).textOrNull(pending.recipient);
            notice.text(pending.en).text(pending.es).text(pending.at).text(pending.delivery);
            if (!notice.run())
                return check(notice);
        }
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            field.text(caseUuid).text(it.key()).text(it.value()).text(updated);
            if (!field.run())
                return check(field);
        }

        // The service-level clocks, judged at `until`.
        const auto targets = type.targets.value(account.tier, {480, 4800});
        const bool running = finalState->clockRuns;
        for (const auto& [kind, minutes, stop] :
             {std::tuple{QByteArrayLiteral("first-response"), targets.first, firstResponseStop},
              std::tuple{QByteArrayLiteral("resolution"), targets.second, resolutionStop}}) {
            const qint64 due = opened + businessMinutesToMs(minutes);
            const qint64 warn = opened + businessMinutesToMs(minutes * warningPercent / 100);
            QByteArray clockState;
            qint64 consumed = 0;
            QByteArray runningSince;
            if (stop > 0 || finalState->category == StateCategory::Closed) {
                const qint64 stoppedAt = stop > 0 ? stop : now;
                consumed = msToBusinessMinutes(stoppedAt - opened);
                clockState =
                    stoppedAt <= due ? QByteArrayLiteral("met") : QByteArrayLiteral("missed");
                clock.text(uuid(9)).text(storedTime(stoppedAt)).text(caseUuid).text(kind);
                clock.integer(minutes).integer(consumed).text(openedText).null();
                clock.text(storedTime(warn)).text(storedTime(due)).text(storedTime(stoppedAt));
                clock.text(clockState)
                    .integer(stoppedAt > warn ? 1 : 0)
                    .integer(stoppedAt > due ? 1 : 0);
            } else {
                if (running) {
                    consumed = msToBusinessMinutes(lastStateChange - opened);
                    runningSince = storedTime(lastStateChange);
                    clockState = due <= until    ? QByteArrayLiteral("breached")
                                 : warn <= until ? QByteArrayLiteral("warning")
                                                 : QByteArrayLiteral("on-track");
                } else {
                    consumed = std::min(minutes, msToBusinessMinutes(lastStateChange - opened));
                    clockState = QByteArrayLiteral("paused");
                }
                clock.text(uuid(9)).text(storedTime(lastStateChange)).text(caseUuid).text(kind);
                clock.integer(minutes).integer(consumed).text(openedText).textOrNull(runningSince);
                if (running)
                    clock.text(storedTime(warn)).text(storedTime(due));
                else
                    clock.null().null();
                clock.null().text(clockState);
                clock.integer(running && warn <= until ? 1 : 0)
                    .integer(running && due <= until ? 1 : 0);
            }
            if (!clock.run())
                return check(clock);
        }
    }
    for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
        serial.text(it.key().left(3)).integer(it.key().mid(4).toLongLong()).integer(it.value());
        if (!serial.run())
            return check(serial);
    }
    summary.rowsPerTable.insert(QStringLiteral("cases"), caseRow.rows());
    summary.rowsPerTable.insert(QStringLiteral("history"), history.rows());
    summary.rowsPerTable.insert(QStringLiteral("clock"), clock.rows());
    summary.rowsPerTable.insert(QStringLiteral("case_field"), field.rows());
    summary.rowsPerTable.insert(QStringLiteral("case_search"), search.rows());
    summary.rowsPerTable.insert(QStringLiteral("notification"), notice.rows());
    summary.rowsPerTable.insert(QStringLiteral("case_number"), serial.rows());
    return {};
}

Status Builder::run(GeneratorSummary& summary)
{
    m_untilText = storedTime(m_options.until.toMSecsSinceEpoch());
    const Result<QStringList> centers = column("SELECT code FROM center ORDER BY code");
    const Result<QStringList> ports = column("SELECT code FROM port ORDER BY code");
    if (!centers)
        return centers.error();
    if (!ports)
        return ports.error();
    m_centers = *centers;
    m_ports = *ports;
    if (m_centers.isEmpty() || m_ports.isEmpty())
        return storeError(GeneratorText::tr("the store has no reference data"));

    // Secondary indexes and the triggers that copy rows (full-text search,
    // sync change capture) are dropped while the rows go in and made again
    // after: one sorted index build instead of millions of random inserts.
    // The full-text rows are written here as the triggers would write them.
    const Result<QStringList> indexes = column(
        "SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
        "('cases', 'history', 'clock', 'notification', 'account', 'partner_program', "
        "'account_contact', 'role_assignment') ORDER BY name");
    const Result<QStringList> indexNames = column(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
        "('cases', 'history', 'clock', 'notification', 'account', 'partner_program', "
        "'account_contact', 'role_assignment') ORDER BY name");
    const Result<QStringList> triggers =
        column("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND (name GLOB 'sync_*' OR "
               "name IN ('cases_search_insert', 'history_comment_search')) ORDER BY name");
    const Result<QStringList> triggerNames =
        column("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name GLOB 'sync_*' OR "
               "name IN ('cases_search_insert', 'history_comment_search')) ORDER BY name");
    for (const auto* list : {&indexes, &indexNames, &triggers, &triggerNames})
        if (!*list)
            return list->error();

    if (Status ok = exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; "
                         "PRAGMA temp_store = MEMORY; BEGIN IMMEDIATE");
        !ok)
        return ok;
    auto fail = [&](Status status) {
        (void)exec("ROLLBACK");
        (void)exec("PRAGMA synchronous = FULL; PRAGMA cache_size = -2000");
        return status;
    };
    for (const QString& name : *indexNames)
        if (Status ok = exec(QByteArray("DROP INDEX " + name.toUtf8())); !ok)
            return fail(ok);
    for (const QString& name : *triggerNames)
        if (Status ok = exec(QByteArray("DROP TRIGGER " + name.toUtf8())); !ok)
            return fail(ok);
    if (Status ok = exec(QByteArray("INSERT INTO meta(key, value) VALUES('generated', '" +
                                    QByteArray::number(m_options.seed) + "')"));
        !ok)
        return fail(ok);
    // The defaults were stamped with the wall clock: the seed alone decides the data.
    if (Status ok = exec(QByteArray("UPDATE service_level SET updated_at = '" + m_untilText + "'"));
        !ok)
        return fail(ok);
    if (Status ok = addUsers(); !ok)
        return fail(ok);
    if (Status ok = addAccounts(); !ok)
        return fail(ok);
    if (Status ok = addCases(summary); !ok)
        return fail(ok);
    for (const QString& sql : *indexes)
        if (Status ok = exec(sql.toUtf8().constData()); !ok)
            return fail(ok);
    for (const QString& sql : *triggers)
        if (Status ok = exec(sql.toUtf8().constData()); !ok)
            return fail(ok);
    // No ANALYZE: CenterDesk never runs it, so the plans measured are the product's.
    if (Status ok = exec("COMMIT; PRAGMA synchronous = FULL; PRAGMA cache_size = -2000"); !ok)
        return ok;
    (void)exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

} // namespace

bool Generator::isGeneratedStore(const Store& store)
{
    return !store.metaValue(generatedKey).isEmpty();
}

Result<GeneratorSummary> Generator::generate(Store& store, const GeneratorOptions& options)
{
    if (options.accounts < 5)
        return Error::invalid(QStringLiteral("accounts"), QStringLiteral("minimum"),
                              GeneratorText::tr("At least 5 accounts are needed."));
    if (options.cases < 0)
        return Error::invalid(QStringLiteral("cases"), QStringLiteral("minimum"),
                              GeneratorText::tr("The number of cases cannot be negative."));
    if (options.events < options.cases)
        return Error::invalid(
            QStringLiteral("events"), QStringLiteral("at-least-cases"),
            GeneratorText::tr("Every case has at least one history entry: --events must be at "
                              "least --cases."));
    if (options.cases > 0 && options.events > options.cases * 1000)
        return Error::invalid(QStringLiteral("events"), QStringLiteral("maximum"),
                              GeneratorText::tr("At most 1,000 history entries per case."));
    if (!options.until.isValid())
        return Error::invalid(QStringLiteral("until"), QStringLiteral("valid"),
                              GeneratorText::tr("The end of the history is not a valid time."));
    const Result<bool> fresh = holdsOnlyReferenceData(store);
    if (!fresh)
        return fresh.error();
    if (!*fresh) {
        return Error::invalid(
            QStringLiteral("store"), QStringLiteral("not-empty"),
            GeneratorText::tr("The store %1 already holds work; generated data is only written "
                              "to a new store.")
                .arg(QDir::toNativeSeparators(store.path())));
    }
    if (Status levels = ServiceLevels(store).ensureDefaults(); !levels)
        return levels.error();
    QElapsedTimer timer;
    timer.start();
    GeneratorSummary summary;
    Builder builder(store, store.handle(), options);
    if (Status ok = builder.run(summary); !ok)
        return ok.error();
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    const Result<StoreInfo> info = store.info();
    if (!info)
        return info.error();
    summary.rowsPerTable = info->rowCounts;
    summary.rows = 0;
    for (auto it = info->rowCounts.cbegin(); it != info->rowCounts.cend(); ++it)
        if (it.key() != QLatin1String("center") && it.key() != QLatin1String("port") &&
            it.key() != QLatin1String("pga") && it.key() != QLatin1String("meta"))
            summary.rows += it.value();
    return summary;
}

} // namespace centerdesk::core
