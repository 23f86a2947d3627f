#pragma once

#include "centerdesk/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <array>

namespace centerdesk::core {

class Store;

// One entry of the store's append-only, hash-chained history.
struct HistoryEntry final
{
    qint64 seq = 0;
    QString uuid;
    QString subjectKind; // account, user, case, store
    QString subjectUuid;
    QDateTime at;
    QString actor; // user name
    QString kind;  // created, changed, program-added, moved-center, ...
    QJsonObject detail;
    QString previousHash;
    QString hash;
    // The texts exactly as stored; the hash covers these, so that even an
    // edit that parses to the same values is detected.
    QString storedAt;
    QString storedDetail;
};

struct ChainCheck final
{
    qint64 entriesChecked = 0;
    qint64 firstBrokenSeq = 0; // 0 when the chain is intact
    QString problem;
};

// Appends to and checks the history table. Each row carries the SHA-256 of
// its own content and of the previous row, so that an edit anywhere breaks
// the chain from that row on; triggers refuse UPDATE and DELETE.
// Its statements stay prepared in the store (Store::forEachRow) for bulk work
// (imports); an instance belongs to the store's thread and must not outlive
// the store.
class HistoryLog final
{
public:
    explicit HistoryLog(Store& store);

    // Appends inside the caller's transaction (append requires one).
    Status append(const QString& subjectKind, const QString& subjectUuid, const QString& actor,
                  const QString& kind, const QJsonObject& detail, const QDateTime& at);

    static Result<QList<HistoryEntry>> entriesFor(Store& store, const QString& subjectKind,
                                                  const QString& subjectUuid);
    static Result<ChainCheck> verifyChain(Store& store);
    // The hash of the last entry (64 zeros when the history is empty).
    static QString head(Store& store);
    static QString hashOf(const HistoryEntry& entry);
    // The same hash from the fields as UTF-8, in hashOf's order: previous
    // hash, seq, uuid, subject kind, subject uuid, stored time, actor, kind,
    // stored detail (an imported entry's, read from a package).
    static QString hashOfUtf8(const std::array<QByteArrayView, 9>& fields);

private:
    Store& m_store;
    // The chain head this log last wrote, valid while the store's write
    // epoch is unchanged (bulk imports skip a query per entry).
    quint64 m_headEpoch = 0;
    qint64 m_headSeq = 0;
    QString m_headHash;
    // toString of a QDateTime is slow; bulk work appends many entries at one time.
    QDateTime m_lastAt;
    QString m_lastAtText;
};

} // namespace centerdesk::core
