#include "centerdesk/ui/caselistmodel.h"

#include "centerdesk/core/casematchset.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/role.h"
#include "centerdesk/core/servicetier.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/workflow.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <mutex>
#include <optional>
#include <tuple>
#include <utility>

Q_DECLARE_METATYPE(centerdesk::ui::CaseListPage)
Q_DECLARE_METATYPE(centerdesk::ui::CaseListKey)

namespace centerdesk::ui {

namespace {

// What the worker needs to run the list's queries.
struct ListSpec
{
    quint64 generation = 0;
    CaseListFilter filter;
    core::Actor actor;
    int sortColumn = CaseListModel::OpenedColumn;
    Qt::SortOrder order = Qt::DescendingOrder;
    // The search text is answered by cd_case_matches() from a CaseMatchSet
    // installed on the worker's connection (a term matching many cases).
    bool searchByMatchSet = false;
    // The FTS5 expressions of the search words for this store
    // (CaseMatchSet::expressionsOf); empty: the prefix terms of termsOf.
    QStringList searchExpressions;
};

ListSpec makeSpec(quint64 generation, const CaseListFilter& filter, const core::Actor& actor,
                  int sortColumn, Qt::SortOrder order)
{
    ListSpec spec;
    spec.generation = generation;
    spec.filter = filter;
    spec.actor = actor;
    spec.sortColumn = sortColumn;
    spec.order = order;
    return spec;
}

// Kept on the case row by migration 0006's triggers, indexed for sorting.
const QString clockRank = QStringLiteral("c.clock_rank");
const QString nextDue = QStringLiteral("nullif(c.due_key, '9999')");

QString clockStateOfRank(qlonglong rank)
{
    static const QStringList states{QStringLiteral("lapsed"), QStringLiteral("breached"),
                                    QStringLiteral("warning"), QStringLiteral("on-track"),
                                    QStringLiteral("paused")};
    return rank >= 0 && rank < states.size() ? states.at(rank) : QString();
}

// The sort key of a column: never NULL, so that row values compare.
QString sortKeyOf(int column)
{
    switch (column) {
    case CaseListModel::NumberColumn:
        return QStringLiteral("c.number");
    case CaseListModel::TypeColumn:
        return QStringLiteral("c.type");
    case CaseListModel::AccountColumn:
        return QStringLiteral("c.account_name");
    case CaseListModel::StateColumn:
        return QStringLiteral("c.state");
    case CaseListModel::AssigneeColumn:
        return QStringLiteral("c.assignee_name");
    case CaseListModel::PriorityColumn:
        // The expression of the index cases_priority_rank (migration 0006).
        return QStringLiteral("CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 "
                              "WHEN 'normal' THEN 2 ELSE 3 END");
    case CaseListModel::LevelColumn:
        return QStringLiteral("c.escalation_level");
    case CaseListModel::NextDueColumn:
        return QStringLiteral("c.due_key");
    case CaseListModel::ClockColumn:
        return clockRank;
    case CaseListModel::OpenedColumn:
    default:
        return QStringLiteral("c.opened_at");
    }
}

// The FROM and WHERE of every query of the list, with its bindings.
struct Where
{
    QString sql;
    QVariantList bindings;
};

Where whereOf(const ListSpec& spec)
{
    Where where;
    const core::Actor& actor = spec.actor;
    const CaseListFilter& filter = spec.filter;
    // Joined only when a condition or the sort key needs them: every join
    // costs on each of 10^6 rows when the key is not indexed.
    const bool scoped = !actor.isAdmin() && !actor.hasRole(core::Role::HqAnalyst);
    const bool needsAccount = (scoped && actor.hasRole(core::Role::Nam)) || !filter.tier.isEmpty();
    where.sql = QStringLiteral(" FROM cases c");
    if (needsAccount)
        where.sql += QStringLiteral(" JOIN account a ON a.uuid = c.account_uuid");
    QStringList conditions;
    // The visibility of CaseService::list.
    if (scoped) {
        QStringList scope;
        for (const QString& center : actor.centerCodes(core::Role::CenterStaff)) {
            scope << QStringLiteral("c.center_code = ?");
            where.bindings << center;
        }
        QStringList ports =
            actor.portCodes(core::Role::PortOfficial) + actor.portCodes(core::Role::FpfOfficer);
        ports.removeDuplicates();
        for (const QString& port : ports) {
            scope << QStringLiteral("c.port_code = ?");
            where.bindings << port;
        }
        if (actor.hasRole(core::Role::Nam)) {
            scope << QStringLiteral("a.nam_user_uuid = ?");
            where.bindings << actor.userUuid;
        }
        conditions << (scope.isEmpty() ? QStringLiteral("0")
                                       : QLatin1Char('(') + scope.join(QStringLiteral(" OR ")) +
                                             QLatin1Char(')'));
    }
    // A full-text row's case is its rowid >> 24 (migration 0006).
    if (spec.searchByMatchSet) {
        conditions << QStringLiteral("cd_case_matches(c.rowid)");
    } else {
        const QStringList expressions = spec.searchExpressions.isEmpty()
                                            ? core::CaseMatchSet::termsOf(filter.text)
                                            : spec.searchExpressions;
        for (const QString& term : expressions) {
            conditions << QStringLiteral("c.rowid IN (SELECT rowid >> 24 FROM case_search WHERE "
                                         "case_search MATCH ?)");
            where.bindings << term;
        }
    }
    auto equals = [&](const QString& column, const QString& value) {
        if (value.isEmpty())
            return;
        conditions << column + QStringLiteral(" = ?");
        where.bindings << value;
    };
    equals(QStringLiteral("c.type"), filter.type);
    equals(QStringLiteral("c.state"), filter.state);
    equals(QStringLiteral("c.center_code"), filter.centerCode);
    equals(QStringLiteral("c.port_code"), filter.portCode);
    equals(QStringLiteral("c.assignee_name"), filter.assigneeName);
    auto anyOf = [&](const QString& column, const QStringList& values) {
        if (values.isEmpty())
            return;
        conditions << column + QStringLiteral(" IN (") +
                          QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                          QLatin1Char(')');
        for (const QString& value : values)
            where.bindings << value;
    };
    anyOf(QStringLiteral("c.type"), filter.types);
    // Unindexed on purpose (+): a level holds thousands of cases, and walking
    // the list's order to the first page is faster than sorting them all.
    anyOf(QStringLiteral("+c.escalation_level"), filter.escalationLevels);
    if (!filter.tier.isEmpty()) {
        // The tier of AccountService: the highest program in force today.
        conditions << QStringLiteral(
            "coalesce((SELECT max(CASE p.program WHEN 'trusted-trader' THEN 4 WHEN 'isa' THEN 3 "
            "WHEN 'ctpat' THEN 2 WHEN 'participating' THEN 1 END) FROM partner_program p WHERE "
            "p.account_uuid = a.uuid AND p.effective_from <= ? AND (p.effective_to IS NULL OR "
            "p.effective_to >= ?)), 0) = ?");
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        where.bindings << today << today
                       << static_cast<int>(core::tierFromName(filter.tier)
                                               .value_or(core::ServiceTier::Standard));
    }
    if (filter.awaitingAcknowledgement)
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid AND k.kind = "
            "'acknowledgement' AND k.stopped_at IS NULL)");
    if (filter.openOnly)
        conditions << QStringLiteral("c.state_category NOT IN ('resolved', 'closed')");
    if (filter.overdueOnly)
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid AND "
                                     "k.state IN ('breached', 'lapsed'))");
    if (filter.dueWithinDays >= 0) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid AND k.stopped_at IS NULL "
            "AND k.due_at IS NOT NULL AND k.due_at <= ?)");
        where.bindings << core::toStoredTime(
            QDateTime::currentDateTimeUtc().addDays(filter.dueWithinDays));
    }
    if (!conditions.isEmpty())
        where.sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

