#pragma once

#include "centerdesk/core/account.h"
#include "centerdesk/core/actor.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/result.h"

namespace centerdesk::core {

class Store;

// Importer accounts, their partner programs and NAM portfolios. Every call
// takes the acting user, checks permission and scope, writes in one
// transaction and records the change in the account's history.
class AccountService final
{
public:
    explicit AccountService(Store& store, Clock clock = systemClock());

    Result<Account> create(const Actor& actor, const AccountInput& input);
    // By importer number (any accepted form) or uuid.
    Result<Account> get(const Actor& actor, const QString& iorOrUuid) const;
    Result<QList<AccountSummary>> list(const Actor& actor, const AccountFilter& filter) const;
    // The accounts whose NAM is `namName`, with their tiers today.
    Result<QList<AccountSummary>> portfolio(const Actor& actor, const QString& namName) const;
    Result<QList<HistoryEntry>> history(const Actor& actor, const QString& accountUuid) const;

    Status addProgram(const Actor& actor, const QString& accountUuid,
                      const PartnerProgram& program);
    // Ends a program on `lastDay` (inclusive).
    Status endProgram(const Actor& actor, const QString& accountUuid, const QString& programUuid,
                      const QDate& lastDay);
    Status addContact(const Actor& actor, const QString& accountUuid, const Contact& contact);
    Status addCertification(const Actor& actor, const QString& accountUuid,
                            const Certification& certification);
    Status setExamLocation(const Actor& actor, const QString& accountUuid, const QString& portCode,
                           const QString& facility);
    Status moveToCenter(const Actor& actor, const QString& accountUuid, const QString& centerCode,
                        const QString& reason);
    // Moves every listed account to the NAM `namName` in one transaction
    // (empty name: no NAM); nothing moves if any one is refused.
    Status reassignNam(const Actor& actor, const QStringList& accountUuids, const QString& namName);

private:
    Result<Account> load(const QString& accountUuid) const;
    Status changeAccount(const Actor& actor, const QString& accountUuid,
                         const std::function<Status(const Account&, const QDateTime&)>& change);

    Store& m_store;
    Clock m_clock;
};

} // namespace centerdesk::core
