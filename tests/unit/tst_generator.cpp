// The generated Center history: the same for the same seed, the counts asked
// for, every type, state, tier and clock state present, a sound store.
#include "centerdesk/core/generator.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/workflow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace centerdesk::core;

namespace {

GeneratorOptions smallOptions(quint64 seed)
{
    GeneratorOptions options;
    options.accounts = 60;
    options.cases = 800;
    options.events = 5000;
    options.seed = seed;
    return options;
}

QStringList column(Store& store, const QString& sql)
{
    QStringList values;
    Result<QSqlQuery> query = store.run(sql);
    if (!query)
        return {QStringLiteral("error: ") + query.error().message};
    while (query->next())
        values << query->value(0).toString();
    return values;
}

qint64 number(Store& store, const QString& sql)
{
    Result<QSqlQuery> query = store.run(sql);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

// SHA-256 of every row of every table, in a full order of all columns. Only
// the store's creation time (written when the file is made, not by the
// generator) is left out.
QByteArray contentHash(Store& store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables = column(
        store, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                              "GLOB 'sqlite_*' AND name NOT GLOB 'case_search_*' ORDER BY name"));
    for (const QString& table : tables) {
        QStringList columns;
        if (table == QLatin1String("case_search"))
            columns = {QStringLiteral("rowid"), QStringLiteral("case_uuid"),
                       QStringLiteral("body")};
        else
            columns = column(store, QStringLiteral("SELECT name FROM pragma_table_info('%1') "
                                                   "ORDER BY cid")
                                        .arg(table));
        QString sql =
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table);
        if (table == QLatin1String("meta"))
            sql += QStringLiteral(" WHERE key <> 'created_at'");
        sql += QStringLiteral(" ORDER BY ") + columns.join(QLatin1Char(','));
        Result<QSqlQuery> query = store.run(sql);
        if (!query)
            return {};
        hash.addData(table.toUtf8());
        while (query->next()) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QVariant value = query->value(static_cast<int>(i));
                hash.addData(value.isNull() ? QByteArrayLiteral("\x01NULL")
                                            : value.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestGenerator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> openStore(const QString& name)
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_dir.filePath(name));
        if (!store)
            qWarning() << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_modest; // 200 accounts, 3,000 cases, 20,000 history entries

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_modest = openStore(QStringLiteral("modest.cdstore"));
        QVERIFY(m_modest);
        GeneratorOptions options;
        options.accounts = 200;
        options.cases = 3000;
        options.events = 20000;
        options.seed = 42;
        const Result<GeneratorSummary> summary = Generator::generate(*m_modest, options);
        QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().message));
        QVERIFY(summary->rows > 20000 + 3000 + 200);
        QVERIFY(summary->rowsPerSecond() > 0);
    }

    void generate_sameSeed_identicalTables()
    {
        auto first = openStore(QStringLiteral("first.cdstore"));
        auto second = openStore(QStringLiteral("second.cdstore"));
        auto other = openStore(QStringLiteral("other.cdstore"));
        QVERIFY(first && second && other);
        QVERIFY(Generator::generate(*first, smallOptions(7)).ok());
        QVERIFY(Generator::generate(*second, smallOptions(7)).ok());
        QVERIFY(Generator::generate(*other, smallOptions(8)).ok());
        const QByteArray hash = contentHash(*first);
        QVERIFY(!hash.isEmpty());
        QCOMPARE(contentHash(*second), hash);
        QVERIFY(contentHash(*other) != hash);
    }

    void generate_modestSize_countsMatchTheArguments()
    {
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM account")), 200);
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM cases")), 3000);
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM history")), 20000);
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM clock")), 6000);
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT sum(version) FROM cases")), 20000);
        QVERIFY(Generator::isGeneratedStore(*m_modest));
    }

    void generate_modestSize_everyTypeCategoryTierAndRolePresent()
    {
        const QStringList typeList =
            column(*m_modest, QStringLiteral("SELECT DISTINCT type FROM cases"));
        const QSet<QString> types(typeList.cbegin(), typeList.cend());
        for (const QString& type : WorkflowRegistry::builtIn().types())
            QVERIFY2(types.contains(type), qPrintable(type));
        QCOMPARE(
            column(*m_modest, QStringLiteral("SELECT DISTINCT state_category FROM cases "
                                             "ORDER BY 1")),
            (QStringList{QStringLiteral("closed"), QStringLiteral("escalated"),
                         QStringLiteral("open"), QStringLiteral("resolved"),
                         QStringLiteral("waiting-on-agency"), QStringLiteral("waiting-on-trade")}));
        // Nearly every state of every workflow is some case's state.
        qint64 states = 0;
        for (const WorkflowDefinition& definition : WorkflowRegistry::builtIn().all())
            states += definition.states.size();
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT type, "
                                                 "state FROM cases)")) >= states * 9 / 10);
        // Each case's category is its state's category in its workflow.
        Result<QSqlQuery> query =
            m_modest->run(QStringLiteral("SELECT DISTINCT type, state, state_category FROM cases"));
        QVERIFY(query.ok());
        while (query->next()) {
            const WorkflowDefinition* definition =
                WorkflowRegistry::builtIn().find(query->value(0).toString());
            QVERIFY(definition);
            const WorkflowState* state = definition->state(query->value(1).toString());
            QVERIFY(state);
            QCOMPARE(categoryName(state->category), query->value(2).toString());
        }
        QCOMPARE(column(*m_modest, QStringLiteral("SELECT DISTINCT state FROM clock ORDER BY 1")),
                 (QStringList{QStringLiteral("breached"), QStringLiteral("met"),
                              QStringLiteral("missed"), QStringLiteral("on-track"),
                              QStringLiteral("paused"), QStringLiteral("warning")}));
        QCOMPARE(
            number(*m_modest, QStringLiteral("SELECT count(DISTINCT center_code) FROM account")),
            number(*m_modest, QStringLiteral("SELECT count(*) FROM center")));
        QCOMPARE(
            column(*m_modest, QStringLiteral("SELECT DISTINCT size_class FROM account ORDER BY 1")),
            (QStringList{QStringLiteral("large"), QStringLiteral("medium"),
                         QStringLiteral("small")}));
        QCOMPARE(column(*m_modest, QStringLiteral("SELECT DISTINCT program || coalesce(ctpat_tier, "
                                                  "'') FROM partner_program ORDER BY 1")),
                 (QStringList{QStringLiteral("ctpat1"), QStringLiteral("ctpat2"),
                              QStringLiteral("ctpat3"), QStringLiteral("isa"),
                              QStringLiteral("participating"), QStringLiteral("trusted-trader")}));
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM account WHERE uuid NOT IN "
                                                 "(SELECT account_uuid FROM partner_program)")) >
                0);
        QCOMPARE(column(*m_modest,
                        QStringLiteral("SELECT DISTINCT role FROM role_assignment ORDER BY 1")),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("center-staff"),
                              QStringLiteral("fpf-officer"), QStringLiteral("hq-analyst"),
                              QStringLiteral("nam"), QStringLiteral("port-official")}));
        QVERIFY(number(*m_modest,
                       QStringLiteral("SELECT count(DISTINCT escalation_level) FROM cases")) >= 5);
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM notification WHERE kind = "
                                                 "'status-notice'")) > 0);
        QVERIFY(number(*m_modest,
                       QStringLiteral("SELECT count(*) FROM notification WHERE kind = 'alert'")) >
                0);
    }

    void generate_modestSize_storeIsSound()
    {
        const Result<QStringList> problems = m_modest->integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                 0);
        const Result<ChainCheck> chain = HistoryLog::verifyChain(*m_modest);
        QVERIFY(chain.ok());
        QCOMPARE(chain->firstBrokenSeq, 0);
        QCOMPARE(chain->entriesChecked, 20000);
        // The indexes and triggers dropped while generating are all back.
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                                 "'index' AND name = 'cases_opened'")) == 1);
        QVERIFY(number(*m_modest,
                       QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                      "'trigger' AND name = 'history_comment_search'")) == 1);
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                                 "'trigger' AND name GLOB 'sync_*'")) > 10);
    }

    void generate_modestSize_sameIndexesAndTriggersAsAFreshStore()
    {
        // The secondary indexes dropped while the rows went in are made again,
        // every one with its own definition; PRAGMA integrity_check
        // (storeIsSound) finds each of them matching its table.
        auto fresh = openStore(QStringLiteral("fresh.cdstore"));
        QVERIFY(fresh);
        const QString schema =
            QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || sql FROM "
                           "sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
                           "ORDER BY type, name");
        const QStringList expected = column(*fresh, schema);
        QVERIFY(expected.size() > 60);
        QVERIFY(expected.contains(QStringLiteral("index cases_account_name cases CREATE INDEX "
                                                 "cases_account_name ON cases(account_name)")));
        QCOMPARE(column(*m_modest, schema), expected);
        // The rebuilt ones answer the list's queries.
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM cases INDEXED BY "
                                                  "cases_account_name WHERE account_name >= ''")),
                 3000);
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM notification INDEXED BY "
                                                  "notification_recipient WHERE recipient_uuid "
                                                  "IS NOT NULL")),
                 number(*m_modest, QStringLiteral("SELECT count(*) FROM notification WHERE "
                                                  "recipient_uuid IS NOT NULL")));
    }

    void generate_modestSize_fullTextSearchConsistent()
    {
        // What the triggers would have indexed: every case and every entry with a text.
        QCOMPARE(
            number(*m_modest, QStringLiteral("SELECT count(*) FROM case_search")),
            number(*m_modest, QStringLiteral("SELECT count(*) FROM cases")) +
                number(*m_modest, QStringLiteral("SELECT count(*) FROM history WHERE "
                                                 "json_extract(detail, '$.text') IS NOT NULL")));
        QVERIFY(m_modest
                    ->run(QStringLiteral("INSERT INTO case_search(case_search) "
                                         "VALUES('integrity-check')"))
                    .ok());
        // A word only comments have finds comments: the rows after their
        // case's own (rowid << 24), numbered in the case's order.
        const qint64 found = number(
            *m_modest, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH "
                                      "'surety' AND rowid % 16777216 <> 0"));
        QVERIFY(found > 0);
        QCOMPARE(found, number(*m_modest, QStringLiteral("SELECT count(*) FROM history WHERE "
                                                         "json_extract(detail, '$.text') LIKE "
                                                         "'%surety%'")));
        QCOMPARE(number(*m_modest,
                        QStringLiteral("SELECT count(*) FROM case_search s LEFT JOIN cases c ON "
                                       "c.rowid = s.rowid >> 24 WHERE c.uuid IS NOT s.case_uuid")),
                 0);
    }

    void generate_modestSize_fullTextRowsAsMigration0006NumbersThem()
    {
        // Exactly the rows migration 0006 makes from the cases and their
        // history: the case's own at rowid << 24, its comments after it.
        const QString expected = QStringLiteral(
            "SELECT * FROM (SELECT rowid << 24, uuid, number || ' ' || subject || ' ' || "
            "description FROM cases "
            "UNION ALL "
            "SELECT (c.rowid << 24) + row_number() OVER (PARTITION BY c.rowid ORDER BY h.seq), "
            "c.uuid, json_extract(h.detail, '$.text') FROM history h JOIN cases c ON "
            "c.uuid = h.subject_uuid WHERE h.subject_kind = 'case' AND "
            "json_extract(h.detail, '$.text') IS NOT NULL)");
        const QString stored = QStringLiteral("SELECT rowid, case_uuid, body FROM case_search");
        QCOMPARE(
            number(*m_modest,
                   QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(expected, stored)),
            0);
        QCOMPARE(
            number(*m_modest,
                   QStringLiteral("SELECT count(*) FROM (%2 EXCEPT %1)").arg(expected, stored)),
            0);
    }

    void generate_modestSize_listSortKeysAsTheTriggersKeepThem()
    {
        // The generator writes the case row's sort keys itself (the triggers
        // of migration 0006 are dropped while it writes): they must be what
        // the triggers would have set, for every case.
        QCOMPARE(number(*m_modest,
                        QStringLiteral(
                            "SELECT count(*) FROM cases c WHERE (c.due_key, c.clock_rank) IS NOT ("
                            "SELECT coalesce(min(CASE WHEN k.stopped_at IS NULL AND k.kind <> "
                            "'statutory' AND k.running_since IS NOT NULL AND k.due_at IS NOT NULL "
                            "THEN k.due_at END), '9999'), "
                            "coalesce(min(CASE WHEN k.stopped_at IS NULL THEN CASE k.state "
                            "WHEN 'lapsed' THEN 0 WHEN 'breached' THEN 1 WHEN 'warning' THEN 2 "
                            "WHEN 'on-track' THEN 3 ELSE 4 END END), 5) "
                            "FROM clock k WHERE k.case_uuid = c.uuid)")),
                 0);
        QCOMPARE(number(*m_modest,
                        QStringLiteral("SELECT count(*) FROM cases c WHERE account_name IS NOT "
                                       "coalesce((SELECT a.name FROM account a WHERE a.uuid = "
                                       "c.account_uuid), '') OR assignee_name IS NOT "
                                       "coalesce((SELECT u.name FROM app_user u WHERE u.uuid = "
                                       "c.assignee_uuid), '')")),
                 0);
        // Not trivially so: running, paused and stopped clocks, assigned and unassigned cases.
        QCOMPARE(
            column(*m_modest, QStringLiteral("SELECT DISTINCT clock_rank FROM cases ORDER BY 1")),
            (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("4"), QStringLiteral("5")}));
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM cases WHERE due_key <> "
                                                 "'9999'")) > 0);
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM cases WHERE "
                                                 "assignee_name = ''")) > 0);
        QVERIFY(number(*m_modest, QStringLiteral("SELECT count(*) FROM cases WHERE "
                                                 "assignee_name <> ''")) > 0);
        // And the triggers that keep them are back.
        QCOMPARE(number(*m_modest, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                                  "'trigger' AND name IN ('clock_keys_insert', "
                                                  "'cases_names_insert')")),
                 2);
    }

    void generate_modestSize_detailsAsQJsonDocumentWritesThem()
    {
        // The details are written without QJsonDocument, byte for byte as it
        // writes them (CaseService's entries and these must not differ).
        Result<QSqlQuery> query = m_modest->run(QStringLiteral("SELECT seq, detail FROM history"));
        QVERIFY(query.ok());
        qint64 checked = 0;
        while (query->next()) {
            const QByteArray detail = query->value(1).toString().toUtf8();
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(detail, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, detail.constData());
            QCOMPARE(document.toJson(QJsonDocument::Compact), detail);
            ++checked;
        }
        QCOMPARE(checked, 20000);
    }

    void generate_modestSize_backInWalModeWithoutSearchFile()
    {
        // The journal is kept in memory while generating; the store is left in WAL mode.
        QCOMPARE(column(*m_modest, QStringLiteral("PRAGMA journal_mode")),
                 QStringList{QStringLiteral("wal")});
        // The connection's settings for generating are undone (temp_store 2 = MEMORY).
        QCOMPARE(column(*m_modest, QStringLiteral("PRAGMA temp_store")),
                 QStringList{QStringLiteral("2")});
        QCOMPARE(column(*m_modest, QStringLiteral("PRAGMA synchronous")),
                 QStringList{QStringLiteral("2")});
        // The full-text index's own file, made beside the store, is gone.
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.search-*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        QVERIFY(!column(*m_modest, QStringLiteral("SELECT name FROM pragma_database_list"))
                     .contains(QStringLiteral("generator_search")));
    }

    void generate_storeWithWork_refusedAndUnchanged()
    {
        const QByteArray before = contentHash(*m_modest);
        const Result<GeneratorSummary> again = Generator::generate(*m_modest, smallOptions(3));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("store"));
        QCOMPARE(again.error().rule, QStringLiteral("not-empty"));
        QCOMPARE(contentHash(*m_modest), before);
    }

    void generate_otherConnectionOpen_generatedInWalMode()
    {
        // Another connection keeps the store in WAL mode: the generation
        // cannot keep its journal in memory and writes through the WAL.
        auto store = openStore(QStringLiteral("shared.cdstore"));
        auto other = openStore(QStringLiteral("shared.cdstore"));
        QVERIFY(store && other);
        QCOMPARE(number(*other, QStringLiteral("SELECT count(*) FROM cases")), 0);
        const Result<GeneratorSummary> summary = Generator::generate(*store, smallOptions(7));
        QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(number(*other, QStringLiteral("SELECT count(*) FROM cases")), 800);
        QCOMPARE(column(*store, QStringLiteral("PRAGMA journal_mode")),
                 QStringList{QStringLiteral("wal")});
        const Result<ChainCheck> chain = HistoryLog::verifyChain(*other);
        QVERIFY(chain.ok());
        QCOMPARE(chain->firstBrokenSeq, 0);
        QCOMPARE(chain->entriesChecked, 5000);
        QVERIFY(other
                    ->run(QStringLiteral("INSERT INTO case_search(case_search) "
                                         "VALUES('integrity-check')"))
                    .ok());
        QCOMPARE(number(*other, QStringLiteral("SELECT count(*) FROM case_search")),
                 number(*other, QStringLiteral("SELECT count(*) FROM cases")) +
                     number(*other, QStringLiteral("SELECT count(*) FROM history WHERE "
                                                   "json_extract(detail, '$.text') IS NOT NULL")));
    }

    void generate_writeFailsHalfway_storeUnchanged()
    {
        // A clock refused after 2,000 cases: the third batch fails, the
        // generation is one transaction, nothing of it stays.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Result<std::unique_ptr<Store>> opened =
            Store::open(dir.filePath(QStringLiteral("failing.cdstore")));
        QVERIFY(opened.ok());
        Store& store = **opened;
        QVERIFY(store
                    .run(QStringLiteral(
                        "CREATE TRIGGER test_refuses_clock BEFORE INSERT ON clock "
                        "WHEN (SELECT count(*) FROM cases) >= 2000 "
                        "BEGIN SELECT RAISE(ABORT, 'the test refuses this clock'); END"))
                    .ok());
        // (The service-level defaults a store gets at its first use are not the generation's.)
        QVERIFY(ServiceLevels(store).ensureDefaults().ok());
        const QByteArray before = contentHash(store);
        const QStringList schemaBefore =
            column(store, QStringLiteral("SELECT type || name FROM sqlite_schema ORDER BY 1"));
        const QStringList filesBefore =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        GeneratorOptions options;
        options.accounts = 60;
        options.cases = 3000;
        options.events = 9000;
        const Result<GeneratorSummary> failed = Generator::generate(store, options);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("the test refuses this clock")),
                 qPrintable(failed.error().message));
        QCOMPARE(contentHash(store), before);
        QCOMPARE(number(store, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QVERIFY(!Generator::isGeneratedStore(store));
        // The dropped triggers are back, the journal is WAL again, the search file is gone.
        QCOMPARE(column(store, QStringLiteral("SELECT type || name FROM sqlite_schema ORDER BY 1")),
                 schemaBefore);
        QCOMPARE(column(store, QStringLiteral("PRAGMA journal_mode")),
                 QStringList{QStringLiteral("wal")});
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 filesBefore);
        const Result<QStringList> problems = store.integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void generate_fewerEventsThanCases_refused()
    {
        auto store = openStore(QStringLiteral("refused.cdstore"));
        QVERIFY(store);
        GeneratorOptions options = smallOptions(1);
        options.events = options.cases - 1;
        const Result<GeneratorSummary> refused = Generator::generate(*store, options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("events"));
        QCOMPARE(number(*store, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QVERIFY(!Generator::isGeneratedStore(*store));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