QString directionOf(const ListSpec& spec, bool backwards)
{
    const bool ascending = (spec.order == Qt::AscendingOrder) != backwards;
    return ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

// One page in two steps: the page's rowids in order (only the sort key is
// computed for every match), then the shown columns of those rows. `limit`
// rows after `from` in the list's order, or (backwards) before it; without
// `from`, the first or (backwards) the last rows.
QString pageSqlOf(const ListSpec& spec, const Where& where, const CaseListKey* from, bool backwards,
                  int offset, int limit, QVariantList& bindings)
{
    const QString key = sortKeyOf(spec.sortColumn);
    const QString direction = directionOf(spec, backwards);
    QString pageSql =
        QStringLiteral("SELECT c.rowid AS rid, ") + key + QStringLiteral(" AS sk") + where.sql;
    bindings = where.bindings;
    if (from) {
        const bool greater = (spec.order == Qt::AscendingOrder) != backwards;
        pageSql += (where.sql.contains(QStringLiteral(" WHERE ")) ? QStringLiteral(" AND ")
                                                                  : QStringLiteral(" WHERE ")) +
                   QStringLiteral("(") + key + QStringLiteral(", c.rowid) ") +
                   (greater ? QStringLiteral(">") : QStringLiteral("<")) +
                   QStringLiteral(" (?, ?)");
        bindings << from->key << from->rowid;
    }
    pageSql += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", c.rowid") +
               direction + QStringLiteral(" LIMIT ?");
    bindings << limit;
    if (offset > 0) {
        pageSql += QStringLiteral(" OFFSET ?");
        bindings << offset;
    }
    return QStringLiteral("WITH page AS MATERIALIZED (") + pageSql +
           QStringLiteral(
               ") SELECT c.uuid, c.number, c.type, c.account_name, c.state, c.assignee_name, "
               "c.priority, c.escalation_level, c.opened_at, ") +
           nextDue + QStringLiteral(", ") + clockRank +
           QStringLiteral(", page.sk, page.rid FROM page CROSS JOIN cases c ON c.rowid = "
                          "page.rid ORDER BY page.sk") +
           direction + QStringLiteral(", page.rid") + direction;
}

} // namespace

