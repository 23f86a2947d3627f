// CenterDesk benchmark (not a test): on a generated store, the median and
// 95th percentile of what a user waits for, each beside the same SQL run by
// the sqlite3 command-line tool on the same file, and the ratio.
//   bench_centerdesk [--cases N] [--store PATH] [--runs R]
// Without --store it generates a store of N cases (default 10,000) with
// N/20 accounts and 10 history entries per case. Run it on a Release build.
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/generator.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/caselistmodel.h"
#include "centerdesk/ui/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace centerdesk;

namespace {

struct Figure
{
    QString name;
    QList<double> samples;   // milliseconds
    QList<double> reference; // sqlite3, milliseconds
    double budget = 0;       // milliseconds, 0 when none
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

QString sqlQuote(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// Runs `statements` `runs` times in one sqlite3 process with .timer on;
// returns each run's summed "real" time in milliseconds.
QList<double> timeWithSqlite3(const QString& file, const QStringList& statements, int runs)
{
    if (statements.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        return {};
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (int run = 0; run < runs; ++run)
        for (const QString& statement : statements)
            script += statement.toUtf8() + ";\n";
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {file});
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000))
        return {};
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> times;
    for (auto it = timer.globalMatch(out); it.hasNext();)
        times << it.next().captured(1).toDouble() * 1000.0;
    QList<double> perRun;
    const auto count = statements.size();
    for (qsizetype i = 0; i + count <= times.size(); i += count) {
        double sum = 0;
        for (qsizetype j = 0; j < count; ++j)
            sum += times.at(i + j);
        perRun << sum;
    }
    return perRun;
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

// Milliseconds until the first page after `change`, as the model reports it; -1 on timeout.
double firstPageAfter(ui::CaseListModel& model, const std::function<void()>& change)
{
    QSignalSpy spy(&model, &ui::CaseListModel::firstPageReady);
    change();
    if (!spy.wait(120000))
        return -1;
    const double ms = double(spy.constLast().constFirst().toLongLong());
    if (!QTest::qWaitFor([&model] { return model.isCountKnown(); }, 120000))
        return -1;
    return ms;
}

QString scalar(core::Store& store, const QString& sql)
{
    core::Result<QSqlQuery> query = store.run(sql);
    if (!query || !query->next())
        return {};
    return query->value(0).toString();
}

QStringList column(core::Store& store, const QString& sql)
{
    QStringList values;
    core::Result<QSqlQuery> query = store.run(sql);
    if (query)
        while (query->next())
            values << query->value(0).toString();
    return values;
}

core::Actor actorNamed(core::Store& store, const QString& name)
{
    const core::Result<core::User> user =
        core::UserService(store).user(core::Actor::system(), name);
    if (!user)
        return {};
    return core::Actor{user->uuid, user->name, user->displayName, user->roles};
}

const QString listColumns = QStringLiteral(
    "SELECT c.rowid, c.uuid, c.number, c.type, a.name, c.state, c.priority, c.escalation_level, "
    "c.opened_at FROM cases c JOIN account a ON a.uuid = c.account_uuid ");
const QString openOnly = QStringLiteral("c.state_category NOT IN ('resolved', 'closed')");
const QString newestFirst = QStringLiteral(" ORDER BY c.opened_at DESC, c.rowid DESC LIMIT 200");

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Cases to generate (default 10000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Use this generated store instead."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Samples per figure (default 9)."),
                                        QStringLiteral("R"), QStringLiteral("9"));
    parser.addOptions({casesOption, storeOption, runsOption});
    parser.process(app);
    const int runs = std::max(3, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QString path = parser.value(storeOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.cdstore"));
        auto store = core::Store::open(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 3;
        }
        core::GeneratorOptions options;
        options.cases = parser.value(casesOption).toLongLong();
        options.accounts = std::max<qint64>(200, options.cases / 20);
        options.events = options.cases * 10;
        options.seed = 1;
        const core::Result<core::GeneratorSummary> generated =
            core::Generator::generate(**store, options);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
            return 3;
        }
        std::printf("Generated %lld rows in %.1f s: %.0f rows/s\n",
                    static_cast<long long>(generated->rows), generated->seconds,
                    generated->rowsPerSecond());
    }
    auto opened = core::Store::open(path, core::StoreOptions{});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    core::Store& store = **opened;
    const qint64 caseCount =
        scalar(store, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    const qint64 historyCount =
        scalar(store, QStringLiteral("SELECT count(*) FROM history")).toLongLong();
    std::printf("Store %s: %lld cases, %lld history entries, %lld MB\n", qPrintable(path),
                static_cast<long long>(caseCount), static_cast<long long>(historyCount),
                static_cast<long long>(QFileInfo(path).size() / (1024 * 1024)));

    const core::Actor admin = actorNamed(store, QStringLiteral("admin"));
    // The busiest Center staff member: most open cases assigned.
    const QString busyName = scalar(
        store, QStringLiteral("SELECT u.name FROM cases c JOIN app_user u ON u.uuid = "
                              "c.assignee_uuid WHERE c.state_category NOT IN ('resolved', "
                              "'closed') GROUP BY u.uuid ORDER BY count(*) DESC, u.name LIMIT 1"));
    const core::Actor busy = actorNamed(store, busyName);
    if (admin.userUuid.isEmpty() || busy.userUuid.isEmpty()) {
        std::fprintf(stderr, "The store is not a generated store (no admin or staff).\n");
        return 3;
    }
    const QString busyUuid = busy.userUuid;
    const QString center =
        busy.roles.isEmpty() ? QStringLiteral("PHC") : busy.roles.constFirst().centerCode;
    const QString now = core::toStoredTime(QDateTime::currentDateTimeUtc());

    QList<Figure> figures;
    ui::Session session(store, admin);

    // The case list: first page for filter and sort combinations.
    struct ListCase
    {
        QString name;
        ui::CaseListFilter filter;
        int sortColumn = ui::CaseListModel::OpenedColumn;
        Qt::SortOrder order = Qt::DescendingOrder;
        QString sql; // the same page by hand, for sqlite3
    };
    QList<ListCase> listCases;
    auto add = [&](const QString& name, const std::function<void(ui::CaseListFilter&)>& set,
                   const QString& sql, int sortColumn = ui::CaseListModel::OpenedColumn,
                   Qt::SortOrder order = Qt::DescendingOrder) {
        ListCase item{name, {}, sortColumn, order, sql};
        set(item.filter);
        listCases << item;
    };
    const auto none = [](ui::CaseListFilter&) {};
    add(QStringLiteral("list: all, newest first"), none, listColumns + newestFirst);
    add(
        QStringLiteral("list: open only"), [](ui::CaseListFilter& f) { f.openOnly = true; },
        listColumns + QStringLiteral("WHERE ") + openOnly + newestFirst);
    add(
        QStringLiteral("list: type protest"),
        [](ui::CaseListFilter& f) { f.type = QStringLiteral("protest"); },
        listColumns + QStringLiteral("WHERE c.type = 'protest'") + newestFirst);
    add(
        QStringLiteral("list: state under-review"),
        [](ui::CaseListFilter& f) { f.state = QStringLiteral("under-review"); },
        listColumns + QStringLiteral("WHERE c.state = 'under-review'") + newestFirst);
    add(
        QStringLiteral("list: Center ") + center,
        [&](ui::CaseListFilter& f) { f.centerCode = center; },
        listColumns + QStringLiteral("WHERE c.center_code = ") + sqlQuote(center) + newestFirst);
    add(
        QStringLiteral("list: assignee (busy), open"),
        [&](ui::CaseListFilter& f) {
            f.assigneeName = busyName;
            f.openOnly = true;
        },
        listColumns + QStringLiteral("WHERE c.assignee_uuid = ") + sqlQuote(busyUuid) +
            QStringLiteral(" AND ") + openOnly + newestFirst);
    add(
        QStringLiteral("list: overdue only"), [](ui::CaseListFilter& f) { f.overdueOnly = true; },
        listColumns +
            QStringLiteral("WHERE EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid AND "
                           "k.state IN ('breached', 'lapsed'))") +
            newestFirst);
    add(
        QStringLiteral("list: escalated to HQ, open"),
        [](ui::CaseListFilter& f) {
            f.escalationLevels = {QStringLiteral("ofo-hq"), QStringLiteral("rr-hq")};
            f.openOnly = true;
        },
        listColumns + QStringLiteral("WHERE c.escalation_level IN ('ofo-hq', 'rr-hq') AND ") +
            openOnly + newestFirst);
    add(
        QStringLiteral("list: tier ctpat"),
        [](ui::CaseListFilter& f) { f.tier = QStringLiteral("ctpat"); }, QString());
    add(QStringLiteral("list: sort number asc"), none,
        listColumns + QStringLiteral("ORDER BY c.number, c.rowid LIMIT 200"),
        ui::CaseListModel::NumberColumn, Qt::AscendingOrder);
    add(QStringLiteral("list: sort account"), none,
        listColumns + QStringLiteral("ORDER BY a.name, c.rowid LIMIT 200"),
        ui::CaseListModel::AccountColumn, Qt::AscendingOrder);
    add(QStringLiteral("list: sort state"), none,
        listColumns + QStringLiteral("ORDER BY c.state, c.rowid LIMIT 200"),
        ui::CaseListModel::StateColumn, Qt::AscendingOrder);
    add(QStringLiteral("list: sort next due"), none,
        listColumns +
            QStringLiteral("ORDER BY (SELECT min(k.due_at) FROM clock k WHERE k.case_uuid = "
                           "c.uuid AND k.stopped_at IS NULL), c.rowid LIMIT 200"),
        ui::CaseListModel::NextDueColumn, Qt::AscendingOrder);
    add(QStringLiteral("list: sort clock state"), none, QString(), ui::CaseListModel::ClockColumn,
        Qt::AscendingOrder);

    // Full-text search: a common word and a rare one (a filer reference of one comment).
    const QString rare =
        scalar(store, QStringLiteral("SELECT substr(json_extract(detail, '$.text'), -7, 6) FROM "
                                     "history WHERE kind = 'comment' ORDER BY seq LIMIT 1 "
                                     "OFFSET 7"));
    for (const QString& term : {QStringLiteral("broker"), rare}) {
        add(
            QStringLiteral("search: ") + (term == rare ? QStringLiteral("rare ") : QString()) +
                term,
            [term](ui::CaseListFilter& f) { f.text = term; },
            listColumns +
                QStringLiteral("WHERE c.uuid IN (SELECT case_uuid FROM case_search "
                               "WHERE case_search MATCH ") +
                sqlQuote(term + QLatin1Char('*')) + QLatin1Char(')') + newestFirst);
    }

    {
        ui::CaseListModel model(session);
        QSignalSpy first(&model, &ui::CaseListModel::firstPageReady);
        if (!first.wait(120000) ||
            !QTest::qWaitFor([&model] { return model.isCountKnown(); }, 120000)) {
            std::fprintf(stderr, "The case list did not load.\n");
            return 1;
        }
        for (const ListCase& item : std::as_const(listCases)) {
            Figure figure{
                item.name, {}, {}, item.name.startsWith(QLatin1String("search")) ? 50.0 : 100.0};
            figure.samples << firstPageAfter(model, [&] {
                model.setFilter(item.filter);
                if (model.sortColumn() != item.sortColumn || model.sortOrder() != item.order)
                    model.sort(item.sortColumn, item.order);
            });
            for (int run = 1; run < runs; ++run)
                figure.samples << firstPageAfter(model, [&] { model.reload(); });
            figure.reference = timeWithSqlite3(
                path, item.sql.isEmpty() ? QStringList() : QStringList{item.sql}, runs);
            figures << figure;
            std::printf("  measured %s: median %.1f ms, sqlite3 %.1f ms\n", qPrintable(item.name),
                        percentile(figure.samples, 0.5), percentile(figure.reference, 0.5));
            std::fflush(stdout);
        }

        // Deep scrolling: a row far down the default list, until it is loaded.
        firstPageAfter(model, [&] {
            model.setFilter({});
            model.sort(ui::CaseListModel::OpenedColumn, Qt::DescendingOrder);
        });
        Figure scroll{QStringLiteral("list: deep scroll (row loaded)"), {}, {}, 100.0};
        QStringList offsets;
        const int rows = model.rowCount();
        for (int run = 0; run < runs && rows > 0; ++run) {
            const int row = rows - 1 - (run * (rows / std::max(runs, 1)) / 2);
            QElapsedTimer timer;
            timer.start();
            model.data(model.index(row, 0));
            const bool loaded = QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 120000);
            scroll.samples << (loaded ? double(timer.nsecsElapsed()) / 1e6 : -1);
            offsets << listColumns + QStringLiteral("ORDER BY c.opened_at DESC, c.rowid DESC "
                                                    "LIMIT 200 OFFSET %1")
                                         .arg(row / ui::CaseListModel::pageSize *
                                              ui::CaseListModel::pageSize);
        }
        scroll.reference = timeWithSqlite3(path, {offsets.value(0)}, runs);
        figures << scroll;
    }

