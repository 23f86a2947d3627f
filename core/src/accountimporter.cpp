#include "centerdesk/core/accountimporter.h"

#include "accountrules.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace centerdesk::core {

namespace {

class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};

const QStringList requiredColumns = {QStringLiteral("name"), QStringLiteral("ior"),
                                     QStringLiteral("center"), QStringLiteral("size")};

struct ProgramColumns
{
    ProgramKind kind;
    const char* from;
    const char* to;
};
constexpr ProgramColumns programColumns[] = {
    {ProgramKind::Ctpat, "ctpat_from", "ctpat_to"},
    {ProgramKind::Isa, "isa_from", "isa_to"},
    {ProgramKind::Participating, "participating_from", "participating_to"},
    {ProgramKind::TrustedTrader, "trusted_trader_from", "trusted_trader_to"},
};

ImportProblem problemAt(qsizetype line, const Error& error)
{
    return ImportProblem{line, error.field, error.rule, error.message};
}

// Reads one line into an AccountInput; date and tier problems are added to `problems`.
AccountInput inputFromRecord(const CsvRecord& record, const QHash<QString, qsizetype>& columns,
                             QList<ImportProblem>& problems)
{
    auto value = [&](const QString& column) -> QString {
        const qsizetype index = columns.value(column, -1);
        return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
    };
    auto date = [&](const char* column, bool required) -> QDate {
        const QString text = value(QString::fromLatin1(column));
        if (text.isEmpty()) {
            if (required)
                problems.append(ImportProblem{record.line, QString::fromLatin1(column),
                                              QStringLiteral("required"),
                                              ImportText::tr("%1 is required when the program's "
                                                             "other columns are filled.")
                                                  .arg(QString::fromLatin1(column))});
            return {};
        }
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (!parsed.isValid()) {
            problems.append(
                ImportProblem{record.line, QString::fromLatin1(column), QStringLiteral("date"),
                              ImportText::tr("'%1' is not a date; write YYYY-MM-DD.").arg(text)});
        }
        return parsed;
    };

    AccountInput input;
    input.name = value(QStringLiteral("name"));
    input.iorNumber = value(QStringLiteral("ior"));
    input.centerCode = value(QStringLiteral("center"));
    input.namName = value(QStringLiteral("nam"));
    input.sizeClass = value(QStringLiteral("size"));
    input.examPortCode = value(QStringLiteral("exam_port"));
    input.examFacility = value(QStringLiteral("exam_facility"));
    const QString contactName = value(QStringLiteral("contact_name"));
    const QString contactRole = value(QStringLiteral("contact_role"));
    const QString contactEmail = value(QStringLiteral("contact_email"));
    const QString contactPhone = value(QStringLiteral("contact_phone"));
    if (!QString(contactName + contactRole + contactEmail + contactPhone).isEmpty())
        input.contacts.append(
            Contact{{}, contactName, contactRole, contactEmail, contactPhone, true});

    for (const ProgramColumns& columnsOfProgram : programColumns) {
        const bool used = !value(QString::fromLatin1(columnsOfProgram.from)).isEmpty() ||
                          !value(QString::fromLatin1(columnsOfProgram.to)).isEmpty() ||
                          (columnsOfProgram.kind == ProgramKind::Ctpat &&
                           !value(QStringLiteral("ctpat_tier")).isEmpty());
        if (!used)
            continue;
        PartnerProgram program;
        program.kind = columnsOfProgram.kind;
        program.from = date(columnsOfProgram.from, true);
        program.to = date(columnsOfProgram.to, false);
        if (program.kind == ProgramKind::Ctpat) {
            const QString tier = value(QStringLiteral("ctpat_tier")).toUpper();
            static const QHash<QString, int> tiers = {
                {QStringLiteral("1"), 1},  {QStringLiteral("I"), 1}, {QStringLiteral("2"), 2},
                {QStringLiteral("II"), 2}, {QStringLiteral("3"), 3}, {QStringLiteral("III"), 3}};
            program.ctpatTier = tiers.value(tier, 0);
            if (program.ctpatTier == 0) {
                problems.append(ImportProblem{
                    record.line, QStringLiteral("ctpat_tier"), QStringLiteral("ctpat-tier"),
                    ImportText::tr("The C-TPAT tier is '%1'; write 1, 2 or 3.").arg(tier)});
            }
        }
        // A program with a bad date or tier is reported above, not again by the program rules.
        const bool tierKnown = program.kind != ProgramKind::Ctpat || program.ctpatTier != 0;
        if (program.from.isValid() && (program.to.isNull() || program.to.isValid()) && tierKnown)
            input.programs.append(program);
    }
    return input;
}

} // namespace