std::pair<QString, QVariantList> CaseListModel::firstPageQuery(const core::Actor& actor,
                                                               const CaseListFilter& filter,
                                                               int sortColumn, Qt::SortOrder order)
{
    const ListSpec spec = makeSpec(0, filter, actor, sortColumn, order);
    QVariantList bindings;
    QString sql = pageSqlOf(spec, whereOf(spec), nullptr, false, 0, pageSize, bindings);
    return {sql, bindings};
}

int CaseListModel::countMatching(core::Store& store, const core::Actor& actor,
                                 const CaseListFilter& filter)
{
    const Where where =
        whereOf(makeSpec(0, filter, actor, CaseListModel::OpenedColumn, Qt::DescendingOrder));
    // Kept prepared (forEachRow): My work counts its tiles after every change.
    int count = -1;
    const core::Status counted =
        store.forEachRow(QStringLiteral("SELECT count(*)") + where.sql, where.bindings,
                         [&count](const core::StoreRow& row) {
                             count = static_cast<int>(row.integer(0));
                             return false;
                         });
    return counted ? count : -1;
}

QJsonObject CaseListFilter::toJson() const
{
    QJsonObject json;
    auto put = [&json](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("text", text);
    put("type", type);
    put("state", state);
    put("center", centerCode);
    put("port", portCode);
    put("assignee", assigneeName);
    put("tier", tier);
    if (overdueOnly)
        json.insert(QStringLiteral("overdue"), true);
    if (openOnly)
        json.insert(QStringLiteral("open"), true);
    if (dueWithinDays >= 0)
        json.insert(QStringLiteral("dueWithinDays"), dueWithinDays);
    if (awaitingAcknowledgement)
        json.insert(QStringLiteral("awaitingAcknowledgement"), true);
    if (!types.isEmpty())
        json.insert(QStringLiteral("types"), QJsonArray::fromStringList(types));
    if (!escalationLevels.isEmpty())
        json.insert(QStringLiteral("levels"), QJsonArray::fromStringList(escalationLevels));
    return json;
}

CaseListFilter CaseListFilter::fromJson(const QJsonObject& json)
{
    CaseListFilter filter;
    filter.text = json.value(QStringLiteral("text")).toString();
    filter.type = json.value(QStringLiteral("type")).toString();
    filter.state = json.value(QStringLiteral("state")).toString();
    filter.centerCode = json.value(QStringLiteral("center")).toString();
    filter.portCode = json.value(QStringLiteral("port")).toString();
    filter.assigneeName = json.value(QStringLiteral("assignee")).toString();
    filter.tier = json.value(QStringLiteral("tier")).toString();
    filter.overdueOnly = json.value(QStringLiteral("overdue")).toBool();
    filter.openOnly = json.value(QStringLiteral("open")).toBool();
    filter.dueWithinDays = json.value(QStringLiteral("dueWithinDays")).toInt(-1);
    filter.awaitingAcknowledgement = json.value(QStringLiteral("awaitingAcknowledgement")).toBool();
    for (const QJsonValue& value : json.value(QStringLiteral("types")).toArray())
        filter.types << value.toString();
    for (const QJsonValue& value : json.value(QStringLiteral("levels")).toArray())
        filter.escalationLevels << value.toString();
    return filter;
}

QByteArrayView CaseListPage::utf8(int row, Field field, bool* isNull) const
{
    const Row& entry = m_rows.at(row);
    const qint32 size = entry.size.at(field);
    *isNull = size < 0;
    if (size < 0)
        return {};
    return QByteArrayView(m_text).sliced(entry.begin.at(field), size);
}

QString CaseListPage::text(int row, Field field) const
{
    bool isNull = false;
    const QByteArrayView bytes = utf8(row, field, &isNull);
    return isNull ? QString() : QString::fromUtf8(bytes);
}

QDateTime CaseListPage::time(int row, Field field) const
{
    bool isNull = false;
    const QByteArrayView bytes = utf8(row, field, &isNull);
    return isNull ? QDateTime() : core::fromStoredUtf8(bytes);
}

QString CaseListPage::worstClockState(int row) const
{
    return clockStateOfRank(m_rows.at(row).clockRank);
}

CaseListKey CaseListPage::position(int row) const
{
    const Row& entry = m_rows.at(row);
    if (entry.otherKey.isValid() || entry.size.at(SortKey) < 0) // a number, or NULL
        return CaseListKey{entry.otherKey, entry.rowid};
    return CaseListKey{text(row, SortKey), entry.rowid};
}

void CaseListPage::appendRow(const std::array<QByteArrayView, FieldCount>& fields, qint64 clockRank,
                             const QVariant& otherKey, qint64 rowid)
{
    Row entry;
    for (std::size_t field = 0; field < fields.size(); ++field) {
        const QByteArrayView bytes = fields.at(field);
        entry.begin.at(field) = static_cast<quint32>(m_text.size());
        entry.size.at(field) = bytes.isNull() ? -1 : static_cast<qint32>(bytes.size());
        m_text.append(bytes);
    }
    entry.rowid = rowid;
    entry.otherKey = otherKey;
    entry.clockRank = clockRank;
    m_rows.append(entry);
}

void CaseListPage::reserve(int rows)
{
    // About 200 bytes of text a row (a uuid, a number, an account name...).
    m_text.reserve(static_cast<qsizetype>(rows) * 200);
    m_rows.reserve(rows);
}

void CaseListPage::reverse()
{
    std::reverse(m_rows.begin(), m_rows.end());
}

// Runs the list's SQL in its own thread, on its own store connection.
class CaseListWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListWorker)

