#include "centerdesk/core/casematchset.h"

#include "centerdesk/core/store.h"

#include <algorithm>
#include <bit>
#include <sqlite3.h>

namespace centerdesk::core {

namespace {

QString quoted(const QString& term)
{
    return QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// One token for FTS5's unicode61 tokenizer, whose term is the word in
// lower case (ASCII letters fold, digits stay).
bool isPlainWord(const QString& word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    });
}

// A prefix term is read in one pass: FTS5 merges its terms' lists first.
bool isPrefixExpression(const QString& expression)
{
    return expression.endsWith(QLatin1Char('*'));
}

void setBit(std::vector<quint64>& bits, qint64 index)
{
    bits[static_cast<std::size_t>(index >> 6)] |= quint64{1}
                                                  << (static_cast<unsigned>(index) & 63U);
}

void callContains(sqlite3_context* context, int, sqlite3_value** arguments)
{
    auto* set = static_cast<std::shared_ptr<CaseMatchSet>*>(sqlite3_user_data(context));
    const Result<bool> contains = (*set)->contains(sqlite3_value_int64(arguments[0]));
    if (!contains) {
        const QByteArray message = contains.error().message.toUtf8();
        sqlite3_result_error(context, message.constData(), static_cast<int>(message.size()));
        if (contains.error().rule == QLatin1String("interrupted"))
            sqlite3_result_error_code(context, SQLITE_INTERRUPT);
        return;
    }
    sqlite3_result_int(context, *contains ? 1 : 0);
}

void destroyHolder(void* holder)
{
    delete static_cast<std::shared_ptr<CaseMatchSet>*>(holder);
}

} // namespace

QStringList CaseMatchSet::termsOf(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms << quoted(word) + QLatin1Char('*');
    return terms;
}

Result<QStringList> CaseMatchSet::expressionsOf(Store& store, const QString& text, int maxTerms)
{
    QStringList expressions;
    bool listed = false;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!isPlainWord(word)) {
            expressions << quoted(word) + QLatin1Char('*');
            continue;
        }
        if (!listed) {
            // The index's terms, listed by fts5vocab (a table of this
            // connection's temp schema; the store is not changed).
            if (Status ok = store.execute(
                    QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.cd_case_search_terms "
                                   "USING fts5vocab(main, case_search, row)"));
                !ok)
                return ok.error();
            listed = true;
        }
        // The word's own term comes first; when the index lacks it, it
        // matches nothing, which costs less than asking.
        const QString term = word.toLower();
        QStringList terms{quoted(term)};
        // From just after the word itself: fts5vocab counts the list of every
        // term it passes, and the word's own may hold most cases. U+10FFFF is
        // no letter, so no term goes on past it.
        const Status ok = store.forEachRow(
            QStringLiteral("SELECT term FROM temp.cd_case_search_terms WHERE term >= ?1 || "
                           "char(1) AND term <= ?1 || char(1114111) LIMIT ?2"),
            {term, maxTerms}, [&](const StoreRow& row) {
                terms << quoted(row.text(0));
                return true;
            });
        if (!ok)
            return ok.error();
        if (terms.size() > maxTerms)
            expressions << quoted(word) + QLatin1Char('*');
        else if (terms.size() == 1)
            expressions << terms.constFirst();
        else
            expressions << QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return expressions;
}