AccountImporter::AccountImporter(Store& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

QStringList AccountImporter::columns()
{
    QStringList all = requiredColumns;
    all << QStringLiteral("nam") << QStringLiteral("exam_port") << QStringLiteral("exam_facility")
        << QStringLiteral("contact_name") << QStringLiteral("contact_role")
        << QStringLiteral("contact_email") << QStringLiteral("contact_phone")
        << QStringLiteral("ctpat_tier");
    for (const ProgramColumns& program : programColumns)
        all << QString::fromLatin1(program.from) << QString::fromLatin1(program.to);
    return all;
}

Result<ImportReport> AccountImporter::importFile(const Actor& actor, const QString& path,
                                                 const Progress& progress)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return Error::io(
            QStringLiteral("cannot-read"),
            ImportText::tr("The import file %1 does not exist or is not a file.").arg(path));
    }
    // Checked before reading, so that a huge file is never loaded.
    if (info.size() > maxFileBytes()) {
        return Error::invalid(
            QStringLiteral("file"), QStringLiteral("file-size"),
            ImportText::tr("The import file %1 has %2 bytes; at most %3 are accepted.")
                .arg(path)
                .arg(info.size())
                .arg(maxFileBytes()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(
            QStringLiteral("cannot-read"),
            ImportText::tr("The import file %1 cannot be read: %2.").arg(path, file.errorString()));
    }
    return importBytes(actor, file.readAll(), progress);
}

Result<ImportReport> AccountImporter::importBytes(const Actor& actor, const QByteArray& csv,
                                                  const Progress& progress)
{
    ImportReport report;
    const Result<QList<CsvRecord>> parsed = CsvReader::parse(csv);
    if (!parsed) {
        report.problems.append(problemAt(0, parsed.error()));
        return report;
    }
    const QList<CsvRecord>& records = *parsed;
    if (records.isEmpty()) {
        report.problems.append(
            ImportProblem{1, QStringLiteral("header"), QStringLiteral("required"),
                          ImportText::tr("The file is empty; the first line must "
                                         "name the columns.")});
        return report;
    }
    QHash<QString, qsizetype> columnIndex;
    const QStringList known = columns();
    const CsvRecord& header = records.first();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString column = header.fields.at(i).trimmed().toLower();
        if (!known.contains(column)) {
            report.problems.append(
                ImportProblem{header.line, column, QStringLiteral("unknown-column"),
                              ImportText::tr("Unknown column '%1'. The columns are: %2.")
                                  .arg(column, known.join(QStringLiteral(", ")))});
        } else if (columnIndex.contains(column)) {
            report.problems.append(
                ImportProblem{header.line, column, QStringLiteral("duplicate-column"),
                              ImportText::tr("The column '%1' appears twice.").arg(column)});
        }
        columnIndex.insert(column, i);
    }
    for (const QString& column : requiredColumns) {
        if (!columnIndex.contains(column)) {
            report.problems.append(
                ImportProblem{header.line, column, QStringLiteral("missing-column"),
                              ImportText::tr("The required column '%1' is missing.").arg(column)});
        }
    }
    if (!report.problems.isEmpty())
        return report;

    const Result<AccountReferenceSets> sets = AccountReferenceSets::load(m_store);
    if (!sets)
        return sets.error();
    QHash<QString, qsizetype> existingIors; // importer number -> 0 (store) or its line
    {
        Result<QSqlQuery> iors = m_store.run(QStringLiteral("SELECT ior_number FROM account"));
        if (!iors)
            return iors.error();
        while (iors->next())
            existingIors.insert(iors->value(0).toString(), 0);
    }

    report.records = records.size() - 1;
    const qsizetype total = report.records * 2; // checking, then writing
    QList<Account> accounts;
    accounts.reserve(report.records);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        // Spreadsheets end files with lines of empty cells: nothing to import there.
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString& f) { return f.isEmpty(); }))
            continue;
        if (record.fields.size() != header.fields.size()) {
            report.problems.append(
                ImportProblem{record.line, QStringLiteral("line"), QStringLiteral("field-count"),
                              ImportText::tr("The line has %1 fields; the header has %2.")
                                  .arg(record.fields.size())
                                  .arg(header.fields.size())});
            continue;
        }
        AccountInput input = inputFromRecord(record, columnIndex, report.problems);
        Account account;
        for (const Error& problem : checkAccountInput(input, *sets, account))
            report.problems.append(problemAt(record.line, problem));
        if (!account.iorNumber.isEmpty()) {
            const auto seen = existingIors.constFind(account.iorNumber);
            if (seen != existingIors.cend()) {
                report.problems.append(ImportProblem{
                    record.line, QStringLiteral("ior"), QStringLiteral("duplicate-ior"),
                    seen.value() == 0
                        ? ImportText::tr(
                              "The importer number %1 already belongs to an account in the store.")
                              .arg(account.iorNumber)
                        : ImportText::tr("The importer number %1 is also on line %2.")
                              .arg(account.iorNumber)
                              .arg(seen.value())});
            } else {
                existingIors.insert(account.iorNumber, record.line);
            }
        }
        if (sets->centerCodes.contains(account.centerCode)) {
            if (Status allowed =
                    Permissions::authorize(actor, Action::ImportAccounts,
                                           Scope{account.centerCode, account.namUserUuid, {}});
                !allowed)
                report.problems.append(
                    problemAt(record.line, Error{allowed.error().kind, QStringLiteral("center"),
                                                 allowed.error().rule, allowed.error().message}));
        }
        accounts.append(std::move(account));
        if (progress && r % 500 == 0 && !progress(r, total))
            return Error::invalid(QStringLiteral("import"), QStringLiteral("cancelled"),
                                  ImportText::tr("The import was cancelled; nothing was written."));
    }
    if (!report.problems.isEmpty())
        return report;

    const QDateTime now = m_clock();
    const Status written = m_store.transaction([&]() -> Status {
        AccountWriter writer(m_store);
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            if (Status inserted = writer.insert(accounts[i], actor.userName, now); !inserted) {
                Error error = inserted.error();
                error.message =
                    ImportText::tr("Line %1: %2").arg(records.at(i + 1).line).arg(error.message);
                return error;
            }
            if (progress && i % 500 == 0 && !progress(report.records + i, total)) {
                return Error::invalid(
                    QStringLiteral("import"), QStringLiteral("cancelled"),
                    ImportText::tr("The import was cancelled; nothing was written."));
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    report.imported = accounts.size();
    if (progress)
        progress(total, total);
    return report;
}

} // namespace centerdesk::core
