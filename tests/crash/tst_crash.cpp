// The crash test: the real centerdesk-cli performs a stream of user actions
// (`stress`, one line per committed action) and is killed with SIGKILL at
// random moments. After every kill the store must open, pass integrity_check
// and `centerdesk-cli verify`, hold every action the process reported done,
// and show nothing half-done.
//
// Short form (ctest, label cli): 50 kills. Long form, by hand:
//   CENTERDESK_CRASH_KILLS=1000 build/dev/tests/tst_crash
// CENTERDESK_CRASH_SEED changes the fixed seed of the kill moments.
#include "../cli/clirunner.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <random>
#include <sqlite3.h>

using centerdesk::test::runCli;

namespace {

// One action the process reported as committed.
struct Done
{
    QString kind;
    QString token;
    QStringList details;
};

// Read-only SQL on the store, as another program would look at it.
class Probe
{
public:
    explicit Probe(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    ~Probe() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY_MOVE(Probe)
    QString error() const { return m_error; }
    Probe& self() { return *this; }

    // The rows of `sql` with `bindings`, each row's columns joined by '|'.
    QStringList rows(const char* sql, const QStringList& bindings = {})
    {
        QStringList result;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return {QStringLiteral("SQL error: ") + m_error};
        }
        for (int i = 0; i < bindings.size(); ++i) {
            const QByteArray value = bindings.at(i).toUtf8();
            sqlite3_bind_text(statement, i + 1, value.constData(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList columns;
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
                columns << QString::fromUtf8(text ? text : "");
            }
            result << columns.join(QLatin1Char('|'));
        }
        sqlite3_finalize(statement);
        return result;
    }
    QString value(const char* sql, const QStringList& bindings = {})
    {
        const QStringList all = rows(sql, bindings);
        return all.isEmpty() ? QString() : all.front();
    }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

// How to see that a reported action is in the store, per action of the
// stream (a new action of `centerdesk-cli stress` adds one row here).
struct PresenceCheck
{
    const char* kind;
    const char* sql; // one value: "1" when present
    std::function<QStringList(const Done&)> bindings;
};

const std::vector<PresenceCheck>& presenceChecks()
{
    static const std::vector<PresenceCheck> checks = {
        {"create",
         "SELECT count(*) = 1 FROM cases c JOIN history h ON h.subject_kind = 'case' AND "
         "h.subject_uuid = c.uuid AND h.kind = 'created' WHERE c.number = ?1 AND c.subject = ?2",
         [](const Done& done) {
             return QStringList{done.details.value(0), QStringLiteral("Stress case ") + done.token};
         }},
        {"transition",
         "SELECT count(*) = 1 FROM history h JOIN cases c ON c.uuid = h.subject_uuid WHERE "
         "h.kind = 'transition' AND c.number = ?1 AND json_extract(h.detail, '$.text') = ?2 AND "
         "json_extract(h.detail, '$.to') = ?3",
         [](const Done& done) {
             return QStringList{done.details.value(0), QStringLiteral("Stress step ") + done.token,
                                done.details.value(1)};
         }},
        {"comment",
         "SELECT count(*) = 1 FROM history h JOIN cases c ON c.uuid = h.subject_uuid WHERE "
         "h.kind = 'comment' AND c.number = ?1 AND json_extract(h.detail, '$.text') = ?2",
         [](const Done& done) {
             return QStringList{done.details.value(0),
                                QStringLiteral("Stress comment ") + done.token};
         }},
        {"import",
         "SELECT count(*) = CAST(?2 AS INTEGER) FROM account WHERE name LIKE 'Stress ' || ?1 || ' "
         "line %'",
         [](const Done& done) {
             return QStringList{done.token, done.details.value(0)};
         }},
    };
    return checks;
}

// Whole-store invariants: each query returns the offending rows (none when sound).
struct Invariant
{
    const char* what;
    const char* sql;
};

const std::vector<Invariant>& invariants()
{
    static const std::vector<Invariant> checks = {
        {"a case without its 'created' history row",
         "SELECT number FROM cases c WHERE NOT EXISTS (SELECT 1 FROM history h WHERE "
         "h.subject_kind = 'case' AND h.subject_uuid = c.uuid AND h.kind = 'created')"},
        {"a case without its clocks",
         "SELECT number FROM cases c WHERE NOT EXISTS (SELECT 1 FROM clock k WHERE "
         "k.case_uuid = c.uuid)"},
        {"a stress case whose state is not where its last step led",
         "WITH t AS (SELECT subject_uuid, detail, max(seq) FROM history WHERE subject_kind = "
         "'case' AND kind = 'transition' GROUP BY subject_uuid) SELECT c.number FROM t JOIN "
         "cases c ON c.uuid = t.subject_uuid WHERE c.subject LIKE 'Stress case %' AND "
         "json_extract(t.detail, '$.to') <> c.state"},
        // Stored times have millisecond precision, and an action can begin in
        // the millisecond the one before it ended: a step's clock update
        // (stamped when the step begins) may share its time with the entry
        // before the step, never precede it.
        {"a step without its clock update",
         "WITH t AS (SELECT subject_uuid, max(seq) seq FROM history WHERE subject_kind = 'case' "
         "AND kind = 'transition' AND json_extract(detail, '$.text') LIKE 'Stress step %' GROUP "
         "BY subject_uuid), p AS (SELECT t.subject_uuid, (SELECT max(at) FROM history h WHERE "
         "h.subject_kind = 'case' AND h.subject_uuid = t.subject_uuid AND h.seq < t.seq) prev "
         "FROM t) SELECT subject_uuid FROM p WHERE (SELECT max(updated_at) FROM clock WHERE "
         "case_uuid = p.subject_uuid) < p.prev"},
        {"an import with only some of its lines",
         "SELECT substr(name, 8, instr(substr(name, 8), ' ') - 1) AS token, count(*) FROM "
         "account WHERE name LIKE 'Stress s%' GROUP BY token HAVING count(*) <> 5"},
        {"an imported account without its history row",
         "SELECT name FROM account a WHERE name LIKE 'Stress s%' AND NOT EXISTS (SELECT 1 FROM "
         "history h WHERE h.subject_kind = 'account' AND h.subject_uuid = a.uuid)"},
    };
    return checks;
}

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestCrash final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QList<Done> m_ledger;

    // Checks every action in `fresh` against the store; returns the first missing one.
    static QString missingAction(Probe& probe, const QList<Done>& fresh)
    {
        for (const Done& done : fresh) {
            const auto check = std::find_if(
                presenceChecks().begin(), presenceChecks().end(),
                [&](const PresenceCheck& c) { return done.kind == QLatin1String(c.kind); });
            if (check == presenceChecks().end())
                return QStringLiteral("no presence check for action '%1'").arg(done.kind);
            if (probe.value(check->sql, check->bindings(done)) != QLatin1String("1"))
                return QStringLiteral("%1 %2 %3 reported done but not in the store")
                    .arg(done.kind, done.token, done.details.join(QLatin1Char(' ')));
        }
        return {};
    }
    static QString brokenInvariant(Probe& probe)
    {
        const QString integrity = probe.rows("PRAGMA integrity_check").join(QLatin1Char(';'));
        if (integrity != QLatin1String("ok"))
            return QStringLiteral("integrity_check: ") + integrity;
        for (const Invariant& invariant : invariants()) {
            const QStringList rows = probe.rows(invariant.sql);
            if (!rows.isEmpty())
                return QStringLiteral("%1: %2").arg(QString::fromLatin1(invariant.what),
                                                    rows.mid(0, 3).join(QStringLiteral(", ")));
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A small demo store, as under ctest, also when run by hand.
        if (qEnvironmentVariableIsEmpty("CENTERDESK_DEMO_CASES"))
            qputenv("CENTERDESK_DEMO_CASES", "60");
        m_store = m_dir.filePath(QStringLiteral("crash.db"));
        QCOMPARE(runCli({QStringLiteral("--store"), m_store, QStringLiteral("demo")}).exitCode, 0);
    }

    // The checks themselves can fail: each is shown a store with that defect.
    void checks_defectiveStores_eachDefectFound_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<QString>("expected");
        QTest::addRow("case without history")
            << QByteArray("DROP TRIGGER history_refuses_delete; DELETE FROM history WHERE seq = "
                          "(SELECT min(seq) FROM history WHERE kind = 'created' AND "
                          "subject_kind = 'case');")
            << QStringLiteral("without its 'created' history row");
        QTest::addRow("case without clocks")
            << QByteArray("DELETE FROM clock WHERE case_uuid = (SELECT min(uuid) FROM cases);")
            << QStringLiteral("without its clocks");
        QTest::addRow("partial import")
            << QByteArray("UPDATE account SET name = 'Stress s0n0 line 0' WHERE rowid = "
                          "(SELECT min(rowid) FROM account);")
            << QStringLiteral("only some of its lines");
    }
    void checks_defectiveStores_eachDefectFound()
    {
        QFETCH(QByteArray, damage);
        QFETCH(QString, expected);
        const QString copy = m_dir.filePath(QStringLiteral("defective.db"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_store, copy));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(copy).constData(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(db, damage.constData(), nullptr, nullptr, nullptr);
        const int changed = sqlite3_changes(db);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
        QVERIFY(changed > 0);
        Probe probe(copy);
        QVERIFY2(brokenInvariant(probe).contains(expected), qPrintable(brokenInvariant(probe)));
        QVERIFY(brokenInvariant(Probe(m_store).self()).isEmpty());
    }

    void checks_unreportedAction_foundMissing()
    {
        Probe probe(m_store);
        QVERIFY(missingAction(probe, {{QStringLiteral("create"),
                                       QStringLiteral("s0n0"),
                                       {QStringLiteral("PHC-2026-999999")}}})
                    .contains(QStringLiteral("not in the store")));
        QVERIFY(missingAction(probe, {{QStringLiteral("export"), QStringLiteral("s0n0"), {}}})
                    .contains(QStringLiteral("no presence check")));
    }

    void sigkill_atRandomMoments_storeSoundAndNothingLost()
    {
        const int kills = envInt("CENTERDESK_CRASH_KILLS", 50);
        const int seed = envInt("CENTERDESK_CRASH_SEED", 20261128);
        const int maxDelayMs = envInt("CENTERDESK_CRASH_MAX_DELAY_MS", 400);
        std::mt19937 random(static_cast<std::mt19937::result_type>(seed));
        std::uniform_int_distribution<int> delay(0, maxDelayMs);
        QElapsedTimer elapsed;
        elapsed.start();
        int killedWhileWorking = 0, killedBeforeFirstAction = 0, finishedBeforeKill = 0;
        for (int run = 0; run < kills; ++run) {
            QProcess process;
            process.start(QStringLiteral(CENTERDESK_CLI_PATH),
                          {QStringLiteral("--store"), m_store, QStringLiteral("stress"),
                           QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--password-stdin"), QStringLiteral("--actions"),
                           QStringLiteral("100000"), QStringLiteral("--seed"),
                           QString::number(seed % 100000 + run * 7 + 1)});
            QVERIFY(process.waitForStarted());
            process.write("centerdesk-demo\n");
            // QProcess writes from its event loop; the sleep below has none.
            QVERIFY(process.waitForBytesWritten(5000));
            process.closeWriteChannel();
            // A quarter of the kills land anywhere from the start (opening,
            // the daily backup, signing in), the rest in the action stream,
            // after its first action (slow builds, such as ASan's, included).
            if (random() % 4 != 0) {
                QElapsedTimer waited;
                waited.start();
                while (!process.peek(1 << 20).contains("\ndone ") && waited.elapsed() < 30000 &&
                       process.waitForReadyRead(1000)) {
                }
            }
            QThread::msleep(static_cast<unsigned long>(delay(random)));
            if (process.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            } else {
                ++finishedBeforeKill;
            }
            QVERIFY(process.waitForFinished(30000));
            const QByteArray out = process.readAllStandardOutput();
            if (process.exitStatus() == QProcess::NormalExit)
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QList<Done> fresh;
            // Only whole lines count: a line cut by the kill was never reported.
            const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
            for (const QByteArray& line : lines) {
                const QStringList words = QString::fromUtf8(line).split(QLatin1Char(' '));
                if (words.size() >= 4 && words.at(0) == QLatin1String("done"))
                    fresh.append({words.at(2), words.at(3), words.mid(4)});
            }
            if (qEnvironmentVariableIsSet("CENTERDESK_CRASH_DEBUG"))
                qInfo("run %d: %lld bytes out, err: %s", run, static_cast<long long>(out.size()),
                      process.readAllStandardError().constData());
            if (fresh.isEmpty())
                ++killedBeforeFirstAction;
            else
                ++killedWhileWorking;

            {
                Probe probe(m_store);
                QVERIFY2(probe.error().isEmpty(), qPrintable(probe.error()));
                const QString broken = brokenInvariant(probe);
                QVERIFY2(broken.isEmpty(),
                         qPrintable(QStringLiteral("after kill %1: %2").arg(run + 1).arg(broken)));
                const QString missing = missingAction(probe, fresh);
                QVERIFY2(missing.isEmpty(),
                         qPrintable(QStringLiteral("after kill %1: %2").arg(run + 1).arg(missing)));
            }
            const auto verify = runCli({QStringLiteral("--store"), m_store,
                                        QStringLiteral("--json"), QStringLiteral("verify")});
            QVERIFY2(verify.exitCode == 0 && verify.json().value(QStringLiteral("ok")).toBool(),
                     QByteArray(verify.out + verify.err).constData());
            m_ledger += fresh;
        }
        // At the end, every action ever reported is still there.
        Probe probe(m_store);
        const QString missing = missingAction(probe, m_ledger);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QMap<QString, int> perKind;
        for (const Done& done : m_ledger)
            ++perKind[done.kind];
        QStringList kinds;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo("%d kills in %.1f s (%d during the action stream, %d before the first action, %d "
              "finished first); %lld actions reported done and found: %s",
              kills, static_cast<double>(elapsed.elapsed()) / 1000.0, killedWhileWorking,
              killedBeforeFirstAction, finishedBeforeKill, static_cast<long long>(m_ledger.size()),
              qPrintable(kinds.join(QStringLiteral(", "))));
        QVERIFY2(killedWhileWorking > kills / 2, "most kills must land in the action stream");
    }
};

int main(int argc, char** argv)
{
    // The long form runs far beyond Qt Test's 5-minute limit per function.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "14400000");
    QCoreApplication app(argc, argv);
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crash.moc"