public:
    explicit CaseListWorker(std::shared_ptr<std::atomic<quint64>> generation)
        : m_generation(std::move(generation))
    {}

    void open(const QString& path)
    {
        auto store = openWorkerStore(path);
        if (!store) {
            m_openError = store.error().message;
            return;
        }
        const std::lock_guard<std::mutex> lock(m_storeMutex);
        m_store = std::move(store).value();
        m_matchedText.clear(); // a new connection has no cd_case_matches() yet
    }
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_storeMutex);
        m_store.reset();
    }
    // From the GUI thread: the query of a replaced filter or sort stops now
    // (a COUNT or the page anchors over 10^6 rows can take a while).
    void interrupt()
    {
        const std::lock_guard<std::mutex> lock(m_storeMutex);
        if (m_store)
            m_store->interrupt();
    }

    // The first page: what the user waits for. Counting every match can
    // take longer, and only the scrollbar needs it: countAndAnchors, on the
    // other worker, so that scrolling never waits for it.
    void firstPage(const ListSpec& spec)
    {
        if (!prepare(spec))
            return;
        CaseListPage rows;
        if (!readPage(whereOf(m_spec), nullptr, false, 0, CaseListModel::pageSize, rows))
            return;
        const bool complete = rows.size() < CaseListModel::pageSize;
        Q_EMIT resetReady(spec.generation, static_cast<int>(rows.size()), rows, complete);
    }

    // The number of matches, then the position of every page's last row.
    void countAndAnchors(const ListSpec& spec)
    {
        if (!prepare(spec))
            return;
        const Where where = whereOf(m_spec);
        auto count = m_store->run(QStringLiteral("SELECT count(*)") + where.sql, where.bindings);
        if (!count || !count->next()) {
            Q_EMIT failed(spec.generation, count ? QString() : count.error().message);
            return;
        }
        const int total = count->value(0).toInt();
        Q_EMIT countReady(spec.generation, total);
        if (total > CaseListModel::pageSize && !isStale(spec.generation))
            readAnchors(where);
    }

    // One page: the `limit` rows after `from` in the list's order, or
    // (backwards) the `limit` rows before it; without `from`, the first or
    // (backwards) the last rows.
    // With `offset` instead of `from`: the rows that many rows from the start
    // (or, backwards, from the end), for a page far from any loaded one
    // before the anchors are known.
    void fetch(quint64 generation, int page, const std::optional<CaseListKey>& from, bool backwards,
               int offset, int limit)
    {
        if (generation != m_spec.generation || isStale(generation) || !m_store)
            return;
        CaseListPage rows;
        if (readPage(whereOf(m_spec), from ? &*from : nullptr, backwards, offset, limit, rows))
            Q_EMIT pageReady(generation, page, rows);
    }

