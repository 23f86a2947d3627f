// Drives the real main window under QT_QPA_PLATFORM=offscreen.
#include "centerdesk/core/store.h"
#include "centerdesk/ui/aboutdialog.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/mainwindow.h"
#include "centerdesk/ui/recordtablemodel.h"
#include "centerdesk/ui/referencedataview.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/storeopener.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk;

namespace {

// Answers the application's dialogs the way a test tells it to.
class ScriptedDialogs final : public ui::DialogSeam
{
public:
    QStringList messages;
    QStringList answers; // paths to give when asked for another store

    void showError(QWidget*, const QString&, const QString& message) override
    {
        messages << message;
    }
    QString askForOtherStore(QWidget*, const QString& message) override
    {
        messages << message;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Saves a screenshot for the README when CENTERDESK_SCREENSHOT_DIR is set.
void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("CENTERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<ui::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    void cleanup() { m_settings.reset(); }

    void referenceView_offscreen_showsTheTenCenters()
    {
        auto store = core::Store::open(m_dir.filePath(QStringLiteral("gui.db")));
        QVERIFY(store.ok());
        ScriptedDialogs dialogs;
        ui::MainWindow window(**store, *m_settings, dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(window.showView(QStringLiteral("reference")));
        QCOMPARE(window.currentViewKey(), QStringLiteral("reference"));
        ui::ReferenceDataView* view = window.referenceView();
        QTableView* centers = view->findChild<QTableView*>(QStringLiteral("centersTable"));
        QVERIFY(centers);
        QCOMPARE(centers->model()->rowCount(), 10);
        QStringList codes;
        for (int row = 0; row < 10; ++row)
            codes << centers->model()->index(row, 0).data().toString();
        QVERIFY(codes.contains(QStringLiteral("PHC")));
        QVERIFY(codes.contains(QStringLiteral("AGR")));
        saveScreenshot(window, QStringLiteral("reference-data"));
        QVERIFY(dialogs.messages.isEmpty());
    }

    void referenceSearch_typingZone_filtersEveryTab()
    {
        auto store = core::Store::open(m_dir.filePath(QStringLiteral("search.db")));
        QVERIFY(store.ok());
        ScriptedDialogs dialogs;
        ui::MainWindow window(**store, *m_settings, dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ReferenceDataView* view = window.referenceView();
        QLineEdit* search = view->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("los_angeles"));
        QCOMPARE(view->centersTable()->model()->rowCount(), 2); // AFT and ELE
        search->clear();
        QTest::keyClicks(search, QStringLiteral("portland"));
        QCOMPARE(view->centersTable()->model()->rowCount(), 0);
        auto* ports = view->findChild<QTableView*>(QStringLiteral("portsTable"));
        QCOMPARE(ports->model()->rowCount(), 2); // Portland ME and Portland OR
        QCOMPARE(ports->model()->index(0, 0).data().toString(), QStringLiteral("0101"));
    }

    void recordTableModel_passesModelTester()
    {
        ui::RecordTableModel model({QStringLiteral("A"), QStringLiteral("B")});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({{QStringLiteral("1"), QStringLiteral("x")}, {QStringLiteral("2")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), QString());
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void aboutDialog_showsVersionsAndStoreSchema()
    {
        auto store = core::Store::open(m_dir.filePath(QStringLiteral("about.db")));
        QVERIFY(store.ok());
        ui::AboutDialog about(store->get());
        QVERIFY(about.versionText().contains(QStringLiteral("SQLite 3.")));
        QVERIFY(about.versionText().contains(
            QStringLiteral("schema %1").arg(core::Store::latestSchemaVersion())));
    }

    void startup_storeNotADatabase_explainsAndOffersAnother()
    {
        const QString bad = m_dir.filePath(QStringLiteral("spreadsheet.xlsx"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not a database");
        file.close();
        const QByteArray before = fileBytes(bad);

        ScriptedDialogs dialogs;
        dialogs.answers << m_dir.filePath(QStringLiteral("chosen.db"));
        std::unique_ptr<core::Store> store = ui::openStoreInteractively(bad, dialogs);
        QVERIFY(store);
        QCOMPARE(QFileInfo(store->path()).fileName(), QStringLiteral("chosen.db"));
        QCOMPARE(dialogs.messages.size(), 1);
        QVERIFY(dialogs.messages.first().contains(QDir::toNativeSeparators(bad)));
        QCOMPARE(fileBytes(bad), before);
    }

    void startup_userQuits_returnsNoStore()
    {
        const QString bad = m_dir.filePath(QStringLiteral("quit.txt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        ScriptedDialogs dialogs;
        QVERIFY(!ui::openStoreInteractively(bad, dialogs));
        QCOMPARE(dialogs.messages.size(), 1);
    }

    void windowState_closedAndReopened_restoresGeometry()
    {
        auto store = core::Store::open(m_dir.filePath(QStringLiteral("state.db")));
        QVERIFY(store.ok());
        ScriptedDialogs dialogs;
        {
            ui::MainWindow window(**store, *m_settings, dialogs);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 610);
            window.close();
        }
        QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
        ui::MainWindow reopened(**store, *m_settings, dialogs);
        QCOMPARE(reopened.size(), QSize(900, 610));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::Settings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
