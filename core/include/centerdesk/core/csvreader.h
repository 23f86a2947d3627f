#pragma once

#include "centerdesk/core/result.h"

#include <QList>
#include <QStringList>

namespace centerdesk::core {

// One record of a CSV file and the line it starts on (1-based).
struct CsvRecord final
{
    qsizetype line = 0;
    QStringList fields;
};

struct CsvLimits final
{
    qsizetype maxBytes = 64 * 1024 * 1024;
    qsizetype maxRecords = 2'000'000;
    qsizetype maxFieldChars = 4096;
};

// RFC 4180 CSV: comma-separated, fields quoted with '"' (a quote inside is
// doubled), quoted fields may hold commas and line breaks, CRLF or LF line
// ends, an optional UTF-8 byte order mark. Untrusted input: the size, the
// encoding (UTF-8 only) and every limit are checked, and a problem is named
// with its line.
class CsvReader final
{
public:
    static Result<QList<CsvRecord>> parse(const QByteArray& bytes, const CsvLimits& limits = {});
};

} // namespace centerdesk::core
