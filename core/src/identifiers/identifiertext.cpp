#include "identifiertext.h"

#include <utility>

namespace centerdesk::core::identifiers_detail {

bool isAsciiDigit(QChar c)
{
    const char16_t code = c.unicode();
    return code >= u'0' && code <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t code = c.unicode();
    return (code >= u'A' && code <= u'Z') || (code >= u'a' && code <= u'z');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}

QChar asciiUpper(QChar c)
{
    return isAsciiLetter(c) ? c.toUpper() : c;
}

QString asciiUpper(QStringView text)
{
    QString upper;
    upper.reserve(text.size());
    for (const QChar c : text)
        upper.append(asciiUpper(c));
    return upper;
}

QString shownCharacter(QChar c)
{
    if (c.isPrint() && !c.isSurrogate())
        return QString(c);
    return QStringLiteral("U+%1")
        .arg(static_cast<int>(c.unicode()), 4, 16, QLatin1Char('0'))
        .toUpper();
}

int numberAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return value;
}

std::optional<qsizetype> firstRefused(QStringView text, qsizetype from, qsizetype count,
                                      bool (*accepts)(QChar))
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (!accepts(text[i]))
            return i;
    }
    return std::nullopt;
}

Error requiredError(const QString& field, QString message)
{
    return Error::invalid(field, QStringLiteral("required"), std::move(message));
}

Error lengthError(const QString& field, const QString& messageTemplate, qsizetype count)
{
    return Error::invalid(field, QStringLiteral("length"),
                          messageTemplate.arg(QString::number(count)));
}

Error characterError(const QString& field, const QString& rule, const QString& messageTemplate,
                     QStringView text, qsizetype index)
{
    return Error::invalid(
        field, rule, messageTemplate.arg(QString::number(index + 1), shownCharacter(text[index])));
}

std::optional<Error> firstCharacterError(const QString& field, QStringView text,
                                         std::initializer_list<CharacterRun> runs)
{
    for (const CharacterRun& run : runs) {
        if (const auto bad = firstRefused(text, run.from, run.count, run.accepts))
            return characterError(field, QStringLiteral("character"), run.message(), text, *bad);
    }
    return std::nullopt;
}

Result<std::array<QStringView, 3>> splitTwoHyphenLayout(const QString& field, QStringView input,
                                                        const TwoHyphenLayout& layout)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return requiredError(field, layout.requiredMessage());

    const auto& [first, second, third] = layout.parts;
    const qsizetype bareLength = first.length + second.length + third.length;
    const qsizetype firstHyphen = first.length;
    const qsizetype secondHyphen = firstHyphen + 1 + second.length;
    const bool hyphenated = text.contains(u'-');
    if (hyphenated) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'-' && i != firstHyphen && i != secondHyphen) {
                return Error::invalid(field, QStringLiteral("format"),
                                      layout.strayHyphenMessage(i + 1));
            }
        }
        if (text.size() != bareLength + 2)
            return lengthError(field, layout.hyphenatedLengthMessage(), text.size());
        for (const qsizetype hyphenIndex : {firstHyphen, secondHyphen}) {
            if (text[hyphenIndex] != u'-') {
                return characterError(field, QStringLiteral("format"),
                                      layout.missingHyphenMessage(), text, hyphenIndex);
            }
        }
    } else if (text.size() != bareLength) {
        return lengthError(field, layout.bareLengthMessage(), text.size());
    }

    const qsizetype secondStart = hyphenated ? firstHyphen + 1 : first.length;
    const qsizetype thirdStart = hyphenated ? secondHyphen + 1 : first.length + second.length;
    const auto badCharacter =
        firstCharacterError(field, text,
                            {{0, first.length, first.accepts, first.characterMessage},
                             {secondStart, second.length, second.accepts, second.characterMessage},
                             {thirdStart, third.length, third.accepts, third.characterMessage}});
    if (badCharacter)
        return *badCharacter;
    return std::array<QStringView, 3>{text.first(first.length),
                                      text.sliced(secondStart, second.length),
                                      text.sliced(thirdStart, third.length)};
}

} // namespace centerdesk::core::identifiers_detail
