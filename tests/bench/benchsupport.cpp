#include "benchsupport.h"

#include "centerdesk/core/error.h"
#include "centerdesk/core/store.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>

namespace centerdesk::bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

void printTable(const QList<Figure>& figures)
{
    std::printf("\n%-44s %10s %10s %12s %7s %8s %s\n", "figure", "median ms", "p95 ms",
                "sqlite3 ms", "ratio", "budget", "");
    for (const Figure& figure : figures) {
        const double median = percentile(figure.samples, 0.5);
        const double p95 = figure.single ? median : percentile(figure.samples, 0.95);
        const double reference = percentile(figure.reference, 0.5);
        const double quotient = reference > 0 && median >= 0 ? median / reference : -1;
        const QString ratio = quotient < 0 ? QStringLiteral("-")
                                           : QString::number(quotient, 'f', quotient < 1 ? 2 : 1);
        const QString verdict = figure.budget <= 0     ? QString()
                                : median < 0           ? QStringLiteral("FAILED")
                                : p95 <= figure.budget ? QStringLiteral("met")
                                                       : QStringLiteral("MISSED");
        const auto number = [](double value, int decimals) {
            return value >= 0 ? QString::number(value, 'f', decimals) : QStringLiteral("-");
        };
        const int decimals = reference >= 0 && reference < 10 ? 2 : 1;
        std::printf("%-44s %10s %10s %12s %7s %8s %s\n", qPrintable(figure.name),
                    qPrintable(number(median, 1)), figure.single ? "" : qPrintable(number(p95, 1)),
                    qPrintable(number(reference, decimals)), qPrintable(ratio),
                    figure.budget > 0 ? qPrintable(QString::number(figure.budget)) : "-",
                    qPrintable(verdict));
    }
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + qint64(now.tv_nsec);
}

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

double msSince(qint64 fromNs)
{
    return msBetween(fromNs, monotonicNs());
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

QString sqlQuote(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString sqlLiteral(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("X'") + QString::fromLatin1(value.toByteArray().toHex()) +
               QLatin1Char('\'');
    default:
        return sqlQuote(value.toString());
    }
}

QString inlineBindings(const QString& sql, const QVariantList& bindings)
{
    QString out;
    out.reserve(sql.size() + 64);
    qsizetype next = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? sql.size() : end;
            out += sql.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('?')) {
            out += sqlLiteral(bindings.value(next++));
        } else {
            out += c;
        }
    }
    return out;
}

namespace {

bool printSql = false;

int traceStatement(unsigned type, void* context, void* statement, void* text)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    const char* sql = static_cast<const char*>(text);
    if (sql && sql[0] == '-' && sql[1] == '-')
        return 0; // a statement of a trigger
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (expanded) {
        static_cast<StatementTrace*>(context)->add(QString::fromUtf8(expanded));
        sqlite3_free(expanded);
    }
    return 0;
}

sqlite3* handleOf(core::Store& store)
{
    const QVariant handle = store.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace

StatementTrace::StatementTrace(core::Store& store)
{
    sqlite3* db = handleOf(store);
    m_handle = db;
    if (db)
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, traceStatement, this);
}

StatementTrace::~StatementTrace()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

QStringList traceRolledBack(core::Store& store, const std::function<void()>& work)
{
    StatementTrace trace(store);
    (void)store.transaction([&]() -> core::Status {
        work();
        return core::Error::invalid(QStringLiteral("benchmark"), QStringLiteral("rollback"),
                                    QStringLiteral("rolled back by the benchmark"));
    });
    return trace.statements();
}

void setPrintSql(bool print)
{
    printSql = print;
}

bool sqlite3Available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

