#pragma once

#include "centerdesk/core/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace centerdesk::core {

class Store;

struct GeneratorOptions final
{
    qint64 accounts = 200;
    qint64 cases = 3000;
    // Case history entries in all (created, transitions, comments): at least one per case.
    qint64 events = 20000;
    quint64 seed = 1;
    // The moment the generated history ends; clocks are judged at it. Fixed by
    // default so that a seed alone decides every byte of the data.
    QDateTime until = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
};

struct GeneratorSummary final
{
    QMap<QString, qint64> rowsPerTable;
    qint64 rows = 0;
    double seconds = 0;
    double rowsPerSecond() const { return seconds > 0 ? double(rows) / seconds : 0; }
};

// Builds a realistic Center history for benchmarks: users of every role,
// accounts over every Center, tier and size, cases of every type and state
// with their clocks, hash-chained history, comments (searchable) and
// notifications. The same options give the same rows, byte for byte: every
// choice and every uuid comes from a seeded std::mt19937_64 with hand-written
// distributions. Writes only to a store that holds nothing but reference data,
// and marks it as generated.
class Generator final
{
public:
    static Result<GeneratorSummary> generate(Store& store, const GeneratorOptions& options);
    static bool isGeneratedStore(const Store& store);
};

} // namespace centerdesk::core
