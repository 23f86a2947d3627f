// The case list over a real store of 10^5 cases under QT_QPA_PLATFORM=offscreen:
// keyset pages on the worker, the count, the page cache, sorting, filters,
// full-text search and visibility. Times are printed, never asserted.
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/core/workflow.h"
#include "centerdesk/ui/caselistmodel.h"
#include "centerdesk/ui/casesview.h"
#include "centerdesk/ui/session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace centerdesk;

namespace {

const QByteArray password = "Tariff-Schedule-2026!";
constexpr int bulkCases = 100000;

const QByteArray seedCsv =
    "name,ior,center,size,nam,exam_port,exam_facility,contact_name,contact_role,contact_email,"
    "contact_phone,ctpat_tier,ctpat_from,ctpat_to,isa_from,isa_to\n"
    "Acme Pharma,12-345678900,PHC,large,,1001,Newark CES,,,,,,,,,\n"
    "Beta Chemicals,23-456789100,PHC,medium,,,,,,,,,,,,\n"
    "Gamma Electronics,34-567891200,ELE,small,,,,,,,,,,,,\n"
    "Delta Motors,45-678912300,AUT,large,,,,,,,,,,,,\n";

core::Actor actorOf(const core::User& user)
{
    return core::Actor{user.uuid, user.name, user.displayName, user.roles};
}

// Waits for the first page after `change`; returns its milliseconds, or -1.
qint64 firstPageAfter(ui::CaseListModel& model, const std::function<void()>& change)
{
    QSignalSpy spy(&model, &ui::CaseListModel::firstPageReady);
    change();
    if (!spy.wait(20000))
        return -1;
    // The count of every match follows the first page.
    if (!QTest::qWaitFor([&model] { return model.isCountKnown(); }, 20000))
        return -1;
    return spy.constLast().constFirst().toLongLong();
}

} // namespace