    // Opening a case, a transition with its commit, a comment.
    core::CaseService cases(store);
    const QStringList sample = column(
        store, QStringLiteral("SELECT uuid FROM cases WHERE assignee_uuid = %1 AND state_category "
                              "NOT IN ('resolved', 'closed') ORDER BY rowid DESC LIMIT %2")
                   .arg(sqlQuote(busyUuid))
                   .arg(runs * 4));
    Figure open{QStringLiteral("case: open (CaseService::get)"), {}, {}, 30.0};
    Figure step{QStringLiteral("case: transition + commit"), {}, {}, 20.0};
    Figure comment{QStringLiteral("case: comment + commit"), {}, {}, 20.0};
    QString someCase;
    for (const QString& uuid : sample) {
        if (open.samples.size() >= runs && step.samples.size() >= runs)
            break;
        QElapsedTimer timer;
        timer.start();
        const core::Result<core::CaseRecord> record = cases.get(busy, uuid);
        open.samples << double(timer.nsecsElapsed()) / 1e6;
        if (!record)
            continue;
        someCase = uuid;
        if (step.samples.size() < runs) {
            for (const core::WorkflowTransition& transition :
                 cases.availableTransitions(busy, *record)) {
                if (!transition.requiredFields.isEmpty())
                    continue;
                timer.restart();
                const core::Status moved =
                    cases.transition(busy, uuid, transition.id, QStringLiteral("Benchmark step."));
                if (moved)
                    step.samples << double(timer.nsecsElapsed()) / 1e6;
                break;
            }
        }
        if (comment.samples.size() < runs) {
            timer.restart();
            if (cases.comment(busy, uuid, QStringLiteral("Benchmark comment about the broker.")))
                comment.samples << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    if (!someCase.isEmpty()) {
        const QString quoted = sqlQuote(someCase);
        open.reference = timeWithSqlite3(
            path,
            {QStringLiteral("SELECT * FROM cases WHERE uuid = ") + quoted,
             QStringLiteral("SELECT * FROM history WHERE subject_kind = 'case' AND subject_uuid "
                            "= %1 ORDER BY seq")
                 .arg(quoted),
             QStringLiteral("SELECT * FROM clock WHERE case_uuid = ") + quoted,
             QStringLiteral("SELECT * FROM notification WHERE case_uuid = ") + quoted},
            runs);
        const QStringList write{QStringLiteral("BEGIN IMMEDIATE"),
                                QStringLiteral("UPDATE cases SET version = version + 1 WHERE uuid "
                                               "= ") +
                                    quoted,
                                QStringLiteral("COMMIT")};
        step.reference = timeWithSqlite3(path, write, runs);
        comment.reference = step.reference;
    }
    figures << open << step << comment;

    // My work for the busy user: the tiles' counts.
    for (const QString& tile :
         {QStringLiteral("mine"), QStringLiteral("due-soon"), QStringLiteral("breached")}) {
        ui::CaseListFilter filter;
        filter.openOnly = true;
        filter.assigneeName = busyName;
        QString sql = QStringLiteral("SELECT count(*) FROM cases c WHERE c.assignee_uuid = ") +
                      sqlQuote(busyUuid) + QStringLiteral(" AND ") + openOnly;
        if (tile == QLatin1String("due-soon")) {
            filter.dueWithinDays = 2;
            sql +=
                QStringLiteral(" AND EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid "
                               "AND k.stopped_at IS NULL AND k.due_at <= %1)")
                    .arg(sqlQuote(core::toStoredTime(QDateTime::currentDateTimeUtc().addDays(2))));
        } else if (tile == QLatin1String("breached")) {
            filter.overdueOnly = true;
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid "
                                  "AND k.state IN ('breached', 'lapsed'))");
        }
        Figure figure{QStringLiteral("my work: count ") + tile, {}, {}, 100.0};
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            ui::CaseListModel::countMatching(store, busy, filter);
            figure.samples << double(timer.nsecsElapsed()) / 1e6;
        }
        figure.reference = timeWithSqlite3(path, {sql}, runs);
        figures << figure;
    }

