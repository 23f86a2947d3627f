// The account views over a real store under QT_QPA_PLATFORM=offscreen: the
// list with its search and filters, the detail, the portfolio and the CSV
// import, each acting as a real user (administrator, NAM, Center staff).
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/accountdetailview.h"
#include "centerdesk/ui/accountsview.h"
#include "centerdesk/ui/accounttablemodel.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/importaccountsdialog.h"
#include "centerdesk/ui/portfolioview.h"
#include "centerdesk/ui/session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk;

namespace {

class ScriptedDialogs final : public ui::DialogSeam
{
public:
    QStringList messages;

    void showError(QWidget*, const QString&, const QString& message) override
    {
        messages << message;
    }
    QString askForOtherStore(QWidget*, const QString& message) override
    {
        messages << message;
        return {};
    }
};

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("CENTERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

core::Actor actorOf(const core::User& user)
{
    return core::Actor{user.uuid, user.name, user.displayName, user.roles};
}

const QByteArray password = "Tariff-Schedule-2026!";

// Five accounts: two of nina's, two of omar's, one without NAM; three in PHC.
//   Acme Pharma        PHC  ISA today (C-TPAT II since 2020, ISA since 2021-06)
//   Beta Chemicals     PHC  C-TPAT I
//   Gamma Electronics  ELE  standard (no programs)
//   Delta Motors       AUT  standard today (C-TPAT III ended 2020-12-31)
//   Epsilon Health     PHC  standard
const QByteArray seedCsv =
    "name,ior,center,size,nam,exam_port,exam_facility,contact_name,contact_role,contact_email,"
    "contact_phone,ctpat_tier,ctpat_from,ctpat_to,isa_from,isa_to\n"
    "Acme Pharma,12-345678900,PHC,large,nina.nam,1001,Newark CES,Ann Lee,Compliance manager,"
    "ann.lee@acme.example,+1 212 555 0100,2,2020-01-01,,2021-06-01,\n"
    "Beta Chemicals,23-456789100,PHC,medium,,,,,,,,1,2022-03-01,,,\n"
    "Gamma Electronics,34-567891200,ELE,small,nina.nam,,,Gil Park,Broker,gil@gamma.example,,,,,,\n"
    "Delta Motors,45-678912300,AUT,large,omar.nam,,,,,,,3,2019-01-01,2020-12-31,,\n"
    "Epsilon Health,56-789123400,PHC,small,omar.nam,,,,,,,,,,,\n";

} // namespace

class TestAccountsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = core::Store::open(m_dir->filePath(QStringLiteral("accounts.db")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(store).value();

        core::UserServiceOptions options;
        options.hashing = core::PasswordHasher::minimum();
        core::UserService users(*m_store, options);
        const core::Result<core::Actor> admin =
            users.createFirstAdministrator(QStringLiteral("ada.admin"), password);
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message));
        m_admin = *admin;
        auto add = [&](const QString& name, const QString& display,
                       const core::RoleAssignment& role) -> std::optional<core::Actor> {
            const core::Result<core::User> user =
                users.addUser(m_admin, core::NewUser{name, display, password, {role}});
            if (!user) {
                qWarning() << user.error().message;
                return std::nullopt;
            }
            return actorOf(*user);
        };
        const auto nina = add(QStringLiteral("nina.nam"), QStringLiteral("Nina Navarro"),
                              {core::Role::Nam, {}, {}});
        const auto omar = add(QStringLiteral("omar.nam"), QStringLiteral("Omar Okafor"),
                              {core::Role::Nam, {}, {}});
        const auto paula = add(QStringLiteral("paula.phc"), QStringLiteral("Paula Pratt"),
                               {core::Role::CenterStaff, QStringLiteral("PHC"), {}});
        QVERIFY(nina && omar && paula);
        m_nam = *nina;
        m_otherNam = *omar;
        m_staff = *paula;