Q_SIGNALS:
    // The first page; `countKnown` when it holds every match (else countReady follows).
    void resetReady(quint64 generation, int count, const CaseListPage& rows, bool countKnown);
    void countReady(quint64 generation, int count);
    void pageReady(quint64 generation, int page, const CaseListPage& rows);
    void anchorsReady(quint64 generation, const QList<CaseListKey>& anchors);
    void failed(quint64 generation, const QString& message);

private:
    bool isStale(quint64 generation) const { return m_generation->load() != generation; }

    bool prepare(const ListSpec& spec)
    {
        m_spec = spec;
        if (isStale(spec.generation))
            return false;
        if (!m_store) {
            Q_EMIT failed(spec.generation, m_openError);
            return false;
        }
        if (core::CaseMatchSet::termsOf(spec.filter.text).isEmpty())
            return true;
        // The matches are read again only when the words or the store have
        // changed (data_version moves with every commit of another
        // connection), not when the sort or another filter does.
        auto version = m_store->run(QStringLiteral("PRAGMA data_version"));
        const qint64 dataVersion = version && version->next() ? version->value(0).toLongLong() : -1;
        // Finished, for SQLite refuses to replace a function (useCaseMatchSet)
        // while a statement of the connection is active.
        if (version)
            version->finish();
        if (spec.filter.text != m_matchedText || dataVersion != m_matchedVersion ||
            dataVersion < 0) {
            auto expressions = core::CaseMatchSet::expressionsOf(*m_store, spec.filter.text);
            if (!expressions) {
                Q_EMIT failed(spec.generation, expressions.error().message);
                return false;
            }
            // Few matches: SQLite reads them and sorts them. Many: the list
            // walks its own order and asks the bitmap (a page is found after
            // a few hundred rows), whose blocks are read as the walk reaches them.
            auto matches = core::CaseMatchSet::read(*m_store, *expressions);
            if (!matches) {
                Q_EMIT failed(spec.generation, matches.error().message);
                return false;
            }
            m_matchedText = spec.filter.text;
            m_matchedVersion = dataVersion;
            m_matchedExpressions = *expressions;
            m_matchSetInstalled = false;
            if (!(*matches)->isFew()) {
                const core::Status installed = core::useCaseMatchSet(*m_store, *matches);
                m_matchSetInstalled = installed.ok();
                if (!installed) // still right, only slower: SQLite reads every match
                    qWarning("case list: %s", qPrintable(installed.error().message));
            }
        }
        m_spec.searchExpressions = m_matchedExpressions;
        m_spec.searchByMatchSet = m_matchSetInstalled;
        return true;
    }

    bool readPage(const Where& where, const CaseListKey* from, bool backwards, int offset,
                  int limit, CaseListPage& rows)
    {
        QVariantList bindings;
        const QString sql = pageSqlOf(m_spec, where, from, backwards, offset, limit, bindings);
        rows.reserve(limit);
        const core::Status read =
            m_store->forEachRow(sql, bindings, [&rows](const core::StoreRow& value) {
                // The columns of pageSqlOf, in the order of CaseListPage::Field.
                std::array<QByteArrayView, CaseListPage::FieldCount> fields;
                for (int column = 0; column < CaseListPage::SortKey; ++column)
                    fields.at(static_cast<std::size_t>(column)) = value.utf8(column);
                // A key of another type keeps its type: it is bound back as is.
                QVariant otherKey;
                if (value.type(11) == core::StoreRow::Type::Text)
                    fields.at(CaseListPage::SortKey) = value.utf8(11);
                else
                    otherKey = value.value(11);
                rows.appendRow(fields, value.integer(10), otherKey, value.integer(12));
                return true;
            });
        if (!read) {
            Q_EMIT failed(m_spec.generation, read.error().message);
            return false;
        }
        if (backwards)
            rows.reverse();
        return true;
    }

    // The position of the last row of every page, so that any page can be
    // read by its keyset without OFFSET; SQLite numbers the rows itself and
    // only the anchors cross into Qt.
    void readAnchors(const Where& where)
    {
        const QString key = sortKeyOf(m_spec.sortColumn);
        const QString sql = QStringLiteral("SELECT sk, rid FROM (SELECT ") + key +
                            QStringLiteral(" AS sk, c.rowid AS rid, row_number() OVER (ORDER BY ") +
                            key + directionOf(m_spec, false) + QStringLiteral(", c.rowid") +
                            directionOf(m_spec, false) + QStringLiteral(") AS rn") + where.sql +
                            QStringLiteral(") WHERE rn % ? = 0 ORDER BY rn");
        QVariantList bindings = where.bindings;
        bindings << CaseListModel::pageSize;
        auto query = m_store->run(sql, bindings);
        if (!query) {
            Q_EMIT failed(m_spec.generation, query.error().message);
            return;
        }
        QList<CaseListKey> anchors;
        while (query->next())
            anchors.append(CaseListKey{query->value(0), query->value(1).toLongLong()});
        Q_EMIT anchorsReady(m_spec.generation, anchors);
    }

    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::mutex m_storeMutex; // guards m_store's lifetime against interrupt()
    std::unique_ptr<core::Store> m_store;
    QString m_openError;
    // The search whose matches cd_case_matches() answers on this connection.
    QString m_matchedText;
    QStringList m_matchedExpressions;
    qint64 m_matchedVersion = -1;
    bool m_matchSetInstalled = false;
    ListSpec m_spec;
};

