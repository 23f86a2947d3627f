#include "centerdesk/core/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace centerdesk::core {

namespace {

class CsvText final
{
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};

Error csvError(const QString& rule, const QString& message)
{
    return Error::invalid(QStringLiteral("file"), rule, message);
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& bytes, const CsvLimits& limits)
{
    if (bytes.size() > limits.maxBytes) {
        return csvError(QStringLiteral("file-size"),
                        CsvText::tr("The file has %1 bytes; at most %2 are accepted.")
                            .arg(bytes.size())
                            .arg(limits.maxBytes));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return csvError(
            QStringLiteral("encoding"),
            CsvText::tr("The file is not UTF-8 text; save it as CSV UTF-8 and try again."));
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.contains(QChar(0))) {
        return csvError(QStringLiteral("encoding"),
                        CsvText::tr("The file contains a NUL character; it is not a text file."));
    }

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    qsizetype line = 1;
    record.line = 1;
    bool quoted = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    const qsizetype size = text.size();

    auto endField = [&]() -> std::optional<Error> {
        if (field.size() > limits.maxFieldChars) {
            return csvError(
                QStringLiteral("field-length"),
                CsvText::tr("Line %1: a field has %2 characters; at most %3 are accepted.")
                    .arg(record.line)
                    .arg(field.size())
                    .arg(limits.maxFieldChars));
        }
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        return std::nullopt;
    };
    auto endRecord = [&]() -> std::optional<Error> {
        if (auto problem = endField())
            return problem;
        // Lines with nothing on them are skipped, as spreadsheets leave them.
        if (recordHasContent)
            records.append(record);
        if (records.size() > limits.maxRecords) {
            return csvError(QStringLiteral("record-count"),
                            CsvText::tr("The file has more than %1 lines.").arg(limits.maxRecords));
        }
        record = CsvRecord{};
        record.line = line;
        recordHasContent = false;
        return std::nullopt;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || fieldWasQuoted) {
                return csvError(
                    QStringLiteral("quote"),
                    CsvText::tr("Line %1: a quote stands inside a field; quote the whole "
                                "field and double the quotes in it.")
                        .arg(line));
            }
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == QLatin1Char(',')) {
            recordHasContent = true;
            if (auto problem = endField())
                return *problem;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            if (auto problem = endRecord())
                return *problem;
        } else {
            if (fieldWasQuoted && !c.isSpace()) {
                return csvError(QStringLiteral("quote"),
                                CsvText::tr("Line %1: text follows a closing quote.").arg(line));
            }
            if (!c.isSpace())
                recordHasContent = true;
            if (!fieldWasQuoted)
                field.append(c);
        }
    }
    if (quoted) {
        return csvError(QStringLiteral("quote"),
                        CsvText::tr("Line %1: a quoted field is never closed.").arg(record.line));
    }
    if (recordHasContent || !field.isEmpty()) {
        recordHasContent = recordHasContent || !field.trimmed().isEmpty();
        if (auto problem = endRecord())
            return *problem;
    }
    return records;
}

} // namespace centerdesk::core
