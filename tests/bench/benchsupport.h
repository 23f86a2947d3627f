// What every part of the benchmark shares: the figures of the table, the
// monotonic clock, and the sqlite3 reference (the same SQL by the sqlite3
// command-line tool, timed precisely).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace centerdesk::core {
class Store;
}

namespace centerdesk::bench {

// One line of the table: samples and sqlite3 reference in milliseconds.
struct Figure
{
    QString name = {};
    QList<double> samples = {};
    QList<double> reference = {}; // empty: no reference
    double budget = 0;            // 0: no budget
    bool single = false;          // one value (a maximum, a percentile): no p95 column
};

double percentile(QList<double> values, double p);
void printTable(const QList<Figure>& figures);

// CLOCK_MONOTONIC in nanoseconds: the same clock in every process of the machine.
qint64 monotonicNs();
double msBetween(qint64 fromNs, qint64 toNs);
double msSince(qint64 fromNs);
// Processor time of the calling thread, in ms.
double threadCpuMs();

// Peak resident set of this process (VmHWM), in kB; -1 when unknown.
qint64 peakRssKb();

// A value as an SQL literal; `sql` with each positional `?` outside quotes
// and comments replaced by its binding as a literal.
QString sqlLiteral(const QVariant& value);
QString inlineBindings(const QString& sql, const QVariantList& bindings);
QString sqlQuote(const QString& text);

// The statements a store's connection runs while the trace lives, as
// sqlite3_expanded_sql gives them (bindings inlined); the statements that
// triggers run are left out (replaying their statement fires them again).
class StatementTrace final
{
public:
    explicit StatementTrace(core::Store& store);
    ~StatementTrace();
    StatementTrace(const StatementTrace&) = delete;
    StatementTrace& operator=(const StatementTrace&) = delete;

    const QStringList& statements() const { return m_statements; }
    void add(const QString& statement) { m_statements << statement; }

private:
    void* m_handle = nullptr;
    QStringList m_statements;
};

// Runs `work` inside a transaction that is then rolled back and returns the
// statements it ran (from BEGIN IMMEDIATE to ROLLBACK): a write traced so
// that sqlite3 can repeat it on the same store.
QStringList traceRolledBack(core::Store& store, const std::function<void()>& work);

bool sqlite3Available();
// When set, every sqlite3 reference prints its statements (to run by hand).
void setPrintSql(bool print);

// Milliseconds per execution of `statements` (one unit: a page query, the
// reads of a case open) by the sqlite3 tool on `file`, one value per run,
// warm: every sqlite3 process first runs the unit once untimed, with the
// page cache and temp store of a CenterDesk connection. A unit of 20 ms or
// more is timed by `.timer on` (1 ms resolution); a faster one k times in
// one process, minus the same process with each statement replaced by
// `SELECT 1` (k such that the k runs take about 60 ms), divided by k.
struct Sqlite3Timing
{
    QList<double> ms;
    int repeat = 0; // k of the difference method; 1 for .timer
    QString error;  // what sqlite3 reported when the statements failed
};
Sqlite3Timing timeInSqlite3(const QString& file, const QStringList& statements, int runs);

// Wall time of whole sqlite3 processes, from launch to exit, each running
// `statements` once on `file` (cold process, warm file cache); `before`
// runs untimed before each process (e.g. to make a fresh copy of `file`).
Sqlite3Timing timeSqlite3Process(const QString& file, const QStringList& statements, int runs,
                                 const std::function<void(int)>& before = {});

// The same, with `.timer on`: the sum of the statements' times in each
// process (for statements that change the file, so cannot warm up first).
Sqlite3Timing timeSqlite3Timer(const QString& file, const QStringList& statements, int runs,
                               const std::function<void(int)>& before = {});

} // namespace centerdesk::bench