CaseListModel::CaseListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_actor(session.actor())
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<CaseListPage>();
    qRegisterMetaType<CaseListKey>();
    qRegisterMetaType<QList<CaseListKey>>();

    m_fetchTimer = new QTimer(this);
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &CaseListModel::requestWantedPages);

    // Two workers, each with its own thread and connection: pages on one,
    // the count and page anchors (which read every match) on the other.
    const QString path = session.store().path();
    for (auto [thread, worker, name] :
         {std::tuple{&m_thread, &m_worker, "caselist"},
          std::tuple{&m_countThread, &m_countWorker, "caselist-count"}}) {
        *thread = new QThread(this);
        (*thread)->setObjectName(QLatin1String(name));
        *worker = new CaseListWorker(m_generation);
        (*worker)->moveToThread(*thread);
        connect(*worker, &CaseListWorker::failed, this, &CaseListModel::onFailed);
        (*thread)->start();
        QMetaObject::invokeMethod(*worker, [opened = *worker, path] { opened->open(path); });
    }
    // Nobody waits for the count and the anchors; the pages are waited for.
    QMetaObject::invokeMethod(m_countWorker, [] { lowerThisThreadsPriority(); });
    connect(m_worker, &CaseListWorker::resetReady, this, &CaseListModel::onReset);
    connect(m_worker, &CaseListWorker::pageReady, this, &CaseListModel::onPage);
    connect(m_countWorker, &CaseListWorker::countReady, this, &CaseListModel::onCount);
    connect(m_countWorker, &CaseListWorker::anchorsReady, this, &CaseListModel::onAnchors);
    restart();
}

CaseListModel::~CaseListModel()
{
    // Each worker's connection closes in its own thread.
    m_generation->fetch_add(1);
    for (auto [thread, worker] :
         {std::pair{m_thread, m_worker}, std::pair{m_countThread, m_countWorker}}) {
        worker->interrupt();
        QMetaObject::invokeMethod(
            worker, [closing = worker] { closing->close(); }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete worker;
    }
}

void CaseListModel::setFilter(const CaseListFilter& filter)
{
    m_filter = filter;
    restart();
}

void CaseListModel::reload()
{
    restart();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}

namespace {} // namespace

void CaseListModel::restart()
{
    m_sinceChange.start();
    const quint64 generation = m_generation->fetch_add(1) + 1;
    m_wanted.clear();
    m_requested.clear();
    m_loading = true;
    m_worker->interrupt();
    m_countWorker->interrupt();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, spec = makeSpec(generation, m_filter, m_actor, m_sortColumn,
                                                      m_sortOrder)] { worker->firstPage(spec); });
}

void CaseListModel::onReset(quint64 generation, int count, const CaseListPage& rows,
                            bool countKnown)
{
    if (generation != m_generation->load())
        return;
    m_loading = false;
    m_countKnown = countKnown;
    beginResetModel();
    m_count = count;
    m_pages.clear();
    m_anchors.clear();
    m_wanted.clear();
    m_requested.clear();
    m_ready = true;
    if (!rows.isEmpty())
        storePage(0, rows);
    endResetModel();
    Q_EMIT firstPageReady(m_sinceChange.elapsed());
    if (countKnown)
        Q_EMIT countKnownChanged(m_count);
    else
        QMetaObject::invokeMethod(
            m_countWorker, [worker = m_countWorker, spec = makeSpec(generation, m_filter, m_actor,
                                                                    m_sortColumn, m_sortOrder)] {
                worker->countAndAnchors(spec);
            });
}

