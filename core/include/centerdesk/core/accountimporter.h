#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/csvreader.h"
#include "centerdesk/core/result.h"

#include <functional>

namespace centerdesk::core {

class Store;

struct ImportProblem final
{
    qsizetype line = 0; // 1 is the header
    QString field;
    QString rule;
    QString message;
};

struct ImportReport final
{
    qsizetype records = 0;  // data lines read
    qsizetype imported = 0; // accounts written (0 unless every line was good)
    QList<ImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Imports accounts from a CSV file, all or nothing: every line is checked
// first, and one bad line means nothing is written; the report lists every
// bad line with its number, field and rule. Columns (header row, any order):
//   name, ior, center, size                      required
//   nam, exam_port, exam_facility                optional
//   contact_name, contact_role, contact_email,
//   contact_phone                                the problem-resolution contact
//   ctpat_tier, ctpat_from, ctpat_to, isa_from, isa_to, participating_from,
//   participating_to, trusted_trader_from, trusted_trader_to   (YYYY-MM-DD)
class AccountImporter final
{
public:
    // Called with lines done and total; returning false cancels (nothing is written).
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    explicit AccountImporter(Store& store, Clock clock = systemClock());

    Result<ImportReport> importFile(const Actor& actor, const QString& path,
                                    const Progress& progress = {});
    Result<ImportReport> importBytes(const Actor& actor, const QByteArray& csv,
                                     const Progress& progress = {});

    static QStringList columns();
    static qsizetype maxFileBytes() { return CsvLimits{}.maxBytes; }

private:
    Store& m_store;
    Clock m_clock;
};

} // namespace centerdesk::core