        core::AccountImporter importer(*m_store);
        const core::Result<core::ImportReport> report = importer.importBytes(m_admin, seedCsv);
        QVERIFY(report.ok());
        for (const core::ImportProblem& problem : report->problems)
            qWarning() << problem.line << problem.field << problem.rule << problem.message;
        QCOMPARE(report->imported, 5);
        m_uuids.clear();
        for (const core::AccountSummary& account : allAccounts())
            m_uuids.insert(account.name, account.uuid);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void accountTableModel_passesModelTester()
    {
        ui::AccountTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(allAccounts());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 6);
        const int acme = model.rowOf(m_uuids.value(QStringLiteral("Acme Pharma")));
        QVERIFY(acme >= 0);
        QCOMPARE(model.index(acme, ui::AccountTableModel::TierColumn).data().toString(),
                 core::tierLabel(core::ServiceTier::Isa));
        QCOMPARE(model.index(acme, ui::AccountTableModel::NameColumn)
                     .data(ui::AccountTableModel::UuidRole)
                     .toString(),
                 m_uuids.value(QStringLiteral("Acme Pharma")));
        QVERIFY(model.index(acme, ui::AccountTableModel::TierColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("derived")));
        QCOMPARE(model.headerData(ui::AccountTableModel::IorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Importer no."));
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(m_uuids.value(QStringLiteral("Acme Pharma"))), -1);
    }