void CaseListModel::onCount(quint64 generation, int count)
{
    if (generation != m_generation->load())
        return;
    // The rows past the first page appear; they load as they come into view.
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
    m_countKnown = true;
    Q_EMIT countKnownChanged(m_count);
}

void CaseListModel::onPage(quint64 generation, int page, const CaseListPage& rows)
{
    if (generation != m_generation->load())
        return;
    m_requested.remove(page);
    storePage(page, rows);
    const int first = page * pageSize;
    const int last = std::min(m_count, first + static_cast<int>(rows.size())) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    // A neighbour's edge may be what another wanted page was waiting for.
    if (!m_wanted.isEmpty())
        m_fetchTimer->start();
}

void CaseListModel::onAnchors(quint64 generation, const QList<CaseListKey>& anchors)
{
    if (generation != m_generation->load())
        return;
    m_anchors = anchors;
    if (!m_wanted.isEmpty())
        m_fetchTimer->start();
}

void CaseListModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation->load())
        return;
    m_loading = false;
    Q_EMIT failed(message.isEmpty() ? tr("The case list could not be read.") : message);
}

void CaseListModel::storePage(int page, CaseListPage rows)
{
    m_pages.insert(page, Page{std::move(rows), ++m_useCounter});
    while (m_pages.size() > maxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != page && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

int CaseListModel::pageCount() const
{
    return (m_count + pageSize - 1) / pageSize;
}

void CaseListModel::requestWantedPages()
{
    const quint64 generation = m_generation->load();
    const int lastPage = pageCount() - 1;
    const QSet<int> wanted = m_wanted;
    for (const int page : wanted) {
        if (page < 0 || page > lastPage || m_pages.contains(page) || m_requested.contains(page)) {
            m_wanted.remove(page);
            continue;
        }
        std::optional<CaseListKey> from;
        bool backwards = false;
        int offset = 0;
        int limit = pageSize;
        if (page == 0) {
            // the first rows
        } else if (m_pages.contains(page - 1) && !m_pages.value(page - 1).rows.isEmpty()) {
            const CaseListPage& previous = m_pages.value(page - 1).rows;
            from = previous.position(previous.size() - 1);
        } else if (page - 1 < m_anchors.size()) {
            from = m_anchors.at(page - 1);
        } else if (page == lastPage) {
            backwards = true; // the last rows
            limit = m_count - page * pageSize;
        } else if (m_pages.contains(page + 1) && !m_pages.value(page + 1).rows.isEmpty()) {
            from = m_pages.value(page + 1).rows.position(0);
            backwards = true;
        } else if (m_countKnown) {
            // Far from any loaded page before the anchors are known: counted
            // from the nearer end, so at most half the matches are stepped over.
            const int end = std::min(m_count, (page + 1) * pageSize);
            backwards = m_count - end < page * pageSize;
            offset = backwards ? m_count - end : page * pageSize;
            limit = end - page * pageSize;
        } else {
            continue; // waits for the count or a loaded neighbour
        }
        m_wanted.remove(page);
        m_requested.insert(page);
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, generation, page, from, backwards, offset, limit] {
                worker->fetch(generation, page, from, backwards, offset, limit);
            });
    }
}

std::pair<const CaseListPage*, int> CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return {nullptr, -1};
    const auto it = m_pages.find(row / pageSize);
    if (it == m_pages.end() || row % pageSize >= it->rows.size())
        return {nullptr, -1};
    it->lastUse = ++m_useCounter;
    return {&it->rows, row % pageSize};
}

QString CaseListModel::uuidAt(int row) const
{
    const auto [page, index] = rowAt(row);
    return page ? page->text(index, CaseListPage::Uuid) : QString();
}

bool CaseListModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= m_count)
        return false;
    const auto it = m_pages.constFind(row / pageSize);
    return it != m_pages.cend() && row % pageSize < it->rows.size();
}