namespace {

// The statements of a reference, for --print-sql.
void showStatements(const QStringList& statements)
{
    if (!printSql)
        return;
    std::printf("-- sqlite3 reference, %lld statement(s):\n",
                static_cast<long long>(statements.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(statements.size(), 60); ++i)
        std::printf("%s;\n", qPrintable(statements.at(i).left(4000)));
    if (statements.size() > 60)
        std::printf("-- ... %lld more\n", static_cast<long long>(statements.size() - 60));
    std::fflush(stdout);
}

struct ProcessRun
{
    double ms = -1;
    QList<double> timers; // the "Run Time: real" values, in ms
    QString error;
};

// The settings of every CenterDesk connection (Store::configureConnection).
// No checkpoint when sqlite3 closes: a sqlite3 process that believes it is
// the last connection deletes the WAL and its -shm. Store::open reads the
// file's header with a plain open() and close(), which drops every POSIX
// lock this process holds on the store (sqlite.org/howtocorrupt.html 2.2),
// so sqlite3 could delete them under the benchmark's open connections.
QByteArray prelude()
{
    return ".output /dev/null\n.dbconfig no_ckpt_on_close on\n.timeout 5000\nPRAGMA "
           "foreign_keys=ON;\nPRAGMA synchronous=FULL;\nPRAGMA cache_size=-32768;\nPRAGMA "
           "temp_store=MEMORY;\n";
}

QByteArray unitOf(const QStringList& statements)
{
    QByteArray unit;
    for (const QString& statement : statements)
        unit += statement.toUtf8() + ";\n";
    return unit;
}

ProcessRun runSqlite3(const QString& file, const QByteArray& script)
{
    ProcessRun run;
    QTemporaryFile scriptFile;
    if (!scriptFile.open() || scriptFile.write(script) != script.size()) {
        run.error = QStringLiteral("cannot write the sqlite3 script");
        return run;
    }
    scriptFile.close();
    QProcess process;
    process.setStandardInputFile(scriptFile.fileName());
    process.setProgram(QStringLiteral("sqlite3"));
    process.setArguments({QStringLiteral("-batch"), QStringLiteral("-bail"), file});
    const qint64 start = monotonicNs();
    process.start();
    if (!process.waitForFinished(-1)) {
        run.error = QStringLiteral("sqlite3 did not finish: ") + process.errorString();
        return run;
    }
    run.ms = msSince(start);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitCode() != 0 || !err.isEmpty()) {
        run.error = err.isEmpty() ? QStringLiteral("sqlite3 exited with %1").arg(process.exitCode())
                                  : err.left(300);
        run.ms = -1;
        return run;
    }
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (auto it = timer.globalMatch(out); it.hasNext();)
        run.timers << it.next().captured(1).toDouble() * 1000.0;
    return run;
}

// Sums the timer values of each unit of `count` statements.
QList<double> perUnit(const QList<double>& timers, qsizetype count)
{
    QList<double> sums;
    for (qsizetype i = 0; count > 0 && i + count <= timers.size(); i += count) {
        double sum = 0;
        for (qsizetype j = 0; j < count; ++j)
            sum += timers.at(i + j);
        sums << sum;
    }
    return sums;
}

} // namespace

Sqlite3Timing timeInSqlite3(const QString& file, const QStringList& statements, int runs)
{
    Sqlite3Timing timing;
    if (statements.isEmpty() || !sqlite3Available())
        return timing;
    showStatements(statements);
    const QByteArray unit = unitOf(statements);
    QByteArray timed = prelude() + unit + ".timer on\n";
    for (int run = 0; run < runs; ++run)
        timed += unit;
    const ProcessRun first = runSqlite3(file, timed);
    if (!first.error.isEmpty()) {
        timing.error = first.error;
        return timing;
    }
    const QList<double> timerMs = perUnit(first.timers, statements.size());
    const double median = percentile(timerMs, 0.5);
    if (median >= 20) {
        timing.ms = timerMs;
        timing.repeat = 1;
        return timing;
    }
    const int k = std::clamp(static_cast<int>(std::lround(60.0 / std::max(median, 0.25))), 2, 400);
    QByteArray measured = prelude() + unit;
    QByteArray baseline = prelude() + unit;
    for (int i = 0; i < k; ++i) {
        measured += unit;
        for (qsizetype j = 0; j < statements.size(); ++j)
            baseline += "SELECT 1;\n";
    }
    for (int run = 0; run < runs; ++run) {
        const ProcessRun base = runSqlite3(file, baseline);
        const ProcessRun with = runSqlite3(file, measured);
        if (!base.error.isEmpty() || !with.error.isEmpty()) {
            timing.error = base.error.isEmpty() ? with.error : base.error;
            timing.ms.clear();
            return timing;
        }
        timing.ms << std::max(0.0, (with.ms - base.ms) / k);
    }
    timing.repeat = k;
    return timing;
}

namespace {

// R fresh sqlite3 processes running `script`; `figure` reads each run's time.
Sqlite3Timing timeSqlite3Runs(const QString& file, const QStringList& statements, int runs,
                              const std::function<void(int)>& before, const QByteArray& script,
                              const std::function<double(const ProcessRun&)>& figure)
{
    Sqlite3Timing timing;
    if (statements.isEmpty() || !sqlite3Available())
        return timing;
    showStatements(statements);
    for (int run = 0; run < runs; ++run) {
        if (before)
            before(run);
        const ProcessRun one = runSqlite3(file, script);
        if (!one.error.isEmpty()) {
            timing.error = one.error;
            timing.ms.clear();
            return timing;
        }
        timing.ms << figure(one);
    }
    timing.repeat = 1;
    return timing;
}

} // namespace

Sqlite3Timing timeSqlite3Process(const QString& file, const QStringList& statements, int runs,
                                 const std::function<void(int)>& before)
{
    return timeSqlite3Runs(file, statements, runs, before, prelude() + unitOf(statements),
                           [](const ProcessRun& one) { return one.ms; });
}

Sqlite3Timing timeSqlite3Timer(const QString& file, const QStringList& statements, int runs,
                               const std::function<void(int)>& before)
{
    return timeSqlite3Runs(file, statements, runs, before,
                           prelude() + ".timer on\n" + unitOf(statements),
                           [](const ProcessRun& one) {
                               double sum = 0;
                               for (const double value : one.timers)
                                   sum += value;
                               return sum;
                           });
}

} // namespace centerdesk::bench
