#pragma once

#include "centerdesk/core/result.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace centerdesk::core {

class Store;

// The cases that match every word of a full-text search, read from the
// full-text index alone: a match's case is its rowid >> 24 (migration 0006),
// so no case and no content row is read. A bitmap of case rowids.
//
// For a word that matches much of a large store: SQLite's `rowid IN (SELECT
// ...)` builds a b-tree of every match before the first row, while this
// bitmap is asked in constant time by a list walking its own order
// (useCaseMatchSet). When every word is an exact FTS5 expression
// (expressionsOf), the bitmap is filled one block of cases at a time, as
// the list reaches them: FTS5 seeks an exact term to a rowid range, so the
// first page of a word found in most of 10^6 cases reads a few thousand
// index entries, not all of them. A prefix term cannot be read that way
// (FTS5 merges the whole list of every matching term first) and is read
// in one pass.
class CaseMatchSet final
{
public:
    // The FTS5 terms of a search text: each word a prefix term, quoted so
    // that FTS5's syntax stays out of user input.
    static QStringList termsOf(const QString& text);

    // The same search as termsOf, one FTS5 expression per word, for this
    // store's index: a word of ASCII letters and digits (one token) becomes
    // its own term and the index's longer terms that begin with it, joined
    // by OR. Other words, and a word that begins more than `maxTerms` terms
    // (its own included), keep their prefix term.
    static Result<QStringList> expressionsOf(Store& store, const QString& text, int maxTerms = 64);

    struct Options
    {
        // Fewer full-text rows than this for every word: isFew.
        qint64 fewRows = 2000;
        // Cases per block read on demand: 2^blockBits.
        int blockBits = 14;
    };

    // The cases matching every expression (from termsOf or expressionsOf).
    static Result<std::shared_ptr<CaseMatchSet>> read(Store& store, const QStringList& expressions,
                                                      const Options& options);
    static Result<std::shared_ptr<CaseMatchSet>> read(Store& store, const QStringList& expressions)
    {
        return read(store, expressions, Options{});
    }

    // Whether the case matches; reads its block first when needed (on the
    // store it was read from, which must still be open).
    Result<bool> contains(qint64 caseRowid);
    // The matching cases in the blocks read so far.
    qint64 count() const { return m_count; }
    // Few full-text rows for every word: better read with SQL's
    // `rowid IN (SELECT ...)` than by walking a list.
    bool isFew() const { return m_few; }
    const QStringList& expressions() const { return m_expressions; }

private:
    Status readBlocks(qint64 firstBlock, qint64 lastBlock);

    Store* m_store = nullptr;
    QStringList m_expressions;
    qint64 m_maxRowid = 0;
    int m_blockBits = 14;
    std::vector<quint64> m_bits;
    std::vector<bool> m_blockRead;
    qint64 m_count = 0;
    bool m_few = false;
};

// The SQL function cd_case_matches(case_rowid) on this store's connection,
// answering from `set` until the next call replaces it.
Status useCaseMatchSet(Store& store, std::shared_ptr<CaseMatchSet> set);

} // namespace centerdesk::core
