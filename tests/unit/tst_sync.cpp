// Sync-export to HQ on real store files: change capture, keys, signed
// packages (checked by minisign itself), the HQ import with its refusals
// (HQ store byte for byte unchanged), a randomized mutation run, and
// reference data going down.
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "centerdesk/core/syncsignature.h"
#include "centerdesk/core/userservice.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <future>
#include <sys/resource.h>
#include <thread>

using namespace centerdesk::core;
using centerdesk::test::fileBytes;
using centerdesk::test::writeFile;

namespace {

const QByteArray password = "sync-test-password-1";

struct Workstation
{
    QString path;
    std::unique_ptr<Store> store;
    Actor admin;
    QString center;
    QString id;
};

// The number of the store's first case, its query finished (no read left
// open for the writes that follow).
QString firstCaseNumber(Store& store)
{
    Result<QSqlQuery> numbers = store.run(QStringLiteral("SELECT number FROM cases"));
    return numbers && numbers->next() ? numbers->value(0).toString() : QString();
}

qint64 countOf(Store& store, const QString& sql, const QVariantList& values = {})
{
    Result<QSqlQuery> query = store.run(sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

// A package file's two parts: the manifest (its first line) and the payload
// (the bytes after that line's newline).
struct PackageText
{
    QJsonObject manifest;
    QByteArray payload;
};

PackageText splitPackage(const QByteArray& content)
{
    const qsizetype end = content.indexOf('\n');
    return {QJsonDocument::fromJson(content.left(end)).object(), content.mid(end + 1)};
}

// Rewrites a package with `edit` applied to its manifest and payload lines,
// then signs it again with `keyFile`, as a workstation with that key would.
void resign(const QString& packagePath, const QString& keyFile,
            const std::function<void(QJsonObject&, QList<QByteArray>&)>& edit)
{
    auto [manifest, payloadText] = splitPackage(fileBytes(packagePath));
    QList<QByteArray> lines = payloadText.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    edit(manifest, lines);
    QByteArray payload;
    for (const QByteArray& line : lines)
        payload += line + '\n';
    manifest.insert(QStringLiteral("rows"), lines.size());
    manifest.insert(
        QStringLiteral("payloadSha256"),
        QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    const QByteArray rewritten =
        QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n' + payload;
    const Result<SyncSecretKey> key = SyncSignature::readSecretKey(keyFile);
    QVERIFY(key.ok());
    QVERIFY(writeFile(packagePath, rewritten));
    QVERIFY(writeFile(packagePath + QStringLiteral(".minisig"),
                      SyncSignature::sign(*key, rewritten, QStringLiteral("test"))));
}

void copyPackage(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile::remove(to + QStringLiteral(".minisig"));
    QVERIFY(QFile::copy(from, to));
    QVERIFY(QFile::copy(from + QStringLiteral(".minisig"), to + QStringLiteral(".minisig")));
}

} // namespace

class TestSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A workstation store of `center` with an administrator, an account and a case.
    std::unique_ptr<Workstation> workstation(const QString& center, const QString& id,
                                             const QString& ior)
    {
        auto ws = std::make_unique<Workstation>();
        ws->center = center;
        ws->id = id;
        ws->path = path(QStringLiteral("ws-%1-%2.db").arg(id).arg(++m_serial));
        Result<std::unique_ptr<Store>> opened = Store::open(ws->path);
        if (!opened)
            return nullptr;
        ws->store = std::move(*opened);
        UserService users(*ws->store, {systemClock(), PasswordHasher::minimum()});
        Result<Actor> admin =
            users.createFirstAdministrator(QStringLiteral("adm-") + id.toLower(), password);
        if (!admin)
            return nullptr;
        ws->admin = *admin;
        AccountInput account;
        account.name = QStringLiteral("Importer of ") + center;
        account.iorNumber = ior;
        account.centerCode = center;
        account.sizeClass = QStringLiteral("small");
        if (!AccountService(*ws->store).create(ws->admin, account))
            return nullptr;
        CaseInput input;
        input.type = QStringLiteral("binding-ruling");
        input.account = ior;
        input.subject = QStringLiteral("Ruling for ") + center;
        Result<CaseRecord> created = CaseService(*ws->store).create(ws->admin, input);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return nullptr;
        }
        if (!SyncService(*ws->store).generateKey(ws->path + QStringLiteral(".keys"), id, center))
            return nullptr;
        return ws;
    }

    QString keyFile(const Workstation& ws) const
    {
        return ws.path + QStringLiteral(".keys/workstation.key");
    }

    // A closed HQ store with both workstations' keys registered.
    QString hqStore(const QList<const Workstation*>& workstations)
    {
        const QString hq = path(QStringLiteral("hq-%1.db").arg(++m_serial));
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        if (!store)
            return {};
        UserService users(**store, {systemClock(), PasswordHasher::minimum()});
        if (!users.createFirstAdministrator(QStringLiteral("hq-admin"), password))
            return {};
        SyncService sync(**store);
        for (const Workstation* ws : workstations) {
            if (!sync.registerKey(ws->center, ws->id, SyncService(*ws->store).identity().publicKey))
                return {};
        }
        return hq;
    }

    QString exportFrom(Workstation& ws, bool full = false)
    {
        const Result<SyncExportResult> exported = SyncService(*ws.store).exportPackage(
            ws.admin, path(QStringLiteral("out-") + ws.id), full);
        if (!exported || !exported->written) {
            qWarning("export: %s", exported ? "nothing" : qPrintable(exported.error().message));
            return {};
        }
        return exported->packagePath;
    }

    // A package of several megabytes (its payload is written and hashed in
    // parts): signed over the whole file (minisign), its manifest's SHA-256
    // that of the whole payload (Qt's own SHA-256, not libsodium's), every
    // line whole, the tables in their order, each table's lines as many as
    // the manifest counts, the history in its order.
    void checkLargePackage(Workstation& ws, const QString& package)
    {
        const QByteArray content = fileBytes(package);
        QVERIFY2(content.size() > 3 * 1024 * 1024, qPrintable(QString::number(content.size())));
        const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
        QVERIFY2(!minisign.isEmpty(), "minisign is not installed (Debian package minisign)");
        QProcess process;
        process.start(minisign, {QStringLiteral("-Vm"), package, QStringLiteral("-P"),
                                 SyncService(*ws.store).identity().publicKey});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);

        const auto [manifest, payload] = splitPackage(content);
        QCOMPARE(manifest.value(QStringLiteral("payloadSha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
        QVERIFY(payload.endsWith('\n'));
        const QStringList tableOrder{QStringLiteral("app_user"),
                                     QStringLiteral("role_assignment"),
                                     QStringLiteral("account"),
                                     QStringLiteral("account_contact"),
                                     QStringLiteral("account_certification"),
                                     QStringLiteral("partner_program"),
                                     QStringLiteral("cases"),
                                     QStringLiteral("case_reference"),
                                     QStringLiteral("case_link"),
                                     QStringLiteral("case_field"),
                                     QStringLiteral("clock"),
                                     QStringLiteral("notification"),
                                     QStringLiteral("history")};
        QHash<QString, qint64> lines;
        qsizetype lastTable = 0;
        qint64 lastHistorySeq = 0;
        for (const QByteArray& line : payload.chopped(1).split('\n')) {
            QJsonParseError error{};
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.left(200).constData());
            const QString table = object.value(QStringLiteral("table")).toString();
            const qsizetype order = tableOrder.indexOf(table);
            QVERIFY2(order >= lastTable, qPrintable(table));
            lastTable = order;
            ++lines[table];
            if (table == QStringLiteral("history")) {
                const qint64 seq = object.value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("seq"))
                                       .toInteger();
                QVERIFY(seq > lastHistorySeq);
                lastHistorySeq = seq;
            }
        }
        const QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.size(), lines.size());
        for (auto it = lines.constBegin(); it != lines.constEnd(); ++it)
            QCOMPARE(counts.value(it.key()).toInteger(), it.value());
    }

