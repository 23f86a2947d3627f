#include "centerdesk/core/generator.h"

#include "centerdesk/core/demodata.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/workflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>
#include <algorithm>
#include <array>
#include <charconv>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <sodium.h>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace centerdesk::core {

namespace {

// How the work is split over three threads: a producer thread makes every
// row (the seeded draws, texts, history details and the hash chain) into
// batches of plain bytes; the calling thread, which owns the store's
// connection, writes each table's rows of a batch with one INSERT ... SELECT;
// a search thread indexes the full-text rows in a file of its own, copied
// into the store at the end. Nothing of Qt's string or JSON machinery runs
// per row: the history detail is written as the compact JSON that
// QJsonDocument writes for the same object (keys sorted, no spaces, the same
// escapes) and the hash input is the UTF-8 that HistoryLog::hashOf hashes.

using std::string;
using std::string_view;

class GeneratorText final
{
    Q_DECLARE_TR_FUNCTIONS(GeneratorText)
};

const QString generatedKey = QStringLiteral("generated");
constexpr qint64 minuteMs = 60LL * 1000LL;
constexpr qint64 hourMs = 60LL * minuteMs;
constexpr qint64 dayMs = 24LL * hourMs;
// Cases per batch handed from the producer to the writer and the search
// thread: about 25,000 rows at ten history entries a case.
constexpr qint64 casesPerBatch = 1000;
// Batches in flight: one being filled, one being written, one waiting.
constexpr int batchesInFlight = 3;
// Only when the journal cannot leave WAL mode: a commit per this many cases
// keeps the write-ahead log from growing with the whole store.
constexpr qint64 casesPerWalTransaction = 50000;

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
    template<typename List> const auto& pick(const List& list)
    {
        return list[static_cast<std::size_t>(below(static_cast<quint64>(std::size(list))))];
    }

private:
    std::mt19937_64 m_engine;
};

// --- Text without allocation per value -------------------------------------

void appendNumber(string& out, qint64 value)
{
    char digits[24];
    const std::to_chars_result result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr);
}

// At least `width` digits, zeros in front (QString::arg(n, width, 10, '0') of n >= 0).
void appendPadded(string& out, qint64 value, std::size_t width)
{
    char digits[24];
    const std::to_chars_result result = std::to_chars(digits, digits + sizeof digits, value);
    const auto length = static_cast<std::size_t>(result.ptr - digits);
    if (length < width)
        out.append(width - length, '0');
    out.append(digits, result.ptr);
}

void writeDigits(char* out, qint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

void writeHex(char* out, quint64 value, int digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = hex[value & 0xfU];
        value >>= 4;
    }
}

// The stored time format (toStoredTime: UTC, ISO 8601 with milliseconds),
// written without QDateTime, which is slow for millions of rows.
struct Time final
{
    char text[24] = {};
    string_view view() const { return {text, sizeof text}; }
    string_view date() const { return {text, 10}; }
};

Time storedTime(qint64 msSinceEpoch)
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
    Time time;
    if (year < 0 || year > 9999) { // never for real dates; kept as printf writes it
        char text[128];
        std::snprintf(text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
                      static_cast<long long>(year), static_cast<long long>(month),
                      static_cast<long long>(day), static_cast<long long>(rest / hourMs),
                      static_cast<long long>((rest / minuteMs) % 60),
                      static_cast<long long>((rest / 1000) % 60),
                      static_cast<long long>(rest % 1000));
        std::memcpy(time.text, text, sizeof time.text);
        return time;
    }
    char* p = time.text;
    writeDigits(p, year, 4);
    p[4] = '-';
    writeDigits(p + 5, month, 2);
    p[7] = '-';
    writeDigits(p + 8, day, 2);
    p[10] = 'T';
    writeDigits(p + 11, rest / hourMs, 2);
    p[13] = ':';
    writeDigits(p + 14, (rest / minuteMs) % 60, 2);
    p[16] = ':';
    writeDigits(p + 17, (rest / 1000) % 60, 2);
    p[19] = '.';
    writeDigits(p + 20, rest % 1000, 3);
    p[23] = 'Z';
    return time;
}

// Ordered uuids: a table tag and a counter first (so that every primary key
// and unique index is appended to, not written at random), random bits after.
struct Uuid final
{
    char text[36] = {};
    string_view view() const { return {text, sizeof text}; }
    bool operator==(const Uuid& other) const
    {
        return std::memcmp(text, other.text, sizeof text) == 0;
    }
};

Uuid orderedUuid(quint64 tag, quint64 counter, quint64 low)
{
    const quint64 high = (tag << 56) | (counter & 0x00ffffffffffffffULL);
    Uuid uuid;
    char* p = uuid.text;
    writeHex(p, high >> 32, 8);
    p[8] = '-';
    writeHex(p + 9, (high >> 16) & 0xffffULL, 4);
    p[13] = '-';
    writeHex(p + 14, high & 0xffffULL, 4);
    p[18] = '-';
    writeHex(p + 19, ((low >> 48) | 0x8000ULL) & 0xbfffULL, 4);
    p[23] = '-';
    writeHex(p + 24, low & 0xffffffffffffULL, 12);
    return uuid;
}

// A JSON string as QJsonDocument writes it: ", \ and control characters
// escaped, everything else (UTF-8 included) as it is.
void appendJsonString(string& out, string_view text)
{
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != '"' && u != '\\') {
            out += c;
            continue;
        }
        out += '\\';
        switch (u) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case 0x08:
            out += 'b';
            break;
        case 0x0c:
            out += 'f';
            break;
        case 0x0a:
            out += 'n';
            break;
        case 0x0d:
            out += 'r';
            break;
        case 0x09:
            out += 't';
            break;
        default: {
            char hex[4] = {'0', '0', '0', '0'};
            writeHex(hex + 2, u, 2);
            out += 'u';
            out.append(hex, sizeof hex);
        }
        }
    }
    out += '"';
}

void appendJsonMember(string& out, string_view key, string_view value)
{
    out += out.back() == '{' ? "" : ",";
    appendJsonString(out, key);
    out += ':';
    appendJsonString(out, value);
}

void replaceAll(string& text, string_view placeholder, string_view value)
{
    for (std::size_t at = text.find(placeholder); at != string::npos;
         at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
}

string utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// --- Rows handed from the producer to the writer ----------------------------

// Rows of one table: the cells in order, the texts in one buffer. The
// writer reads them through the virtual table generator_rows, which hands
// the texts to SQLite where they lie.
class Rows final
{
public:
    struct Cell
    {
        qint64 value; // the integer, or the text's offset
        qint64 size;  // the text's size, or one of the kinds below
    };
    static constexpr qint64 integerCell = -1;
    static constexpr qint64 nullCell = -2;

    explicit Rows(int columns)
        : m_columns(columns)
    {}
    Rows& text(string_view value)
    {
        m_cells.push_back({static_cast<qint64>(m_text.size()), static_cast<qint64>(value.size())});
        m_text.append(value);
        return *this;
    }
    Rows& integer(qint64 value)
    {
        m_cells.push_back({value, integerCell});
        return *this;
    }
    Rows& null()
    {
        m_cells.push_back({0, nullCell});
        return *this;
    }
    Rows& textOrNull(string_view value) { return value.empty() ? null() : text(value); }
    void end()
    {
        ++m_rows;
        Q_ASSERT(m_cells.size() == static_cast<std::size_t>(m_rows * m_columns));
    }
    void clear()
    {
        m_cells.clear();
        m_text.clear();
        m_rows = 0;
    }
    int columns() const { return m_columns; }
    qint64 rows() const { return m_rows; }
    bool isComplete() const
    {
        return m_cells.size() == static_cast<std::size_t>(m_rows * m_columns);
    }
    const Cell* row(qint64 n) const { return m_cells.data() + n * m_columns; }
    const char* textData() const { return m_text.data(); }

private:
    std::vector<Cell> m_cells;
    string m_text;
    qint64 m_rows = 0;
    int m_columns;
};

struct Batch final
{
    Rows users{6};
    Rows roles{6};
    Rows accounts{10};
    Rows contacts{7};
    Rows programs{7};
    Rows cases{23};
    Rows clocks{14};
    Rows fields{4};
    Rows notices{11};
    Rows history{9};
    Rows serials{3};
    // The full-text rows again, for the table of texts (case_search_content).
    Rows search{3};
    qint64 casesBefore = 0; // cases generated before this batch's
    qint64 caseCount = 0;

    void clear()
    {
        for (Rows* rows : {&users, &roles, &accounts, &contacts, &programs, &cases, &clocks,
                           &fields, &notices, &history, &serials, &search})
            rows->clear();
        casesBefore = 0;
        caseCount = 0;
    }
};

// Full items from the producer to a consumer (the writer, the search
// thread), empty ones back.
template<typename Item> class HandOff final
{
public:
    template<typename... Arguments> explicit HandOff(const Arguments&... arguments)
    {
        for (int i = 0; i < batchesInFlight; ++i)
            m_free.push_back(std::make_unique<Item>(arguments...));
    }
    // Producer: an empty item, or null once the consumer has stopped.
    std::unique_ptr<Item> acquire()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_free.empty() || m_stopped; });
        if (m_stopped)
            return nullptr;
        std::unique_ptr<Item> batch = std::move(m_free.back());
        m_free.pop_back();
        return batch;
    }
    bool push(std::unique_ptr<Item> batch)
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return false;
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // Producer: no more items (also after a failure).
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // Consumer: the next full item, or null when the producer has finished.
    std::unique_ptr<Item> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
        if (m_full.empty())
            return nullptr;
        std::unique_ptr<Item> batch = std::move(m_full.front());
        m_full.pop_front();
        return batch;
    }
    void recycle(std::unique_ptr<Item> batch)
    {
        batch->clear();
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // Consumer: stop the producer (a statement failed).
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Item>> m_free;
    std::deque<std::unique_ptr<Item>> m_full;
    bool m_finished = false;
    bool m_stopped = false;
};