    void accountsView_admin_listsEveryAccountSortedByName()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->model()->rowCount(), 5);
        QCOMPARE(view.countLabel()->text(), QStringLiteral("5 accounts"));
        QCOMPARE(view.table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Acme Pharma"));
        // Sorting by tier goes by rank: ISA (Acme) is the highest.
        view.table()->sortByColumn(ui::AccountTableModel::TierColumn, Qt::DescendingOrder);
        QCOMPARE(view.table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Acme Pharma"));
        QCOMPARE(view.table()->model()->index(1, 0).data().toString(),
                 QStringLiteral("Beta Chemicals"));
        QCOMPARE(view.centerFilter()->count(), 11);
        QCOMPARE(view.namFilter()->count(), 3); // All + nina + omar
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("importAccountsButton"))->isEnabled());
        QVERIFY(dialogs.messages.isEmpty());
    }

    void search_typingNameOrImporterNumber_filtersTable()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QLineEdit* search = view.searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("pharma"));
        QTRY_COMPARE(view.table()->model()->rowCount(), 1);
        QCOMPARE(view.table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Acme Pharma"));
        QCOMPARE(view.countLabel()->text(), QStringLiteral("1 account"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("23-4567"));
        // The list reloads shortly after the last keystroke.
        QTRY_COMPARE(view.table()->model()->index(0, 0).data().toString(),
                     QStringLiteral("Beta Chemicals"));
        QCOMPARE(view.table()->model()->rowCount(), 1);

        search->clear();
        QTest::keyClicks(search, QStringLiteral("no such importer"));
        QTRY_COMPARE(view.table()->model()->rowCount(), 0);
        QCOMPARE(view.countLabel()->text(), QStringLiteral("0 accounts"));
        search->clear();
        QTRY_COMPARE(view.table()->model()->rowCount(), 5);
    }

    void accountsView_moreThanMaxListed_showsFirstPageAndSaysSo()
    {
        QByteArray csv = "name,ior,center,size\n";
        for (int i = 0; i < ui::AccountsView::maxListed; ++i) {
            csv += "Bulk importer " + QByteArray::number(10000 + i) + ",250101-" +
                   QByteArray::number(10000 + i) + ",MAC,small\n";
        }
        core::AccountImporter importer(*m_store);
        const core::Result<core::ImportReport> report = importer.importBytes(m_admin, csv);
        QVERIFY(report.ok() && report->ok());

        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        QCOMPARE(view.table()->model()->rowCount(), ui::AccountsView::maxListed);
        QVERIFY(view.isTruncated());
        QVERIFY(view.countLabel()->text().contains(QStringLiteral("search or filter")));
        // Every bulk account is selectable at once and the selection survives a reload.
        view.table()->selectAll();
        QCOMPARE(view.selectedUuids().size(), ui::AccountsView::maxListed);
        view.reload();
        QCOMPARE(view.selectedUuids().size(), ui::AccountsView::maxListed);

        view.centerFilter()->setCurrentIndex(view.centerFilter()->findData(QStringLiteral("PHC")));
        QCOMPARE(view.table()->model()->rowCount(), 3);
        QVERIFY(!view.isTruncated());
        QCOMPARE(view.countLabel()->text(), QStringLiteral("3 accounts"));
    }

    void ctrlF_anywhereInView_focusesSearch()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
        QVERIFY(!view.searchField()->hasFocus());
        QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view.searchField()->hasFocus());
    }

    void filters_centerAndTier_filterTable()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        QComboBox* center = view.centerFilter();
        QComboBox* tier = view.tierFilter();
        center->setCurrentIndex(center->findData(QStringLiteral("PHC")));
        QCOMPARE(view.table()->model()->rowCount(), 3);
        tier->setCurrentIndex(tier->findData(core::tierName(core::ServiceTier::Ctpat)));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        QCOMPARE(view.table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Beta Chemicals"));
        center->setCurrentIndex(0);
        tier->setCurrentIndex(tier->findData(core::tierName(core::ServiceTier::Standard)));
        QCOMPARE(view.table()->model()->rowCount(), 3); // Gamma, Delta, Epsilon
        tier->setCurrentIndex(0);
        QComboBox* nam = view.namFilter();
        nam->setCurrentIndex(nam->findData(QStringLiteral("omar.nam")));
        QCOMPARE(view.table()->model()->rowCount(), 2);
        QComboBox* size = view.sizeFilter();
        size->setCurrentIndex(size->findData(QStringLiteral("large")));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        QCOMPARE(view.table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Delta Motors"));
    }

    void detail_selectedAccount_showsProgramsTierHistoryContactsAndHistory()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectAccount(m_uuids.value(QStringLiteral("Acme Pharma"))));
        ui::AccountDetailView* detail = view.detailView();
        QCOMPARE(detail->accountUuid(), m_uuids.value(QStringLiteral("Acme Pharma")));
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("accountName"))->text(),
                 QStringLiteral("Acme Pharma"));
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("tierBadge"))->text(),
                 core::tierLabel(core::ServiceTier::Isa));
        QVERIFY(detail->findChild<QLabel*>(QStringLiteral("accountExamLocation"))
                    ->text()
                    .contains(QStringLiteral("Newark CES")));
        QVERIFY(detail->findChild<QLabel*>(QStringLiteral("accountNam"))
                    ->text()
                    .contains(QStringLiteral("nina.nam")));

        QTableWidget* programs = detail->programsTable();
        QCOMPARE(programs->rowCount(), 2);
        QCOMPARE(programs->item(0, 0)->text(), QStringLiteral("C-TPAT tier II"));
        QCOMPARE(programs->item(0, 1)->text(), QStringLiteral("2020-01-01"));
        QCOMPARE(programs->item(1, 0)->text(), QStringLiteral("ISA"));

        QTableWidget* tiers = detail->tierHistoryTable();
        QCOMPARE(tiers->rowCount(), 2);
        QCOMPARE(tiers->item(0, 0)->text(), QStringLiteral("2020-01-01"));
        QCOMPARE(tiers->item(0, 1)->text(), QStringLiteral("2021-05-31"));
        QCOMPARE(tiers->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("ctpat"));
        QCOMPARE(tiers->item(1, 0)->text(), QStringLiteral("2021-06-01"));
        QCOMPARE(tiers->item(1, 2)->data(Qt::UserRole).toString(), QStringLiteral("isa"));

        QTableWidget* contacts = detail->contactsTable();
        QCOMPARE(contacts->rowCount(), 1);
        QCOMPARE(contacts->item(0, 0)->text(), QStringLiteral("Ann Lee"));
        QVERIFY(!contacts->item(0, 4)->text().isEmpty()); // marked problem resolution

        QTableWidget* history = detail->historyTable();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("ada.admin"));
        QCOMPARE(history->item(0, 2)->data(Qt::UserRole).toString(), QStringLiteral("created"));
        QVERIFY(detail->canEdit());
        QVERIFY(detail->findChild<QPushButton*>(QStringLiteral("addProgramButton"))
                    ->isVisibleTo(detail));
        saveScreenshot(view, QStringLiteral("accounts"));

        // An ended C-TPAT: the tier went back to standard the day after.
        QVERIFY(view.selectAccount(m_uuids.value(QStringLiteral("Delta Motors"))));
        QCOMPARE(tiers->rowCount(), 2);
        QCOMPARE(tiers->item(0, 1)->text(), QStringLiteral("2020-12-31"));
        QCOMPARE(tiers->item(1, 0)->text(), QStringLiteral("2021-01-01"));
        QCOMPARE(tiers->item(1, 2)->data(Qt::UserRole).toString(), QStringLiteral("standard"));
    }

    void centerStaff_accountsView_seesOnlyTheirCenter()
    {
        ui::Session session(*m_store, m_staff);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        QCOMPARE(view.table()->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(view.table()
                         ->model()
                         ->index(row, ui::AccountTableModel::CenterColumn)
                         .data()
                         .toString(),
                     QStringLiteral("PHC"));
        }
        QVERIFY(view.canImport());
        QVERIFY(view.selectAccount(m_uuids.value(QStringLiteral("Beta Chemicals"))));
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("reassignNamButton"))->isEnabled());
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("moveCenterButton"))->isEnabled());
        QVERIFY(!view.selectAccount(m_uuids.value(QStringLiteral("Gamma Electronics"))));
    }

    void nam_accountsView_seesPortfolioAndCannotImportOrReassign()
    {
        ui::Session session(*m_store, m_nam);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        QCOMPARE(view.table()->model()->rowCount(), 2); // Acme, Gamma
        QVERIFY(!view.canImport());
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("importAccountsButton"))->isEnabled());
        QVERIFY(view.selectAccount(m_uuids.value(QStringLiteral("Gamma Electronics"))));
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("reassignNamButton"))->isEnabled());
        QVERIFY(view.detailView()->canEdit()); // a NAM edits their own accounts

        // Core refuses even when called directly; the refusal shows inline.
        QVERIFY(!view.reassignSelected(QStringLiteral("omar.nam")));
        QVERIFY(view.message().contains(QStringLiteral("permission")));
        QCOMPARE(account(QStringLiteral("Gamma Electronics")).namName, QStringLiteral("nina.nam"));
    }

    void addProgram_isaWithoutCtpat_showsCoreErrorInlineAndChangesNothing()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(&session, &ui::Session::accountsChanged);
        const QString gamma = m_uuids.value(QStringLiteral("Gamma Electronics"));
        QVERIFY(view.selectAccount(gamma));
        ui::AccountDetailView* detail = view.detailView();
        const qsizetype historyBefore = historyOf(gamma);

        core::PartnerProgram isa;
        isa.kind = core::ProgramKind::Isa;
        isa.from = QDate::currentDate();
        const core::Status refused = detail->addProgram(isa);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, QStringLiteral("isa-without-ctpat"));
        QVERIFY(detail->message().contains(QStringLiteral("isa-without-ctpat")));
        QVERIFY(detail->message().contains(refused.error().message));
        QVERIFY(account(QStringLiteral("Gamma Electronics")).programs.isEmpty());
        QCOMPARE(historyOf(gamma), historyBefore);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(detail->programsTable()->rowCount(), 0);

        // The same through the dialog: it stays open and shows the rule.
        QPushButton* add = detail->findChild<QPushButton*>(QStringLiteral("addProgramButton"));
        QVERIFY(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        auto* dialog = detail->findChild<QDialog*>(QStringLiteral("addProgramDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("programKind"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(core::ProgramKind::Isa)));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("dialogMessage"))
                    ->text()
                    .contains(QStringLiteral("isa-without-ctpat")));
        QVERIFY(account(QStringLiteral("Gamma Electronics")).programs.isEmpty());

        // C-TPAT tier II is accepted: the list and the detail show the new tier.
        kind->setCurrentIndex(kind->findData(static_cast<int>(core::ProgramKind::Ctpat)));
        auto* tier = dialog->findChild<QComboBox*>(QStringLiteral("ctpatTier"));
        tier->setCurrentIndex(tier->findData(2));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!detail->findChild<QDialog*>(QStringLiteral("addProgramDialog")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(account(QStringLiteral("Gamma Electronics")).programs.size(), 1);
        QCOMPARE(detail->programsTable()->rowCount(), 1);
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("tierBadge"))->text(),
                 core::tierLabel(core::ServiceTier::Ctpat));
        const int row = view.model()->rowOf(gamma);
        QCOMPARE(view.model()->index(row, ui::AccountTableModel::TierColumn).data().toString(),
                 core::tierLabel(core::ServiceTier::Ctpat));
        QCOMPARE(view.currentUuid(), gamma); // the selection survives the reload
        QCOMPARE(historyOf(gamma), historyBefore + 1);
    }

    void detail_endProgramAndAddContact_changeTheAccount()
    {
        ui::Session session(*m_store, m_nam);
        ui::AccountDetailView detail(session);
        const QString acme = m_uuids.value(QStringLiteral("Acme Pharma"));
        detail.showAccount(acme);
        QVERIFY(detail.canEdit());
        // Ending C-TPAT while ISA runs would leave ISA uncovered: refused.
        const core::Account before = account(QStringLiteral("Acme Pharma"));
        QString ctpat;
        for (const core::PartnerProgram& program : before.programs) {
            if (program.kind == core::ProgramKind::Ctpat)
                ctpat = program.uuid;
        }
        const core::Status refused = detail.endProgram(ctpat, QDate(2022, 12, 31));
        QVERIFY(!refused.ok());
        QVERIFY(detail.message().contains(QStringLiteral("isa-without-ctpat")));

        detail.programsTable()->selectRow(1); // ISA
        QVERIFY(detail.endSelectedProgram(QDate(2022, 12, 31)).ok());
        QCOMPARE(account(QStringLiteral("Acme Pharma")).tierOn(QDate::currentDate()),
                 core::ServiceTier::Ctpat);
        QCOMPARE(detail.tierHistoryTable()->rowCount(), 3); // C-TPAT, ISA, C-TPAT

        const core::Status badEmail = detail.addContact(core::Contact{
            {}, QStringLiteral("Bo Chan"), {}, QStringLiteral("not-mail"), {}, false});
        QVERIFY(!badEmail.ok());
        QVERIFY(detail.message().contains(QStringLiteral("contact_email")));
        QVERIFY(detail
                    .addContact(core::Contact{{},
                                              QStringLiteral("Bo Chan"),
                                              QStringLiteral("Logistics"),
                                              QStringLiteral("bo@acme.example"),
                                              {},
                                              false})
                    .ok());
        QCOMPARE(detail.contactsTable()->rowCount(), 2);
    }

    void reassignSelected_twoAccounts_movesThemToNam()
    {
        ui::Session session(*m_store, m_staff);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        QSignalSpy changed(&session, &ui::Session::accountsChanged);
        const QStringList chosen = {m_uuids.value(QStringLiteral("Beta Chemicals")),
                                    m_uuids.value(QStringLiteral("Epsilon Health"))};
        view.selectAccounts(chosen);
        QCOMPARE(view.selectedUuids().size(), 2);
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("reassignNamButton"))->isEnabled());
        QVERIFY(view.reassignSelected(QStringLiteral("nina.nam")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(account(QStringLiteral("Beta Chemicals")).namName, QStringLiteral("nina.nam"));
        QCOMPARE(account(QStringLiteral("Epsilon Health")).namName, QStringLiteral("nina.nam"));
        QCOMPARE(account(QStringLiteral("Acme Pharma")).namName, QStringLiteral("nina.nam"));
        // The list shows the new NAM and keeps the selection.
        QCOMPARE(view.model()
                     ->index(view.model()->rowOf(chosen.first()), ui::AccountTableModel::NamColumn)
                     .data()
                     .toString(),
                 QStringLiteral("nina.nam"));
        QCOMPARE(view.selectedUuids().size(), 2);

        QVERIFY(!view.reassignSelected(QStringLiteral("paula.phc"))); // not a NAM
        QVERIFY(view.message().contains(QStringLiteral("unknown-nam")));
        QCOMPARE(changed.count(), 1);
    }

    void moveCurrentToCenter_needsReasonThenMoves()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        QVERIFY(view.selectAccount(m_uuids.value(QStringLiteral("Epsilon Health"))));
        QVERIFY(!view.moveCurrentToCenter(QStringLiteral("CPM"), QString()));
        QVERIFY(view.message().contains(QStringLiteral("reason")));
        QCOMPARE(account(QStringLiteral("Epsilon Health")).centerCode, QStringLiteral("PHC"));
        QVERIFY(view.moveCurrentToCenter(QStringLiteral("CPM"),
                                         QStringLiteral("Sells consumer products now")));
        QCOMPARE(account(QStringLiteral("Epsilon Health")).centerCode, QStringLiteral("CPM"));
        QCOMPARE(view.detailView()->historyTable()->item(0, 2)->data(Qt::UserRole).toString(),
                 QStringLiteral("moved-center"));
    }

    void portfolio_nam_listsExactlyTheirAccounts()
    {
        ui::Session session(*m_store, m_nam);
        ui::PortfolioView view(session);
        view.resize(1100, 400);
        QVERIFY(!view.hasNamChooser());
        QCOMPARE(view.namName(), QStringLiteral("nina.nam"));
        QStringList listed = view.accountUuids();
        listed.sort();
        QStringList expected = {m_uuids.value(QStringLiteral("Acme Pharma")),
                                m_uuids.value(QStringLiteral("Gamma Electronics"))};
        expected.sort();
        QCOMPARE(listed, expected);
        QCOMPARE(view.countLabel()->text(), QStringLiteral("2 accounts"));
        QAbstractItemModel* model = view.table()->model();
        QCOMPARE(model->index(0, ui::PortfolioView::NameColumn).data().toString(),
                 QStringLiteral("Acme Pharma"));
        QCOMPARE(model->index(0, ui::PortfolioView::TierColumn).data().toString(),
                 core::tierLabel(core::ServiceTier::Isa));
        QCOMPARE(model->index(0, ui::PortfolioView::ContactColumn).data().toString(),
                 QStringLiteral("Ann Lee"));
        QCOMPARE(model->index(0, ui::PortfolioView::EmailColumn).data().toString(),
                 QStringLiteral("ann.lee@acme.example"));
        QVERIFY(view.message().isEmpty());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        saveScreenshot(view, QStringLiteral("portfolio"));
    }

    void portfolio_admin_choosesNam()
    {
        ui::Session session(*m_store, m_admin);
        ui::PortfolioView view(session);
        QVERIFY(view.hasNamChooser());
        QVERIFY(view.setNam(QStringLiteral("omar.nam")));
        QStringList listed = view.accountUuids();
        listed.sort();
        QStringList expected = {m_uuids.value(QStringLiteral("Delta Motors")),
                                m_uuids.value(QStringLiteral("Epsilon Health"))};
        expected.sort();
        QCOMPARE(listed, expected);
        QVERIFY(!view.setNam(QStringLiteral("paula.phc")));

        // Center staff see the part of a portfolio that is in their Center.
        ui::Session staffSession(*m_store, m_staff);
        ui::PortfolioView staffView(staffSession);
        QVERIFY(staffView.setNam(QStringLiteral("omar.nam")));
        QCOMPARE(staffView.accountUuids(),
                 QStringList{m_uuids.value(QStringLiteral("Epsilon Health"))});
    }

    void importDialog_goodFile_importsAndAnnounces()
    {
        ui::Session session(*m_store, m_staff);
        ScriptedDialogs dialogs;
        ui::AccountsView view(session, dialogs);
        QCOMPARE(view.table()->model()->rowCount(), 3);
        const QString path = m_dir->filePath(QStringLiteral("good.csv"));
        QVERIFY(writeFile(path, "name,ior,center,size,nam,ctpat_tier,ctpat_from,isa_from\n"
                                "Zeta Labs,67-891234500,PHC,small,nina.nam,1,2023-01-01,"
                                "2023-06-01\n"
                                "Eta Solvents,78-912345600,phc,Medium,,,,\n"));
        ui::ImportAccountsDialog* dialog = view.openImportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QSignalSpy changed(&session, &ui::Session::accountsChanged);
        QSignalSpy finished(dialog, &ui::ImportAccountsDialog::importFinished);
        dialog->setFile(path);
        QVERIFY(dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->waitForFinished(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
        QCOMPARE(dialog->importedCount(), 2);
        QVERIFY(dialog->resultText().contains(QStringLiteral("Imported 2 accounts")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view.table()->model()->rowCount(), 5);
        QCOMPARE(allAccounts().size(), 7);
        QCOMPARE(account(QStringLiteral("Zeta Labs")).tierOn(QDate::currentDate()),
                 core::ServiceTier::Isa);
        QVERIFY(!dialog->problemsTable()->isVisible());
        dialog->close();
    }

    void importDialog_badFile_reportsEveryProblemAndImportsNothing()
    {
        ui::Session session(*m_store, m_staff);
        ui::ImportAccountsDialog dialog(session);
        dialog.show();
        QSignalSpy changed(&session, &ui::Session::accountsChanged);
        const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
        // Line 2 is good; 3 has a bad importer number; 4 is another Center
        // (Center staff of PHC may not import it); 5 has ISA without C-TPAT.
        QVERIFY(writeFile(path, "name,ior,center,size,isa_from\n"
                                "Theta Gases,89-123456700,PHC,small,\n"
                                "Iota Paints,12-34X678900,PHC,small,\n"
                                "Kappa Steel,90-123456700,BMT,large,\n"
                                "Lambda Drugs,11-222333400,PHC,medium,2024-01-01\n"));
        dialog.setFile(path);
        QVERIFY(dialog.startImport());
        QVERIFY(dialog.waitForFinished(20000));
        QVERIFY(!dialog.succeeded());
        QCOMPARE(dialog.importedCount(), 0);
        const QList<core::ImportProblem> problems = dialog.problems();
        QCOMPARE(problems.size(), 3);
        QTableWidget* report = dialog.problemsTable();
        QVERIFY(report->isVisible());
        QCOMPARE(report->rowCount(), 3);
        QStringList rules;
        QList<int> lines;
        for (int row = 0; row < report->rowCount(); ++row) {
            lines << report->item(row, 0)->data(Qt::DisplayRole).toInt();
            rules << report->item(row, 2)->text();
            QVERIFY(!report->item(row, 1)->text().isEmpty());
            QVERIFY(!report->item(row, 3)->text().isEmpty());
        }
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<int>{3, 4, 5}));
        QVERIFY(rules.contains(QStringLiteral("permission")));
        QVERIFY(rules.contains(QStringLiteral("isa-without-ctpat")));
        QVERIFY(dialog.resultText().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(allAccounts().size(), 5);
    }

    void importDialog_cancelled_writesNothing()
    {
        ui::Session session(*m_store, m_admin);
        ui::ImportAccountsDialog dialog(session);
        QSignalSpy changed(&session, &ui::Session::accountsChanged);
        QByteArray csv = "name,ior,center,size\n";
        for (int i = 0; i < 3000; ++i) {
            csv += "Bulk importer " + QByteArray::number(i) + ",250101-" +
                   QByteArray::number(10000 + i) + ",MAC,small\n";
        }
        const QString path = m_dir->filePath(QStringLiteral("bulk.csv"));
        QVERIFY(writeFile(path, csv));
        dialog.setFile(path);
        QVERIFY(dialog.startImport());
        // The flag is set before the worker has even parsed the file, and the
        // importer asks every 500 lines: it stops before writing.
        dialog.cancel();
        QVERIFY(dialog.waitForFinished(30000));
        QVERIFY(!dialog.succeeded());
        QVERIFY(dialog.resultText().contains(QStringLiteral("cancelled")));
        QVERIFY(dialog.resultText().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(allAccounts().size(), 5);
    }

private:
    QList<core::AccountSummary> allAccounts() const
    {
        const core::AccountService accounts(*m_store);
        const core::Result<QList<core::AccountSummary>> listed =
            accounts.list(m_admin, core::AccountFilter{});
        return listed ? *listed : QList<core::AccountSummary>();
    }

    core::Account account(const QString& name) const
    {
        for (const core::AccountSummary& summary : allAccounts()) {
            if (summary.name == name) {
                const core::AccountService accounts(*m_store);
                const core::Result<core::Account> found = accounts.get(m_admin, summary.uuid);
                if (found)
                    return *found;
            }
        }
        return {};
    }

    qsizetype historyOf(const QString& uuid) const
    {
        const core::AccountService accounts(*m_store);
        const core::Result<QList<core::HistoryEntry>> entries = accounts.history(m_admin, uuid);
        return entries ? entries->size() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    core::Actor m_admin;
    core::Actor m_nam;
    core::Actor m_otherNam;
    core::Actor m_staff;
    QMap<QString, QString> m_uuids;
};

QTEST_MAIN(TestAccountsGui)
#include "tst_accountsgui.moc"
