#pragma once

#include "centerdesk/core/actor.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>
#include <array>
#include <atomic>
#include <memory>
#include <utility>

class QThread;

namespace centerdesk::core {
class Store;
}
class QTimer;

namespace centerdesk::ui {

class Session;

// What the case list shows; empty strings and negative numbers mean "any".
struct CaseListFilter final
{
    QString text; // full text: each word a prefix of a word in the case or its comments
    QString type;
    QString state;
    QString centerCode;
    QString portCode;
    QString assigneeName;
    bool overdueOnly = false;             // a clock breached or lapsed
    bool openOnly = false;                // neither resolved nor closed
    int dueWithinDays = -1;               // a running clock due within this many days from now
    QStringList types;                    // a queue's case types (any of them)
    QStringList escalationLevels;         // a queue's escalation levels (any of them)
    QString tier;                         // the account's tier today (tierName)
    bool awaitingAcknowledgement = false; // escalated here, not acknowledged yet

    QJsonObject toJson() const;
    static CaseListFilter fromJson(const QJsonObject& json);

    friend bool operator==(const CaseListFilter&, const CaseListFilter&) = default;
};

// Where a row stands in the list's order: its sort key and rowid.
struct CaseListKey final
{
    QVariant key;
    qint64 rowid = 0;
};

// One page of the list as the worker read it: the texts of its rows in one
// UTF-8 buffer, made into QStrings only when a view asks for a cell. A view
// shows a few dozen of a page's rows, and making QStrings and QDateTimes of
// every cell of every row took longer than the page's query itself.
class CaseListPage final
{
public:
    enum Field
    {
        Uuid,
        Number,
        Type,
        AccountName,
        State,
        AssigneeName,
        Priority,
        EscalationLevel,
        OpenedAt,
        NextDue,
        SortKey, // a text key (see appendRow)
        FieldCount
    };

    int size() const { return static_cast<int>(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // A null QString for NULL.
    QString text(int row, Field field) const;
    // An invalid QDateTime for NULL.
    QDateTime time(int row, Field field) const;
    // lapsed breached warning on-track paused, or empty
    QString worstClockState(int row) const;
    CaseListKey position(int row) const;

    // One row from the worker: each field's UTF-8 (a null view for NULL),
    // the worst clock's rank, the sort key (a text one as the SortKey field,
    // any other in `otherKey`, which is then valid) and the rowid.
    void appendRow(const std::array<QByteArrayView, FieldCount>& fields, qint64 clockRank,
                   const QVariant& otherKey, qint64 rowid);
    void reserve(int rows);
    void reverse();

private:
    struct Row
    {
        std::array<quint32, FieldCount> begin{};
        std::array<qint32, FieldCount> size{}; // -1: NULL
        qint64 rowid = 0;
        QVariant otherKey; // a number needs no allocation in a QVariant
        qint64 clockRank = -1;
    };
    QByteArrayView utf8(int row, Field field, bool* isNull) const;

    QByteArray m_text;
    QList<Row> m_rows;
};

class CaseListWorker;

// The cases the signed-in actor may see (the visibility of
// CaseService::list), for 10^6 cases: keyset pages of `pageSize` rows read
// by a worker thread with its own store connection, a bounded LRU cache of
// pages, and a row count from a COUNT query so the scrollbar is right from
// the first page. Rows not loaded yet show "Loading..." and ask for their
// page. sort() re-queries with the column as the key; the GUI thread never
// runs SQL for the list.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column
    {
        NumberColumn,
        TypeColumn,
        AccountColumn,
        StateColumn,
        AssigneeColumn,
        PriorityColumn,
        LevelColumn,
        OpenedColumn,
        NextDueColumn,
        ClockColumn,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 50;

    explicit CaseListModel(Session& session, QObject* parent = nullptr);
    ~CaseListModel() override;

    // Re-queries with `filter`; the rows change when the first page arrives.
    void setFilter(const CaseListFilter& filter);
    const CaseListFilter& filter() const { return m_filter; }
    // Re-queries with the same filter and order (after a change to cases).
    void reload();

    // The uuid of the case in `row`, or an empty string while it is loading.
    QString uuidAt(int row) const;
    bool isRowLoaded(int row) const;
    // Rows held in the page cache.
    int loadedRowCount() const;
    // True once the first page of the current filter and order has arrived.
    bool isReady() const { return m_ready; }
    // True from a filter, sort or reload until its first page arrives (the
    // previous rows stay on screen meanwhile, so nothing flickers).
    bool isLoading() const { return m_loading; }
    // False between the first page and the count of every match (a large
    // list shows its first page before it is counted).
    bool isCountKnown() const { return m_countKnown; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // How many cases `actor` sees that match `filter`, counted on `store`
    // (for My work's tiles, on a worker's own connection); -1 on error.
    // The SQL and bindings of the first page the list reads for this filter
    // and sort: the benchmark runs the same statement in the sqlite3 tool.
    // (A search matching many cases is answered from a bitmap of the matches
    // instead, which the sqlite3 tool does not have: this gives the SQL form.)
    static std::pair<QString, QVariantList> firstPageQuery(const core::Actor& actor,
                                                           const CaseListFilter& filter,
                                                           int sortColumn, Qt::SortOrder order);
    static int countMatching(core::Store& store, const core::Actor& actor,
                             const CaseListFilter& filter);

    // The chip colour and the explanation of a worst clock state.
    static QColor clockColor(const QString& state);
    static QString clockLabel(const QString& state);
    static QString clockExplanation(const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The first page after a filter, sort or reload arrived, `milliseconds` after the change.
    void firstPageReady(qint64 milliseconds);
    // Every match is counted: rowCount() is final.
    void countKnownChanged(int count);
    void failed(const QString& message);

private:
    struct Page
    {
        CaseListPage rows;
        quint64 lastUse = 0;
    };

    void restart();
    void requestWantedPages();
    void onReset(quint64 generation, int count, const CaseListPage& rows, bool countKnown);
    void onCount(quint64 generation, int count);
    void onPage(quint64 generation, int page, const CaseListPage& rows);
    void onAnchors(quint64 generation, const QList<CaseListKey>& anchors);
    void onFailed(quint64 generation, const QString& message);
    void storePage(int page, CaseListPage rows);
    // The loaded page of `row` and the row's index in it, or {nullptr, -1}.
    std::pair<const CaseListPage*, int> rowAt(int row) const;
    int pageCount() const;

    core::Actor m_actor;
    CaseListFilter m_filter;
    int m_sortColumn = OpenedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    bool m_ready = false;
    bool m_loading = false;
    bool m_countKnown = false;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable QSet<int> m_wanted;   // pages asked for by data(), not yet requested
    QSet<int> m_requested;        // pages the worker is reading
    QList<CaseListKey> m_anchors; // last row's position of each page, once known
    QTimer* m_fetchTimer = nullptr;
    QElapsedTimer m_sinceChange;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread* m_thread = nullptr;
    CaseListWorker* m_worker = nullptr; // pages
    QThread* m_countThread = nullptr;
    CaseListWorker* m_countWorker = nullptr; // the count, then the anchors
};

} // namespace centerdesk::ui