// --- What the producer draws from ------------------------------------------

constexpr std::array<string_view, 12> firstNames = {"Maria", "James",  "Aisha", "Robert",
                                                    "Mei",   "Carlos", "Emily", "Ahmed",
                                                    "Olga",  "David",  "Priya", "Tomasz"};
constexpr std::array<string_view, 12> lastNames = {"Johnson",  "Nguyen", "Smith",   "Hernandez",
                                                   "Kowalski", "Brown",  "Okoye",   "Martin",
                                                   "Rossi",    "Tanaka", "Schmidt", "Alvarez"};
constexpr std::array<string_view, 12> places = {"Atlantic",  "Summit",   "Keystone", "Liberty",
                                                "Northstar", "Redwood",  "Harbor",   "Prairie",
                                                "Granite",   "Meridian", "Cascade",  "Evergreen"};
constexpr std::array<string_view, 10> trades = {
    "Imports",       "Trading",      "Logistics", "Supply",  "Industries",
    "Manufacturing", "Distribution", "Foods",     "Apparel", "Electronics"};
constexpr std::array<string_view, 6> suffixes = {"Inc.", "LLC", "Corp.", "Co.", "Group", "Ltd."};
constexpr std::array<string_view, 16> goods = {"lithium battery packs", "tablet coating agents",
                                               "frozen shrimp",         "cotton knit shirts",
                                               "brake assemblies",      "steel wire rod",
                                               "LED drivers",           "hydraulic pumps",
                                               "crude tall oil",        "plush toys",
                                               "solar inverters",       "olive oil",
                                               "aluminum extrusions",   "surgical gloves",
                                               "bicycle frames",        "printed circuit boards"};
// Subjects: the goods go where %1 is, a chapter number where %2 is.
constexpr std::array<string_view, 5> subjects = {
    "Classification of %1 under chapter %2", "Valuation question on %1 (chapter %2)",
    "Country of origin of %1, heading %2", "Admissibility of %1 held at the port (chapter %2)",
    "Duty refund for %1 imported under chapter %2"};
// Comment sentences; the words of the first ones are common, and every
// comment ends with a filer reference, rare by construction.
constexpr std::array<string_view, 10> commentOpenings = {
    "Called the broker about the entry",
    "Importer sent the commercial invoice and packing list",
    "Reviewed the classification with the import specialist",
    "Requested the lab report for the shipment",
    "Port confirmed the exam is scheduled",
    "Waiting for the partner agency to release the hold",
    "Discussed the valuation of the related-party sale",
    "Checked the ruling history for similar merchandise",
    "Forwarded the bond information to the surety",
    "Trade contact asked for a status update"};
constexpr std::array<string_view, 6> priorities = {"normal", "normal", "normal",
                                                   "high",   "low",    "urgent"};

// A workflow as indexes and UTF-8, read once from the registry.
struct StateModel final
{
    string id;
    string category; // its name
    bool resolving = false;
    bool closed = false;
    bool clockRuns = true;
    bool tradeVisible = false;
    string noticeEn;
    string noticeEs;
    std::vector<int> transitions; // leaving this state, in the definition's order
};

struct TransitionModel final
{
    string id;
    int to = 0;
    bool commentRequired = false;
    std::vector<string> requiredFields;
    bool stopsFirstResponse = false;
    bool requiresTrustedPartner = false;
    string escalatesTo;
};

struct FieldModel final
{
    string name;
    std::vector<string> choices;
    bool required = false;
    bool isDate = false;
};

struct TypeModel final
{
    string type;
    string level;
    int initial = 0;
    std::vector<StateModel> states;
    std::vector<TransitionModel> transitions;
    std::vector<FieldModel> createFields;
    std::map<string, std::pair<qint64, qint64>> targets; // by tier: first response, resolution
};

struct Model final
{
    GeneratorOptions options;
    std::vector<string> centers;
    std::vector<string> ports;
    std::vector<TypeModel> types;
    int warningPercent = 75;
};

// The registry validated the definition: its initial state and every
// transition's target are among its states.
TypeModel typeModel(const WorkflowDefinition& definition)
{
    TypeModel model;
    model.type = utf8(definition.type);
    model.level = utf8(definition.level);
    auto stateIndex = [&](const QString& id) {
        for (qsizetype k = 0; k < definition.states.size(); ++k)
            if (definition.states.at(k).id == id)
                return static_cast<int>(k);
        Q_ASSERT_X(false, "typeModel", "a validated workflow names only its own states");
        return 0;
    };
    model.initial = stateIndex(definition.initial);
    for (const WorkflowState& state : definition.states) {
        StateModel s;
        s.id = utf8(state.id);
        s.category = utf8(categoryName(state.category));
        s.resolving =
            state.category == StateCategory::Resolved || state.category == StateCategory::Closed;
        s.closed = state.category == StateCategory::Closed;
        s.clockRuns = state.clockRuns;
        s.tradeVisible = state.tradeVisible;
        s.noticeEn = utf8(state.noticeEn);
        s.noticeEs = utf8(state.noticeEs);
        for (qsizetype t = 0; t < definition.transitions.size(); ++t)
            if (definition.transitions.at(t).from.contains(state.id))
                s.transitions.push_back(static_cast<int>(t));
        model.states.push_back(std::move(s));
    }
    for (const WorkflowTransition& transition : definition.transitions) {
        TransitionModel t;
        t.id = utf8(transition.id);
        t.to = stateIndex(transition.to);
        t.commentRequired = transition.commentRequired;
        for (const QString& field : transition.requiredFields)
            t.requiredFields.push_back(utf8(field));
        t.stopsFirstResponse = transition.stopsClock == QLatin1String("first-response");
        t.requiresTrustedPartner = transition.requiresTrustedPartner;
        t.escalatesTo = utf8(transition.escalatesTo);
        model.transitions.push_back(std::move(t));
    }
    for (const CreateField& create : definition.createFields) {
        FieldModel field;
        field.name = utf8(create.name);
        for (const QString& choice : create.choices)
            field.choices.push_back(utf8(choice));
        field.required = create.required;
        field.isDate = create.isDate;
        model.createFields.push_back(std::move(field));
    }
    return model;
}

// Rough business time: 9 business hours a day, 5 days a week.
qint64 businessMinutesToMs(qint64 minutes)
{
    return minutes * dayMs * 7 / (540 * 5);
}
qint64 msToBusinessMinutes(qint64 ms)
{
    return ms * 540 * 5 / (dayMs * 7);
}

struct UserRow final
{
    Uuid uuid;
    string name;
};

struct AccountRow final
{
    Uuid uuid;
    std::size_t center = 0;
    string tier;
    bool trusted = false; // ISA, C-TPAT or Trusted Trader
    string name;
};