    // The clock sweep over every open case.
    Figure sweep{QStringLiteral("clock sweep (every open case)"), {}, {}, 0};
    for (int run = 0; run < std::min(runs, 3); ++run) {
        QElapsedTimer timer;
        timer.start();
        const core::Result<core::SweepReport> swept = cases.sweepClocks();
        sweep.samples << (swept ? double(timer.nsecsElapsed()) / 1e6 : -1);
    }
    sweep.reference = timeWithSqlite3(
        path,
        {QStringLiteral("SELECT * FROM clock WHERE state IN ('on-track', 'warning', 'paused') AND "
                        "(warn_at <= %1 OR due_at <= %1)")
             .arg(sqlQuote(now))},
        std::min(runs, 3));
    figures << sweep;

    std::printf("\n%-38s %10s %10s %12s %7s %8s %s\n", "figure", "median ms", "p95 ms",
                "sqlite3 ms", "ratio", "budget", "");
    for (const Figure& figure : std::as_const(figures)) {
        const double median = percentile(figure.samples, 0.5);
        const double p95 = percentile(figure.samples, 0.95);
        const double reference = percentile(figure.reference, 0.5);
        const QString ratio =
            reference > 0 ? QString::number(median / reference, 'f', 1) : QStringLiteral("-");
        const QString verdict = figure.budget <= 0     ? QString()
                                : p95 < 0              ? QStringLiteral("FAILED")
                                : p95 <= figure.budget ? QStringLiteral("met")
                                                       : QStringLiteral("MISSED");
        std::printf("%-38s %10.1f %10.1f %12s %7s %8s %s\n", qPrintable(figure.name), median, p95,
                    reference >= 0 ? qPrintable(QString::number(reference, 'f', 1)) : "-",
                    qPrintable(ratio),
                    figure.budget > 0 ? qPrintable(QString::number(figure.budget)) : "-",
                    qPrintable(verdict));
    }
    const qint64 rss = peakRssKb();
    std::printf("%-38s %10.1f %10s %12s %7s %8s %s\n", "peak RSS (MB, VmHWM)", double(rss) / 1024.0,
                "", "", "", "300", double(rss) / 1024.0 <= 300 ? "met" : "MISSED");
    std::printf("(sqlite3: the same SQL by the sqlite3 tool on the same file, .timer real, 1 ms "
                "resolution; list rows: an equivalent page query written by hand.)\n");
    return 0;
}
