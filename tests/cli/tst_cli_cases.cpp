// The real centerdesk-cli on a demo store: case create, show, transition,
// comment, list (search, overdue), escalate, send-back, acknowledge, merge,
// sweep, and their usage errors and help.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using centerdesk::test::CliRun;
using centerdesk::test::runCli;

namespace {

const QByteArray demoPassword = "centerdesk-demo\n";

QStringList stringsOf(const QJsonArray& array, const QString& key)
{
    QStringList result;
    for (const QJsonValue& value : array)
        result << value.toObject().value(key).toString();
    return result;
}

} // namespace

class TestCliCases final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_standardIor; // PHC, standard tier, NAM "nam"
    QString m_isaIor;      // PHC, ISA tier
    QString m_reviewCase;  // a binding ruling under review, for the refusals

    // Runs a case subcommand as `user` (the demo password on standard input).
    CliRun as(const char* user, const QStringList& arguments, bool json = false) const
    {
        QStringList all{QStringLiteral("--store"), m_store};
        if (json)
            all << QStringLiteral("--json");
        all << QStringLiteral("case") << arguments
            << QStringList{QStringLiteral("--user"), QString::fromLatin1(user),
                           QStringLiteral("--password-stdin")};
        return runCli(all, demoPassword);
    }
    QJsonObject show(const QString& number, const char* user = "admin") const
    {
        return as(user, {QStringLiteral("show"), number}, true).json();
    }
    // Opens a case and returns its number, read from the human output.
    QString create(const char* user, const QStringList& arguments) const
    {
        const CliRun run = as(user, QStringList{QStringLiteral("create")} + arguments);
        static const QRegularExpression opened(
            QStringLiteral("^Opened ([A-Z]{3}-\\d{4}-\\d{6}) \\("));
        const QRegularExpressionMatch match = opened.match(QString::fromUtf8(run.out));
        if (run.exitCode != 0 || !match.hasMatch()) {
            qWarning("create failed (%d): %s %s", run.exitCode, run.out.constData(),
                     run.err.constData());
            return {};
        }
        return match.captured(1);
    }
    QString ruling(const QString& subject) const
    {
        return create("staff", {QStringLiteral("--type"), QStringLiteral("binding-ruling"),
                                QStringLiteral("--account"), m_standardIor,
                                QStringLiteral("--subject"), subject});
    }
    // The row counts of the store (read without signing in), less the session log.
    QJsonObject countsBesidesSessions() const
    {
        const CliRun info = runCli(
            {QStringLiteral("--store"), m_store, QStringLiteral("--json"), QStringLiteral("info")});
        QJsonObject counts = info.json().value(QStringLiteral("counts")).toObject();
        counts.remove(QStringLiteral("session_log"));
        return counts;
    }
    QStringList listed(const char* user, const QStringList& arguments) const
    {
        const CliRun run = as(user, QStringList{QStringLiteral("list")} + arguments, true);
        if (run.exitCode != 0)
            return {QStringLiteral("exit %1").arg(run.exitCode)};
        return stringsOf(run.json().value(QStringLiteral("cases")).toArray(),
                         QStringLiteral("number"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A few demo cases are enough to prove the commands do not assume an empty store.
        qputenv("CENTERDESK_DEMO_CASES", "30");
        m_store = m_dir.filePath(QStringLiteral("demo.db"));
        const CliRun demo = runCli({QStringLiteral("--store"), m_store, QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const CliRun accounts =
            runCli({QStringLiteral("--store"), m_store, QStringLiteral("--json"),
                    QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--center"),
                    QStringLiteral("PHC"), QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("--password-stdin")},
                   demoPassword);
        QCOMPARE(accounts.exitCode, 0);
        for (const QJsonValue& value :
             accounts.json().value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject account = value.toObject();
            const QString tier = account.value(QStringLiteral("tier")).toString();
            if (m_standardIor.isEmpty() && tier == QLatin1String("standard") &&
                account.value(QStringLiteral("nam")).toString() == QLatin1String("nam"))
                m_standardIor = account.value(QStringLiteral("ior")).toString();
            if (m_isaIor.isEmpty() && tier == QLatin1String("isa"))
                m_isaIor = account.value(QStringLiteral("ior")).toString();
        }
        QVERIFY2(!m_standardIor.isEmpty(), "the demo has a standard PHC account of the NAM 'nam'");
        QVERIFY2(!m_isaIor.isEmpty(), "the demo has an ISA account in PHC");

        m_reviewCase = ruling(QStringLiteral("Ruling kept under review"));
        QVERIFY(!m_reviewCase.isEmpty());
        QCOMPARE(as("staff", {QStringLiteral("transition"), m_reviewCase, QStringLiteral("--to"),
                              QStringLiteral("queue")})
                     .exitCode,
                 0);
        QCOMPARE(as("staff", {QStringLiteral("transition"), m_reviewCase, QStringLiteral("--to"),
                              QStringLiteral("under-review")})
                     .exitCode,
                 0);
    }

    void create_bindingRuling_printsNumberAndShowHasClocksAndNextSteps()
    {
        const CliRun run =
            as("staff",
               {QStringLiteral("create"), QStringLiteral("--type"),
                QStringLiteral("binding-ruling"), QStringLiteral("--account"), m_standardIor,
                QStringLiteral("--subject"), QStringLiteral("Classification of nitrile gloves"),
                QStringLiteral("--ref"), QStringLiteral("hts:4015190510"), QStringLiteral("--ref"),
                QStringLiteral("entry:b7603245278")});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpressionMatch match =
            QRegularExpression(
                QStringLiteral(
                    "^Opened (PHC-\\d{4}-\\d{6}) \\(Binding ruling request, Submitted\\)"))
                .match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        const QString number = match.captured(1);

        const QJsonObject shown = show(number, "staff");
        QCOMPARE(shown.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
        QCOMPARE(shown.value(QStringLiteral("center")).toString(), QStringLiteral("PHC"));
        QCOMPARE(shown.value(QStringLiteral("tier")).toString(), QStringLiteral("standard"));
        QCOMPARE(
            stringsOf(shown.value(QStringLiteral("references")).toArray(), QStringLiteral("value")),
            (QStringList{QStringLiteral("B76-0324527-8"), QStringLiteral("4015.19.05.10")}));
        const QJsonArray clocks = shown.value(QStringLiteral("clocks")).toArray();
        QStringList clockKinds = stringsOf(clocks, QStringLiteral("kind"));
        clockKinds.sort();
        QCOMPARE(clockKinds,
                 (QStringList{QStringLiteral("first-response"), QStringLiteral("resolution"),
                              QStringLiteral("statutory"), QStringLiteral("statutory")}));
        for (const QJsonValue& clock : clocks) {
            const QJsonObject object = clock.toObject();
            QVERIFY2(object.value(QStringLiteral("explanation")).toString().size() > 20,
                     qPrintable(object.value(QStringLiteral("kind")).toString()));
            if (object.value(QStringLiteral("kind")).toString() == QLatin1String("first-response"))
                QCOMPARE(object.value(QStringLiteral("targetMinutes")).toInt(), 480);
        }
        QCOMPARE(
            stringsOf(shown.value(QStringLiteral("nextSteps")).toArray(), QStringLiteral("step")),
            (QStringList{QStringLiteral("queue"), QStringLiteral("withdraw")}));
        // The account's NAM may only withdraw; notices went to the trade.
        QCOMPARE(stringsOf(show(number, "nam").value(QStringLiteral("nextSteps")).toArray(),
                           QStringLiteral("step")),
                 QStringList{QStringLiteral("withdraw")});
        QCOMPARE(
            stringsOf(shown.value(QStringLiteral("notices")).toArray(), QStringLiteral("status")),
            QStringList{QStringLiteral("submitted")});
        // Outside the user's scope: refused.
        QCOMPARE(as("staff.ele", {QStringLiteral("show"), number}).exitCode, 1);
    }

    void create_withFields_storedAndShown()
    {
        const QString number = create(
            "staff",
            {QStringLiteral("--type"), QStringLiteral("protest"), QStringLiteral("--account"),
             m_standardIor, QStringLiteral("--subject"), QStringLiteral("Protest of liquidation"),
             QStringLiteral("--field"), QStringLiteral("protest-kind=514"),
             QStringLiteral("--field"), QStringLiteral("liquidation-date=2026-11-02")});
        QVERIFY(!number.isEmpty());
        const QJsonObject fields = show(number).value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("protest-kind")).toString(), QStringLiteral("514"));
        QCOMPARE(fields.value(QStringLiteral("liquidation-date")).toString(),
                 QStringLiteral("2026-11-02"));
    }

    void create_badInput_exitsOneOrTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString type = QStringLiteral("--type");
        const QString account = QStringLiteral("--account");
        const QString subject = QStringLiteral("--subject");
        QTest::addRow("subjectMissing_usage")
            << QStringList{type, QStringLiteral("binding-ruling"), account, QStringLiteral("@ior")}
            << 2 << QByteArray("--subject");
        QTest::addRow("fieldWithoutEquals_usage") << QStringList{type,
                                                                 QStringLiteral("protest"),
                                                                 account,
                                                                 QStringLiteral("@ior"),
                                                                 subject,
                                                                 QStringLiteral("x"),
                                                                 QStringLiteral("--field"),
                                                                 QStringLiteral("protest-kind")}
                                                  << 2 << QByteArray("NAME=VALUE");
        QTest::addRow("refWithoutKind_usage") << QStringList{type,
                                                             QStringLiteral("binding-ruling"),
                                                             account,
                                                             QStringLiteral("@ior"),
                                                             subject,
                                                             QStringLiteral("x"),
                                                             QStringLiteral("--ref"),
                                                             QStringLiteral("4015190510")}
                                              << 2 << QByteArray("KIND:VALUE");
        QTest::addRow("unknownType_refused") << QStringList{type,    QStringLiteral("tariff-wish"),
                                                            account, QStringLiteral("@ior"),
                                                            subject, QStringLiteral("x")}
                                             << 1 << QByteArray("tariff-wish");
        QTest::addRow("badEntryNumber_refused")
            << QStringList{type,
                           QStringLiteral("binding-ruling"),
                           account,
                           QStringLiteral("@ior"),
                           subject,
                           QStringLiteral("x"),
                           QStringLiteral("--ref"),
                           QStringLiteral("entry:B76-0324527-7")}
            << 1 << QByteArray("check digit");
        QTest::addRow("protestKindMissing_refused")
            << QStringList{type,    QStringLiteral("protest"), account, QStringLiteral("@ior"),
                           subject, QStringLiteral("x")}
            << 1 << QByteArray("required");
    }
    void create_badInput_exitsOneOrTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        arguments.replaceInStrings(QStringLiteral("@ior"), m_standardIor);
        const QJsonObject before = countsBesidesSessions();
        QVERIFY(before.value(QStringLiteral("cases")).toInt() > 0);
        const CliRun run = as("staff", QStringList{QStringLiteral("create")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(countsBesidesSessions(), before);
    }

    void transition_allowedSteps_changeTheState()
    {
        const QString number = ruling(QStringLiteral("Ruling that moves"));
        QVERIFY(!number.isEmpty());
        const CliRun queued = as("staff", {QStringLiteral("transition"), number,
                                           QStringLiteral("--to"), QStringLiteral("in-queue")});
        QCOMPARE(queued.exitCode, 0);
        QVERIFY2(queued.out.contains("is now in-queue"), queued.out.constData());
        QCOMPARE(as("staff", {QStringLiteral("transition"), number, QStringLiteral("--to"),
                              QStringLiteral("start-review")})
                     .exitCode,
                 0);
        const CliRun asked =
            as("staff",
               {QStringLiteral("transition"), number, QStringLiteral("--to"),
                QStringLiteral("additional-information-required"), QStringLiteral("--comment"),
                QStringLiteral("Please send the glove thickness data")},
               true);
        QCOMPARE(asked.exitCode, 0);
        QCOMPARE(asked.json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("additional-information-required"));
        // The account's NAM records the answer.
        QCOMPARE(as("nam", {QStringLiteral("transition"), number, QStringLiteral("--to"),
                            QStringLiteral("under-review")})
                     .exitCode,
                 0);
        const CliRun issued = as("staff",
                                 {QStringLiteral("transition"), number, QStringLiteral("--to"),
                                  QStringLiteral("ruling-issued"), QStringLiteral("--field"),
                                  QStringLiteral("outcome=Classified in 4015.19.05.10")},
                                 true);
        QCOMPARE(issued.exitCode, 0);
        QCOMPARE(issued.json().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("Classified in 4015.19.05.10"));
        QCOMPARE(issued.json().value(QStringLiteral("category")).toString(),
                 QStringLiteral("resolved"));
        const QJsonArray history = issued.json().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("staff"));
        QCOMPARE(stringsOf(history, QStringLiteral("kind")).count(QStringLiteral("transition")), 5);
    }

    void transition_refused_exitsOneOrTwoAndStateStays_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString to = QStringLiteral("--to");
        QTest::addRow("commentMissing_refused")
            << QStringLiteral("staff") << QStringList{to, QStringLiteral("request-information")}
            << 1 << QByteArray("needs a comment");
        QTest::addRow("outcomeMissing_refused")
            << QStringLiteral("staff") << QStringList{to, QStringLiteral("issue-ruling")} << 1
            << QByteArray("outcome");
        QTest::addRow("hqAnalystAtCenter_refused")
            << QStringLiteral("hq")
            << QStringList{to, QStringLiteral("issue-ruling"), QStringLiteral("--field"),
                           QStringLiteral("outcome=Granted")}
            << 1 << QByteArray("may not");
        QTest::addRow("otherCenterStaff_refused")
            << QStringLiteral("staff.ele")
            << QStringList{to, QStringLiteral("request-information"), QStringLiteral("--comment"),
                           QStringLiteral("x")}
            << 1 << QByteArray("may not");
        QTest::addRow("portOfficial_refused")
            << QStringLiteral("port")
            << QStringList{to, QStringLiteral("request-information"), QStringLiteral("--comment"),
                           QStringLiteral("x")}
            << 1 << QByteArray("may not");
        QTest::addRow("stepNotFromThisState_refusedListingSteps")
            << QStringLiteral("staff") << QStringList{to, QStringLiteral("in-queue")} << 1
            << QByteArray("request-information (to additional-information-required)");
        QTest::addRow("toMissing_usage")
            << QStringLiteral("staff")
            << QStringList{QStringLiteral("--comment"), QStringLiteral("x")} << 2
            << QByteArray("--to");
        QTest::addRow("fieldWithoutEquals_usage")
            << QStringLiteral("staff")
            << QStringList{to, QStringLiteral("issue-ruling"), QStringLiteral("--field"),
                           QStringLiteral("outcome")}
            << 2 << QByteArray("NAME=VALUE");
    }
    void transition_refused_exitsOneOrTwoAndStateStays()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const QJsonObject before = countsBesidesSessions();
        QVERIFY(before.value(QStringLiteral("cases")).toInt() > 0);
        const CliRun run =
            as(qPrintable(user), QStringList{QStringLiteral("transition"), m_reviewCase} + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        // Nothing but the sign-in was written.
        QCOMPARE(countsBesidesSessions(), before);
    }

    void transition_afterEveryRefusal_caseUnchanged()
    {
        const QJsonObject shown = show(m_reviewCase);
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("under-review"));
        QCOMPARE(shown.value(QStringLiteral("outcome")).toString(), QString());
        QCOMPARE(
            stringsOf(shown.value(QStringLiteral("history")).toArray(), QStringLiteral("kind")),
            (QStringList{QStringLiteral("created"), QStringLiteral("transition"),
                         QStringLiteral("transition")}));
    }

    void commentThenSearch_findsByWordAndPrefixWithinScope()
    {
        const QString number = ruling(QStringLiteral("Gelatin capsule shells"));
        QVERIFY(!number.isEmpty());
        QCOMPARE(as("staff", {QStringLiteral("comment"), number}).exitCode, 2); // --text missing
        const CliRun commented =
            as("staff", {QStringLiteral("comment"), number, QStringLiteral("--text"),
                         QStringLiteral("Zebrafish assay report received")});
        QCOMPARE(commented.exitCode, 0);
        QCOMPARE(listed("staff", {QStringLiteral("--query"), QStringLiteral("zebrafish")}),
                 QStringList{number});
        QCOMPARE(listed("staff", {QStringLiteral("--query"), QStringLiteral("zebraf")}),
                 QStringList{number});
        QCOMPARE(listed("hq", {QStringLiteral("--query"), QStringLiteral("gelatin")}),
                 QStringList{number});
        QCOMPARE(listed("staff.ele", {QStringLiteral("--query"), QStringLiteral("zebrafish")}),
                 QStringList());
        QCOMPARE(listed("staff", {QStringLiteral("--query"), QStringLiteral("okapi")}),
                 QStringList());
    }

    void attach_fileKeptWithItsHash_tooLargeRefused()
    {
        const QString number = ruling(QStringLiteral("Spec sheet attached"));
        QVERIFY(!number.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("spec-sheet.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Specification sheet, revision 3\n");
        file.close();
        const CliRun attached =
            as("staff", {QStringLiteral("attach"), number, QStringLiteral("--file"), path});
        QCOMPARE(attached.exitCode, 0);
        const QJsonArray attachments = show(number).value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("spec-sheet.txt"));
        QCOMPARE(attachments.first().toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash("Specification sheet, revision 3\n",
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        const QString huge = m_dir.filePath(QStringLiteral("huge.bin"));
        QFile big(huge);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize((qint64(25) << 20) + 1));
        big.close();
        const CliRun refused =
            as("staff", {QStringLiteral("attach"), number, QStringLiteral("--file"), huge});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("25 MiB"), refused.err.constData());
        QCOMPARE(show(number).value(QStringLiteral("attachments")).toArray().size(), 1);
    }

    void listOverdue_lapsedStatutoryClock_listedAndFreshCaseNot()
    {
        // A notice of 2020: the 60-day petition deadline lapsed long ago.
        const QString late =
            create("fpf", {QStringLiteral("--type"), QStringLiteral("penalty-petition"),
                           QStringLiteral("--account"), m_isaIor, QStringLiteral("--port"),
                           QStringLiteral("1001"), QStringLiteral("--subject"),
                           QStringLiteral("Late petition"), QStringLiteral("--field"),
                           QStringLiteral("notice-date=2020-01-02")});
        QVERIFY(!late.isEmpty());
        const QStringList overdue =
            listed("admin", {QStringLiteral("--overdue"), QStringLiteral("--limit"),
                             QStringLiteral("100000")});
        QVERIFY2(overdue.contains(late), qPrintable(overdue.join(QLatin1Char(' '))));
        QVERIFY(!overdue.contains(m_reviewCase));
        const QJsonArray clocks = show(late).value(QStringLiteral("clocks")).toArray();
        bool lapsed = false;
        for (const QJsonValue& clock : clocks)
            lapsed |= clock.toObject().value(QStringLiteral("rule")).toString() ==
                          QLatin1String("penalty-petition") &&
                      clock.toObject().value(QStringLiteral("state")).toString() ==
                          QLatin1String("lapsed");
        QVERIFY(lapsed);
    }

    void escalateAcknowledgeSendBack_movesTheLevel()
    {
        const QString number = ruling(QStringLiteral("Ruling for headquarters"));
        QVERIFY(!number.isEmpty());
        QCOMPARE(as("staff", {QStringLiteral("escalate"), number}).exitCode, 2); // --reason missing
        const CliRun up = as("staff",
                             {QStringLiteral("escalate"), number, QStringLiteral("--reason"),
                              QStringLiteral("Novel classification question")},
                             true);
        QCOMPARE(up.exitCode, 0);
        QCOMPARE(up.json().value(QStringLiteral("escalationLevel")).toString(),
                 QStringLiteral("rr-hq"));
        QCOMPARE(as("staff", {QStringLiteral("escalate"), number, QStringLiteral("--reason"),
                              QStringLiteral("Higher")})
                     .exitCode,
                 1);
        QCOMPARE(as("staff", {QStringLiteral("acknowledge"), number}).exitCode, 1);
        QCOMPARE(as("hq", {QStringLiteral("acknowledge"), number}).exitCode, 0);
        QCOMPARE(as("hq", {QStringLiteral("acknowledge"), number}).exitCode, 1);
        const CliRun down = as("hq",
                               {QStringLiteral("send-back"), number, QStringLiteral("--reason"),
                                QStringLiteral("Covered by an earlier ruling")},
                               true);
        QCOMPARE(down.exitCode, 0);
        QCOMPARE(down.json().value(QStringLiteral("escalationLevel")).toString(),
                 QStringLiteral("center"));
        const QJsonArray history = down.json().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("sent-back"));
        QCOMPARE(history.last()
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Covered by an earlier ruling"));
        const QStringList kindsSeen = stringsOf(history, QStringLiteral("kind"));
        QVERIFY(kindsSeen.contains(QStringLiteral("escalated")));
        QVERIFY(kindsSeen.contains(QStringLiteral("acknowledged")));
        const CliRun bottom = as("staff", {QStringLiteral("send-back"), number,
                                           QStringLiteral("--reason"), QStringLiteral("Lower")});
        QCOMPARE(bottom.exitCode, 1);
        QVERIFY2(bottom.err.contains("no level below"), bottom.err.constData());
    }

    void merge_duplicate_closedIntoSurvivor()
    {
        const QString duplicate = ruling(QStringLiteral("Duplicate request"));
        const QString survivor = ruling(QStringLiteral("Original request"));
        QVERIFY(!duplicate.isEmpty() && !survivor.isEmpty());
        QCOMPARE(as("staff", {QStringLiteral("merge"), duplicate}).exitCode, 2); // --into missing
        QCOMPARE(as("nam", {QStringLiteral("merge"), duplicate, QStringLiteral("--into"), survivor})
                     .exitCode,
                 1);
        const CliRun merged =
            as("staff", {QStringLiteral("merge"), duplicate, QStringLiteral("--into"), survivor,
                         QStringLiteral("--reason"), QStringLiteral("Filed twice")});
        QCOMPARE(merged.exitCode, 0);
        const QJsonObject closed = show(duplicate);
        QCOMPARE(closed.value(QStringLiteral("mergedInto")).toString(), survivor);
        QCOMPARE(closed.value(QStringLiteral("category")).toString(), QStringLiteral("closed"));
        for (const QJsonValue& clock : closed.value(QStringLiteral("clocks")).toArray())
            QCOMPARE(clock.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("cancelled"));
        const QStringList kept = stringsOf(
            show(survivor).value(QStringLiteral("history")).toArray(), QStringLiteral("kind"));
        QCOMPARE(kept.count(QStringLiteral("created")), 2);
        QVERIFY(kept.contains(QStringLiteral("merged")));
        QVERIFY(kept.contains(QStringLiteral("merged-in")));
        QCOMPARE(as("staff", {QStringLiteral("transition"), duplicate, QStringLiteral("--to"),
                              QStringLiteral("queue")})
                     .exitCode,
                 1);
    }

    void sweep_adminOnly()
    {
        const CliRun swept = as("admin", {QStringLiteral("sweep")}, true);
        QCOMPARE(swept.exitCode, 0);
        const QJsonObject report = swept.json();
        for (const char* key :
             {"clocksChecked", "warnings", "breaches", "lapsed", "autoEscalations"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        const CliRun refused = as("staff", {QStringLiteral("sweep")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("administrator"));
    }

    void usage_unknownOrMissingSubcommand_exitsTwo()
    {
        const CliRun unknown = as("admin", {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("frobnicate"));
        QCOMPARE(runCli({QStringLiteral("--store"), m_store, QStringLiteral("case")}).exitCode, 2);
        // Acting without signing in is a usage error too.
        QCOMPARE(runCli({QStringLiteral("--store"), m_store, QStringLiteral("case"),
                         QStringLiteral("list")})
                     .exitCode,
                 2);
    }

    void help_everySubcommand_hasItsOwnHelp()
    {
        const CliRun overview = runCli({QStringLiteral("case"), QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        const QStringList subcommands{
            QStringLiteral("create"),   QStringLiteral("show"),      QStringLiteral("transition"),
            QStringLiteral("comment"),  QStringLiteral("list"),      QStringLiteral("assign"),
            QStringLiteral("escalate"), QStringLiteral("send-back"), QStringLiteral("acknowledge"),
            QStringLiteral("link"),     QStringLiteral("merge"),     QStringLiteral("sweep")};
        for (const QString& sub : subcommands) {
            QVERIFY2(overview.out.contains(sub.toUtf8()), qPrintable(sub));
            const CliRun help = runCli({QStringLiteral("case"), sub, QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, qPrintable(sub));
            QVERIFY2(help.out.contains("--password-stdin"), qPrintable(sub));
        }
        const CliRun transitionHelp = runCli(
            {QStringLiteral("case"), QStringLiteral("transition"), QStringLiteral("--help")});
        QVERIFY(transitionHelp.out.contains("--to"));
        QVERIFY(transitionHelp.out.contains("--comment"));
        QVERIFY(transitionHelp.out.contains("--field"));
    }

    // Last: after everything above, the history chain still verifies.
    void verify_afterAllCaseWork_ok()
    {
        const CliRun verify = runCli({QStringLiteral("--store"), m_store, QStringLiteral("--json"),
                                      QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(verify.json().value(QStringLiteral("historyEntries")).toInt() > 30);
    }
};

QTEST_GUILESS_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