Result<std::shared_ptr<CaseMatchSet>>
CaseMatchSet::read(Store& store, const QStringList& expressions, const Options& options)
{
    auto set = std::make_shared<CaseMatchSet>();
    set->m_store = &store;
    set->m_expressions = expressions;
    set->m_blockBits = std::clamp(options.blockBits, 0, 30);
    // The bitmap spans the cases' rowids (dense: SQLite assigns them in turn).
    if (Status ok =
            store.forEachRow(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM cases"), {},
                             [&set](const StoreRow& row) {
                                 set->m_maxRowid = row.integer(0);
                                 return false;
                             });
        !ok)
        return ok.error();
    const qint64 blocks = (set->m_maxRowid >> set->m_blockBits) + 1;
    set->m_blockRead.assign(static_cast<std::size_t>(blocks), false);

    if (std::any_of(expressions.cbegin(), expressions.cend(), isPrefixExpression)) {
        if (Status ok = set->readBlocks(0, blocks - 1); !ok)
            return ok.error();
        set->m_few = set->m_count < options.fewRows;
        return set;
    }
    // Exact expressions: their first rows are counted without reading the
    // rest. Few rows for every word: the caller reads them with SQL.
    set->m_few = true;
    for (const QString& expression : expressions) {
        qint64 rows = 0;
        if (Status ok = store.forEachRow(
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_search WHERE "
                               "case_search MATCH ? LIMIT ?)"),
                {expression, options.fewRows},
                [&rows](const StoreRow& row) {
                    rows = row.integer(0);
                    return false;
                });
            !ok)
            return ok.error();
        if (rows >= options.fewRows)
            set->m_few = false;
    }
    return set;
}

Status CaseMatchSet::readBlocks(qint64 firstBlock, qint64 lastBlock)
{
    const qint64 firstCase = firstBlock << m_blockBits;
    const qint64 endCase = std::min((lastBlock + 1) << m_blockBits, m_maxRowid + 1);
    if (m_bits.empty())
        m_bits.assign(static_cast<std::size_t>(m_maxRowid / 64 + 1), 0);
    // Every word must match (in the case's own text or any comment).
    const auto words = static_cast<std::size_t>(std::max<qint64>(endCase - firstCase, 0) / 64 + 1);
    std::vector<quint64> matched;
    for (const QString& expression : std::as_const(m_expressions)) {
        std::vector<quint64> bits(words, 0);
        if (Status ok = m_store->forEachRow(
                QStringLiteral("SELECT rowid >> 24 FROM case_search WHERE case_search MATCH ? AND "
                               "rowid >= ? AND rowid < ?"),
                {expression, firstCase << 24, endCase << 24},
                [&](const StoreRow& row) {
                    setBit(bits, row.integer(0) - firstCase);
                    return true;
                });
            !ok)
            return ok;
        if (matched.empty()) {
            matched = std::move(bits);
        } else {
            for (std::size_t i = 0; i < words; ++i)
                matched[i] &= bits[i];
        }
    }
    for (std::size_t i = 0; i < matched.size(); ++i) {
        for (quint64 word = matched[i]; word != 0; word &= word - 1) {
            setBit(m_bits, firstCase + static_cast<qint64>(i * 64) + std::countr_zero(word));
            ++m_count;
        }
    }
    for (qint64 block = firstBlock; block <= lastBlock; ++block)
        m_blockRead[static_cast<std::size_t>(block)] = true;
    return {};
}

Result<bool> CaseMatchSet::contains(qint64 caseRowid)
{
    if (caseRowid < 0 || caseRowid > m_maxRowid)
        return false; // a case added since: the list reads the search again
    const qint64 block = caseRowid >> m_blockBits;
    if (!m_blockRead[static_cast<std::size_t>(block)])
        if (Status ok = readBlocks(block, block); !ok)
            return ok.error();
    return ((m_bits[static_cast<std::size_t>(caseRowid >> 6)] >>
             (static_cast<unsigned>(caseRowid) & 63U)) &
            1U) != 0;
}

Status useCaseMatchSet(Store& store, std::shared_ptr<CaseMatchSet> set)
{
    sqlite3* db = store.handle();
    auto* holder = new std::shared_ptr<CaseMatchSet>(std::move(set));
    // On failure SQLite calls destroyHolder itself.
    if (sqlite3_create_function_v2(db, "cd_case_matches", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   holder, callContains, nullptr, nullptr,
                                   destroyHolder) != SQLITE_OK)
        return Error::store(QStringLiteral("search"), QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

} // namespace centerdesk::core