int CaseListModel::loadedRowCount() const
{
    qsizetype rows = 0;
    for (const Page& page : std::as_const(m_pages))
        rows += page.rows.size();
    return static_cast<int>(rows);
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor CaseListModel::clockColor(const QString& state)
{
    if (state == QLatin1String("lapsed"))
        return QColor(0x5b, 0x1a, 0x8c);
    if (state == QLatin1String("breached"))
        return QColor(0xc6, 0x28, 0x28);
    if (state == QLatin1String("warning"))
        return QColor(0xef, 0x9a, 0x00);
    if (state == QLatin1String("on-track"))
        return QColor(0x2e, 0x7d, 0x32);
    if (state == QLatin1String("paused"))
        return QColor(0x90, 0x90, 0x90);
    return {};
}

QString CaseListModel::clockLabel(const QString& state)
{
    if (state == QLatin1String("lapsed"))
        return tr("Lapsed");
    if (state == QLatin1String("breached"))
        return tr("Breached");
    if (state == QLatin1String("warning"))
        return tr("Warning");
    if (state == QLatin1String("on-track"))
        return tr("On track");
    if (state == QLatin1String("paused"))
        return tr("Paused");
    return {};
}

QString CaseListModel::clockExplanation(const QString& state)
{
    const QString worst = tr("The worst of the case's running clocks.");
    if (state == QLatin1String("lapsed"))
        return worst + QLatin1Char(' ') + tr("A statutory deadline has passed.");
    if (state == QLatin1String("breached"))
        return worst + QLatin1Char(' ') + tr("A service-level target has been missed.");
    if (state == QLatin1String("warning"))
        return worst + QLatin1Char(' ') + tr("A clock is close to its due time.");
    if (state == QLatin1String("on-track"))
        return worst + QLatin1Char(' ') + tr("Every running clock is within its target.");
    if (state == QLatin1String("paused"))
        return worst + QLatin1Char(' ') +
               tr("The clocks are paused while the case waits on the trade.");
    return tr("No clock is running.");
}

namespace {

QString typeLabel(const QString& type)
{
    const core::WorkflowDefinition* definition = core::WorkflowRegistry::builtIn().find(type);
    return definition ? definition->label : type;
}

QString stateLabel(const QString& type, const QString& state)
{
    const core::WorkflowDefinition* definition = core::WorkflowRegistry::builtIn().find(type);
    const core::WorkflowState* found = definition ? definition->state(state) : nullptr;
    return found ? found->label : state;
}

QString priorityLabel(const QString& priority)
{
    if (priority == QLatin1String("low"))
        return CaseListModel::tr("Low");
    if (priority == QLatin1String("high"))
        return CaseListModel::tr("High");
    if (priority == QLatin1String("urgent"))
        return CaseListModel::tr("Urgent");
    return CaseListModel::tr("Normal");
}

} // namespace

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [page, row] = rowAt(index.row());
    if (!page) {
        const int pageNumber = index.row() / pageSize;
        if (m_ready && !m_wanted.contains(pageNumber) && !m_requested.contains(pageNumber)) {
            m_wanted.insert(pageNumber);
            m_fetchTimer->start();
        }
        if (role == Qt::DisplayRole && index.column() == NumberColumn)
            return tr("Loading…");
        return {};
    }
    const auto text = [page = page, row = row](CaseListPage::Field field) {
        return page->text(row, field);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return text(CaseListPage::Number);
        case TypeColumn:
            return typeLabel(text(CaseListPage::Type));
        case AccountColumn:
            return text(CaseListPage::AccountName);
        case StateColumn:
            return stateLabel(text(CaseListPage::Type), text(CaseListPage::State));
        case AssigneeColumn:
            return text(CaseListPage::AssigneeName);
        case PriorityColumn:
            return priorityLabel(text(CaseListPage::Priority));
        case LevelColumn:
            return text(CaseListPage::EscalationLevel);
        case OpenedColumn:
            return QLocale().toString(page->time(row, CaseListPage::OpenedAt).toLocalTime().date(),
                                      QLocale::ShortFormat);
        case NextDueColumn: {
            const QDateTime due = page->time(row, CaseListPage::NextDue);
            return due.isValid() ? QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
        }
        case ClockColumn:
            return clockLabel(page->worstClockState(row));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ClockColumn) {
            const QString state = page->worstClockState(row);
            if (!state.isEmpty())
                return clockColor(state);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ClockColumn)
            return clockExplanation(page->worstClockState(row));
        if (index.column() == NextDueColumn)
            return tr("The earliest due time of the running service-level clocks.");
        return {};
    case UuidRole:
        return text(CaseListPage::Uuid);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TypeColumn:
        return tr("Type");
    case AccountColumn:
        return tr("Account");
    case StateColumn:
        return tr("State");
    case AssigneeColumn:
        return tr("Assignee");
    case PriorityColumn:
        return tr("Priority");
    case LevelColumn:
        return tr("Level");
    case OpenedColumn:
        return tr("Opened");
    case NextDueColumn:
        return tr("Next due");
    case ClockColumn:
        return tr("Clock");
    default:
        return {};
    }
}

} // namespace centerdesk::ui

#include "caselistmodel.moc"
