#include "centerdesk/core/historylog.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/hashing.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <sodium.h>

namespace centerdesk::core {

namespace {

class HistoryText final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
};

const QString emptyChainHead = QString(64, QLatin1Char('0'));

// An entry of selectColumns, read straight from SQLite.
HistoryEntry entryFromRow(const StoreRow& row)
{
    HistoryEntry entry;
    entry.seq = row.integer(0);
    entry.uuid = row.text(1);
    entry.subjectKind = row.text(2);
    entry.subjectUuid = row.text(3);
    entry.storedAt = row.text(4);
    entry.at = fromStoredTime(entry.storedAt);
    entry.actor = row.text(5);
    entry.kind = row.text(6);
    entry.storedDetail = row.text(7);
    entry.detail = QJsonDocument::fromJson(entry.storedDetail.toUtf8()).object();
    entry.previousHash = row.text(8);
    entry.hash = row.text(9);
    return entry;
}

const QString selectColumns = QStringLiteral(
    "SELECT seq, uuid, subject_kind, subject_uuid, at, actor, kind, detail, prev_hash, hash "
    "FROM history ");

// The stored text of the detail, exactly as hashed.
QString detailText(const QJsonObject& detail)
{
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

} // namespace

QString HistoryLog::hashOf(const HistoryEntry& entry)
{
    const QByteArray seq = QByteArray::number(entry.seq);
    const std::array<QByteArray, 9> fields{entry.previousHash.toUtf8(), seq,
                                           entry.uuid.toUtf8(),         entry.subjectKind.toUtf8(),
                                           entry.subjectUuid.toUtf8(),  entry.storedAt.toUtf8(),
                                           entry.actor.toUtf8(),        entry.kind.toUtf8(),
                                           entry.storedDetail.toUtf8()};
    std::array<QByteArrayView, 9> views;
    std::copy(fields.begin(), fields.end(), views.begin());
    return hashOfUtf8(views);
}

QString HistoryLog::hashOfUtf8(const std::array<QByteArrayView, 9>& fields)
{
    // Fields joined by a separator that cannot occur in them unescaped (the
    // detail is compact JSON, whose strings escape control characters).
    qsizetype size = static_cast<qsizetype>(fields.size());
    for (const QByteArrayView field : fields)
        size += field.size();
    QByteArray canonical;
    canonical.reserve(size);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            canonical.append('\x1f');
        canonical.append(fields[i]);
    }
    return sha256Hex(canonical);
}

QString HistoryLog::head(Store& store)
{
    QString hash = emptyChainHead;
    (void)store.forEachRow(QStringLiteral("SELECT hash FROM history ORDER BY seq DESC LIMIT 1"), {},
                           [&hash](const StoreRow& row) {
                               hash = row.text(0);
                               return false;
                           });
    return hash;
}

HistoryLog::HistoryLog(Store& store)
    : m_store(store)
{}

Status HistoryLog::append(const QString& subjectKind, const QString& subjectUuid,
                          const QString& actor, const QString& kind, const QJsonObject& detail,
                          const QDateTime& at)
{
    Q_ASSERT_X(m_store.inTransaction(), "HistoryLog::append", "history is written with its change");
    HistoryEntry entry;
    if (m_headEpoch != 0 && m_headEpoch == m_store.writeEpoch()) {
        entry.seq = m_headSeq + 1;
        entry.previousHash = m_headHash;
    } else {
        entry.seq = 1;
        entry.previousHash = emptyChainHead;
        if (Status read = m_store.forEachRow(
                QStringLiteral("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1"), {},
                [&entry](const StoreRow& row) {
                    entry.seq = row.integer(0) + 1;
                    entry.previousHash = row.text(1);
                    return false;
                });
            !read)
            return read;
    }
    entry.uuid = newUuid();
    entry.subjectKind = subjectKind;
    entry.subjectUuid = subjectUuid;
    if (at != m_lastAt || m_lastAtText.isEmpty()) {
        m_lastAt = at;
        m_lastAtText = toStoredTime(at);
    }
    entry.storedAt = m_lastAtText;
    entry.at = at;
    entry.actor = actor;
    entry.kind = kind;
    entry.detail = detail;
    entry.storedDetail = detailText(detail);
    entry.hash = hashOf(entry);
    const QVariantList values{
        entry.seq,   entry.uuid, entry.subjectKind,  entry.subjectUuid,  entry.storedAt,
        entry.actor, entry.kind, entry.storedDetail, entry.previousHash, entry.hash};
    if (Status done = m_store.execute(
            QStringLiteral(
                "INSERT INTO history(seq, uuid, subject_kind, subject_uuid, at, actor, kind, "
                "detail, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values);
        !done)
        return done;
    // Bumped so that any other HistoryLog's cached head is known stale.
    m_headEpoch = m_store.bumpWriteEpoch();
    m_headSeq = entry.seq;
    m_headHash = entry.hash;
    return {};
}

Result<QList<HistoryEntry>> HistoryLog::entriesFor(Store& store, const QString& subjectKind,
                                                   const QString& subjectUuid)
{
    QList<HistoryEntry> entries;
    if (Status read =
            store.forEachRow(selectColumns + QStringLiteral("WHERE subject_kind = ? AND "
                                                            "subject_uuid = ? ORDER BY seq"),
                             {subjectKind, subjectUuid},
                             [&entries](const StoreRow& row) {
                                 entries.append(entryFromRow(row));
                                 return true;
                             });
        !read)
        return read.error();
    return entries;
}

Result<ChainCheck> HistoryLog::verifyChain(Store& store)
{
    ChainCheck check;
    QString expectedPrevious = emptyChainHead;
    qint64 expectedSeq = 1;
    // A read that fails part-way is an error, not a sound chain up to there.
    const Status read = store.forEachRow(
        selectColumns + QStringLiteral("ORDER BY seq"), {}, [&](const StoreRow& row) {
            const HistoryEntry entry = entryFromRow(row);
            ++check.entriesChecked;
            QString problem;
            if (entry.seq != expectedSeq)
                problem = HistoryText::tr("entry %1 is missing (the next one is %2)")
                              .arg(expectedSeq)
                              .arg(entry.seq);
            else if (entry.previousHash != expectedPrevious)
                problem =
                    HistoryText::tr("entry %1 does not follow the entry before it").arg(entry.seq);
            else if (hashOf(entry) != entry.hash)
                problem =
                    HistoryText::tr("entry %1 (%2 of %3 %4, %5) was changed after it was written")
                        .arg(entry.seq)
                        .arg(entry.kind, entry.subjectKind, entry.subjectUuid, entry.storedAt);
            if (!problem.isEmpty()) {
                check.firstBrokenSeq = entry.seq != expectedSeq ? expectedSeq : entry.seq;
                check.problem = problem;
                return false;
            }
            expectedPrevious = entry.hash;
            ++expectedSeq;
            return true;
        });
    if (!read)
        return read.error();
    return check;
}

} // namespace centerdesk::core
