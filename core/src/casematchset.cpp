#include "centerdesk/core/casematchset.h"

#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <algorithm>
#include <bit>
#include <sqlite3.h>

namespace centerdesk::core {

namespace {

class CaseMatchText final
{
    Q_DECLARE_TR_FUNCTIONS(CaseMatchText)
};

Error sqliteError(sqlite3* db)
{
    const int code = sqlite3_errcode(db);
    return Error::store(code == SQLITE_INTERRUPT ? QStringLiteral("interrupted")
                                                 : QStringLiteral("search"),
                        CaseMatchText::tr("The full-text search could not be read: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

void callContains(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const auto* set =
        static_cast<const std::shared_ptr<const CaseMatchSet>*>(sqlite3_user_data(context));
    sqlite3_result_int(context, (*set)->contains(sqlite3_value_int64(arguments[0])) ? 1 : 0);
}

void destroyHolder(void* holder)
{
    delete static_cast<std::shared_ptr<const CaseMatchSet>*>(holder);
}

} // namespace

QStringList CaseMatchSet::termsOf(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms << QLatin1Char('"') +
                     QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QStringLiteral("\"*");
    return terms;
}

Result<std::shared_ptr<const CaseMatchSet>> CaseMatchSet::read(Store& store,
                                                               const QStringList& terms)
{
    sqlite3* db = store.handle();
    auto set = std::make_shared<CaseMatchSet>();
    // The bitmap spans the cases' rowids (dense: SQLite assigns them in turn).
    sqlite3_stmt* highest = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(max(rowid), 0) FROM cases", -1, &highest,
                           nullptr) != SQLITE_OK)
        return sqliteError(db);
    const sqlite3_int64 maxRowid =
        sqlite3_step(highest) == SQLITE_ROW ? sqlite3_column_int64(highest, 0) : 0;
    sqlite3_finalize(highest);
    const auto words = static_cast<std::size_t>(maxRowid / 64 + 1);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT rowid >> 24 FROM case_search WHERE case_search MATCH ?", -1,
                           &statement, nullptr) != SQLITE_OK)
        return sqliteError(db);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalizer(statement, sqlite3_finalize);
    bool first = true;
    for (const QString& term : terms) {
        std::vector<quint64> bits(words, 0);
        const QByteArray utf8 = term.toUtf8();
        sqlite3_reset(statement);
        sqlite3_bind_text(statement, 1, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT);
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            const sqlite3_int64 caseRowid = sqlite3_column_int64(statement, 0);
            if (caseRowid < 0 || caseRowid > maxRowid)
                continue; // no such case
            bits[static_cast<std::size_t>(caseRowid >> 6)] |=
                quint64{1} << (static_cast<unsigned>(caseRowid) & 63U);
        }
        if (step != SQLITE_DONE)
            return sqliteError(db);
        // Every term must match (in the case's own text or any comment).
        if (first) {
            set->m_bits = std::move(bits);
            first = false;
        } else {
            for (std::size_t i = 0; i < words; ++i)
                set->m_bits[i] &= bits[i];
        }
    }
    for (const quint64 word : set->m_bits)
        set->m_count += std::popcount(word);
    return std::shared_ptr<const CaseMatchSet>(std::move(set));
}

Status useCaseMatchSet(Store& store, std::shared_ptr<const CaseMatchSet> set)
{
    sqlite3* db = store.handle();
    auto* holder = new std::shared_ptr<const CaseMatchSet>(std::move(set));
    // On failure SQLite calls destroyHolder itself.
    if (sqlite3_create_function_v2(db, "cd_case_matches", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   holder, callContains, nullptr, nullptr,
                                   destroyHolder) != SQLITE_OK)
        return sqliteError(db);
    return {};
}

} // namespace centerdesk::core