// A small map that keeps its storage between cases.
class Fields final
{
public:
    void clear() { m_size = 0; }
    void insert(string_view name, string_view value)
    {
        for (std::size_t i = 0; i < m_size; ++i) {
            if (m_items[i].first == name) {
                m_items[i].second.assign(value);
                return;
            }
        }
        if (m_size == m_items.size())
            m_items.emplace_back();
        m_items[m_size].first.assign(name);
        m_items[m_size].second.assign(value);
        ++m_size;
    }
    bool isEmpty() const { return m_size == 0; }
    // Sorted by name, as QMap and QJsonObject keep them.
    void sort()
    {
        std::sort(m_items.begin(), m_items.begin() + static_cast<std::ptrdiff_t>(m_size),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    auto begin() const { return m_items.cbegin(); }
    auto end() const { return m_items.cbegin() + static_cast<std::ptrdiff_t>(m_size); }

private:
    std::vector<std::pair<string, string>> m_items;
    std::size_t m_size = 0;
};

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

// --- The producer: every row, in the order of the seeded draws --------------

class Producer final
{
public:
    Producer(const Model& model, HandOff<Batch>& queue, HandOff<Rows>& searchQueue)
        : m_model(model)
        , m_options(model.options)
        , m_queue(queue)
        , m_searchQueue(searchQueue)
        , m_random(model.options.seed)
        , m_until(storedTime(model.options.until.toMSecsSinceEpoch()))
    {
        std::memset(m_previousHash, '0', sizeof m_previousHash);
    }

    // Runs on the producer thread; false when the writer stopped it.
    Status run();

private:
    Uuid uuid(quint64 tag) { return orderedUuid(tag, ++m_counters[tag], m_random.next()); }
    bool nextBatch();
    Status addUsers();
    void addAccounts();
    bool addCases();
    void commentText(string& out);
    void appendHistory(const Uuid& caseUuid, string_view actor, string_view kind, qint64 at,
                       string_view detail, string_view text);
    // For the search thread, which indexes it, and for the writer, which
    // writes its text.
    void addSearchRow(qint64 rowid, const Uuid& caseUuid, string_view text)
    {
        m_search->integer(rowid).text(caseUuid.view()).text(text).end();
        m_batch->search.integer(rowid).text(caseUuid.view()).text(text).end();
    }

    const Model& m_model;
    const GeneratorOptions& m_options;
    HandOff<Batch>& m_queue;
    HandOff<Rows>& m_searchQueue;
    Random m_random;
    quint64 m_counters[16] = {};
    std::unique_ptr<Batch> m_batch;
    // Full-text rows (migration 0006): a case's own row is (case rowid << 24),
    // its comments follow it, + 1, + 2, ...: made in ascending rowid order.
    std::unique_ptr<Rows> m_search;
    Time m_until;
    std::vector<UserRow> m_nams;
    std::vector<std::vector<UserRow>> m_staff; // by Center
    std::vector<AccountRow> m_accounts;
    // The history chain.
    qint64 m_seq = 0;
    char m_previousHash[64];
    // The last full-text rowid of the case being made.
    qint64 m_searchRowid = 0;
    string m_hashInput;
};

bool Producer::nextBatch()
{
    const qint64 casesBefore = m_batch->casesBefore + m_batch->caseCount;
    if (!m_queue.push(std::move(m_batch)) || !m_searchQueue.push(std::move(m_search)))
        return false;
    m_batch = m_queue.acquire();
    m_search = m_searchQueue.acquire();
    if (!m_batch || !m_search)
        return false;
    m_batch->casesBefore = casesBefore;
    return true;
}

Status Producer::run()
{
    m_batch = m_queue.acquire();
    m_search = m_searchQueue.acquire();
    if (!m_batch || !m_search)
        return {};
    if (Status ok = addUsers(); !ok)
        return ok;
    addAccounts();
    if (!addCases())
        return {};
    m_queue.push(std::move(m_batch));
    m_searchQueue.push(std::move(m_search));
    return {};
}

Status Producer::addUsers()
{
    const Result<QByteArray> hash = seededPasswordHash(m_random);
    if (!hash)
        return hash.error();
    const string_view passwordHash(hash->constData(), static_cast<std::size_t>(hash->size()));
    const qint64 staffPerCenter = std::clamp<qint64>(m_options.cases / 5000, 3, 60);
    const qint64 namCount = std::clamp<qint64>(m_options.accounts / 250, 3, 200);
    Rows& users = m_batch->users;
    Rows& roles = m_batch->roles;
    string display;
    auto add = [&](const string& name, string_view roleName, string_view center, string_view port) {
        UserRow row{uuid(1), name};
        // Drawn last name first, as the stores generated before drew them.
        const string_view last = m_random.pick(lastNames);
        display.assign(m_random.pick(firstNames));
        display += ' ';
        display += last;
        users.text(row.uuid.view()).text(m_until.view()).text(name).text(display);
        users.text(passwordHash).text(m_until.view()).end();
        const Uuid role = uuid(2);
        roles.text(role.view()).text(m_until.view()).text(row.uuid.view()).text(roleName);
        roles.textOrNull(center).textOrNull(port).end();
        return row;
    };
    for (const char* name : {"admin", "admin.2"})
        add(name, "admin", {}, {});
    for (int i = 1; i <= 3; ++i)
        add("hq." + std::to_string(i), "hq-analyst", {}, {});
    for (qint64 i = 1; i <= namCount; ++i)
        m_nams.push_back(add("nam." + std::to_string(i), "nam", {}, {}));
    m_staff.resize(m_model.centers.size());
    for (std::size_t c = 0; c < m_model.centers.size(); ++c) {
        const string& center = m_model.centers[c];
        string lower = center;
        for (char& ch : lower)
            if (ch >= 'A' && ch <= 'Z')
                ch = static_cast<char>(ch - 'A' + 'a');
        for (qint64 i = 1; i <= staffPerCenter; ++i)
            m_staff[c].push_back(
                add("staff." + lower + '.' + std::to_string(i), "center-staff", center, {}));
    }
    const std::size_t portCount = m_model.ports.size();
    for (std::size_t i = 0; i < std::min<std::size_t>(8, portCount); ++i) {
        const string& port = m_model.ports[i * std::max<std::size_t>(1, portCount / 8)];
        add("port." + port, "port-official", {}, port);
        if (i < 4)
            add("fpf." + port, "fpf-officer", {}, port);
    }
    return {};
}

void Producer::addAccounts()
{
    Rows& accounts = m_batch->accounts;
    Rows& contacts = m_batch->contacts;
    Rows& programs = m_batch->programs;
    const qint64 until = m_options.until.toMSecsSinceEpoch();
    constexpr string_view sizes[] = {"small", "medium", "large"};
    string ior;
    string facility;
    string text;
    for (qint64 i = 0; i < m_options.accounts; ++i) {
        AccountRow row;
        row.uuid = uuid(3);
        // Every Center, size and tier appears among the first accounts.
        row.center = static_cast<std::size_t>(i) % m_model.centers.size();
        const int sizeRoll = m_random.percent();
        const string_view size = i < 3 ? sizes[i]
                                       : sizes[sizeRoll < 45   ? 0
                                               : sizeRoll < 80 ? 1
                                                               : 2];
        // "Place Trade Suffix", drawn from the end, as the stores generated before drew them.
        const string_view suffix = m_random.pick(suffixes);
        const string_view trade = m_random.pick(trades);
        row.name.assign(m_random.pick(places));
        row.name += ' ';
        row.name += trade;
        row.name += ' ';
        row.name += suffix;
        // Unique by construction: the account's index is in the number.
        ior.clear();
        appendNumber(ior, m_random.between(10, 98));
        ior += '-';
        appendPadded(ior, i, 7);
        ior += "00";
        const Uuid* nam =
            size != "small" || m_random.percent() < 30 ? &m_random.pick(m_nams).uuid : nullptr;
        const bool exam = m_random.percent() < 60;
        const Time created =
            storedTime(until - 6 * 365 * dayMs + static_cast<qint64>(m_random.below(365)) * dayMs);
        accounts.text(row.uuid.view()).text(created.view()).text(row.name).text(ior);
        accounts.text(m_model.centers[row.center]);
        if (nam)
            accounts.text(nam->view());
        else
            accounts.null();
        accounts.text(size);
        if (exam) {
            accounts.text(m_random.pick(m_model.ports));
            facility.assign("CES ");
            facility += m_random.pick(places);
            facility += " Logistics";
            accounts.text(facility);
        } else {
            accounts.null().text({});
        }
        accounts.text(created.view()).end();

        const string_view first = m_random.pick(firstNames);
        const string_view last = m_random.pick(lastNames);
        const Uuid contact = uuid(4);
        text.assign(first);
        text += ' ';
        text += last;
        contacts.text(contact.view()).text(created.view()).text(row.uuid.view()).text(text);
        contacts.text("Trade compliance manager");
        text.assign(first);
        text += '.';
        text += last;
        for (char& ch : text)
            if (ch >= 'A' && ch <= 'Z')
                ch = static_cast<char>(ch - 'A' + 'a');
        text += "@example.com";
        contacts.text(text);
        text.assign("+1 555 ");
        appendNumber(text, 1000000 + i % 8999999);
        contacts.text(text).end();

        // Tiers: standard, participating, C-TPAT 1-3, ISA, Trusted Trader.
        const int roll = i < 5 ? int(i) * 20 + 5 + (i == 4 ? 4 : 0) : m_random.percent();
        const qint64 startDay = until - static_cast<qint64>(m_random.between(400, 3000)) * dayMs;
        auto addProgram = [&](string_view kind, qint64 tier, qint64 from, qint64 to) {
            const Uuid program = uuid(5);
            programs.text(program.view()).text(created.view()).text(row.uuid.view()).text(kind);
            if (tier > 0)
                programs.integer(tier);
            else
                programs.null();
            programs.text(storedTime(from).date());
            if (to > 0)
                programs.text(storedTime(to).date());
            else
                programs.null();
            programs.end();
        };
        row.tier = "standard";
        if (roll < 20) {
            row.tier = "participating";
            addProgram("participating", 0, startDay, 0);
        } else if (roll >= 45) {
            row.tier = "ctpat";
            const qint64 tier = m_random.between(1, 3);
            addProgram("ctpat", tier, startDay, 0);
            if (roll >= 65) {
                row.tier = "isa";
                addProgram("isa", 0, startDay + 200 * dayMs, 0);
            }
            if (roll >= 85) {
                row.tier = "trusted-trader";
                addProgram("trusted-trader", 0, startDay + 300 * dayMs, 0);
            }
            if (roll >= 50 && roll < 55) // an ended participating period: tier history shows it
                addProgram("participating", 0, startDay - 700 * dayMs, startDay - dayMs);
        }
        row.trusted = row.tier == "isa" || row.tier == "ctpat" || row.tier == "trusted-trader";
        m_accounts.push_back(std::move(row));
    }
}

void Producer::commentText(string& out)
{
    out.assign(m_random.pick(commentOpenings));
    out += " for the ";
    out += m_random.pick(goods);
    out += "; filer reference ";
    appendNumber(out, static_cast<qint64>(100000 + m_random.below(900000)));
    out += '.';
}

// One history entry of a case, chained: its hash is HistoryLog::hashOf of
// the entry (the fields joined by U+001F, as UTF-8). An entry with a text
// also gets the full-text row that the trigger history_comment_search writes.
void Producer::appendHistory(const Uuid& caseUuid, string_view actor, string_view kind, qint64 at,
                             string_view detail, string_view text)
{
    const qint64 seq = ++m_seq;
    const Uuid id = uuid(7);
    const Time stored = storedTime(at);
    string& input = m_hashInput;
    input.assign(m_previousHash, sizeof m_previousHash);
    input += '\x1f';
    appendNumber(input, seq);
    input += '\x1f';
    input += id.view();
    input += "\x1f"
             "case\x1f";
    input += caseUuid.view();
    input += '\x1f';
    input += stored.view();
    input += '\x1f';
    input += actor;
    input += '\x1f';
    input += kind;
    input += '\x1f';
    input += detail;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(input.data()),
                       static_cast<unsigned long long>(input.size()));
    char hash[2 * crypto_hash_sha256_BYTES];
    for (std::size_t i = 0; i < sizeof digest; ++i)
        writeHex(hash + 2 * i, digest[i], 2);
    Rows& history = m_batch->history;
    history.integer(seq).text(id.view()).text(caseUuid.view()).text(stored.view());
    history.text(actor).text(kind).text(detail);
    history.text(string_view(m_previousHash, sizeof m_previousHash));
    history.text(string_view(hash, sizeof hash)).end();
    std::memcpy(m_previousHash, hash, sizeof hash);
    if (!text.empty())
        addSearchRow(++m_searchRowid, caseUuid, text);
}

// The order of clock states in the case list's "Clock" column (migration 0006).
int clockStateRank(string_view state)
{
    return state == "lapsed"     ? 0
           : state == "breached" ? 1
           : state == "warning"  ? 2
           : state == "on-track" ? 3
                                 : 4;
}

struct ClockRow final
{
    Uuid uuid;
    Time updated;
    string_view kind;
    qint64 minutes = 0;
    qint64 consumed = 0;
    bool stopped = false;
    bool running = false;
    Time runningSince;
    Time warn;
    Time due;
    Time stoppedAt;
    string_view state;
    bool alertedWarning = false;
    bool alertedBreach = false;
};

bool Producer::addCases()
{
    const qint64 until = m_options.until.toMSecsSinceEpoch();
    const qint64 span = 5 * 365 * dayMs; // five years of the Center's work
    const qint64 start = until - span;
    const qint64 cases = m_options.cases;
    qint64 eventsLeft = m_options.events;
    std::map<std::pair<std::size_t, qint64>, qint64> serials; // by Center and year
    const int warningPercent = m_model.warningPercent;
    const std::size_t typeCount = m_model.types.size();

    string number;
    string subject;
    string description;
    string detail;
    string comment;
    string searchText;
    string noticeEn;
    string noticeEs;
    Fields fields;
    Fields saved;
    std::vector<int> choices;

    for (qint64 i = 0; i < cases; ++i) {
        if (i > 0 && i % casesPerBatch == 0 && !nextBatch())
            return false;
        Batch& batch = *m_batch;
        ++batch.caseCount;
        // Every type among the first cases, then at random.
        const TypeModel& type = static_cast<std::size_t>(i) < typeCount
                                    ? m_model.types[static_cast<std::size_t>(i)]
                                    : m_random.pick(m_model.types);
        const AccountRow& account = m_random.pick(m_accounts);
        const string& center = m_model.centers[account.center];
        const qint64 opened = start + span * i / std::max<qint64>(cases, 1) +
                              static_cast<qint64>(m_random.below(static_cast<quint64>(
                                  std::max<qint64>(span / std::max<qint64>(cases, 1), 1))));
        const Time openedText = storedTime(opened);
        const Uuid caseUuid = uuid(6);
        const qint64 caseRowid = i + 1;
        const string_view year = openedText.view().substr(0, 4);
        qint64 yearNumber = 0;
        std::from_chars(year.data(), year.data() + year.size(), yearNumber);
        const qint64 serialNumber = ++serials[{account.center, yearNumber}];
        number.assign(center);
        number += '-';
        number += year;
        number += '-';
        appendPadded(number, serialNumber, 6);
        const string_view good = m_random.pick(goods);
        subject.assign(m_random.pick(subjects));
        replaceAll(subject, "%1", good);
        string chapter;
        appendNumber(chapter, static_cast<qint64>(10 + m_random.below(88)));
        replaceAll(subject, "%2", chapter);
        description.assign("Importer ");
        description += account.name;
        description += " asks about ";
        description += good;
        description += '.';
        // The case's own full-text row, before the rows of its comments.
        m_searchRowid = caseRowid << 24;
        searchText.assign(number);
        searchText += ' ';
        searchText += subject;
        searchText += ' ';
        searchText += description;
        addSearchRow(m_searchRowid, caseUuid, searchText);
        const std::vector<UserRow>& staff = m_staff[account.center];
        const UserRow& creator = m_random.pick(staff);
        const bool assigned = m_random.percent() < 75;
        const UserRow* assignee = assigned ? &m_random.pick(staff) : nullptr;
        string_view port;
        if (type.level == "port" || m_random.percent() < 33)
            port = m_random.pick(m_model.ports);
        string_view level = type.level;
        int state = type.initial;
        string_view outcome;
        fields.clear();
        for (const FieldModel& create : type.createFields) {
            if (create.isDate)
                fields.insert(create.name,
                              storedTime(opened - m_random.between(5, 80) * dayMs).date());
            else if (!create.choices.empty())
                fields.insert(create.name, m_random.pick(create.choices));
            else if (create.required)
                fields.insert(create.name, "Given when the case was opened");
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

        auto addNotice = [&](string_view uuidText, string_view kind, string_view topic,
                             string_view recipient, string_view en, string_view es,
                             string_view delivery) {
            const Time at = storedTime(now);
            batch.notices.text(uuidText).text(at.view()).text(kind).text(topic);
            batch.notices.text(caseUuid.view()).text(account.uuid.view()).textOrNull(recipient);
            batch.notices.text(en).text(es).text(at.view()).text(delivery).end();
        };
        auto addStatusNotice = [&](const StateModel& entered) {
            if (!entered.tradeVisible)
                return;
            const Uuid notice = uuid(8);
            noticeEn = entered.noticeEn;
            replaceAll(noticeEn, "%1", number);
            noticeEs = entered.noticeEs;
            replaceAll(noticeEs, "%1", number);
            addNotice(notice.view(), "status-notice", entered.id, {}, noticeEn, noticeEs,
                      until - now < 2 * dayMs ? "outbox" : "sent");
        };

        detail.assign("{");
        appendJsonMember(detail, "number", number);
        appendJsonMember(detail, "state", type.states[static_cast<std::size_t>(state)].id);
        appendJsonMember(detail, "subject", subject);
        appendJsonMember(detail, "tier", account.tier);
        appendJsonMember(detail, "type", type.type);
        detail += '}';
        appendHistory(caseUuid, creator.name, "created", now, detail, {});
        addStatusNotice(type.states[static_cast<std::size_t>(state)]);
        if (assigned && !(assignee->uuid == creator.uuid)) {
            const Uuid notice = uuid(8);
            noticeEn.assign("Case ");
            noticeEn += number;
            noticeEn += " was assigned to you.";
            noticeEs.assign("Se le asign\xc3\xb3 el caso ");
            noticeEs += number;
            noticeEs += '.';
            addNotice(notice.view(), "alert", "assigned", assignee->uuid.view(), noticeEn, noticeEs,
                      until - now < 7 * dayMs ? "unread" : "read");
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
            const StateModel& current = type.states[static_cast<std::size_t>(state)];
            choices.clear();
            if (!current.closed) {
                for (const int t : current.transitions) {
                    const TransitionModel& transition =
                        type.transitions[static_cast<std::size_t>(t)];
                    if (keepOpen && type.states[static_cast<std::size_t>(transition.to)].resolving)
                        continue;
                    if (transition.requiresTrustedPartner && !account.trusted)
                        continue;
                    choices.push_back(t);
                }
            }
            const UserRow& actor = assigned ? *assignee : m_random.pick(staff);
            const bool move = !choices.empty() && m_random.percent() < (keepOpen ? 45 : 55);
            if (!move) {
                commentText(comment);
                detail.assign("{");
                appendJsonMember(detail, "text", comment);
                detail += '}';
                appendHistory(caseUuid, actor.name, "comment", now, detail, comment);
                continue;
            }
            // Older cases lean towards their resolution.
            int chosen = m_random.pick(choices);
            if (!recent && m_random.percent() < 60) {
                for (const int candidate : choices) {
                    const TransitionModel& t =
                        type.transitions[static_cast<std::size_t>(candidate)];
                    if (type.states[static_cast<std::size_t>(t.to)].resolving) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            const TransitionModel& step = type.transitions[static_cast<std::size_t>(chosen)];
            const StateModel& target = type.states[static_cast<std::size_t>(step.to)];
            comment.clear();
            if (step.commentRequired || m_random.percent() < 40)
                commentText(comment);
            saved.clear();
            for (const string& required : step.requiredFields) {
                const string_view value =
                    required == "outcome" ? string_view("Decided on the merits") : "yes";
                saved.insert(required, value);
                if (required == "outcome")
                    outcome = value;
                else
                    fields.insert(required, value);
            }
            const string_view toLevel = step.escalatesTo.empty() ? level : step.escalatesTo;
            // The keys in QJsonObject's order: fields, from, levelFrom, levelTo, text, to,
            // transition.
            detail.assign("{");
            if (!saved.isEmpty()) {
                saved.sort();
                detail += "\"fields\":{";
                for (const auto& [name, value] : saved)
                    appendJsonMember(detail, name, value);
                detail += '}';
            }
            appendJsonMember(detail, "from", current.id);
            if (toLevel != level) {
                appendJsonMember(detail, "levelFrom", level);
                appendJsonMember(detail, "levelTo", toLevel);
                level = toLevel;
            }
            if (!comment.empty())
                appendJsonMember(detail, "text", comment);
            appendJsonMember(detail, "to", target.id);
            appendJsonMember(detail, "transition", step.id);
            detail += '}';
            appendHistory(caseUuid, actor.name, "transition", now, detail, comment);
            addStatusNotice(target);
            state = step.to;
            lastStateChange = now;
            if (firstResponseStop == 0 && (step.stopsFirstResponse || target.resolving || e == 1))
                firstResponseStop = now;
            if (resolutionStop == 0 && target.resolving)
                resolutionStop = now;
            if (target.closed)
                closedAt = now;
        }

        const StateModel& finalState = type.states[static_cast<std::size_t>(state)];
        const Time updated = storedTime(now);
        const string_view priority = m_random.pick(priorities);

        // The service-level clocks, judged at `until`.
        const auto found = type.targets.find(account.tier);
        const std::pair<qint64, qint64> targets =
            found != type.targets.end() ? found->second : std::pair<qint64, qint64>{480, 4800};
        const bool running = finalState.clockRuns;
        std::array<ClockRow, 2> clocks;
        const std::array<std::tuple<string_view, qint64, qint64>, 2> kinds = {
            std::tuple{string_view("first-response"), targets.first, firstResponseStop},
            std::tuple{string_view("resolution"), targets.second, resolutionStop}};
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            const auto& [kind, minutes, stop] = kinds[k];
            ClockRow& clock = clocks[k];
            clock.kind = kind;
            clock.minutes = minutes;
            const qint64 due = opened + businessMinutesToMs(minutes);
            const qint64 warn = opened + businessMinutesToMs(minutes * warningPercent / 100);
            clock.uuid = uuid(9);
            clock.warn = storedTime(warn);
            clock.due = storedTime(due);
            if (stop > 0 || finalState.closed) {
                const qint64 stoppedAt = stop > 0 ? stop : now;
                clock.stopped = true;
                clock.consumed = msToBusinessMinutes(stoppedAt - opened);
                clock.state = stoppedAt <= due ? "met" : "missed";
                clock.updated = storedTime(stoppedAt);
                clock.stoppedAt = clock.updated;
                clock.alertedWarning = stoppedAt > warn;
                clock.alertedBreach = stoppedAt > due;
            } else {
                clock.running = running;
                if (running) {
                    clock.consumed = msToBusinessMinutes(lastStateChange - opened);
                    clock.state = due <= until    ? "breached"
                                  : warn <= until ? "warning"
                                                  : "on-track";
                } else {
                    clock.consumed =
                        std::min(minutes, msToBusinessMinutes(lastStateChange - opened));
                    clock.state = "paused";
                }
                clock.updated = storedTime(lastStateChange);
                clock.runningSince = clock.updated;
                clock.alertedWarning = running && warn <= until;
                clock.alertedBreach = running && due <= until;
            }
        }

        // The list's sort keys (migration 0006), as its triggers set them
        // from the clocks: the earliest due time of the running service-level
        // clocks, and the worst state of the open ones.
        string_view dueKey = "9999";
        int clockRank = 5;
        for (const ClockRow& clock : clocks) {
            if (clock.stopped)
                continue;
            if (clock.running && clock.kind != "statutory" && clock.due.view() < dueKey)
                dueKey = clock.due.view();
            clockRank = std::min(clockRank, clockStateRank(clock.state));
        }

        Rows& caseRow = batch.cases;
        caseRow.text(caseUuid.view()).integer(count).text(updated.view()).text(number);
        caseRow.text(type.type).text(account.uuid.view()).text(center).textOrNull(port);
        caseRow.text(subject).text(description).text(finalState.id).text(finalState.category);
        caseRow.text(priority);
        if (assignee)
            caseRow.text(assignee->uuid.view());
        else
            caseRow.null();
        caseRow.text(level).text(openedText.view());
        if (closedAt)
            caseRow.text(storedTime(closedAt).view());
        else
            caseRow.null();
        caseRow.text(outcome).text(creator.uuid.view());
        caseRow.text(dueKey).integer(clockRank).text(account.name);
        caseRow.text(assignee ? string_view(assignee->name) : string_view()).end();

        fields.sort();
        for (const auto& [name, value] : fields)
            batch.fields.text(caseUuid.view()).text(name).text(value).text(updated.view()).end();

        for (const ClockRow& clock : clocks) {
            Rows& rows = batch.clocks;
            rows.text(clock.uuid.view()).text(clock.updated.view()).text(caseUuid.view());
            rows.text(clock.kind).integer(clock.minutes).integer(clock.consumed);
            rows.text(openedText.view());
            if (clock.stopped) {
                rows.null().text(clock.warn.view()).text(clock.due.view());
                rows.text(clock.stoppedAt.view());
            } else {
                if (clock.running)
                    rows.text(clock.runningSince.view())
                        .text(clock.warn.view())
                        .text(clock.due.view());
                else
                    rows.null().null().null();
                rows.null();
            }
            rows.text(clock.state).integer(clock.alertedWarning ? 1 : 0);
            rows.integer(clock.alertedBreach ? 1 : 0).end();
        }
    }
    for (const auto& [key, last] : serials)
        m_batch->serials.text(m_model.centers[key.first]).integer(key.second).integer(last).end();
    return true;
}

// --- The writer (the connection's thread) and the search thread -----------

// generator_rows(?1): the rows of a batch as a table-valued function, ?1
// bound with sqlite3_bind_pointer. Each table is written with one INSERT ...
// SELECT per batch instead of a statement run per row.
constexpr const char* rowsPointerType = "centerdesk-generator-rows";
constexpr const char* rowsModuleName = "generator_rows";
constexpr int rowsMaxColumns = 24;

struct RowsCursor final
{
    sqlite3_vtab_cursor base{};
    const Rows* rows = nullptr;
    qint64 row = 0;
};

int rowsConnect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**)
{
    string sql = "CREATE TABLE x(";
    for (int i = 0; i < rowsMaxColumns; ++i)
        sql += "c" + std::to_string(i) + ", ";
    sql += "source HIDDEN)";
    if (const int code = sqlite3_declare_vtab(db, sql.c_str()); code != SQLITE_OK)
        return code;
    *table = new sqlite3_vtab{};
    return SQLITE_OK;
}

int rowsDisconnect(sqlite3_vtab* table)
{
    delete table;
    return SQLITE_OK;
}

int rowsBestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& constraint = info->aConstraint[i];
        if (constraint.iColumn == rowsMaxColumns && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!constraint.usable)
                return SQLITE_CONSTRAINT;
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0; // no source: no rows
    info->estimatedCost = 1e12;
    return SQLITE_OK;
}

int rowsOpen(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
{
    *cursor = &(new RowsCursor)->base;
    return SQLITE_OK;
}

RowsCursor* rowsCursor(sqlite3_vtab_cursor* cursor)
{
    static_assert(offsetof(RowsCursor, base) == 0);
    return reinterpret_cast<RowsCursor*>(cursor);
}

int rowsClose(sqlite3_vtab_cursor* cursor)
{
    delete rowsCursor(cursor);
    return SQLITE_OK;
}

int rowsFilter(sqlite3_vtab_cursor* cursor, int idxNum, const char*, int argc, sqlite3_value** argv)
{
    RowsCursor* rows = rowsCursor(cursor);
    rows->rows = idxNum == 1 && argc == 1
                     ? static_cast<const Rows*>(sqlite3_value_pointer(argv[0], rowsPointerType))
                     : nullptr;
    rows->row = 0;
    return SQLITE_OK;
}

int rowsNext(sqlite3_vtab_cursor* cursor)
{
    ++rowsCursor(cursor)->row;
    return SQLITE_OK;
}

int rowsEof(sqlite3_vtab_cursor* cursor)
{
    const RowsCursor* rows = rowsCursor(cursor);
    return !rows->rows || rows->row >= rows->rows->rows();
}

int rowsColumn(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int column)
{
    const RowsCursor* rows = rowsCursor(cursor);
    if (column >= rows->rows->columns()) {
        sqlite3_result_null(context);
        return SQLITE_OK;
    }
    const Rows::Cell& cell = rows->rows->row(rows->row)[column];
    if (cell.size >= 0)
        sqlite3_result_text(context, rows->rows->textData() + cell.value,
                            static_cast<int>(cell.size), SQLITE_STATIC);
    else if (cell.size == Rows::integerCell)
        sqlite3_result_int64(context, cell.value);
    else
        sqlite3_result_null(context);
    return SQLITE_OK;
}

int rowsRowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* rowid)
{
    *rowid = rowsCursor(cursor)->row;
    return SQLITE_OK;
}

const sqlite3_module* rowsModule()
{
    static const sqlite3_module module = [] {
        sqlite3_module m{};
        m.xConnect = rowsConnect; // eponymous only: no xCreate
        m.xBestIndex = rowsBestIndex;
        m.xDisconnect = rowsDisconnect;
        m.xDestroy = rowsDisconnect;
        m.xOpen = rowsOpen;
        m.xClose = rowsClose;
        m.xFilter = rowsFilter;
        m.xNext = rowsNext;
        m.xEof = rowsEof;
        m.xColumn = rowsColumn;
        m.xRowid = rowsRowid;
        return m;
    }();
    return &module;
}

// One table's INSERT ... SELECT ... FROM generator_rows(?1).
class Insert final
{
public:
    Insert(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
            SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Insert() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Insert)