    // Runs `action` while another connection to `storePath`, on its own
    // thread, writes `sql` in a transaction that it commits a second after
    // `action` began: `action` reads before that commit, and its own write
    // waits for it. Returns the other connection's outcome.
    Status whileAnotherConnectionWrites(const QString& storePath, const QString& sql,
                                        const QVariantList& values,
                                        const std::function<void()>& action)
    {
        std::promise<void> writing;
        Status other;
        std::thread writer([&] {
            bool signalled = false;
            Result<std::unique_ptr<Store>> store = Store::open(storePath);
            if (!store) {
                other = store.error();
            } else {
                other = (*store)->transaction([&]() -> Status {
                    Result<QSqlQuery> written = (*store)->run(sql, values);
                    writing.set_value();
                    signalled = true;
                    QThread::msleep(1000);
                    return written ? Status() : written.error();
                });
            }
            if (!signalled) // never began its write: `action` runs, `other` says why
                writing.set_value();
        });
        writing.get_future().wait();
        action();
        writer.join();
        return other;
    }

    // Imports `package` into the (closed) HQ store and closes it again.
    Result<SyncImportResult> importInto(const QString& hq, const QString& package)
    {
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        if (!store)
            return store.error();
        return SyncService(**store).importPackage(package);
    }

    // Checks that importing `package` is refused with `rule` and leaves the HQ file as it was.
    void expectRefused(const QString& hq, const QString& package, const QString& rule,
                       QString* message = nullptr)
    {
        const QByteArray before = fileBytes(hq);
        const Result<SyncImportResult> result = importInto(hq, package);
        QVERIFY2(!result.ok(), qPrintable(package));
        QVERIFY2(result.error().rule == rule,
                 qPrintable(result.error().rule + QStringLiteral(": ") + result.error().message));
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(fileBytes(hq) == before);
        if (message != nullptr)
            *message = result.error().message;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        // A service that begins a write with a read still open fails at random.
        QTest::failOnWarning(QRegularExpression(
            QRegularExpression::escape(QString::fromLatin1(Store::openReadWarning))));
    }

