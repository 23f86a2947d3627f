#pragma once

// Checks and writes shared by AccountService (one account) and
// AccountImporter (thousands in one transaction). Private to core.

#include "centerdesk/core/account.h"
#include "centerdesk/core/error.h"
#include "centerdesk/core/historylog.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace centerdesk::core {

class Store;

// What the checks of an account need from the store, read once.
struct AccountReferenceSets final
{
    QSet<QString> centerCodes;
    QSet<QString> portCodes;
    QSet<QString> pgaCodes;
    QHash<QString, QString> namUuidsByFoldedName;
    QHash<QString, QString> namNamesByUuid;

    static Result<AccountReferenceSets> load(Store& store);
};

// Checks an input and fills `account` with the normalized values; returns
// every problem found, each naming its field and rule.
QList<Error> checkAccountInput(const AccountInput& input, const AccountReferenceSets& sets,
                               Account& account);

// Inserts accounts with their contacts, certifications, programs and a
// "created" history entry, reusing prepared statements.
class AccountWriter final
{
public:
    explicit AccountWriter(Store& store);
    Status insert(Account& account, const QString& actorName, const QDateTime& now);
    Status insertProgram(const QString& accountUuid, PartnerProgram& program, const QString& now);
    Status insertContact(const QString& accountUuid, Contact& contact, const QString& now);
    Status insertCertification(const QString& accountUuid, Certification& certification,
                               const QString& now);
    HistoryLog& history() { return m_history; }

private:
    Status exec(QSqlQuery& query, const QVariantList& values);

    Store& m_store;
    HistoryLog m_history;
    QSqlQuery m_account;
    QSqlQuery m_program;
    QSqlQuery m_contact;
    QSqlQuery m_certification;
    QDateTime m_lastNow; // toString of a QDateTime is slow: one per import, not per line
    QString m_lastNowText;
};

QJsonObject programJson(const PartnerProgram& program);
QVariant dateOrNull(const QDate& date);

} // namespace centerdesk::core
