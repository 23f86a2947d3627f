#pragma once

#include "centerdesk/core/result.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace centerdesk::core {

class Store;

// The cases that match every term of a full-text search, read from the
// full-text index alone: a match's case is its rowid >> 24 (migration 0006),
// so no case and no content row is read. A bitmap of case rowids.
//
// For a term that matches much of a large store: SQLite's `rowid IN (SELECT
// ...)` builds a b-tree of every match before the first row, while this
// bitmap is filled from the index in one pass and asked in constant time by
// a list walking its own order (useCaseMatchSet).
class CaseMatchSet final
{
public:
    // The FTS5 terms of a search text: each word a prefix term, quoted so
    // that FTS5's syntax stays out of user input.
    static QStringList termsOf(const QString& text);

    // The cases matching every term (from termsOf).
    static Result<std::shared_ptr<const CaseMatchSet>> read(Store& store, const QStringList& terms);

    bool contains(qint64 caseRowid) const
    {
        const auto word = static_cast<std::size_t>(caseRowid >> 6);
        return caseRowid >= 0 && word < m_bits.size() &&
               (m_bits[word] >> (static_cast<unsigned>(caseRowid) & 63U)) & 1U;
    }
    qint64 count() const { return m_count; }

private:
    std::vector<quint64> m_bits;
    qint64 m_count = 0;
};

// The SQL function cd_case_matches(case_rowid) on this store's connection,
// answering from `set` until the next call replaces it.
Status useCaseMatchSet(Store& store, std::shared_ptr<const CaseMatchSet> set);

} // namespace centerdesk::core