    void changeCapture_repeatedUpdates_oneLineExported()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("W1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        Store& store = *ws->store;
        Result<QSqlQuery> first = store.run(QStringLiteral("SELECT uuid FROM account"));
        QVERIFY(first && first->next());
        const QString account = first->value(0).toString();
        first->finish();
        const qint64 before = countOf(store, QStringLiteral("SELECT max(seq) FROM sync_change"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(store.transaction([&]() -> Status {
                Result<QSqlQuery> done = store.run(
                    QStringLiteral("UPDATE account SET version = version + 1 WHERE uuid = ?"),
                    {account});
                return done ? Status() : done.error();
            }));
        }
        QCOMPARE(countOf(store, QStringLiteral("SELECT max(seq) FROM sync_change")), before + 3);
        // Three changes logged, one line exported (the latest version).
        QCOMPARE(countOf(store,
                         QStringLiteral("SELECT count(*) FROM sync_change WHERE table_name = "
                                        "'account' AND row_key = ?"),
                         {account}),
                 qint64(4));
        const QString package = exportFrom(*ws);
        QVERIFY(!package.isEmpty());
        const QList<QByteArray> lines = fileBytes(package).split('\n');
        qsizetype accountLines = 0;
        for (const QByteArray& line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("uuid")).toString() == account) {
                ++accountLines;
                QCOMPARE(object.value(QStringLiteral("version")).toInt(), 4);
            }
        }
        QCOMPARE(accountLines, qsizetype(1));
        // A failed sign-in changes lockout counters only: nothing to sync.
        const qint64 after = countOf(store, QStringLiteral("SELECT max(seq) FROM sync_change"));
        UserService users(store, {systemClock(), PasswordHasher::minimum()});
        QVERIFY(!users.signIn(QStringLiteral("adm-w1"), "wrong-password-123").ok());
        QCOMPARE(countOf(store, QStringLiteral("SELECT max(seq) FROM sync_change")), after);
    }

    void keygen_secretKeyFile_ownerOnlyAndMinisignFormat()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("K1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QFileInfo info(keyFile(*ws));
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        const SyncIdentity identity = SyncService(*ws->store).identity();
        const Result<SyncPublicKey> key = SyncSignature::parsePublicKey(identity.publicKey);
        QVERIFY(key.ok());
        QCOMPARE(key->keyIdHex(), identity.keyId);
        QCOMPARE(QByteArray::fromBase64(identity.publicKey.toLatin1()).left(2), QByteArray("Ed"));
        // A second key for the same store is refused.
        QCOMPARE(SyncService(*ws->store)
                     .generateKey(path(QStringLiteral("other-keys")), QStringLiteral("K2"), {})
                     .error()
                     .rule,
                 QStringLiteral("key-exists"));
    }

    void export_signature_acceptedByMinisign()
    {
        const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
        // installer/debian-packages.txt installs it: missing is a failure, not a skip.
        QVERIFY2(!minisign.isEmpty(), "minisign is not installed (Debian package minisign)");
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("M1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString package = exportFrom(*ws);
        QVERIFY(!package.isEmpty());
        const QString publicKey = SyncService(*ws->store).identity().publicKey;
        QProcess process;
        process.start(minisign, {QStringLiteral("-Vm"), package, QStringLiteral("-P"), publicKey});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        // One changed byte and minisign refuses it too.
        QByteArray content = fileBytes(package);
        content[content.size() - 5] = char(content[content.size() - 5] ^ 0x01);
        QVERIFY(writeFile(package, content));
        process.start(minisign, {QStringLiteral("-Vm"), package, QStringLiteral("-P"), publicKey});
        QVERIFY(process.waitForFinished());
        QVERIFY(process.exitCode() != 0);
    }

    // The disk fills up while the package is written (a file size limit
    // stands in for it): the export is refused naming the file, no package
    // or signature is left, and the next export sends the same changes.
    void export_diskFullWhileWriting_refusedNothingLeft()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("F1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString folder = path(QStringLiteral("out-full-disk"));
        QVERIFY(QDir().mkpath(folder));
        Result<SyncExportResult> refused = Error::store(QStringLiteral("not-run"), {});
        {
            // The package is a few KiB: it would sit whole in a buffered
            // file's 16 KiB buffer, whose failed write commit() misses. It is
            // the first file the export writes (the store's WAL is written at
            // its commit, after it), so the limit meets the package first.
            struct FileSizeLimit
            {
                rlimit before{};
                void (*oldHandler)(int) = std::signal(SIGXFSZ, SIG_IGN);
                bool set = false;
                explicit FileSizeLimit(rlim_t bytes)
                {
                    if (getrlimit(RLIMIT_FSIZE, &before) != 0)
                        return;
                    rlimit small = before;
                    small.rlim_cur = bytes;
                    set = setrlimit(RLIMIT_FSIZE, &small) == 0;
                }
                ~FileSizeLimit()
                {
                    setrlimit(RLIMIT_FSIZE, &before);
                    std::signal(SIGXFSZ, oldHandler);
                }
            } limit(1024);
            QVERIFY(limit.set);
            refused = SyncService(*ws->store).exportPackage(ws->admin, folder, false);
        }
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, QStringLiteral("cannot-write"));
        QVERIFY2(refused.error().message.contains(QStringLiteral(".cdpkg")),
                 qPrintable(refused.error().message));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
        // Nothing was recorded as sent: the next export starts at change 1.
        const Result<SyncExportResult> again =
            SyncService(*ws->store).exportPackage(ws->admin, folder, false);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->seqFrom, qint64(1));
        QVERIFY(QFileInfo(again->packagePath).size() > 1024);
        QVERIFY(importInto(hqStore({ws.get()}), again->packagePath));
    }

    void export_withoutPermission_refused()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("P1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        UserService users(*ws->store, {systemClock(), PasswordHasher::minimum()});
        NewUser nam{QStringLiteral("nam-one"),
                    QStringLiteral("NAM"),
                    password,
                    {RoleAssignment{Role::Nam, {}, {}}}};
        NewUser otherStaff{QStringLiteral("staff-ele"),
                           QStringLiteral("Staff"),
                           password,
                           {RoleAssignment{Role::CenterStaff, QStringLiteral("ELE"), {}}}};
        NewUser staff{QStringLiteral("staff-phc"),
                      QStringLiteral("Staff"),
                      password,
                      {RoleAssignment{Role::CenterStaff, QStringLiteral("PHC"), {}}}};
        for (const NewUser& user : {nam, otherStaff, staff})
            QVERIFY(users.addUser(ws->admin, user));
        for (const char* name : {"nam-one", "staff-ele"}) {
            const Result<Actor> actor = users.signIn(QString::fromLatin1(name), password);
            QVERIFY(actor);
            const Result<SyncExportResult> refused =
                SyncService(*ws->store)
                    .exportPackage(*actor, path(QStringLiteral("denied")), false);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
        }
        QVERIFY(!QDir(path(QStringLiteral("denied"))).exists());
        const Result<Actor> allowed = users.signIn(QStringLiteral("staff-phc"), password);
        QVERIFY(allowed);
        QVERIFY(SyncService(*ws->store)
                    .exportPackage(*allowed, path(QStringLiteral("allowed")), false));
    }

    void roundTrip_twoCenters_hqHoldsBothAndVerifies()
    {
        auto phc = workstation(QStringLiteral("PHC"), QStringLiteral("W1"),
                               QStringLiteral("11-111111100"));
        auto ele = workstation(QStringLiteral("ELE"), QStringLiteral("W2"),
                               QStringLiteral("44-444444400"));
        QVERIFY(phc && ele);
        const QString hq = hqStore({phc.get(), ele.get()});
        QVERIFY(!hq.isEmpty());
        const QString first = exportFrom(*phc);
        const QString second = exportFrom(*ele);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(QFileInfo(first).fileName().startsWith(QStringLiteral("PHC-W1-1-")));
        for (const QString& package : {first, second}) {
            const Result<SyncImportResult> imported = importInto(hq, package);
            QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
            QVERIFY(!imported->alreadyImported);
        }

        // Work goes on after the first package: a comment, then an incremental package.
        Result<QSqlQuery> numbers = phc->store->run(QStringLiteral("SELECT number FROM cases"));
        QVERIFY(numbers && numbers->next());
        const QString number = numbers->value(0).toString();
        numbers->finish();
        QVERIFY(CaseService(*phc->store).comment(phc->admin, number, QStringLiteral("More facts")));
        const QString third = exportFrom(*phc);
        QVERIFY(!third.isEmpty());
        QVERIFY(importInto(hq, third).ok());

        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);
        Store& hqStore = **store;
        QCOMPARE(countOf(hqStore, QStringLiteral("SELECT count(DISTINCT center_code) FROM cases")),
                 qint64(2));
        QCOMPARE(countOf(hqStore, QStringLiteral("SELECT count(*) FROM account")), qint64(2));
        QCOMPARE(countOf(hqStore, QStringLiteral("SELECT count(*) FROM hq_history WHERE "
                                                 "workstation_id = 'W1'")),
                 countOf(*phc->store, QStringLiteral("SELECT count(*) FROM history")));
        QCOMPARE(countOf(hqStore, QStringLiteral("SELECT version FROM cases WHERE number = ?"),
                         {number}),
                 countOf(*phc->store, QStringLiteral("SELECT version FROM cases WHERE number = ?"),
                         {number}));
        // Imported users cannot sign in at HQ.
        UserService users(hqStore, {systemClock(), PasswordHasher::minimum()});
        QVERIFY(!users.signIn(QStringLiteral("adm-w1"), password).ok());
        const Result<ChainCheck> chain = HistoryLog::verifyChain(hqStore);
        QVERIFY(chain);
        QCOMPARE(chain->firstBrokenSeq, qint64(0));
        QVERIFY(hqStore.integrityCheck().value().isEmpty());
        const Result<SyncHqInfo> info = SyncService(hqStore).hqInfo();
        QVERIFY(info);
        QCOMPARE(info->workstations.size(), qsizetype(2));
        QCOMPARE(info->casesPerCenter.value(QStringLiteral("ELE")), qint64(1));
    }

    void import_samePackageTwice_nothingChanged()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("W3"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        const QString package = exportFrom(*ws);
        QVERIFY(importInto(hq, package).ok());
        const QByteArray before = fileBytes(hq);
        const Result<SyncImportResult> again = importInto(hq, package);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyImported);
        QVERIFY(fileBytes(hq) == before);
        // A full re-export of unchanged rows changes nothing either.
        const QString full = exportFrom(*ws, true);
        const Result<SyncImportResult> fullAgain = importInto(hq, full);
        QVERIFY(fullAgain.ok());
    }

    // Two imports of one workstation's packages at the same moment: this
    // one checks its place in the sequence before another commits, then
    // waits for the write lock. It checks again once it holds the lock, and
    // neither applies an older package over newer changes nor applies the
    // same package twice.
    void import_anotherImportCommitsWhileThisWaits_checkedAgain_data()
    {
        QTest::addColumn<bool>("samePackage");
        QTest::addRow("newer package imported meanwhile") << false;
        QTest::addRow("same package imported meanwhile") << true;
    }

    void import_anotherImportCommitsWhileThisWaits_checkedAgain()
    {
        QFETCH(bool, samePackage);
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("R2"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        const QString package = exportFrom(*ws);
        QVERIFY(!package.isEmpty());
        const QJsonObject manifest = splitPackage(fileBytes(package)).manifest;
        const qint64 seqFrom = manifest.value(QStringLiteral("seqFrom")).toInteger();
        const qint64 seqTo = manifest.value(QStringLiteral("seqTo")).toInteger();
        // Opened first: opening waits for no lock then.
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);

        // The other import, as it records itself.
        Result<SyncImportResult> imported = Error::store(QStringLiteral("not-run"), {});
        const Status other = whileAnotherConnectionWrites(
            hq,
            QStringLiteral("INSERT INTO sync_import(kind, center_code, workstation_id, seq_from, "
                           "seq_to, payload_sha256, history_head, row_count, file_name, "
                           "imported_at) VALUES('rows', 'PHC', 'R2', ?, ?, ?, '', 1, "
                           "'other.cdpkg', '2026-11-29T00:00:00.000Z')"),
            {samePackage ? seqFrom : qint64(1), samePackage ? seqTo : seqTo + 10,
             samePackage ? manifest.value(QStringLiteral("payloadSha256")).toString()
                         : QString(64, QLatin1Char('b'))},
            [&] { imported = SyncService(**store).importPackage(package); });
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        if (samePackage) {
            QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
            QVERIFY(imported->alreadyImported);
        } else {
            QVERIFY(!imported);
            QCOMPARE(imported.error().rule, QStringLiteral("replay"));
        }
        // Nothing of the package was applied, and only the other import is recorded.
        QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM sync_origin")), 0);
        QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM hq_history")), 0);
        QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM sync_import")), 1);
    }

    void export_historyOnly_packageContinuesChain()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("H1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        QVERIFY(importInto(hq, exportFrom(*ws)).ok());
        // An entry in the history alone (no trigger logs the history).
        QVERIFY(ws->store->transaction([&]() -> Status {
            return HistoryLog(*ws->store)
                .append(QStringLiteral("store"), QStringLiteral("test"), QStringLiteral("adm-h1"),
                        QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("hi")}},
                        QDateTime::currentDateTimeUtc());
        }));
        const Result<SyncExportResult> exported =
            SyncService(*ws->store).exportPackage(ws->admin, path(QStringLiteral("out-H1")), false);
        QVERIFY(exported.ok());
        QVERIFY(exported->written);
        QCOMPARE(exported->counts.value(QStringLiteral("history")), qint64(1));
        QCOMPARE(exported->rows, qint64(1));
        const Result<SyncImportResult> imported = importInto(hq, exported->packagePath);
        QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);
        QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM hq_history")),
                 countOf(*ws->store, QStringLiteral("SELECT count(*) FROM history")));
    }

    void import_badInput_refusedStoreUnchanged_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("rule");
        QTest::addRow("truncated") << "truncated"
                                   << "bad-signature";
        QTest::addRow("flippedPayloadByte") << "flip"
                                            << "bad-signature";
        QTest::addRow("signatureMissing") << "no-signature"
                                          << "signature-missing";
        QTest::addRow("unregisteredKey") << "unregistered"
                                         << "unregistered-key";
        QTest::addRow("payloadHashWrong") << "hash"
                                          << "payload-hash";
        QTest::addRow("newerSchema") << "schema"
                                     << "schema-version";
        QTest::addRow("oversizedLine") << "long-line"
                                       << "line-too-long";
        QTest::addRow("invalidJson") << "json"
                                     << "invalid-json";
        QTest::addRow("constraintBroken") << "constraint"
                                          << "row";
        QTest::addRow("sequenceGap") << "gap"
                                     << "gap";
        QTest::addRow("oldPackageReplayed") << "replay"
                                            << "replay";
        QTest::addRow("historyEdited") << "history"
                                       << "row";
        QTest::addRow("sameIorOtherWorkstation") << "conflict"
                                                 << "conflict";
        // Without its own check the second line would meet the first's row
        // (a UNIQUE conflict); the package itself is at fault.
        QTest::addRow("sameRowTwice") << "duplicate"
                                      << "row";
        // No lines at all: read, then refused for its history head.
        QTest::addRow("noLines") << "no-lines"
                                 << "row";
        // The lines are read as UTF-8 JSON texts, one object each.
        QTest::addRow("notUtf8") << "not-utf8"
                                 << "invalid-json";
        QTest::addRow("textAfterObject") << "trailing"
                                         << "invalid-json";
        // The lines are judged before the package's place in the sequence,
        // though they are read while the rows are written.
        QTest::addRow("gapAndInvalidJson") << "gap-json"
                                           << "invalid-json";
        // An empty key and no data: nothing to write (once a division by
        // zero when sizing the batch's statements).
        QTest::addRow("emptyKeyNoData") << "empty-data"
                                        << "row";
        // The accounts left out: their cases, contacts and programs refer to
        // rows HQ does not hold (SQLite's count of unresolved keys, then the
        // check that names them).
        QTest::addRow("orphanRows") << "orphan"
                                    << "row";
    }

    void import_badInput_refusedStoreUnchanged()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, rule);
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("B1"),
                              QStringLiteral("11-111111100"));
        auto other = workstation(QStringLiteral("ELE"), QStringLiteral("B2"),
                                 QStringLiteral("11-111111100"));
        QVERIFY(ws && other);
        const QString hq = hqStore({ws.get(), other.get()});
        QVERIFY(!hq.isEmpty());
        const QString good = exportFrom(*ws);
        QVERIFY(!good.isEmpty());
        const QString bad = path(QStringLiteral("bad-") + mutation + QStringLiteral(".cdpkg"));
        copyPackage(good, bad);

        if (mutation == QStringLiteral("truncated")) {
            QByteArray content = fileBytes(bad);
            QVERIFY(writeFile(bad, content.left(content.size() / 2)));
        } else if (mutation == QStringLiteral("flip")) {
            QByteArray content = fileBytes(bad);
            const qsizetype at = content.indexOf('\n') + 20;
            content[at] = char(content[at] ^ 0x20);
            QVERIFY(writeFile(bad, content));
        } else if (mutation == QStringLiteral("no-signature")) {
            QFile::remove(bad + QStringLiteral(".minisig"));
        } else if (mutation == QStringLiteral("unregistered")) {
            // Signed by a workstation HQ does not know.
            auto stranger = workstation(QStringLiteral("PHC"), QStringLiteral("B9"),
                                        QStringLiteral("22-222222200"));
            QVERIFY(stranger);
            resign(bad, keyFile(*stranger), [](QJsonObject&, QList<QByteArray>&) {});
        } else if (mutation == QStringLiteral("hash")) {
            auto [manifest, payload] = splitPackage(fileBytes(bad));
            manifest.insert(QStringLiteral("payloadSha256"), QString(64, QLatin1Char('a')));
            const QByteArray rewritten =
                QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n' + payload;
            QVERIFY(writeFile(bad, rewritten));
            QVERIFY(
                writeFile(bad + QStringLiteral(".minisig"),
                          SyncSignature::sign(SyncSignature::readSecretKey(keyFile(*ws)).value(),
                                              rewritten, QStringLiteral("test"))));
        } else if (mutation == QStringLiteral("schema")) {
            resign(bad, keyFile(*ws), [](QJsonObject& manifest, QList<QByteArray>&) {
                manifest.insert(QStringLiteral("schemaVersion"), Store::latestSchemaVersion() + 1);
            });
        } else if (mutation == QStringLiteral("long-line")) {
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                lines << "{\"table\":\"account\",\"x\":\"" + QByteArray(5 << 20, 'x') + "\"}";
            });
        } else if (mutation == QStringLiteral("json")) {
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                lines.insert(1, "{\"table\": \"account\", oops");
            });
        } else if (mutation == QStringLiteral("constraint")) {
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                for (QByteArray& line : lines) {
                    if (line.contains("\"table\":\"account\""))
                        line.replace("\"size_class\":\"small\"", "\"size_class\":\"enormous\"");
                }
            });
        } else if (mutation == QStringLiteral("orphan")) {
            // The account goes missing; its case still refers to it.
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                lines.removeIf(
                    [](const QByteArray& line) { return line.contains("\"table\":\"account\""); });
            });
        } else if (mutation == QStringLiteral("gap")) {
            resign(bad, keyFile(*ws), [](QJsonObject& manifest, QList<QByteArray>&) {
                manifest.insert(QStringLiteral("seqFrom"), 5);
            });
        } else if (mutation == QStringLiteral("replay")) {
            // The first package, again, after a later one was applied.
            QVERIFY(importInto(hq, good).ok());
            const QString number = firstCaseNumber(*ws->store);
            QVERIFY(!number.isEmpty());
            QVERIFY(CaseService(*ws->store).comment(ws->admin, number, QStringLiteral("later")));
            QVERIFY(importInto(hq, exportFrom(*ws)).ok());
        } else if (mutation == QStringLiteral("history")) {
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                for (QByteArray& line : lines) {
                    if (line.contains("\"table\":\"history\"")) {
                        line.replace("\"actor\":\"adm-b1\"", "\"actor\":\"someone\"");
                        break;
                    }
                }
            });
        } else if (mutation == QStringLiteral("conflict")) {
            // The other workstation's account has the same importer number.
            QVERIFY(importInto(hq, exportFrom(*other)).ok());
        } else if (mutation == QStringLiteral("no-lines")) {
            resign(bad, keyFile(*ws),
                   [](QJsonObject&, QList<QByteArray>& lines) { lines.clear(); });
        } else if (mutation == QStringLiteral("not-utf8")) {
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                QVERIFY(lines.first().contains("\"table\":\"app_user\""));
                lines.first().replace("\"table\":\"app_user\"", "\"table\":\"app_user\xff\"");
            });
        } else if (mutation == QStringLiteral("gap-json")) {
            resign(bad, keyFile(*ws), [](QJsonObject& manifest, QList<QByteArray>& lines) {
                manifest.insert(QStringLiteral("seqFrom"), 5);
                lines.insert(lines.size() - 1, "{\"table\": \"account\", oops");
            });
        } else if (mutation == QStringLiteral("empty-data")) {
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                lines.insert(
                    1, R"({"table":"account","uuid":"","op":"upsert","version":1,"data":{}})");
            });
        } else if (mutation == QStringLiteral("trailing")) {
            resign(bad, keyFile(*ws),
                   [](QJsonObject&, QList<QByteArray>& lines) { lines.last() += " {}"; });
        } else if (mutation == QStringLiteral("duplicate")) {
            resign(bad, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (lines.at(i).contains("\"table\":\"account\"")) {
                        lines.insert(i + 1, lines.at(i));
                        break;
                    }
                }
            });
        }
        QString message;
        expectRefused(hq, bad, rule, &message);
        if (mutation == QStringLiteral("orphan")) {
            QVERIFY2(message.contains(QStringLiteral("row(s) of cases refer to account rows")),
                     qPrintable(message));
        }
    }

    // Rows refer to each other in any order within a package: a case line
    // before its account's line is written all the same (the keys are
    // checked when every line is in).
    void import_childLineBeforeItsParent_accepted()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("O1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        const QString package = path(QStringLiteral("parents-last.cdpkg"));
        copyPackage(exportFrom(*ws), package);
        resign(package, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
            QList<QByteArray> accounts;
            lines.removeIf([&accounts](const QByteArray& line) {
                if (!line.contains("\"table\":\"account\""))
                    return false;
                accounts << line;
                return true;
            });
            QVERIFY(!accounts.isEmpty());
            lines << accounts;
        });
        const Result<SyncImportResult> result = importInto(hq, package);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);
        QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM account")),
                 countOf(*ws->store, QStringLiteral("SELECT count(*) FROM account")));
        QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM cases")),
                 countOf(*ws->store, QStringLiteral("SELECT count(*) FROM cases")));
        QVERIFY(countOf(**store, QStringLiteral("SELECT count(*) FROM cases")) > 0);
    }

    // 2,150 new accounts, contacts and programs: written up to 2,000 to a
    // statement at HQ, 2,000 rows kept at a time. The same rows arrive; a broken rule in
    // the second batch is still reported with its own line; a bad line near the end of the file
    // (read on the second thread) is named by its number.
    void import_manyNewRows_sameRowsAtHqProblemsNameTheirLines()
    {
        constexpr int manyAccounts = 2150;
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("M1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        // Imported at the workstation: with their contacts and C-TPAT tiers.
        QByteArray csv = "name,ior,center,size,contact_name,contact_email,ctpat_tier,ctpat_from\n";
        for (int i = 0; i < manyAccounts; ++i) {
            const QString ior =
                QStringLiteral("12-%1").arg(i, 7, 10, QLatin1Char('0')) + QStringLiteral("00");
            csv += QStringLiteral("Importer %1,%2,PHC,%3,Contact %1,c%1@example.com,2,2024-01-01\n")
                       .arg(i)
                       .arg(ior, i % 2 == 0 ? QStringLiteral("small") : QStringLiteral("large"))
                       .toUtf8();
        }
        const Result<ImportReport> report = AccountImporter(*ws->store).importBytes(ws->admin, csv);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(
            report->ok(),
            qPrintable(report->problems.isEmpty() ? QString() : report->problems.first().message));
        QCOMPARE(report->imported, manyAccounts);
        const QString package = exportFrom(*ws);
        QVERIFY(!package.isEmpty());
        checkLargePackage(*ws, package);
        if (QTest::currentTestFailed())
            return;
        const QString everyAccount = QStringLiteral(
            "SELECT group_concat(uuid || '|' || version || '|' || name || '|' || ior_number || "
            "'|' || size_class || '|' || center_code || '|' || created_at, ';') FROM (SELECT * "
            "FROM account ORDER BY uuid)");

        // Accepted: the same rows, each with its origin.
        const QString hq = hqStore({ws.get()});
        const Result<SyncImportResult> imported = importInto(hq, package);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        {
            Result<std::unique_ptr<Store>> store = Store::open(hq);
            QVERIFY(store);
            Result<QSqlQuery> atHq = (*store)->run(everyAccount);
            Result<QSqlQuery> atWs = ws->store->run(everyAccount);
            QVERIFY(atHq && atHq->next() && atWs && atWs->next());
            QCOMPARE(atHq->value(0).toString(), atWs->value(0).toString());
            QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM account")),
                     manyAccounts + 1);
            QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM partner_program")),
                     manyAccounts);
            QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM sync_origin WHERE "
                                                     "table_name = 'account' AND "
                                                     "workstation_id = 'M1'")),
                     manyAccounts + 1);
        }

        // Refused: account 2,080 breaks a CHECK rule (in the second batch).
        const QString broken = path(QStringLiteral("broken-row.cdpkg"));
        copyPackage(package, broken);
        qint64 brokenLine = 0;
        resign(broken, keyFile(*ws), [&brokenLine](QJsonObject&, QList<QByteArray>& lines) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i).contains("\"ior_number\":\"12-000208000\"")) {
                    lines[i].replace("\"size_class\":\"small\"", "\"size_class\":\"vast\"");
                    brokenLine = i + 2; // the manifest is line 1
                }
            }
        });
        QVERIFY(brokenLine > 0);
        const QString freshHq = hqStore({ws.get()});
        const QByteArray before = fileBytes(freshHq);
        const Result<SyncImportResult> refused = importInto(freshHq, broken);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, QStringLiteral("row"));
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("line %1 (account").arg(brokenLine)),
            qPrintable(refused.error().message));
        QCOMPARE(refused.error().message.count(QStringLiteral("\nline ")), 1);
        QVERIFY(fileBytes(freshHq) == before);

        // Refused before anything is applied: a bad line near the end.
        const QString badJson = path(QStringLiteral("bad-late-line.cdpkg"));
        copyPackage(package, badJson);
        qint64 lastLine = 0;
        resign(badJson, keyFile(*ws), [&lastLine](QJsonObject&, QList<QByteArray>& lines) {
            lines[lines.size() - 2] = "{\"table\": oops";
            lastLine = lines.size() + 1;
        });
        const Result<SyncImportResult> unreadable = importInto(freshHq, badJson);
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().rule, QStringLiteral("invalid-json"));
        QVERIFY2(unreadable.error().message.contains(QStringLiteral("Line %1 ").arg(lastLine - 1)),
                 qPrintable(unreadable.error().message));
        QVERIFY(fileBytes(freshHq) == before);
    }

    // A case assigned at the workstation to a user made there since the last
    // package: HQ writes the new user before the case's update, whose
    // trigger copies the assignee's name onto the case (the list sorts and
    // filters by it).
    void import_caseAssignedToNewUser_nameCopiedAtHq()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("N1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        QVERIFY(importInto(hq, exportFrom(*ws)).ok());
        const Result<User> user =
            UserService(*ws->store, {systemClock(), PasswordHasher::minimum()})
                .addUser(ws->admin,
                         NewUser{QStringLiteral("new-staff"),
                                 QStringLiteral("New Staff"),
                                 password,
                                 {RoleAssignment{Role::CenterStaff, QStringLiteral("PHC"), {}}}});
        QVERIFY2(user, qPrintable(user ? QString() : user.error().message));
        const QString number = firstCaseNumber(*ws->store);
        QVERIFY(!number.isEmpty());
        const Status assigned =
            CaseService(*ws->store).assign(ws->admin, number, QStringLiteral("new-staff"));
        QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().message));
        const QString package = exportFrom(*ws);
        const Result<SyncImportResult> imported = importInto(hq, package);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);
        Result<QSqlQuery> names = (*store)->run(QStringLiteral(
            "SELECT c.assignee_name, u.name FROM cases c JOIN app_user u ON u.uuid = "
            "c.assignee_uuid"));
        QVERIFY(names && names->next());
        QCOMPARE(names->value(1).toString(), QStringLiteral("new-staff"));
        QCOMPARE(names->value(0).toString(), QStringLiteral("new-staff"));
    }

    // A full package may send an entry again; so may a package that holds
    // it twice. The second must be the very entry already written (the
    // first is still among the rows kept to be written together).
    void import_historyLineTwice_secondCountedUnchanged()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("H2"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        const QString package = exportFrom(*ws);
        resign(package, keyFile(*ws), [](QJsonObject&, QList<QByteArray>& lines) {
            QVERIFY(lines.last().contains("\"table\":\"history\""));
            lines << lines.last();
        });
        const Result<SyncImportResult> imported = importInto(hq, package);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->unchanged, qint64(1));
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);
        QCOMPARE(countOf(**store, QStringLiteral("SELECT count(*) FROM hq_history")),
                 countOf(*ws->store, QStringLiteral("SELECT count(*) FROM history")));
    }

    // An update binds the data's values only (a new user's row also gets
    // the imported password hash).
    void import_userChanged_updatedAtHqWithItsImportedHash()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("U1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        QVERIFY(importInto(hq, exportFrom(*ws)).ok());
        QVERIFY(ws->store->run(QStringLiteral("UPDATE app_user SET version = version + 1, "
                                              "display_name = 'Renamed at the Center'")));
        const Result<SyncImportResult> imported = importInto(hq, exportFrom(*ws));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);
        Result<QSqlQuery> user = (*store)->run(
            QStringLiteral("SELECT display_name, password_hash, version FROM app_user WHERE name "
                           "= 'adm-u1'"));
        QVERIFY(user && user->next());
        QCOMPARE(user->value(0).toString(), QStringLiteral("Renamed at the Center"));
        QCOMPARE(user->value(1).toString(), QStringLiteral("$argon2id$imported-no-sign-in"));
        QCOMPARE(user->value(2).toLongLong(),
                 countOf(*ws->store,
                         QStringLiteral("SELECT version FROM app_user WHERE name = 'adm-u1'")));
    }

    // A history entry that HQ cannot store (its uuid is already another
    // workstation's entry's) fails within its batch. The entries before it
    // are written, it is reported, and each entry after it "does not
    // continue the chain": one problem per entry from it on, no more.
    void import_historyEntryFailsInItsBatch_laterEntriesBreakTheChain()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("K1"),
                              QStringLiteral("11-111111100"));
        auto other = workstation(QStringLiteral("ELE"), QStringLiteral("K2"),
                                 QStringLiteral("22-222222200"));
        QVERIFY(ws && other);
        const QString firstNumber = firstCaseNumber(*ws->store);
        QVERIFY(!firstNumber.isEmpty());
        for (int i = 0; i < 4; ++i) {
            QVERIFY(CaseService(*ws->store)
                        .comment(ws->admin, firstNumber, QStringLiteral("note %1").arg(i)));
        }
        const QString hq = hqStore({ws.get(), other.get()});
        QVERIFY(importInto(hq, exportFrom(*other)).ok());
        Result<QSqlQuery> taken =
            other->store->run(QStringLiteral("SELECT uuid FROM history ORDER BY seq LIMIT 1"));
        QVERIFY(taken && taken->next());
        const QString takenUuid = taken->value(0).toString();

        const QString package = path(QStringLiteral("history-taken-uuid.cdpkg"));
        copyPackage(exportFrom(*ws), package);
        constexpr int failingEntry = 2; // the third history line
        int entries = 0;
        qint64 failingLine = 0;
        resign(package, keyFile(*ws), [&](QJsonObject& manifest, QList<QByteArray>& lines) {
            QString previousHash;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
                if (line.value(QStringLiteral("table")).toString() != QStringLiteral("history"))
                    continue;
                QJsonObject data = line.value(QStringLiteral("data")).toObject();
                if (entries++ >= failingEntry) {
                    // The entry from here on chained again, so that only the
                    // store refuses it.
                    if (entries - 1 == failingEntry) {
                        line.insert(QStringLiteral("uuid"), takenUuid);
                        data.insert(QStringLiteral("uuid"), takenUuid);
                        failingLine = i + 2; // the manifest is line 1
                    }
                    data.insert(QStringLiteral("prev_hash"), previousHash);
                    HistoryEntry entry;
                    entry.previousHash = previousHash;
                    entry.seq = data.value(QStringLiteral("seq")).toInteger();
                    entry.uuid = data.value(QStringLiteral("uuid")).toString();
                    entry.subjectKind = data.value(QStringLiteral("subject_kind")).toString();
                    entry.subjectUuid = data.value(QStringLiteral("subject_uuid")).toString();
                    entry.storedAt = data.value(QStringLiteral("at")).toString();
                    entry.actor = data.value(QStringLiteral("actor")).toString();
                    entry.kind = data.value(QStringLiteral("kind")).toString();
                    entry.storedDetail = data.value(QStringLiteral("detail")).toString();
                    data.insert(QStringLiteral("hash"), HistoryLog::hashOf(entry));
                    line.insert(QStringLiteral("data"), data);
                    lines[i] = QJsonDocument(line).toJson(QJsonDocument::Compact);
                }
                previousHash = data.value(QStringLiteral("hash")).toString();
            }
            manifest.insert(QStringLiteral("historyHead"), previousHash);
        });
        QVERIFY2(entries > failingEntry + 2, qPrintable(QString::number(entries)));
        // Every problem is in the report (its length is limited).
        QVERIFY(entries - failingEntry <= SyncService::maxReportedProblems);

        const QByteArray before = fileBytes(hq);
        const Result<SyncImportResult> result = importInto(hq, package);
        QVERIFY(!result);
        QCOMPARE(result.error().rule, QStringLiteral("row"));
        const QString message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("line %1 (history").arg(failingLine)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("UNIQUE")), qPrintable(message));
        QCOMPARE(message.count(QStringLiteral("\nline ")), entries - failingEntry);
        QCOMPARE(message.count(QStringLiteral("continue")), entries - failingEntry - 1);
        QVERIFY(fileBytes(hq) == before);
    }

    // A row HQ deleted on its own keeps its origin; when the workstation
    // sends it again, it is a new row at HQ whose origin is rewritten, not a
    // second origin that would refuse the package.
    void import_rowDeletedAtHqSentAgain_writtenWithItsOrigin()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("R1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        QVERIFY(importInto(hq, exportFrom(*ws)).ok());
        Result<QSqlQuery> role = ws->store->run(QStringLiteral("SELECT uuid FROM role_assignment"));
        QVERIFY(role && role->next());
        const QString uuid = role->value(0).toString();
        role->finish();
        {
            Result<std::unique_ptr<Store>> store = Store::open(hq);
            QVERIFY(store);
            QVERIFY((*store)->run(QStringLiteral("DELETE FROM role_assignment WHERE uuid = ?"),
                                  {uuid}));
            QCOMPARE(countOf(**store,
                             QStringLiteral("SELECT count(*) FROM sync_origin WHERE table_name = "
                                            "'role_assignment' AND row_key = ?"),
                             {uuid}),
                     1);
        }
        QVERIFY(ws->store->run(QStringLiteral("UPDATE role_assignment SET version = version + 1, "
                                              "updated_at = '2026-11-28T12:00:00.000Z' WHERE "
                                              "uuid = ?"),
                               {uuid}));
        const Result<SyncImportResult> result = importInto(hq, exportFrom(*ws));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        Result<std::unique_ptr<Store>> store = Store::open(hq);
        QVERIFY(store);
        QCOMPARE(countOf(**store,
                         QStringLiteral("SELECT version FROM role_assignment WHERE uuid = ?"),
                         {uuid}),
                 2);
        Result<QSqlQuery> origin =
            (*store)->run(QStringLiteral("SELECT workstation_id, stamp FROM sync_origin WHERE "
                                         "table_name = 'role_assignment' AND row_key = ?"),
                          {uuid});
        QVERIFY(origin && origin->next());
        QCOMPARE(origin->value(0).toString(), QStringLiteral("R1"));
        QCOMPARE(origin->value(1).toString(), QStringLiteral("2"));
        QVERIFY(!origin->next());
    }

    void import_changedAtHq_reportedAsConflict()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("C1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        QVERIFY(importInto(hq, exportFrom(*ws)).ok());
        {
            Result<std::unique_ptr<Store>> store = Store::open(hq);
            QVERIFY(store);
            QVERIFY((*store)->run(QStringLiteral("UPDATE account SET version = version + 1, name "
                                                 "= 'Renamed at HQ'")));
        }
        QVERIFY(ws->store->run(QStringLiteral("UPDATE account SET version = version + 1, name = "
                                              "'Renamed at the Center'")));
        const QString package = exportFrom(*ws);
        const QByteArray before = fileBytes(hq);
        const Result<SyncImportResult> result = importInto(hq, package);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Conflict);
        QVERIFY(result.error().message.contains(QStringLiteral("changed at HQ")));
        QVERIFY(fileBytes(hq) == before);
    }

    void import_randomMutations_neverCrashNeverHalfApplied()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("R1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        const QString good = exportFrom(*ws);
        const QByteArray pristine = fileBytes(hq);
        const QByteArray content = fileBytes(good);
        const Result<SyncSecretKey> key = SyncSignature::readSecretKey(keyFile(*ws));
        QVERIFY(key);
        QRandomGenerator random(20261128);
        const QString target = path(QStringLiteral("mutated.cdpkg"));
        const QString copy = path(QStringLiteral("hq-mutation.db"));
        int accepted = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray mutated = content;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(mutated.size());
                switch (random.bounded(4)) {
                case 0:
                    mutated[at] = char(random.bounded(256));
                    break;
                case 1:
                    mutated.remove(at, 1 + random.bounded(8));
                    break;
                case 2:
                    mutated.insert(at, "\"{}[],:\n"[random.bounded(8)]);
                    break;
                default:
                    mutated.truncate(at);
                    break;
                }
                if (mutated.isEmpty())
                    mutated = "x";
            }
            // Half of them re-signed, so the checks behind the signature run too.
            const bool resigned = random.bounded(2) == 0;
            if (resigned) {
                // With the manifest's hash and row count fixed up where it still parses,
                // so that the line checks and the apply step see the damage.
                const qsizetype end = mutated.indexOf('\n');
                QJsonObject manifest = QJsonDocument::fromJson(mutated.left(end)).object();
                if (end > 0 && !manifest.isEmpty()) {
                    const QByteArray payload = mutated.mid(end + 1);
                    manifest.insert(
                        QStringLiteral("payloadSha256"),
                        QString::fromLatin1(
                            QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
                    manifest.insert(QStringLiteral("rows"),
                                    payload.count('\n') + (payload.endsWith('\n') ? 0 : 1));
                    mutated =
                        QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n' + payload;
                }
            }
            QVERIFY(writeFile(target, mutated));
            QVERIFY(writeFile(target + QStringLiteral(".minisig"),
                              resigned ? SyncSignature::sign(*key, mutated, QStringLiteral("m"))
                                       : fileBytes(good + QStringLiteral(".minisig"))));
            QFile::remove(copy);
            QVERIFY(writeFile(copy, pristine));
            const Result<SyncImportResult> result = importInto(copy, target);
            if (result.ok()) {
                ++accepted;
                Result<std::unique_ptr<Store>> store = Store::open(copy);
                QVERIFY(store);
                QCOMPARE(HistoryLog::verifyChain(**store).value().firstBrokenSeq, qint64(0));
            } else {
                QVERIFY2(fileBytes(copy) == pristine, qPrintable(result.error().message));
            }
        }
        qInfo("%d of 300 mutated packages were accepted", accepted);
    }

    void reference_fromHq_appliedOnWorkstation()
    {
        auto ws = workstation(QStringLiteral("PHC"), QStringLiteral("F1"),
                              QStringLiteral("11-111111100"));
        QVERIFY(ws);
        const QString hq = hqStore({ws.get()});
        QString package;
        {
            Result<std::unique_ptr<Store>> store = Store::open(hq);
            QVERIFY(store);
            SyncService sync(**store);
            QVERIFY(sync.generateKey(hq + QStringLiteral(".keys"), QStringLiteral("HQ"),
                                     QStringLiteral("HQ")));
            UserService users(**store, {systemClock(), PasswordHasher::minimum()});
            const Result<Actor> admin = users.signIn(QStringLiteral("hq-admin"), password);
            QVERIFY(admin);
            ServiceLevels levels(**store);
            QVERIFY(levels.ensureDefaults());
            ServiceLevelTarget target =
                levels.target(QStringLiteral("binding-ruling"), ServiceTier::Standard).value();
            target.resolutionMinutes = 12345;
            QVERIFY(levels.setTarget(*admin, target));
            const QString directive = path(QStringLiteral("directive-2026-01.json"));
            QVERIFY(writeFile(directive, "{\"title\":\"Uniform intake\",\"text\":\"...\"}"));
            const Result<SyncExportResult> exported = sync.exportReference(
                path(QStringLiteral("reference")), {}, {QStringLiteral("directive:") + directive});
            QVERIFY2(exported.ok(), qPrintable(exported ? QString() : exported.error().message));
            package = exported->packagePath;
            QVERIFY(SyncService(*ws->store).setHqKey(sync.identity().publicKey));
        }
        SyncService sync(*ws->store);
        // A changed byte is refused, nothing applied.
        const QString tampered = path(QStringLiteral("tampered-reference.cdpkg"));
        copyPackage(package, tampered);
        QByteArray content = fileBytes(tampered);
        content[content.size() - 3] = char(content[content.size() - 3] ^ 0x01);
        QVERIFY(writeFile(tampered, content));
        QCOMPARE(sync.importReference(tampered).error().rule, QStringLiteral("bad-signature"));

        const Result<SyncImportResult> applied = sync.importReference(package);
        QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(ServiceLevels(*ws->store)
                     .target(QStringLiteral("binding-ruling"), ServiceTier::Standard)
                     .value()
                     .resolutionMinutes,
                 qint64(12345));
        QCOMPARE(countOf(*ws->store, QStringLiteral("SELECT count(*) FROM sync_document WHERE "
                                                    "kind = 'directive'")),
                 qint64(1));
        QVERIFY(sync.importReference(package).value().alreadyImported);
        // A newer package applies over it (its replay check reads the last
        // one applied: no read may stay open into the write, see init()).
        QString newer;
        {
            Result<std::unique_ptr<Store>> store = Store::open(hq);
            QVERIFY(store);
            UserService users(**store, {systemClock(), PasswordHasher::minimum()});
            const Result<Actor> admin = users.signIn(QStringLiteral("hq-admin"), password);
            QVERIFY(admin);
            ServiceLevels levels(**store);
            ServiceLevelTarget target =
                levels.target(QStringLiteral("binding-ruling"), ServiceTier::Standard).value();
            target.resolutionMinutes = 23456;
            QVERIFY(levels.setTarget(*admin, target));
            const Result<SyncExportResult> exported =
                SyncService(**store).exportReference(path(QStringLiteral("reference-2")), {}, {});
            QVERIFY2(exported.ok(), qPrintable(exported ? QString() : exported.error().message));
            newer = exported->packagePath;
        }
        // While another connection applies a newer one still (as it records
        // itself), this one waits to write; it is an old package then,
        // refused, and nothing of it applied.
        {
            Result<SyncImportResult> meanwhile = Error::store(QStringLiteral("not-run"), {});
            const Status other = whileAnotherConnectionWrites(
                ws->path,
                QStringLiteral("INSERT INTO sync_import(kind, center_code, workstation_id, "
                               "seq_from, seq_to, payload_sha256, history_head, row_count, "
                               "file_name, imported_at) SELECT kind, center_code, workstation_id, "
                               "seq_to + 5, seq_to + 5, '', '', 0, 'newer-still.cdpkg', "
                               "imported_at FROM sync_import WHERE kind = 'reference'"),
                {}, [&] { meanwhile = sync.importReference(newer); });
            QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
            QVERIFY(!meanwhile);
            QCOMPARE(meanwhile.error().rule, QStringLiteral("replay"));
            QCOMPARE(ServiceLevels(*ws->store)
                         .target(QStringLiteral("binding-ruling"), ServiceTier::Standard)
                         .value()
                         .resolutionMinutes,
                     qint64(12345));
            QVERIFY(ws->store->run(QStringLiteral("DELETE FROM sync_import WHERE file_name = "
                                                  "'newer-still.cdpkg'")));
        }
        const Result<SyncImportResult> second = sync.importReference(newer);
        QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().message));
        QVERIFY(!second->alreadyImported);
        QCOMPARE(ServiceLevels(*ws->store)
                     .target(QStringLiteral("binding-ruling"), ServiceTier::Standard)
                     .value()
                     .resolutionMinutes,
                 qint64(23456));
        // The first one again is now a replay.
        QCOMPARE(sync.importReference(package).error().rule, QStringLiteral("replay"));
        // A workstation key cannot sign reference packages.
        QCOMPARE(sync.exportReference(path(QStringLiteral("nope")), {}, {}).error().rule,
                 QStringLiteral("not-hq"));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
