#pragma once

#include "centerdesk/core/partnerprogram.h"
#include "centerdesk/core/servicetier.h"

#include <QDateTime>
#include <QList>

namespace centerdesk::core {

enum class SizeClass
{
    Small,
    Medium,
    Large
};
QString sizeClassName(SizeClass size); // small medium large
std::optional<SizeClass> sizeClassFromName(QStringView name);
QString sizeClassLabel(SizeClass size);

struct Contact final
{
    QString uuid;
    QString name;
    QString role;
    QString email;
    QString phone;
    bool problemResolution = false; // the account's problem-resolution contact
};

// A blanket certification or authorization (seed recommendation 16).
struct Certification final
{
    QString uuid;
    QString kind;
    QString pgaCode; // empty when not tied to a PGA
    QDate validFrom;
    QDate validTo; // null: no end date
};

// An importer account: exactly one Center, a NAM, a size class, its contacts,
// certifications and partner programs. The service tier is derived from the
// programs on the day asked.
struct Account final
{
    QString uuid;
    int version = 0;
    QString name;
    QString iorNumber; // normalized display form
    QString centerCode;
    QString namUserUuid;
    QString namName;
    SizeClass sizeClass = SizeClass::Small;
    QString examPortCode; // preferred exam location (recommendation 16)
    QString examFacility;
    QList<Contact> contacts;
    QList<Certification> certifications;
    QList<PartnerProgram> programs;
    QDateTime createdAt;
    QDateTime updatedAt;

    ServiceTier tierOn(const QDate& day) const { return ServiceTiers::tierOn(programs, day); }
};

// A row of an account list: enough for lists, filters and pickers.
struct AccountSummary final
{
    QString uuid;
    QString name;
    QString iorNumber;
    QString centerCode;
    QString namName;
    SizeClass sizeClass = SizeClass::Small;
    ServiceTier tier = ServiceTier::Standard;
};

// What a user enters to create an account (CSV lines and the GUI form).
struct AccountInput final
{
    QString name;
    QString iorNumber;
    QString centerCode;
    QString namName; // user name of the NAM; empty for none
    QString sizeClass;
    QString examPortCode;
    QString examFacility;
    QList<Contact> contacts;
    QList<Certification> certifications;
    QList<PartnerProgram> programs;
};

struct AccountFilter final
{
    QString centerCode;
    QString namName;
    std::optional<ServiceTier> tier;
    std::optional<SizeClass> sizeClass;
    QString text;   // matches name or importer number
    QDate tierDate; // the day the tier is derived for; null: today
    int limit = 100000;
};

} // namespace centerdesk::core
