#pragma once

#include "centerdesk/core/result.h"

#include <QString>
#include <QStringView>

namespace centerdesk::core {

// An importer of record number (CBP Form 5106 rules; domain facts 4) in one
// of three forms, each with one normalized display form:
//   Ein          NN-NNNNNNNXX  IRS employer number + 2-character suffix
//                              (A-Z, 0-9, never the letters O, I or Z)
//   Ssn          NNN-NN-NNNN   social security number (SSA rules: area not
//                              000, 666 or 900-999; group not 00; serial
//                              not 0000)
//   CbpAssigned  YYDDPP-NNNNN  year assigned + district/port + serial
//
// How the input is read, since the forms overlap once hyphens are dropped:
// - With a hyphen, its first position picks the form: after 2 characters an
//   EIN (NN-NNNNNNN or NN-NNNNNNNXX), after 3 an SSN (NNN-NN-NNNN, both
//   hyphens required), after 6 a CBP-assigned number (YYDDPP-NNNNN).
// - Without hyphens, 11 characters are an EIN with its suffix and 9 digits
//   an EIN without one (suffix 00). So an SSN must keep its hyphens and a
//   CBP-assigned number its hyphen: bare, they read as EINs.
// - An EIN given without suffix gets suffix 00.
// Surrounding whitespace is ignored and lower-case suffix letters accepted.
class IorNumber final
{
public:
    enum class Form
    {
        Ein,
        Ssn,
        CbpAssigned,
    };

    static Result<IorNumber> parse(QStringView input);

    Form form() const;
    QString toString() const; // the normalized form shown above

    friend bool operator==(const IorNumber&, const IorNumber&) = default;

private:
    explicit IorNumber(Form parsedForm, QString normalized);

    Form m_form;
    QString m_value;
};

} // namespace centerdesk::core
