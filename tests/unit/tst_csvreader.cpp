#include "centerdesk/core/csvreader.h"

#include <QtTest>

using namespace centerdesk::core;

namespace {

// "line:field|field|..." per record, with CR and LF made visible, so that a
// failure shows exactly which record and field differ.
QStringList render(const QList<CsvRecord>& records)
{
    QStringList rendered;
    for (const CsvRecord& record : records) {
        QStringList fields;
        for (QString field : record.fields) {
            field.replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            fields << field;
        }
        rendered << QString::number(record.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
    }
    return rendered;
}

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_wellFormedInput_givesRecordsWithTheirLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("lfLineEnds_twoRecords")
            << utf8("a,b,c\nd,e,f\n")
            << QStringList{QStringLiteral("1:a|b|c"), QStringLiteral("2:d|e|f")};
        QTest::addRow("crlfLineEnds_twoRecords")
            << utf8("a,b\r\nc,d\r\n")
            << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:c|d")};
        QTest::addRow("mixedLineEnds_eachEndsARecord")
            << utf8("a\r\nb\nc\rd")
            << QStringList{QStringLiteral("1:a"), QStringLiteral("2:b"), QStringLiteral("3:c"),
                           QStringLiteral("4:d")};
        QTest::addRow("noTrailingNewline_lastRecordKept")
            << utf8("a,b\nc,d") << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:c|d")};
        QTest::addRow("trailingCrlf_noEmptyRecord")
            << utf8("a,b\r\nc,d\r\n")
            << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:c|d")};
        QTest::addRow("quotedComma_keptInField")
            << utf8("\"Acme, Inc.\",PHC\n") << QStringList{QStringLiteral("1:Acme, Inc.|PHC")};
        QTest::addRow("doubledQuotes_becomeOneQuote")
            << utf8("\"say \"\"hi\"\"\",x\n") << QStringList{QStringLiteral("1:say \"hi\"|x")};
        QTest::addRow("onlyDoubledQuotes_oneQuoteField")
            << utf8("\"\"\"\",x") << QStringList{QStringLiteral("1:\"|x")};
        QTest::addRow("newlineInsideQuotes_followingRecordsKeepTheirLines")
            << utf8("h1,h2\n\"line one\nline two\",x\nnext,y\n\"a\n\nb\",z\nlast,w")
            << QStringList{QStringLiteral("1:h1|h2"), QStringLiteral("2:line one\\nline two|x"),
                           QStringLiteral("4:next|y"), QStringLiteral("5:a\\n\\nb|z"),
                           QStringLiteral("8:last|w")};
        QTest::addRow("crlfInsideQuotes_keptAndCountedOnce")
            << utf8("\"a\r\nb\",c\r\nd,e\r\n")
            << QStringList{QStringLiteral("1:a\\r\\nb|c"), QStringLiteral("3:d|e")};
        QTest::addRow("byteOrderMark_stripped")
            << utf8("\xEF\xBB\xBFname,ior\nx,y")
            << QStringList{QStringLiteral("1:name|ior"), QStringLiteral("2:x|y")};
        QTest::addRow("blankLines_skippedLinesCounted")
            << utf8("a\n\n\nb\n\n") << QStringList{QStringLiteral("1:a"), QStringLiteral("4:b")};
        QTest::addRow("blankCrlfLines_skippedLinesCounted")
            << utf8("\r\na\r\n\r\nb") << QStringList{QStringLiteral("2:a"), QStringLiteral("4:b")};
        QTest::addRow("whitespaceOnlyLine_skipped")
            << utf8("a\n   \t \nb") << QStringList{QStringLiteral("1:a"), QStringLiteral("3:b")};
        QTest::addRow("emptyFields_kept")
            << utf8("a,,c\n,,\n") << QStringList{QStringLiteral("1:a||c"), QStringLiteral("2:||")};
        QTest::addRow("trailingComma_emptyLastField")
            << utf8("a,b,\n") << QStringList{QStringLiteral("1:a|b|")};
        QTest::addRow("quotedEmptyField_empty")
            << utf8("\"\",x") << QStringList{QStringLiteral("1:|x")};
        QTest::addRow("unquotedField_trimmed")
            << utf8("  a  , b\t\n") << QStringList{QStringLiteral("1:a|b")};
        QTest::addRow("quotedField_keepsItsSpaces")
            << utf8("\" a \",b") << QStringList{QStringLiteral("1: a |b")};
        QTest::addRow("spacesAroundQuotedField_ignored")
            << utf8("  \"a\"  ,b") << QStringList{QStringLiteral("1:a|b")};
        QTest::addRow("lastFieldQuotedWithoutNewline_kept")
            << utf8("a,\"b\"") << QStringList{QStringLiteral("1:a|b")};
        QTest::addRow("utf8Text_decoded")
            << utf8("M\xC3\xBCller,\xE6\x9D\xB1\xE4\xBA\xAC\n")
            << QStringList{QStringLiteral("1:") +
                           QString::fromUtf8("M\xC3\xBCller|\xE6\x9D\xB1\xE4\xBA\xAC")};
        QTest::addRow("emptyInput_noRecords") << QByteArray() << QStringList();
        QTest::addRow("onlyByteOrderMark_noRecords") << utf8("\xEF\xBB\xBF") << QStringList();
        QTest::addRow("onlyNewlines_noRecords") << utf8("\n\r\n\n") << QStringList();
    }
    void parse_wellFormedInput_givesRecordsWithTheirLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        const Result<QList<CsvRecord>> records = CsvReader::parse(input);
        QVERIFY2(records.ok(), qPrintable(records ? QString() : records.error().message));
        QCOMPARE(render(*records), expected);
    }

    void parse_malformedInput_refusedNamingRuleAndLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("messagePart");

        QTest::addRow("unterminatedQuote_refusedNamingItsFirstLine")
            << utf8("a,b\nc,\"never closed\nmore\n") << QStringLiteral("quote")
            << QStringLiteral("Line 2");
        QTest::addRow("unterminatedQuoteAtEnd_refused")
            << utf8("a,b\nc,d\ne,\"") << QStringLiteral("quote") << QStringLiteral("Line 3");
        QTest::addRow("quoteInsideUnquotedField_refused")
            << utf8("a,b\nab\"c\",d\n") << QStringLiteral("quote") << QStringLiteral("Line 2");
        QTest::addRow("quoteAfterQuotedPartOfLine_refusedOnLaterLine")
            << utf8("\"x\ny\",1\nok,2\nbad\"q,3\n") << QStringLiteral("quote")
            << QStringLiteral("Line 4");
        QTest::addRow("textAfterClosingQuote_refused")
            << utf8("x\n\"abc\"def,g\n") << QStringLiteral("quote") << QStringLiteral("Line 2");
        QTest::addRow("secondQuotedPartInField_refused")
            << utf8("\"abc\" \"def\"\n") << QStringLiteral("quote") << QStringLiteral("Line 1");
        QTest::addRow("invalidUtf8Byte_refused")
            << utf8("a,\xFF\n") << QStringLiteral("encoding") << QStringLiteral("UTF-8");
        QTest::addRow("latin1Text_refused")
            << utf8("name\ncaf\xE9\n") << QStringLiteral("encoding") << QStringLiteral("UTF-8");
        QTest::addRow("overlongEncoding_refused")
            << utf8("a,\xC0\xAF\n") << QStringLiteral("encoding") << QStringLiteral("UTF-8");
        QTest::addRow("truncatedSequenceAtEnd_refused")
            << utf8("a,\xC3") << QStringLiteral("encoding") << QStringLiteral("UTF-8");
        QTest::addRow("encodedSurrogate_refused")
            << utf8("a,\xED\xA0\x80\n") << QStringLiteral("encoding") << QStringLiteral("UTF-8");
        QTest::addRow("nulCharacter_refused")
            << QByteArray("a,b\0c\n", 6) << QStringLiteral("encoding") << QStringLiteral("NUL");
        QTest::addRow("nulInsideQuotes_refused")
            << QByteArray("\"a\0\"\n", 5) << QStringLiteral("encoding") << QStringLiteral("NUL");
    }
    void parse_malformedInput_refusedNamingRuleAndLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, rule);
        QFETCH(QString, messagePart);
        const Result<QList<CsvRecord>> records = CsvReader::parse(input);
        QVERIFY(!records.ok());
        QCOMPARE(records.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(records.error().field, QStringLiteral("file"));
        QCOMPARE(records.error().rule, rule);
        QVERIFY2(records.error().message.contains(messagePart),
                 qPrintable(records.error().message));
    }

    void parse_fieldLengthLimit_enforcedPerField_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("messagePart");

        QTest::addRow("atLimit_accepted") << utf8("abcde,x\n") << true << QString();
        QTest::addRow("quotedAtLimit_accepted") << utf8("\"ab,de\",x\n") << true << QString();
        QTest::addRow("multibyteAtLimit_accepted")
            << utf8("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\n") << true << QString();
        QTest::addRow("overLimit_refused")
            << utf8("abcdef,x\n") << false << QStringLiteral("Line 1");
        QTest::addRow("lastFieldOverLimit_refused")
            << utf8("a\nb\nx,abcdef") << false << QStringLiteral("Line 3");
        QTest::addRow("quotedOverLimitOnLaterLine_refused")
            << utf8("a\n\"ab\ncdef\",x\n") << false << QStringLiteral("Line 2");
    }
    void parse_fieldLengthLimit_enforcedPerField()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, accepted);
        QFETCH(QString, messagePart);
        CsvLimits limits;
        limits.maxFieldChars = 5;
        const Result<QList<CsvRecord>> records = CsvReader::parse(input, limits);
        QCOMPARE(records.ok(), accepted);
        if (!accepted) {
            QCOMPARE(records.error().rule, QStringLiteral("field-length"));
            QVERIFY2(records.error().message.contains(messagePart),
                     qPrintable(records.error().message));
        }
    }

    void parse_recordLimit_enforced_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("count");

        QTest::addRow("belowLimit_accepted") << utf8("a\nb\n") << true << 2;
        QTest::addRow("atLimit_accepted") << utf8("a\nb\nc\n") << true << 3;
        QTest::addRow("atLimitWithBlankLines_accepted") << utf8("a\n\n\nb\n\nc\n\n") << true << 3;
        QTest::addRow("overLimit_refused") << utf8("a\nb\nc\nd\n") << false << 0;
        QTest::addRow("overLimitNoTrailingNewline_refused") << utf8("a\nb\nc\nd") << false << 0;
    }
    void parse_recordLimit_enforced()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, accepted);
        QFETCH(int, count);
        CsvLimits limits;
        limits.maxRecords = 3;
        const Result<QList<CsvRecord>> records = CsvReader::parse(input, limits);
        QCOMPARE(records.ok(), accepted);
        if (accepted)
            QCOMPARE(records->size(), qsizetype(count));
        else
            QCOMPARE(records.error().rule, QStringLiteral("record-count"));
    }

    void parse_sizeLimit_refusedBeforeDecoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("rule");

        QTest::addRow("atLimit_accepted") << utf8("0123456789") << QString();
        QTest::addRow("overLimit_refused") << utf8("0123456789a") << QStringLiteral("file-size");
        // Size comes first: an oversized file is refused for its size, not its content.
        QTest::addRow("overLimitAndInvalidUtf8_refusedForSize")
            << utf8("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF") << QStringLiteral("file-size");
    }
    void parse_sizeLimit_refusedBeforeDecoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, rule);
        CsvLimits limits;
        limits.maxBytes = 10;
        const Result<QList<CsvRecord>> records = CsvReader::parse(input, limits);
        if (rule.isEmpty()) {
            QVERIFY(records.ok());
            QCOMPARE(render(*records), QStringList{QStringLiteral("1:0123456789")});
        } else {
            QVERIFY(!records.ok());
            QCOMPARE(records.error().rule, rule);
        }
    }

    void parse_defaultLimits_areTheDocumentedOnes()
    {
        const CsvLimits limits;
        QCOMPARE(limits.maxBytes, qsizetype(64) * 1024 * 1024);
        QCOMPARE(limits.maxRecords, qsizetype(2'000'000));
        QCOMPARE(limits.maxFieldChars, qsizetype(4096));
        // A field of 4096 characters passes the default limit; 4097 does not.
        QVERIFY(CsvReader::parse(QByteArray(4096, 'x')).ok());
        const Result<QList<CsvRecord>> tooLong = CsvReader::parse(QByteArray(4097, 'x'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().rule, QStringLiteral("field-length"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
