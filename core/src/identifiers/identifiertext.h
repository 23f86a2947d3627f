#pragma once

// Character tests, upper-casing and error building shared by the identifier
// validators in this folder; private to centerdesk_core. Each validator passes
// in its field name and its own messages as literal
// QCoreApplication::translate() calls, so that lupdate still finds every text.

#include "centerdesk/core/error.h"
#include "centerdesk/core/result.h"

#include <QChar>
#include <QString>
#include <QStringView>
#include <array>
#include <initializer_list>
#include <optional>

namespace centerdesk::core::identifiers_detail {

// A message looked up only when it is needed, so that a value that passes
// translates nothing. A captureless lambda converts to one.
using MessageFn = QString (*)();

// ASCII only: QChar::isDigit() would also take Arabic-Indic or full-width digits.
bool isAsciiDigit(QChar c);
bool isAsciiLetter(QChar c);
bool isAsciiLetterOrDigit(QChar c);

// Per character, so that no letter turns into two (QString::toUpper maps ß to SS).
QChar asciiUpper(QChar c);
QString asciiUpper(QStringView text);

// The character as typed, or its code point when it would not show in a message.
QString shownCharacter(QChar c);

// The number written by the ASCII digits text[from, from + count).
int numberAt(QStringView text, qsizetype from, qsizetype count);

// Index of the first character in [from, from + count) that `accepts` refuses.
std::optional<qsizetype> firstRefused(QStringView text, qsizetype from, qsizetype count,
                                      bool (*accepts)(QChar));

// Rule "required": nothing but blanks was entered.
Error requiredError(const QString& field, QString message);

// Rule "length"; `messageTemplate` takes %1 = `count`, the number of
// characters (or digits) entered.
Error lengthError(const QString& field, const QString& messageTemplate, qsizetype count);

// `messageTemplate` takes %1 = 1-based position, %2 = the character.
Error characterError(const QString& field, const QString& rule, const QString& messageTemplate,
                     QStringView text, qsizetype index);

// A run of characters at a fixed place in a layout, the characters it accepts,
// and the message (%1 = position, %2 = the character) for one it refuses.
struct CharacterRun final
{
    qsizetype from;
    qsizetype count;
    bool (*accepts)(QChar);
    MessageFn message;
};

// Rule "character": the first character that its run refuses, runs taken in
// the order given. The caller has checked that every run lies inside `text`.
std::optional<Error> firstCharacterError(const QString& field, QStringView text,
                                         std::initializer_list<CharacterRun> runs);

// One of the three parts of a TwoHyphenLayout: its length, the characters it
// accepts and the message (%1 = position, %2 = the character) for one it refuses.
struct LayoutPart final
{
    qsizetype length;
    bool (*accepts)(QChar);
    MessageFn characterMessage;
};

// Three parts written with a hyphen after each of the first two, or without
// any hyphen (XXX-NNNNNNN-C or XXXNNNNNNNC), and the messages for its rules.
struct TwoHyphenLayout final
{
    std::array<LayoutPart, 3> parts;
    MessageFn requiredMessage;
    // A hyphen elsewhere, given its 1-based position.
    QString (*strayHyphenMessage)(qsizetype position);
    MessageFn hyphenatedLengthMessage; // %1 = characters entered
    MessageFn missingHyphenMessage;    // %1 = position, %2 = the character
    MessageFn bareLengthMessage;       // %1 = characters entered
};

// Trims `input`, checks it against `layout` (rules "required", "format",
// "length" and "character", in that order) and returns its three parts.
// Positions in messages count from the first non-blank character, hyphens
// included. A hyphen anywhere means the hyphenated form, so a stray one is
// named where it stands instead of being reported as a length problem.
Result<std::array<QStringView, 3>> splitTwoHyphenLayout(const QString& field, QStringView input,
                                                        const TwoHyphenLayout& layout);

} // namespace centerdesk::core::identifiers_detail