class TestCaseList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = core::Store::open(m_dir.filePath(QStringLiteral("cases.db")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(store).value();

        core::UserServiceOptions options;
        options.hashing = core::PasswordHasher::minimum();
        core::UserService users(*m_store, options);
        const core::Result<core::Actor> admin =
            users.createFirstAdministrator(QStringLiteral("ada.admin"), password);
        QVERIFY(admin.ok());
        m_admin = *admin;
        const core::Result<core::User> paula = users.addUser(
            m_admin, core::NewUser{QStringLiteral("paula.phc"),
                                   QStringLiteral("Paula Pratt"),
                                   password,
                                   {{core::Role::CenterStaff, QStringLiteral("PHC"), {}}}});
        QVERIFY(paula.ok());
        m_staff = actorOf(*paula);

        const core::Result<core::ImportReport> report =
            core::AccountImporter(*m_store).importBytes(m_admin, seedCsv);
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 4);

        // A few real cases, for full text and visibility.
        core::CaseService cases(*m_store);
        core::CaseInput phc;
        phc.type = QStringLiteral("general-inquiry");
        phc.account = QStringLiteral("12-345678900");
        phc.subject = QStringLiteral("Zeppelin valve classification");
        const core::Result<core::CaseRecord> phcCase = cases.create(m_staff, phc);
        QVERIFY2(phcCase.ok(), qPrintable(phcCase.ok() ? QString() : phcCase.error().message));
        m_phcNumber = phcCase->number;
        QVERIFY(
            cases.comment(m_staff, m_phcNumber, QStringLiteral("Bathyscaphe parts arrived")).ok());
        core::CaseInput ele = phc;
        ele.account = QStringLiteral("34-567891200");
        ele.subject = QStringLiteral("Quokka semiconductor hold");
        const core::Result<core::CaseRecord> eleCase = cases.create(m_admin, ele);
        QVERIFY2(eleCase.ok(), qPrintable(eleCase.ok() ? QString() : eleCase.error().message));
        m_eleNumber = eleCase->number;

        QElapsedTimer timer;
        timer.start();
        QVERIFY(bulkInsert());
        qInfo("inserted %d cases in %lld ms", bulkCases, timer.elapsed());
        m_total = count(QStringLiteral("SELECT count(*) FROM cases"));
        QCOMPARE(m_total, bulkCases + 2);
    }

    void model_passesModelTester_firstPageAndCountOnly()
    {
        ui::Session session(*m_store, m_admin);
        ui::CaseListModel model(session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy spy(&model, &ui::CaseListModel::firstPageReady);
        // The first page arrives before the count; the rows past it follow.
        // (Checked when the count arrives: both may be delivered in one turn
        // of the event loop.)
        bool pageBeforeCount = false;
        connect(&model, &ui::CaseListModel::countKnownChanged, this,
                [&] { pageBeforeCount = !spy.isEmpty(); });
        QVERIFY(spy.wait(20000));
        qInfo("first page at start: %lld ms", spy.constFirst().constFirst().toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown(), 20000);
        QVERIFY(pageBeforeCount);
        QCOMPARE(model.rowCount(), m_total);
        QVERIFY(model.isRowLoaded(0));
        QVERIFY(!model.isRowLoaded(m_total / 2));
        QVERIFY(model.loadedRowCount() <= 2 * ui::CaseListModel::pageSize);
        // The default order is the newest first, as CaseService::list.
        QCOMPARE(model.uuidAt(0),
                 text(QStringLiteral("SELECT uuid FROM cases ORDER BY opened_at DESC, rowid DESC "
                                     "LIMIT 1")));
        QCOMPARE(
            model.data(model.index(0, ui::CaseListModel::NumberColumn)).toString(),
            text(QStringLiteral("SELECT number FROM cases WHERE uuid = ?"), {model.uuidAt(0)}));
        // A row far away is "Loading..." until its page arrives.
        QCOMPARE(model.data(model.index(m_total / 3, 0)).toString(),
                 ui::CaseListModel::tr("Loading…"));
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(m_total / 3), 20000);
        QVERIFY(model.loadedRowCount() <= 3 * ui::CaseListModel::pageSize);
    }

    // The count and anchors worker yields a core to the GUI thread (nice
    // 10); the pages' worker, whose results the user waits for, does not.
    // (Read from Linux's /proc: CenterDesk runs on Debian.)
    void countWorker_runsAtLowerPriority_pageWorkerAtNormal()
    {
        ui::Session session(*m_store, m_admin);
        ui::CaseListModel model(session);
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown(), 20000);
        // Each of this process's threads by name: its nice value (field 19 of stat).
        QHash<QString, QList<int>> niceByName;
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
            QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
            if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            // After the name in parentheses: state is field 3, nice field 19.
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            niceByName[QString::fromUtf8(comm.readAll().trimmed())] << fields.value(16).toInt();
        }
        QCOMPARE(niceByName.value(QStringLiteral("caselist-count")), QList<int>{10});
        QCOMPARE(niceByName.value(QStringLiteral("caselist")), QList<int>{0});
    }

    void scrollToBottom_loadsLastPage_notTheMiddle()
    {
        ui::Session session(*m_store, m_admin);
        ui::CasesView view(session);
        ui::CaseListModel* model = view.model();
        QSignalSpy spy(model, &ui::CaseListModel::firstPageReady);
        view.resize(1200, 700);
        view.show();
        QVERIFY(spy.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(model->isCountKnown(), 20000);
        QCOMPARE(view.countLabel()->text(), ui::CasesView::tr("%n case(s)", nullptr, m_total));
        // Far pages asked for as soon as the count is known (before the page
        // anchors, when they are still being read) are read from the nearer
        // end: a quarter in from the start, and a quarter in from the end.
        for (const int far : {m_total / 4 + 3, m_total - m_total / 4 - 5}) {
            (void)model->data(model->index(far, 0));
            QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(far), 20000);
            QCOMPARE(model->uuidAt(far),
                     text(QStringLiteral("SELECT uuid FROM cases ORDER BY opened_at DESC, rowid "
                                         "DESC LIMIT 1 OFFSET ?"),
                          {far}));
        }
        view.table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(m_total - 1), 20000);
        QCOMPARE(model->sortColumn(), static_cast<int>(ui::CaseListModel::OpenedColumn));
        QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
        QVERIFY(!model->isRowLoaded(m_total / 2));
        QVERIFY2(model->loadedRowCount() <= 6 * ui::CaseListModel::pageSize,
                 qPrintable(QString::number(model->loadedRowCount())));
        // The last row is the oldest case (checked with OFFSET here, in the test only).
        QCOMPARE(model->uuidAt(m_total - 1),
                 text(QStringLiteral("SELECT uuid FROM cases ORDER BY opened_at ASC, rowid ASC "
                                     "LIMIT 1")));
        // A jump to the middle reads the page through its anchor, exactly.
        const int middle = m_total / 2 + 17;
        view.table()->scrollTo(model->index(middle, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(middle), 20000);
        QCOMPARE(model->uuidAt(middle),
                 text(QStringLiteral("SELECT uuid FROM cases ORDER BY opened_at DESC, rowid DESC "
                                     "LIMIT 1 OFFSET ?"),
                      {middle}));
        QVERIFY(model->loadedRowCount() <= 10 * ui::CaseListModel::pageSize);

        // Selecting a loaded row announces its case.
        QSignalSpy activated(&view, &ui::CasesView::caseActivated);
        view.table()->setCurrentIndex(model->index(middle, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toString(), model->uuidAt(middle));

        // Ctrl+F focuses the search box.
        view.activateWindow();
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view.searchField()->hasFocus());
    }

    void sortByNumber_descendingAndAscending_firstRowsRight()
    {
        ui::Session session(*m_store, m_admin);
        ui::CaseListModel model(session);
        QVERIFY(firstPageAfter(model, [] {}) >= 0);
        const QString largest = text(QStringLiteral("SELECT max(number) FROM cases"));
        const QString smallest = text(QStringLiteral("SELECT min(number) FROM cases"));
        const qint64 down = firstPageAfter(
            model, [&] { model.sort(ui::CaseListModel::NumberColumn, Qt::DescendingOrder); });
        QVERIFY(down >= 0);
        qInfo("first page after sort by number, descending: %lld ms", down);
        QCOMPARE(model.data(model.index(0, ui::CaseListModel::NumberColumn)).toString(), largest);
        QCOMPARE(model.rowCount(), m_total);
        // The second page follows the first by its keyset.
        const int second = ui::CaseListModel::pageSize + 3;
        model.data(model.index(second, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(second), 20000);
        QCOMPARE(model.data(model.index(second, ui::CaseListModel::NumberColumn)).toString(),
                 text(QStringLiteral("SELECT number FROM cases ORDER BY number DESC LIMIT 1 "
                                     "OFFSET ?"),
                      {second}));
        const qint64 up = firstPageAfter(
            model, [&] { model.sort(ui::CaseListModel::NumberColumn, Qt::AscendingOrder); });
        QVERIFY(up >= 0);
        qInfo("first page after sort by number, ascending: %lld ms", up);
        QCOMPARE(model.data(model.index(0, ui::CaseListModel::NumberColumn)).toString(), smallest);
        // Every other column sorts without an error.
        QSignalSpy failures(&model, &ui::CaseListModel::failed);
        for (int column = 0; column < ui::CaseListModel::ColumnCount; ++column) {
            const qint64 ms =
                firstPageAfter(model, [&] { model.sort(column, Qt::DescendingOrder); });
            QVERIFY(ms >= 0);
            qInfo("first page after sort by column %d: %lld ms", column, ms);
        }
        QCOMPARE(failures.size(), 0);
    }

    // A page keeps its rows' texts as UTF-8 and makes each cell when asked:
    // every column of rows on three pages read through the keyset of an
    // integer sort key, against the store.
    void cells_matchTheStore_onPagesOfAnIntegerKey()
    {
        ui::Session session(*m_store, m_admin);
        ui::CaseListModel model(session);
        QVERIFY(firstPageAfter(model, [] {}) >= 0);
        QVERIFY(firstPageAfter(model, [&] {
                    model.sort(ui::CaseListModel::PriorityColumn, Qt::DescendingOrder);
                }) >= 0);
        const QString order = QStringLiteral(
            " FROM cases ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN "
            "'normal' THEN 2 ELSE 3 END DESC, rowid DESC LIMIT 1 OFFSET ?");
        const int pageSize = ui::CaseListModel::pageSize;
        for (const int row : {0, pageSize - 1, pageSize, pageSize + 7, 2 * pageSize + 1}) {
            // Each page after the first follows its loaded neighbour's last key.
            (void)model.data(model.index(row, 0));
            QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(row), 20000);
            auto expected = m_store->run(
                QStringLiteral("SELECT uuid, number, type, account_name, state, "
                               "coalesce(assignee_name, ''), priority, escalation_level, "
                               "opened_at, due_key, clock_rank") +
                    order,
                {row});
            QVERIFY(expected && expected->next());
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return model.data(model.index(row, column), role);
            };
            QCOMPARE(model.uuidAt(row), expected->value(0).toString());
            QCOMPARE(cell(0, ui::CaseListModel::UuidRole).toString(),
                     expected->value(0).toString());
            QCOMPARE(cell(ui::CaseListModel::NumberColumn).toString(),
                     expected->value(1).toString());
            const core::WorkflowDefinition* type =
                core::WorkflowRegistry::builtIn().find(expected->value(2).toString());
            QVERIFY(type);
            QCOMPARE(cell(ui::CaseListModel::TypeColumn).toString(), type->label);
            QCOMPARE(cell(ui::CaseListModel::AccountColumn).toString(),
                     expected->value(3).toString());
            QCOMPARE(cell(ui::CaseListModel::StateColumn).toString(),
                     type->state(expected->value(4).toString())->label);
            QCOMPARE(cell(ui::CaseListModel::AssigneeColumn).toString(),
                     expected->value(5).toString());
            const QString priority = expected->value(6).toString();
            QCOMPARE(cell(ui::CaseListModel::PriorityColumn).toString(),
                     priority.left(1).toUpper() + priority.mid(1));
            QCOMPARE(cell(ui::CaseListModel::LevelColumn).toString(),
                     expected->value(7).toString());
            QCOMPARE(cell(ui::CaseListModel::OpenedColumn).toString(),
                     QLocale().toString(
                         core::fromStoredTime(expected->value(8).toString()).toLocalTime().date(),
                         QLocale::ShortFormat));
            const QString dueKey = expected->value(9).toString();
            QCOMPARE(cell(ui::CaseListModel::NextDueColumn).toString(),
                     dueKey == QLatin1String("9999")
                         ? QString()
                         : QLocale().toString(core::fromStoredTime(dueKey).toLocalTime(),
                                              QLocale::ShortFormat));
            const QStringList states{QStringLiteral("lapsed"), QStringLiteral("breached"),
                                     QStringLiteral("warning"), QStringLiteral("on-track"),
                                     QStringLiteral("paused")};
            const int rank = expected->value(10).toInt();
            const QString state = rank >= 0 && rank < states.size() ? states.at(rank) : QString();
            QCOMPARE(cell(ui::CaseListModel::ClockColumn).toString(),
                     ui::CaseListModel::clockLabel(state));
        }

        // A clock's state and due time, on the rows of a running clock.
        QVERIFY(firstPageAfter(model, [&] {
                    model.sort(ui::CaseListModel::ClockColumn, Qt::AscendingOrder);
                }) >= 0);
        const QString uuid = text(
            QStringLiteral("SELECT uuid FROM cases ORDER BY clock_rank ASC, rowid ASC LIMIT 1"));
        QCOMPARE(model.uuidAt(0), uuid);
        const QModelIndex clock = model.index(0, ui::CaseListModel::ClockColumn);
        QCOMPARE(clock.data().toString(),
                 ui::CaseListModel::clockLabel(QStringLiteral("breached")));
        QCOMPARE(clock.data(Qt::DecorationRole).value<QColor>(),
                 ui::CaseListModel::clockColor(QStringLiteral("breached")));
        const QString due =
            text(QStringLiteral("SELECT min(due_at) FROM clock WHERE case_uuid = ?"), {uuid});
        QCOMPARE(model.index(0, ui::CaseListModel::NextDueColumn).data().toString(),
                 QLocale().toString(core::fromStoredTime(due).toLocalTime(), QLocale::ShortFormat));
    }

    void filters_narrow_likeSql_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("where");
        QTest::addRow("type") << "type"
                              << "protest"
                              << "c.type = 'protest'";
        QTest::addRow("state") << "state"
                               << "reported"
                               << "c.state = 'reported'";
        QTest::addRow("center") << "center"
                                << "ELE"
                                << "c.center_code = 'ELE'";
        QTest::addRow("port") << "port"
                              << "1001"
                              << "c.port_code = '1001'";
        QTest::addRow("assignee") << "assignee"
                                  << "ada.admin"
                                  << "c.assignee_uuid = (SELECT uuid FROM app_user WHERE name = "
                                     "'ada.admin')";
        QTest::addRow("overdue") << "overdue"
                                 << ""
                                 << "EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid AND "
                                    "k.state IN ('breached', 'lapsed'))";
        QTest::addRow("due within 100 years")
            << "due"
            << "36500"
            << "EXISTS (SELECT 1 FROM clock k WHERE k.case_uuid = c.uuid AND k.stopped_at IS NULL "
               "AND k.due_at IS NOT NULL)";
        QTest::addRow("type and center") << "type+center"
                                         << "protest"
                                         << "c.type = 'protest' AND c.center_code = 'ELE'";
    }
    void filters_narrow_likeSql()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, where);
        ui::Session session(*m_store, m_admin);
        ui::CaseListModel model(session);
        QVERIFY(firstPageAfter(model, [] {}) >= 0);
        ui::CaseListFilter filter;
        if (field.startsWith(QLatin1String("type")))
            filter.type = value;
        if (field.endsWith(QLatin1String("center")))
            filter.centerCode = QStringLiteral("ELE");
        if (field == QLatin1String("state"))
            filter.state = value;
        if (field == QLatin1String("port"))
            filter.portCode = value;
        if (field == QLatin1String("assignee"))
            filter.assigneeName = value;
        if (field == QLatin1String("overdue"))
            filter.overdueOnly = true;
        if (field == QLatin1String("due"))
            filter.dueWithinDays = value.toInt();
        const qint64 ms = firstPageAfter(model, [&] { model.setFilter(filter); });
        QVERIFY(ms >= 0);
        qInfo("first page after filter %s: %lld ms", qPrintable(field), ms);
        const int expected = count(QStringLiteral("SELECT count(*) FROM cases c WHERE ") + where);
        QVERIFY(expected > 0);
        QVERIFY(expected < m_total);
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(model.loadedRowCount() <= ui::CaseListModel::pageSize);
    }

    void search_findsSubjectAndCommentWords()
    {
        ui::Session session(*m_store, m_admin);
        ui::CaseListModel model(session);
        QVERIFY(firstPageAfter(model, [] {}) >= 0);
        for (const QString& words : {QStringLiteral("zeppelin"), QStringLiteral("ZEPP valv"),
                                     QStringLiteral("bathyscaphe"), QStringLiteral("bathys")}) {
            ui::CaseListFilter filter;
            filter.text = words;
            const qint64 ms = firstPageAfter(model, [&] { model.setFilter(filter); });
            QVERIFY(ms >= 0);
            qInfo("first page after search \"%s\": %lld ms", qPrintable(words), ms);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.data(model.index(0, 0)).toString(), m_phcNumber);
        }
        // FTS5 syntax in user input is only text.
        ui::CaseListFilter odd;
        odd.text = QStringLiteral("\"zeppelin\" OR NEAR(");
        QVERIFY(firstPageAfter(model, [&] { model.setFilter(odd); }) >= 0);
        QCOMPARE(model.rowCount(), 0);
        // The bulk cases' subjects are searchable as well.
        ui::CaseListFilter bulk;
        bulk.text = QStringLiteral("widget");
        const qint64 common = firstPageAfter(model, [&] { model.setFilter(bulk); });
        QVERIFY(common >= 0);
        qInfo("first page after search \"widget\" (every bulk case): %lld ms", common);
        // A word in most cases is answered from the bitmap of matching cases
        // while the list walks its own order: the same rows as SQL's.
        for (const int row : {0, ui::CaseListModel::pageSize - 1}) {
            QTRY_VERIFY(model.isRowLoaded(row));
            QCOMPARE(
                model.uuidAt(row),
                text(QStringLiteral("SELECT uuid FROM cases WHERE rowid IN (SELECT rowid >> 24 "
                                    "FROM case_search WHERE case_search MATCH '\"widget\"*') "
                                    "ORDER BY opened_at DESC, rowid DESC LIMIT 1 OFFSET ?"),
                     {row}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown(), 20000);
        QCOMPARE(model.rowCount(), bulkCases);
        // The start of the word, in capitals: the terms it begins, the same cases.
        bulk.text = QStringLiteral("WIDG");
        QVERIFY(firstPageAfter(model, [&] { model.setFilter(bulk); }) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown(), 20000);
        QCOMPARE(model.rowCount(), bulkCases);
        // Every word must match: a common and a rare word together.
        bulk.text = QStringLiteral("widget zeppelin");
        QVERIFY(firstPageAfter(model, [&] { model.setFilter(bulk); }) >= 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void centerStaff_doesNotSeeOtherCenters()
    {
        ui::Session session(*m_store, m_staff);
        ui::CasesView view(session);
        ui::CaseListModel* model = view.model();
        QVERIFY(firstPageAfter(*model, [] {}) >= 0);
        QCOMPARE(model->rowCount(),
                 count(QStringLiteral("SELECT count(*) FROM cases WHERE center_code = 'PHC'")));
        const qint64 ms = firstPageAfter(
            *model, [&] { QTest::keyClicks(view.searchField(), QStringLiteral("quokka")); });
        QVERIFY(ms >= 0);
        QCOMPARE(model->filter().text, QStringLiteral("quokka"));
        QCOMPARE(model->rowCount(), 0);
        // The administrator finds the ELE case with the same words.
        ui::Session adminSession(*m_store, m_admin);
        ui::CaseListModel all(adminSession);
        ui::CaseListFilter filter;
        filter.text = QStringLiteral("quokka");
        QVERIFY(firstPageAfter(all, [&] { all.setFilter(filter); }) >= 0);
        QCOMPARE(all.rowCount(), 1);
        QCOMPARE(all.data(all.index(0, 0)).toString(), m_eleNumber);
    }

    void cleanupTestCase() { m_store.reset(); }

private:
    bool bulkInsert()
    {
        QList<QPair<QString, QString>> accounts; // uuid, center
        {
            auto query =
                m_store->run(QStringLiteral("SELECT uuid, center_code FROM account ORDER BY name"));
            if (!query)
                return false;
            while (query->next())
                accounts.append({query->value(0).toString(), query->value(1).toString()});
        }
        const core::WorkflowRegistry& registry = core::WorkflowRegistry::builtIn();
        const QList<core::WorkflowDefinition>& types = registry.all();
        sqlite3* db = nullptr;
        const QByteArray path = m_store->path().toUtf8();
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return false;
        sqlite3_busy_timeout(db, 5000);
        // Test data only: no fsync per page, a larger cache for the indexes.
        sqlite3_exec(db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -131072", nullptr, nullptr,
                     nullptr);
        bool ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_stmt* insertCase = nullptr;
        sqlite3_stmt* insertClock = nullptr;
        ok = ok &&
             sqlite3_prepare_v2(
                 db,
                 "INSERT INTO cases (uuid, updated_at, number, type, account_uuid, center_code, "
                 "port_code, subject, state, state_category, priority, assignee_uuid, opened_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 -1, &insertCase, nullptr) == SQLITE_OK &&
             sqlite3_prepare_v2(db,
                                "INSERT INTO clock (uuid, updated_at, case_uuid, kind, started_at, "
                                "running_since, due_at, state) VALUES (?, ?, ?, 'resolution', ?, "
                                "?, ?, 'breached')",
                                -1, &insertClock, nullptr) == SQLITE_OK;
        const QDateTime base(QDate(2019, 1, 1), QTime(8, 0), QTimeZone::utc());
        const char* priorities[] = {"low", "normal", "high", "urgent"};
        auto bind = [](sqlite3_stmt* statement, int column, const QByteArray& value) {
            sqlite3_bind_text(statement, column, value.constData(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        };
        const QByteArray adminUuid = m_admin.userUuid.toUtf8();
        for (int i = 0; ok && i < bulkCases; ++i) {
            const auto& account = accounts.at(i % accounts.size());
            const core::WorkflowDefinition& type = types.at((i / 4) % types.size());
            const core::WorkflowState* initial = type.state(type.initial);
            const QByteArray uuid = QStringLiteral("00000000-0000-4000-8000-%1")
                                        .arg(i, 12, 10, QLatin1Char('0'))
                                        .toUtf8();
            const QByteArray opened = core::toStoredTime(base.addSecs(qint64{i} * 600)).toUtf8();
            bind(insertCase, 1, uuid);
            bind(insertCase, 2, opened);
            bind(insertCase, 3,
                 QStringLiteral("%1-2019-%2")
                     .arg(account.second)
                     .arg(i, 6, 10, QLatin1Char('0'))
                     .toUtf8());
            bind(insertCase, 4, type.type.toUtf8());
            bind(insertCase, 5, account.first.toUtf8());
            bind(insertCase, 6, account.second.toUtf8());
            if (i % 10 == 0)
                bind(insertCase, 7, "1001");
            else
                sqlite3_bind_null(insertCase, 7);
            bind(insertCase, 8, QStringLiteral("Bulk widget case %1").arg(i).toUtf8());
            bind(insertCase, 9, type.initial.toUtf8());
            bind(insertCase, 10, core::categoryName(initial->category).toUtf8());
            sqlite3_bind_text(insertCase, 11, priorities[i % 4], -1, SQLITE_STATIC);
            if (i % 7 == 0)
                bind(insertCase, 12, adminUuid);
            else
                sqlite3_bind_null(insertCase, 12);
            bind(insertCase, 13, opened);
            ok = sqlite3_step(insertCase) == SQLITE_DONE;
            sqlite3_reset(insertCase);
            if (ok && i % 100 == 0) {
                const QByteArray clockUuid = QStringLiteral("00000000-0000-4000-9000-%1")
                                                 .arg(i, 12, 10, QLatin1Char('0'))
                                                 .toUtf8();
                bind(insertClock, 1, clockUuid);
                bind(insertClock, 2, opened);
                bind(insertClock, 3, uuid);
                bind(insertClock, 4, opened);
                bind(insertClock, 5, opened);
                bind(insertClock, 6,
                     core::toStoredTime(base.addSecs(qint64{i} * 600 + 3600)).toUtf8());
                ok = sqlite3_step(insertClock) == SQLITE_DONE;
                sqlite3_reset(insertClock);
            }
        }
        if (!ok)
            qWarning("bulk insert: %s", sqlite3_errmsg(db));
        sqlite3_finalize(insertCase);
        sqlite3_finalize(insertClock);
        ok = sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK &&
             ok;
        sqlite3_close(db);
        return ok;
    }

    int count(const QString& sql) { return text(sql).toInt(); }
    QString text(const QString& sql, const QVariantList& bindings = {})
    {
        auto query = m_store->run(sql, bindings);
        if (!query || !query->next())
            return QStringLiteral("<no result>");
        return query->value(0).toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;
    core::Actor m_admin;
    core::Actor m_staff;
    QString m_phcNumber;
    QString m_eleNumber;
    int m_total = 0;
};

QTEST_MAIN(TestCaseList)
#include "tst_caselist.moc"