    // False (with the message kept) when SQLite refuses a row.
    bool run(const Rows& rows)
    {
        if (!m_error.isEmpty())
            return false;
        if (rows.rows() == 0)
            return true;
        Q_ASSERT(rows.isComplete());
        if (!rows.isComplete()) { // a row of the wrong width: never read past the cells
            m_error = QString::fromUtf8(sqlite3_errstr(SQLITE_MISUSE));
            return false;
        }
        sqlite3_bind_pointer(m_statement, 1, const_cast<Rows*>(&rows), rowsPointerType, nullptr);
        const int code = sqlite3_step(m_statement);
        if (code != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return code == SQLITE_DONE;
    }
    const QString& error() const { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

class Writer final
{
public:
    explicit Writer(sqlite3* db)
        : m_users(db, "INSERT INTO app_user(uuid, updated_at, name, display_name, "
                      "password_hash, created_at) SELECT c0, c1, c2, c3, c4, c5 "
                      "FROM generator_rows(?1)")
        , m_roles(db, "INSERT INTO role_assignment(uuid, updated_at, user_uuid, role, "
                      "center_code, port_code) SELECT c0, c1, c2, c3, c4, c5 "
                      "FROM generator_rows(?1)")
        , m_accounts(db, "INSERT INTO account(uuid, updated_at, name, ior_number, center_code, "
                         "nam_user_uuid, size_class, exam_port_code, exam_facility, created_at) "
                         "SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM generator_rows(?1)")
        , m_contacts(db, "INSERT INTO account_contact(uuid, updated_at, account_uuid, name, "
                         "role, email, phone, is_problem_resolution) "
                         "SELECT c0, c1, c2, c3, c4, c5, c6, 1 FROM generator_rows(?1)")
        , m_programs(db, "INSERT INTO partner_program(uuid, updated_at, account_uuid, program, "
                         "ctpat_tier, effective_from, effective_to) "
                         "SELECT c0, c1, c2, c3, c4, c5, c6 FROM generator_rows(?1)")
        , m_cases(db, "INSERT INTO cases(uuid, version, updated_at, number, type, account_uuid, "
                      "center_code, port_code, subject, description, state, state_category, "
                      "priority, assignee_uuid, escalation_level, opened_at, closed_at, outcome, "
                      "created_by_uuid, due_key, clock_rank, account_name, assignee_name) "
                      "SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, "
                      "c15, c16, c17, c18, c19, c20, c21, c22 FROM generator_rows(?1)")
        , m_clocks(db, "INSERT INTO clock(uuid, updated_at, case_uuid, kind, rule_id, "
                       "target_minutes, consumed_minutes, started_at, running_since, warn_at, "
                       "due_at, stopped_at, state, alerted_warning, alerted_breach) "
                       "SELECT c0, c1, c2, c3, '', c4, c5, c6, c7, c8, c9, c10, c11, c12, c13 "
                       "FROM generator_rows(?1)")
        , m_fields(db, "INSERT INTO case_field(case_uuid, name, value, updated_at) "
                       "SELECT c0, c1, c2, c3 FROM generator_rows(?1)")
        , m_notices(db, "INSERT INTO notification(uuid, updated_at, kind, topic, case_uuid, "
                        "account_uuid, recipient_uuid, text_en, text_es, created_at, delivery) "
                        "SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10 "
                        "FROM generator_rows(?1)")
        , m_history(db, "INSERT INTO history(seq, uuid, subject_kind, subject_uuid, at, actor, "
                        "kind, detail, prev_hash, hash) SELECT c0, c1, 'case', c2, c3, c4, c5, "
                        "c6, c7, c8 FROM generator_rows(?1)")
        , m_serials(db, "INSERT INTO case_number(center_code, year, last_serial) "
                        "SELECT c0, c1, c2 FROM generator_rows(?1)")
        , m_search(db, "INSERT INTO main.case_search_content(id, c0, c1) "
                       "SELECT c0, c1, c2 FROM generator_rows(?1)")
    {}

    // The parents before their children (foreign keys are checked at once).
    bool write(const Batch& batch)
    {
        return m_users.run(batch.users) && m_roles.run(batch.roles) &&
               m_accounts.run(batch.accounts) && m_contacts.run(batch.contacts) &&
               m_programs.run(batch.programs) && m_cases.run(batch.cases) &&
               m_clocks.run(batch.clocks) && m_fields.run(batch.fields) &&
               m_notices.run(batch.notices) && m_history.run(batch.history) &&
               m_serials.run(batch.serials) && m_search.run(batch.search);
    }
    QString error() const
    {
        for (const Insert* insert :
             {&m_users, &m_roles, &m_accounts, &m_contacts, &m_programs, &m_cases, &m_clocks,
              &m_fields, &m_notices, &m_history, &m_serials, &m_search})
            if (!insert->error().isEmpty())
                return insert->error();
        return {};
    }

private:
    Insert m_users;
    Insert m_roles;
    Insert m_accounts;
    Insert m_contacts;
    Insert m_programs;
    Insert m_cases;
    Insert m_clocks;
    Insert m_fields;
    Insert m_notices;
    Insert m_history;
    Insert m_serials;
    Insert m_search;
};

// The full-text index is made on a connection and in a file of its own, by
// a thread of its own, beside the writer: FTS5's tokenizing and merging is as
// much work as all the other tables. The file's table is the store's
// definition without a table of texts (content = ''): the writer puts the
// texts straight into the store's case_search_content, and the file's index,
// document sizes and configuration are the rows FTS5 writes for the store's
// table, byte for byte. The store's case_search is made anew before the rows
// (a connection keeps an FTS5 table's structure once read, so the old one
// would not see rows put under it); its other shadow tables are filled from
// the file's at the end.
class SearchIndex final
{
public:
    SearchIndex() = default;
    ~SearchIndex() { close(); }
    Q_DISABLE_COPY_MOVE(SearchIndex)

    // Creates the file beside the store, the table in it (`tableSql`, the
    // store's own definition, made contentless), and begins its transaction.
    QString open(const QString& storePath, const QByteArray& tableSql)
    {
        m_file.setFileTemplate(QFileInfo(storePath).absoluteDir().filePath(
            QStringLiteral(".%1.search-XXXXXX").arg(QFileInfo(storePath).fileName())));
        if (!m_file.open())
            return m_file.errorString();
        m_file.close(); // SQLite opens it; QTemporaryFile removes it
        if (sqlite3_open_v2(QFile::encodeName(m_file.fileName()).constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return message();
        // The file is thrown away: no journal, no syncs. FTS5 keeps 16 MB of
        // rows pending instead of 1 MB before it writes a segment: fewer
        // segments to merge. (The setting stays in this file's config table,
        // which is not copied.)
        if (!exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                  "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY") ||
            !exec(contentless(tableSql).constData()) ||
            !exec("INSERT INTO case_search(case_search, rank) VALUES('hashsize', 16777216)") ||
            sqlite3_create_module_v2(m_db, rowsModuleName, rowsModule(), nullptr, nullptr) !=
                SQLITE_OK)
            return message();
        m_insert = std::make_unique<Insert>(m_db, "INSERT INTO case_search(rowid, case_uuid, body) "
                                                  "SELECT c0, c1, c2 FROM generator_rows(?1)");
        if (!m_insert->error().isEmpty())
            return m_insert->error();
        if (!exec("BEGIN"))
            return message();
        return {};
    }
    QString path() const { return m_file.fileName(); }

    // On the search thread.
    bool insert(const Rows& rows) { return m_insert->run(rows); }
    bool commit()
    {
        m_insert.reset();
        return exec("COMMIT");
    }
    QString error() const
    {
        if (m_insert && !m_insert->error().isEmpty())
            return m_insert->error();
        return m_error;
    }

    void close()
    {
        m_insert.reset();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

private:
    // fts5(..., content = ''): the definition's last parenthesis closes its arguments.
    static QByteArray contentless(const QByteArray& tableSql)
    {
        const qsizetype end = tableSql.lastIndexOf(')');
        return end < 0 ? tableSql : tableSql.left(end) + ", content = ''" + tableSql.mid(end);
    }
    bool exec(const char* sql)
    {
        char* text = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &text) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(text ? text : sqlite3_errmsg(m_db));
        sqlite3_free(text);
        return false;
    }
    QString message()
    {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); // "out of memory" for no handle
        return m_error;
    }

    QTemporaryFile m_file;
    sqlite3* m_db = nullptr;
    std::unique_ptr<Insert> m_insert;
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

class Builder final
{
public:
    Builder(Store& store, sqlite3* db, const GeneratorOptions& options)
        : m_store(store)
        , m_db(db)
    {
        m_model.options = options;
    }

    Status run();

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
    Result<QStringList> column(const char* sql);
    Result<QStringList> column(const QByteArray& sql) { return column(sql.constData()); }
    Status readModel();
    Status writeRows(SearchIndex& search, const QStringList& indexes);
    Status createIndexes(const QStringList& indexes);
    Status copySearchIndex();

    Store& m_store;
    sqlite3* m_db;
    Model m_model;
    bool m_rollbackJournal = false;
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

Status Builder::readModel()
{
    const Result<QStringList> centers = column("SELECT code FROM center ORDER BY code");
    const Result<QStringList> ports = column("SELECT code FROM port ORDER BY code");
    if (!centers)
        return centers.error();
    if (!ports)
        return ports.error();
    if (centers->isEmpty() || ports->isEmpty())
        return storeError(GeneratorText::tr("the store has no reference data"));
    for (const QString& center : *centers)
        m_model.centers.push_back(utf8(center));
    for (const QString& port : *ports)
        m_model.ports.push_back(utf8(port));
    for (const WorkflowDefinition& definition : WorkflowRegistry::builtIn().all()) {
        m_model.types.push_back(typeModel(definition));
    }
    sqlite3_stmt* levels = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT case_type, tier, first_response_minutes, resolution_minutes "
                           "FROM service_level",
                           -1, &levels, nullptr) != SQLITE_OK)
        return storeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
    while (sqlite3_step(levels) == SQLITE_ROW) {
        const string_view type(reinterpret_cast<const char*>(sqlite3_column_text(levels, 0)));
        for (TypeModel& model : m_model.types)
            if (model.type == type)
                model.targets.insert_or_assign(
                    string(reinterpret_cast<const char*>(sqlite3_column_text(levels, 1))),
                    std::pair{sqlite3_column_int64(levels, 2), sqlite3_column_int64(levels, 3)});
    }
    sqlite3_finalize(levels);
    m_model.warningPercent = ServiceLevels::warningPercent();
    return {};
}

// The producer thread makes the batches, this thread writes them, the
// search thread indexes their full-text rows. Then this thread makes the
// `indexes` dropped before the rows while the search thread finishes.
Status Builder::writeRows(SearchIndex& search, const QStringList& indexes)
{
    Writer writer(m_db);
    if (const QString error = writer.error(); !error.isEmpty())
        return storeError(error);
    HandOff<Batch> queue;
    HandOff<Rows> searchQueue(3);
    Producer producer(m_model, queue, searchQueue);
    Status produced;
    bool searched = true;
    std::thread searchThread([&] {
        while (std::unique_ptr<Rows> rows = searchQueue.pop()) {
            searched = search.insert(*rows);
            if (!searched) {
                searchQueue.stop();
                break;
            }
            searchQueue.recycle(std::move(rows));
        }
        searched = searched && search.commit();
    });
    std::thread producerThread([&] {
        produced = producer.run();
        queue.finish();
        searchQueue.finish();
    });
    bool written = true;
    Status committed;
    while (std::unique_ptr<Batch> batch = queue.pop()) {
        written = writer.write(*batch);
        // In WAL mode a commit now and then, as the log holds every page written.
        const qint64 casesAfter = batch->casesBefore + batch->caseCount;
        if (written && !m_rollbackJournal &&
            casesAfter / casesPerWalTransaction > batch->casesBefore / casesPerWalTransaction &&
            casesAfter < m_model.options.cases) {
            committed = exec("COMMIT; BEGIN");
            written = committed.ok();
        }
        if (!written) {
            queue.stop();
            searchQueue.stop();
            break;
        }
        queue.recycle(std::move(batch));
    }
    producerThread.join();
    Status indexed;
    if (written && committed && produced)
        indexed = createIndexes(indexes);
    searchThread.join();
    if (!committed)
        return committed;
    if (!written)
        return storeError(writer.error());
    if (!produced)
        return produced;
    if (!indexed)
        return indexed;
    if (!searched)
        return storeError(search.error());
    return {};
}

// CREATE INDEX reads the table once and sorts the keys: far cheaper than
// inserting them one by one at random places in a B-tree larger than the cache.
Status Builder::createIndexes(const QStringList& indexes)
{
    for (const QString& sql : indexes)
        if (Status ok = exec(sql.toUtf8()); !ok)
            return ok;
    return {};
}

// The store's case_search, made anew before the rows, gets the search
// thread's index and document sizes (its texts the writer wrote).
Status Builder::copySearchIndex()
{
    const Result<QStringList> shadows =
        column("SELECT name FROM generator_search.sqlite_schema WHERE type = 'table' AND name GLOB "
               "'case_search_*' AND name <> 'case_search_config' ORDER BY name");
    if (!shadows)
        return shadows.error();
    for (const QString& name : *shadows) {
        const QByteArray table = name.toUtf8();
        if (Status ok = exec("DELETE FROM main." + table + "; INSERT INTO main." + table +
                             " SELECT * FROM generator_search." + table);
            !ok)
            return ok;
    }
    return {};
}

QString pragmaValue(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

Status Builder::run()
{
    if (Status ok = readModel(); !ok)
        return ok;
    const QByteArray untilText(storedTime(m_model.options.until.toMSecsSinceEpoch()).text, 24);

    // The triggers that copy rows (full-text search, sync change capture,
    // the case list's sort keys) are dropped while the rows go in and made
    // again after: the generator writes what they would write.
    const Result<QStringList> triggers =
        column("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND (name GLOB 'sync_*' OR "
               "name IN ('cases_search_insert', 'history_comment_search', 'cases_names_insert', "
               "'clock_keys_insert')) ORDER BY name");
    const Result<QStringList> triggerNames =
        column("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name GLOB 'sync_*' OR "
               "name IN ('cases_search_insert', 'history_comment_search', 'cases_names_insert', "
               "'clock_keys_insert')) ORDER BY name");
    // The secondary indexes of the generated tables are dropped too and made
    // again after the rows (createIndexes), but for those whose keys rise
    // with the rows: their inserts are appends at the right edge of the
    // B-tree. The others (migration 0006's sort keys, the account, assignee,
    // state and due-time orders of cases, clocks and notices) get their keys
    // in random order or at hundreds of places at once: inserted one by one
    // they cost several times the sorted build once their B-trees outgrow
    // the cache (at 10^6 cases the cases rows took 109 s of processor time
    // with their 22 indexes, 14 s with the 5 kept, and building the other 17
    // took 30 s).
    const QByteArray droppedIndexes =
        "FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('app_user', "
        "'role_assignment', 'account', 'account_contact', 'partner_program', 'cases', 'clock', "
        "'case_field', 'notification', 'history', 'case_number') AND name NOT IN "
        "('role_assignment_user', 'account_contact_account', 'partner_program_account', "
        "'cases_opened', 'cases_parent', 'cases_merged_into', 'clock_case', "
        "'clock_unalerted_breach', 'notification_case', 'history_subject') "
        "ORDER BY tbl_name, name";
    const Result<QStringList> indexes = column("SELECT sql " + droppedIndexes);
    const Result<QStringList> indexNames = column("SELECT name " + droppedIndexes);
    for (const auto* list : {&triggers, &triggerNames, &indexes, &indexNames})
        if (!*list)
            return list->error();

    const Result<QStringList> searchSql =
        column("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'case_search'");
    if (!searchSql)
        return searchSql.error();
    // (Without the table, SQLite's "no such table" stops the generation below.)
    const QByteArray searchTable =
        searchSql->isEmpty() ? QByteArray() : searchSql->constFirst().toUtf8();

    // While generating, the rollback journal is kept in memory instead of
    // the write-ahead log: every page is written once (not to the log and
    // again to the file), and the whole generation is one transaction that
    // a failure rolls back. The store is new, so the journal holds only the
    // few pages of reference data. Back to WAL at the end. Should the mode
    // not change (another connection), WAL it stays.
    m_rollbackJournal =
        pragmaValue(m_db, "PRAGMA main.journal_mode = MEMORY") == QLatin1String("memory");
    // With a commit now and then (WAL), the indexes stay: another connection
    // would see the store without them, and so would it after a failure.
    const QStringList rebuilt = m_rollbackJournal ? *indexes : QStringList();
    const QStringList dropped = m_rollbackJournal ? *indexNames : QStringList();
    SearchIndex search;
    bool attached = false;
    bool registered = false;
    auto restore = [&] {
        if (attached)
            (void)exec("DETACH DATABASE generator_search");
        if (registered)
            sqlite3_create_module_v2(m_db, rowsModuleName, nullptr, nullptr, nullptr);
        (void)exec("PRAGMA main.synchronous = FULL; PRAGMA main.cache_size = -32768; "
                   "PRAGMA temp_store = MEMORY");
        if (m_rollbackJournal)
            (void)pragmaValue(m_db, "PRAGMA main.journal_mode = WAL");
    };
    registered =
        sqlite3_create_module_v2(m_db, rowsModuleName, rowsModule(), nullptr, nullptr) == SQLITE_OK;
    if (!registered) {
        const Status failed = storeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
        restore();
        return failed;
    }
    if (const QString error = search.open(m_store.path(), searchTable); !error.isEmpty()) {
        restore();
        return storeError(error);
    }
    // Attached before the transaction (ATTACH cannot be inside one), which is
    // deferred: BEGIN IMMEDIATE would lock the search file too.
    {
        sqlite3_stmt* attach = nullptr;
        const QByteArray path = search.path().toUtf8();
        if (sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS generator_search", -1, &attach,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_text(attach, 1, path.constData(), static_cast<int>(path.size()),
                              SQLITE_TRANSIENT);
            attached = sqlite3_step(attach) == SQLITE_DONE;
        }
        sqlite3_finalize(attach);
        if (!attached) {
            const Status failed = storeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
            restore();
            return failed;
        }
    }
    // temp_store = FILE: SQLite's sorter (CREATE INDEX) then takes its
    // records from one growing block instead of a malloc each, a quarter
    // faster; it still sorts in memory up to the cache size (256 MB), so no
    // file is written at 10^6 cases.
    if (Status ok = exec("PRAGMA main.synchronous = OFF; PRAGMA main.cache_size = -262144; "
                         "PRAGMA temp_store = FILE; BEGIN");
        !ok) {
        restore();
        return ok;
    }
    auto fail = [&](Status status) {
        (void)exec("ROLLBACK");
        restore();
        return status;
    };
    for (const QString& name : *triggerNames)
        if (Status ok = exec(QByteArray("DROP TRIGGER main." + name.toUtf8())); !ok)
            return fail(ok);
    for (const QString& name : dropped)
        if (Status ok = exec(QByteArray("DROP INDEX main." + name.toUtf8())); !ok)
            return fail(ok);
    if (Status ok = exec("DROP TABLE main.case_search"); !ok)
        return fail(ok);
    if (Status ok = exec(searchTable); !ok)
        return fail(ok);
    if (Status ok = exec(QByteArray("INSERT INTO main.meta(key, value) VALUES('generated', '" +
                                    QByteArray::number(m_model.options.seed) + "')"));
        !ok)
        return fail(ok);
    // The defaults were stamped with the wall clock: the seed alone decides the data.
    if (Status ok =
            exec(QByteArray("UPDATE main.service_level SET updated_at = '" + untilText + "'"));
        !ok)
        return fail(ok);
    if (Status ok = writeRows(search, rebuilt); !ok)
        return fail(ok);
    search.close();
    if (Status ok = copySearchIndex(); !ok)
        return fail(ok);
    for (const QString& sql : *triggers)
        if (Status ok = exec(sql.toUtf8().constData()); !ok)
            return fail(ok);
    // No ANALYZE: CenterDesk never runs it, so the plans measured are the product's.
    if (Status ok = exec("COMMIT"); !ok)
        return fail(ok);
    restore();
    (void)exec("PRAGMA main.wal_checkpoint(TRUNCATE)");
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
    if (Status ok = builder.run(); !ok)
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
