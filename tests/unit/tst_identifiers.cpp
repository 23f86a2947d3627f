// Unit tests for the identifier validators (domain facts, section 4).
#include "centerdesk/core/identifiers/entrynumber.h"
#include "centerdesk/core/identifiers/ftzzoneid.h"
#include "centerdesk/core/identifiers/htsnumber.h"
#include "centerdesk/core/identifiers/identifierkind.h"
#include "centerdesk/core/identifiers/iornumber.h"
#include "centerdesk/core/identifiers/portcode.h"
#include "centerdesk/core/identifiers/protestnumber.h"
#include "centerdesk/core/identifiers/rulingnumber.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace centerdesk::core;

Q_DECLARE_METATYPE(centerdesk::core::IorNumber::Form)

namespace {

// Rows shared by the parse tests: an accepted row has `normalized` and no
// rule; a refused row has the rule and a part of the message to find in it.
void addParseColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("messagePart");
}

void addAccepted(const char* row, const QString& input, const QString& normalized)
{
    QTest::addRow("%s", row) << input << normalized << QString() << QString();
}

void addRefused(const char* row, const QString& input, const QString& rule,
                const QString& messagePart = QString())
{
    QTest::addRow("%s", row) << input << QString() << rule << messagePart;
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The display form of a parsed identifier, or validateIdentifier()'s string.
template<typename Identifier> QString displayed(const Identifier& identifier)
{
    return identifier.toString();
}

QString displayed(const QString& normalized)
{
    return normalized;
}

// Checks one row of the shared columns against a parse result.
template<typename Identifier> void verifyParse(const Result<Identifier>& result)
{
    QFETCH(QString, normalized);
    QFETCH(QString, rule);
    QFETCH(QString, messagePart);

    if (rule.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(displayed(result.value()), normalized);
        return;
    }
    QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted as ") +
                                      (result.ok() ? displayed(result.value()) : QString())));
    QVERIFY(result.error().kind == ErrorKind::InvalidInput);
    QCOMPARE(result.error().rule, rule);
    QVERIFY(!result.error().field.isEmpty());
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

QSet<QString> knownPorts()
{
    return {QStringLiteral("0101"), QStringLiteral("1001"), QStringLiteral("2704"),
            QStringLiteral("3004")};
}

} // namespace

class TestIdentifiers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryNumber_data();
    void entryNumber();
    void entryNumberParts();
    void checkDigitFor_data();
    void checkDigitFor();
    void checkDigitForLetters_data();
    void checkDigitForLetters();

    void iorNumber_data();
    void iorNumber();
    void iorNumberForm_data();
    void iorNumberForm();

    void htsNumber_data();
    void htsNumber();
    void htsNumberForms_data();
    void htsNumberForms();

    void portCode_data();
    void portCode();
    void portCodeDistrict();

    void protestNumber_data();
    void protestNumber();
    void protestNumberParts();

    void rulingNumber_data();
    void rulingNumber();
    void rulingNumberParts();

    void ftzZoneId_data();
    void ftzZoneId();
    void ftzZoneIdParts();

    void identifierKindFromName_data();
    void identifierKindFromName();
    void identifierKindNames();
    void validateIdentifier_data();
    void validateIdentifier();
};

// --- Entry number -----------------------------------------------------------

void TestIdentifiers::entryNumber_data()
{
    addParseColumns();

    addAccepted("parse_publicExampleHyphenated_accepted", text("B76-0324527-8"),
                text("B76-0324527-8"));
    addAccepted("parse_publicExampleWithoutHyphens_normalizedWithHyphens", text("B7603245278"),
                text("B76-0324527-8"));
    addAccepted("parse_lowercaseFilerCode_acceptedUppercased", text("b76-0324527-8"),
                text("B76-0324527-8"));
    addAccepted("parse_surroundingWhitespace_trimmed", text("  B76-0324527-8\t"),
                text("B76-0324527-8"));

    // Every other check digit for the public example.
    for (int digit = 0; digit <= 9; ++digit) {
        if (digit == 8)
            continue;
        QTest::addRow("parse_checkDigit%d_refusedCheckDigit", digit)
            << QStringLiteral("B76-0324527-%1").arg(digit) << QString()
            << QStringLiteral("check-digit")
            << QStringLiteral("the check digit is %1, but the first 10 characters give 8")
                   .arg(digit);
    }
    addRefused("parse_transactionDigitChanged_refusedCheckDigit", text("B76-0324526-8"),
               text("check-digit"), text("give 0"));
    addRefused("parse_filerLetterChanged_refusedCheckDigit", text("C76-0324527-8"),
               text("check-digit"));

    addRefused("parse_empty_refusedRequired", QString(), text("required"));
    addRefused("parse_blank_refusedRequired", text("   "), text("required"));
    addRefused("parse_tenCharacters_refusedLength", text("B760324527"), text("length"),
               text("10 characters"));
    addRefused("parse_twelveCharactersWithoutHyphens_refusedLength", text("B76032452781"),
               text("length"), text("12 characters"));
    addRefused("parse_hyphenatedMissingDigit_refusedFormatAtHyphen", text("B76-032452-8"),
               text("format"), text("character 11 ('-')"));
    addRefused("parse_hyphenatedExtraDigit_refusedLength", text("B76-0324527-81"), text("length"),
               text("14 characters"));
    addRefused("parse_onlyFirstHyphen_refusedLength", text("B76-03245278"), text("length"),
               text("12 characters"));
    addRefused("parse_hyphenAfterSecondCharacter_refusedFormat", text("B7-60324527-8"),
               text("format"), text("character 3 ('-')"));
    addRefused("parse_hyphenAfterFourthCharacter_refusedFormat", text("B760-324527-8"),
               text("format"), text("character 5 ('-')"));
    addRefused("parse_checkDigitMissing_refusedLength", text("B76-0324527-"), text("length"),
               text("12 characters"));
    addRefused("parse_secondHyphenReplaced_refusedFormat", text("B76-03245278X"), text("format"),
               text("character 12 ('8')"));
    addRefused("parse_letterInTransaction_refusedCharacterAt5", text("B76-X324527-8"),
               text("character"), text("character 5 ('X') must be a digit"));
    addRefused("parse_letterInTransactionWithoutHyphens_refusedCharacterAt4", text("B76X3245278"),
               text("character"), text("character 4 ('X')"));
    addRefused("parse_symbolInFilerCode_refusedCharacterAt2", text("B#6-0324527-8"),
               text("character"), text("character 2 ('#')"));
    addRefused("parse_letterAsCheckDigit_refusedCharacterAt13", text("B76-0324527-X"),
               text("character"), text("character 13 ('X')"));
    addRefused("parse_arabicIndicDigit_refusedCharacterAt5", text("B76-\u0660324527-8"),
               text("character"), text("character 5"));
    addRefused("parse_spacesForHyphens_refusedLength", text("B76 0324527 8"), text("length"),
               text("13 characters"));
    addRefused("parse_filerCode000_refusedFilerCode", text("000-0324527-5"), text("filer-code"),
               text("000"));
}

void TestIdentifiers::entryNumber()
{
    QFETCH(QString, input);
    verifyParse(EntryNumber::parse(input));
}

void TestIdentifiers::entryNumberParts()
{
    const Result<EntryNumber> entry = EntryNumber::parse(u"b7603245278");
    QVERIFY(entry.ok());
    QCOMPARE(entry->filerCode(), QStringLiteral("B76"));
    QCOMPARE(entry->transactionNumber(), QStringLiteral("0324527"));
    QCOMPARE(entry->checkDigit(), 8);
    QVERIFY(entry.value() == EntryNumber::parse(u"B76-0324527-8").value());
}

void TestIdentifiers::checkDigitFor_data()
{
    QTest::addColumn<QString>("filerCode");

    // Letters from each of the three mapping ranges, and digits only.
    QTest::addRow("generate_filerB76_roundTrips") << QStringLiteral("B76");
    QTest::addRow("generate_filerAllDigits_roundTrips") << QStringLiteral("123");
    QTest::addRow("generate_filerLettersAtoI_roundTrips") << QStringLiteral("AEI");
    QTest::addRow("generate_filerLettersJtoR_roundTrips") << QStringLiteral("JMR");
    QTest::addRow("generate_filerLettersStoZ_roundTrips") << QStringLiteral("SWZ");
    QTest::addRow("generate_filerMixed_roundTrips") << QStringLiteral("K9T");
    QTest::addRow("generate_filerLowercase_roundTripsUppercased") << QStringLiteral("qx5");
}

void TestIdentifiers::checkDigitFor()
{
    QFETCH(QString, filerCode);

    QCOMPARE(EntryNumber::checkDigitFor(u"B760324527"), 8);

    const QStringList transactions = {QStringLiteral("0000000"), QStringLiteral("0000001"),
                                      QStringLiteral("1234567"), QStringLiteral("5555555"),
                                      QStringLiteral("9999999"), QStringLiteral("0324527")};
    for (const QString& transaction : transactions) {
        const QString first10 = filerCode + transaction;
        const int check = EntryNumber::checkDigitFor(first10);
        QVERIFY(check >= 0 && check <= 9);

        const QString generated =
            filerCode + QLatin1Char('-') + transaction + QLatin1Char('-') + QString::number(check);
        const Result<EntryNumber> parsed = EntryNumber::parse(generated);
        QVERIFY2(parsed.ok(), qPrintable(generated + QStringLiteral(": ") +
                                         (parsed.ok() ? QString() : parsed.error().message)));
        QCOMPARE(parsed->toString(), generated.toUpper());
        QCOMPARE(parsed->checkDigit(), check);

        // The same number with the check digit one off must be refused.
        const QString wrong = filerCode + transaction + QString::number((check + 1) % 10);
        const Result<EntryNumber> refused = EntryNumber::parse(wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, QStringLiteral("check-digit"));
    }
}

void TestIdentifiers::checkDigitForLetters_data()
{
    QTest::addColumn<QString>("first10");
    QTest::addColumn<int>("expected");

    // A-I = 1-9, J-R = 1-9, S-Z = 2-9: letters weigh as the digit they map to.
    QTest::addRow("compute_letterA_sameAsDigit1")
        << QStringLiteral("A123456789") << EntryNumber::checkDigitFor(u"1123456789");
    QTest::addRow("compute_letterJ_sameAsDigit1")
        << QStringLiteral("J123456789") << EntryNumber::checkDigitFor(u"1123456789");
    QTest::addRow("compute_letterI_sameAsDigit9")
        << QStringLiteral("I123456789") << EntryNumber::checkDigitFor(u"9123456789");
    QTest::addRow("compute_letterR_sameAsDigit9")
        << QStringLiteral("R123456789") << EntryNumber::checkDigitFor(u"9123456789");
    QTest::addRow("compute_letterS_sameAsDigit2")
        << QStringLiteral("S123456789") << EntryNumber::checkDigitFor(u"2123456789");
    QTest::addRow("compute_letterZInEvenPosition_sameAsDigit9")
        << QStringLiteral("1Z23456789") << EntryNumber::checkDigitFor(u"1923456789");
    QTest::addRow("compute_publicExample_gives8") << QStringLiteral("B760324527") << 8;
    QTest::addRow("compute_allZeroDigits_gives0") << QStringLiteral("0000000000") << 0;
    QTest::addRow("compute_nineCharacters_givesMinus1") << QStringLiteral("B76032452") << -1;
    QTest::addRow("compute_withHyphen_givesMinus1") << QStringLiteral("B76-032452") << -1;
    QTest::addRow("compute_symbol_givesMinus1") << QStringLiteral("B76#324527") << -1;
}

void TestIdentifiers::checkDigitForLetters()
{
    QFETCH(QString, first10);
    QFETCH(int, expected);
    QCOMPARE(EntryNumber::checkDigitFor(first10), expected);
}

// --- Importer of record number ----------------------------------------------

void TestIdentifiers::iorNumber_data()
{
    addParseColumns();

    addAccepted("parse_einWithSuffix_accepted", text("12-3456789AB"), text("12-3456789AB"));
    addAccepted("parse_einWithNumericSuffix_accepted", text("12-345678901"), text("12-345678901"));
    addAccepted("parse_einWithoutSuffix_suffix00Added", text("12-3456789"), text("12-345678900"));
    addAccepted("parse_bareElevenCharacters_readAsEinWithSuffix", text("123456789AB"),
                text("12-3456789AB"));
    addAccepted("parse_bareNineDigits_readAsEinWithSuffix00", text("123456789"),
                text("12-345678900"));
    addAccepted("parse_lowercaseSuffix_acceptedUppercased", text(" 12-3456789ab "),
                text("12-3456789AB"));
    addAccepted("parse_ssn_accepted", text("123-45-6789"), text("123-45-6789"));
    addAccepted("parse_ssnArea665_accepted", text("665-45-6789"), text("665-45-6789"));
    addAccepted("parse_ssnArea899_accepted", text("899-45-6789"), text("899-45-6789"));
    addAccepted("parse_ssnArea001_accepted", text("001-01-0001"), text("001-01-0001"));
    addAccepted("parse_cbpAssigned_accepted", text("250101-00001"), text("250101-00001"));

    addRefused("parse_empty_refusedRequired", QString(), text("required"));
    addRefused("parse_suffixWithO_refusedSuffixLetter", text("12-3456789AO"), text("suffix-letter"),
               text("character 12 ('O')"));
    addRefused("parse_suffixWithI_refusedSuffixLetter", text("12-3456789IA"), text("suffix-letter"),
               text("character 11 ('I')"));
    addRefused("parse_suffixWithLowercaseZ_refusedSuffixLetter", text("123456789Az"),
               text("suffix-letter"), text("character 11 ('z')"));
    addRefused("parse_suffixWithSymbol_refusedCharacter", text("12-3456789A#"), text("character"),
               text("character 12 ('#')"));
    addRefused("parse_einWithLetterInDigits_refusedCharacterAt6", text("12-34X6789AB"),
               text("character"), text("character 6 ('X')"));
    addRefused("parse_bareEinWithLetter_refusedCharacterAt9", text("12345678X"), text("character"),
               text("character 9 ('X')"));
    addRefused("parse_einOneSuffixCharacter_refusedLength", text("12-3456789A"), text("length"),
               text("11 characters"));
    addRefused("parse_bareTenDigits_refusedLength", text("1234567890"), text("length"),
               text("10 characters"));
    addRefused("parse_bareTwelveDigits_refusedLength", text("123456789012"), text("length"));
    addRefused("parse_ssnArea000_refusedSsnArea", text("000-45-6789"), text("ssn-area"),
               text("000"));
    addRefused("parse_ssnArea666_refusedSsnArea", text("666-45-6789"), text("ssn-area"),
               text("666"));
    addRefused("parse_ssnArea900_refusedSsnArea", text("900-45-6789"), text("ssn-area"),
               text("900"));
    addRefused("parse_ssnArea999_refusedSsnArea", text("999-45-6789"), text("ssn-area"),
               text("999"));
    addRefused("parse_ssnGroup00_refusedSsnGroup", text("123-00-6789"), text("ssn-group"),
               text("00"));
    addRefused("parse_ssnSerial0000_refusedSsnSerial", text("123-45-0000"), text("ssn-serial"),
               text("0000"));
    addRefused("parse_ssnMissingSecondHyphen_refusedLength", text("123-456789"), text("length"),
               text("10 characters"));
    addRefused("parse_ssnWrongSeparator_refusedFormat", text("123-45+6789"), text("format"),
               text("character 7 ('+')"));
    addRefused("parse_ssnLetter_refusedCharacterAt9", text("123-45-6X89"), text("character"),
               text("character 9 ('X')"));
    addRefused("parse_cbpAssignedLetter_refusedCharacterAt5", text("2501A1-00001"),
               text("character"), text("character 5 ('A')"));
    addRefused("parse_cbpAssignedShort_refusedLength", text("250101-0001"), text("length"),
               text("11 characters"));
    addRefused("parse_hyphenAfterFiveCharacters_refusedFormat", text("25010-100001"),
               text("format"), text("character 6 ('-')"));
    addRefused("parse_leadingHyphen_refusedFormat", text("-123456789"), text("format"),
               text("character 1 ('-')"));
}

void TestIdentifiers::iorNumber()
{
    QFETCH(QString, input);
    verifyParse(IorNumber::parse(input));
}

void TestIdentifiers::iorNumberForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IorNumber::Form>("form");

    QTest::addRow("parse_einWithSuffix_formEin")
        << QStringLiteral("12-3456789AB") << IorNumber::Form::Ein;
    QTest::addRow("parse_bareNineDigits_formEin")
        << QStringLiteral("123456789") << IorNumber::Form::Ein;
    QTest::addRow("parse_ssn_formSsn") << QStringLiteral("123-45-6789") << IorNumber::Form::Ssn;
    QTest::addRow("parse_cbpAssigned_formCbpAssigned")
        << QStringLiteral("250101-00001") << IorNumber::Form::CbpAssigned;
    QTest::addRow("parse_bareCbpAssignedDigits_formEin")
        << QStringLiteral("25010100001") << IorNumber::Form::Ein;
}

void TestIdentifiers::iorNumberForm()
{
    QFETCH(QString, input);
    QFETCH(IorNumber::Form, form);
    const Result<IorNumber> ior = IorNumber::parse(input);
    QVERIFY(ior.ok());
    QVERIFY(ior->form() == form);
}

// --- HTS number -------------------------------------------------------------

void TestIdentifiers::htsNumber_data()
{
    addParseColumns();

    addAccepted("parse_tenDigitsDotted_accepted", text("8517.13.00.00"), text("8517.13.00.00"));
    addAccepted("parse_tenDigitsRulingsForm_accepted", text("8517.13.0000"), text("8517.13.00.00"));
    addAccepted("parse_tenDigitsBare_dotted", text("8517130000"), text("8517.13.00.00"));
    addAccepted("parse_tenDigitsSpaced_dotted", text(" 8517 13 00 00 "), text("8517.13.00.00"));
    addAccepted("parse_eightDigits_accepted", text("85171300"), text("8517.13.00"));
    addAccepted("parse_sixDigits_accepted", text("851713"), text("8517.13"));
    addAccepted("parse_fourDigits_accepted", text("8517"), text("8517"));
    addAccepted("parse_chapter01_leadingZeroKept", text("0101.21.00.10"), text("0101.21.00.10"));
    addAccepted("parse_chapter97_accepted", text("9701"), text("9701"));
    addAccepted("parse_chapter98_accepted", text("9801.00.10"), text("9801.00.10"));
    addAccepted("parse_chapter99_accepted", text("9903.88.03"), text("9903.88.03"));

    addRefused("parse_empty_refusedRequired", QString(), text("required"));
    addRefused("parse_onlyDots_refusedLength", text(".."), text("length"), text("0 digits"));
    addRefused("parse_twoDigits_refusedLength", text("85"), text("length"), text("2 digits"));
    addRefused("parse_fiveDigits_refusedLength", text("85171"), text("length"), text("5 digits"));
    addRefused("parse_sevenDigits_refusedLength", text("8517.130"), text("length"),
               text("7 digits"));
    addRefused("parse_nineDigits_refusedLength", text("8517.13.000"), text("length"),
               text("9 digits"));
    addRefused("parse_elevenDigits_refusedLength", text("8517.13.00.001"), text("length"),
               text("11 digits"));
    addRefused("parse_chapter77_refusedReservedChapter", text("7701.00"), text("reserved-chapter"),
               text("77"));
    addRefused("parse_chapter00_refusedChapter", text("0012"), text("chapter"), text("00"));
    addRefused("parse_letter_refusedCharacterAt7", text("8517.1A"), text("character"),
               text("character 7 ('A')"));
    addRefused("parse_hyphenSeparator_refusedCharacterAt5", text("8517-13"), text("character"),
               text("character 5 ('-')"));
}

void TestIdentifiers::htsNumber()
{
    QFETCH(QString, input);
    verifyParse(HtsNumber::parse(input));
}

void TestIdentifiers::htsNumberForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("rulingsForm");
    QTest::addColumn<int>("chapter");
    QTest::addColumn<bool>("special");

    QTest::addRow("forms_tenDigits_bothFormsDiffer")
        << QStringLiteral("8517130000") << QStringLiteral("8517130000")
        << QStringLiteral("8517.13.00.00") << QStringLiteral("8517.13.0000") << 85 << false;
    QTest::addRow("forms_eightDigits_bothFormsEqual")
        << QStringLiteral("8517.13.00") << QStringLiteral("85171300")
        << QStringLiteral("8517.13.00") << QStringLiteral("8517.13.00") << 85 << false;
    QTest::addRow("forms_sixDigits_bothFormsEqual")
        << QStringLiteral("8517.13") << QStringLiteral("851713") << QStringLiteral("8517.13")
        << QStringLiteral("8517.13") << 85 << false;
    QTest::addRow("forms_fourDigits_bothFormsEqual")
        << QStringLiteral("8517") << QStringLiteral("8517") << QStringLiteral("8517")
        << QStringLiteral("8517") << 85 << false;
    QTest::addRow("forms_chapter01_leadingZeroKept")
        << QStringLiteral("0101210010") << QStringLiteral("0101210010")
        << QStringLiteral("0101.21.00.10") << QStringLiteral("0101.21.0010") << 1 << false;
    QTest::addRow("forms_chapter97_notSpecial")
        << QStringLiteral("9701") << QStringLiteral("9701") << QStringLiteral("9701")
        << QStringLiteral("9701") << 97 << false;
    QTest::addRow("forms_chapter98_special")
        << QStringLiteral("9801001012") << QStringLiteral("9801001012")
        << QStringLiteral("9801.00.10.12") << QStringLiteral("9801.00.1012") << 98 << true;
    QTest::addRow("forms_chapter99_special")
        << QStringLiteral("9903.88.03") << QStringLiteral("99038803")
        << QStringLiteral("9903.88.03") << QStringLiteral("9903.88.03") << 99 << true;
}

void TestIdentifiers::htsNumberForms()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(QString, display);
    QFETCH(QString, rulingsForm);
    QFETCH(int, chapter);
    QFETCH(bool, special);

    const Result<HtsNumber> hts = HtsNumber::parse(input);
    QVERIFY(hts.ok());
    QCOMPARE(hts->digits(), digits);
    QCOMPARE(hts->toString(), display);
    QCOMPARE(hts->toRulingsForm(), rulingsForm);
    QCOMPARE(hts->chapter(), chapter);
    QCOMPARE(hts->isSpecialChapter(), special);
    QVERIFY(hts.value() == HtsNumber::parse(rulingsForm).value());
}

// --- Port code --------------------------------------------------------------

void TestIdentifiers::portCode_data()
{
    addParseColumns();

    addAccepted("parse_knownCodeWithLeadingZero_zeroKept", text("0101"), text("0101"));
    addAccepted("parse_knownCode_accepted", text("3004"), text("3004"));
    addAccepted("parse_surroundingWhitespace_trimmed", text(" 2704 "), text("2704"));

    addRefused("parse_empty_refusedRequired", QString(), text("required"));
    addRefused("parse_leadingZeroDropped_refusedLength", text("101"), text("length"),
               text("3 characters"));
    addRefused("parse_fiveDigits_refusedLength", text("01011"), text("length"));
    addRefused("parse_letter_refusedCharacterAt3", text("01A1"), text("character"),
               text("character 3 ('A')"));
    addRefused("parse_unknownCode_refusedUnknownPort", text("9999"), text("unknown-port"),
               text("9999"));
    addRefused("parse_unknownCodeWithLeadingZero_refusedUnknownPort", text("0102"),
               text("unknown-port"), text("0102"));
}

void TestIdentifiers::portCode()
{
    QFETCH(QString, input);
    verifyParse(PortCode::parse(input, knownPorts()));
}

void TestIdentifiers::portCodeDistrict()
{
    const Result<PortCode> portland = PortCode::parse(u"0101", knownPorts());
    QVERIFY(portland.ok());
    QCOMPARE(portland->district(), QStringLiteral("01"));
    QCOMPARE(PortCode::parse(u"2704", knownPorts())->district(), QStringLiteral("27"));

    const Result<PortCode> noTable = PortCode::parse(u"0101", {});
    QVERIFY(!noTable.ok());
    QCOMPARE(noTable.error().rule, QStringLiteral("unknown-port"));
}

// --- Protest number ---------------------------------------------------------

void TestIdentifiers::protestNumber_data()
{
    addParseColumns();

    addAccepted("parse_publicExample_accepted", text("3004-01-100052"), text("3004-01-100052"));
    addAccepted("parse_twelveDigitsAsAceShowsIt_normalizedWithHyphens", text("300401100052"),
                text("3004-01-100052"));
    addAccepted("parse_portWithLeadingZero_zeroKept", text(" 0101-24-000001 "),
                text("0101-24-000001"));
    addAccepted("parse_portNotInTable_acceptedFormatOnly", text("9999-24-123456"),
                text("9999-24-123456"));

    addRefused("parse_empty_refusedRequired", QString(), text("required"));
    addRefused("parse_district00_refusedDistrict", text("0012-01-100052"), text("district"),
               text("0012"));
    addRefused("parse_elevenDigits_refusedLength", text("30040110005"), text("length"),
               text("11 characters"));
    addRefused("parse_thirteenDigits_refusedLength", text("3004011000521"), text("length"),
               text("13 characters"));
    addRefused("parse_hyphenatedShortSerial_refusedLength", text("3004-01-10005"), text("length"),
               text("13 characters"));
    addRefused("parse_oneDigitYear_refusedFormat", text("3004-1-100052"), text("format"),
               text("character 7 ('-')"));
    addRefused("parse_onlyFirstHyphen_refusedFormat", text("3004-01100052X"), text("format"),
               text("character 8 ('1')"));
    addRefused("parse_letterInYear_refusedCharacterAt7", text("3004-0A-100052"), text("character"),
               text("character 7 ('A')"));
    addRefused("parse_letterInPort_refusedCharacterAt2", text("3X04-01-100052"), text("character"),
               text("character 2 ('X')"));
    addRefused("parse_letterInBareSerial_refusedCharacterAt12", text("30040110005X"),
               text("character"), text("character 12 ('X')"));
    addRefused("parse_spacesAsSeparators_refusedLength", text("3004 01 100052"), text("length"),
               text("14 characters"));
}

void TestIdentifiers::protestNumber()
{
    QFETCH(QString, input);
    verifyParse(ProtestNumber::parse(input));
}

void TestIdentifiers::protestNumberParts()
{
    const Result<ProtestNumber> protest = ProtestNumber::parse(u"300401100052");
    QVERIFY(protest.ok());
    QCOMPARE(protest->port(), QStringLiteral("3004"));
    QCOMPARE(protest->year(), QStringLiteral("01"));
    QCOMPARE(protest->serial(), QStringLiteral("100052"));
}

// --- Ruling number ----------------------------------------------------------

void TestIdentifiers::rulingNumber_data()
{
    addParseColumns();

    addAccepted("parse_newYorkLetterSixDigits_accepted", text("NY N363447"), text("NY N363447"));
    addAccepted("parse_headquartersLetterSixDigits_accepted", text("HQ H357206"),
                text("HQ H357206"));
    addAccepted("parse_headquartersLegacySixDigits_accepted", text("HQ 965262"), text("HQ 965262"));
    addAccepted("parse_newYorkLetterFiveDigits_accepted", text("NY A80123"), text("NY A80123"));
    addAccepted("parse_lowercase_uppercased", text("ny n363447"), text("NY N363447"));
    addAccepted("parse_withoutSpace_oneSpaceAdded", text("NYN363447"), text("NY N363447"));
    addAccepted("parse_twoSpaces_oneSpaceKept", text("HQ  965262"), text("HQ 965262"));
    addAccepted("parse_surroundingWhitespace_trimmed", text("  hq h357206 "), text("HQ H357206"));

    addRefused("parse_empty_refusedRequired", QString(), text("required"));
    addRefused("parse_unknownOffice_refusedOffice", text("LA N363447"), text("office"),
               text("'LA'"));
    addRefused("parse_officeMissing_refusedOffice", text("N363447"), text("office"), text("'N3'"));
    addRefused("parse_oneCharacter_refusedOffice", text("N"), text("office"));
    addRefused("parse_numberMissing_refusedLength", text("NY "), text("length"), text("NY"));
    addRefused("parse_letterFourDigits_refusedLength", text("NY N3634"), text("length"),
               text("4 digits"));
    addRefused("parse_letterSevenDigits_refusedLength", text("NY N3634470"), text("length"),
               text("7 digits"));
    addRefused("parse_fiveDigitsWithoutLetter_refusedLength", text("HQ 96526"), text("length"),
               text("5 digits"));
    addRefused("parse_sevenDigitsWithoutLetter_refusedLength", text("HQ 9652621"), text("length"),
               text("7 digits"));
    addRefused("parse_letterInDigits_refusedCharacterAt7", text("NY N36X447"), text("character"),
               text("character 7 ('X')"));
    addRefused("parse_twoLetters_refusedCharacterAt5", text("NY NN63447"), text("character"),
               text("character 5 ('N')"));
    addRefused("parse_hyphenSeparator_refusedCharacterAt3", text("NY-N363447"), text("character"),
               text("character 3 ('-')"));
}

void TestIdentifiers::rulingNumber()
{
    QFETCH(QString, input);
    verifyParse(RulingNumber::parse(input));
}

void TestIdentifiers::rulingNumberParts()
{
    const Result<RulingNumber> ruling = RulingNumber::parse(u"hqh357206");
    QVERIFY(ruling.ok());
    QCOMPARE(ruling->office(), QStringLiteral("HQ"));
    QCOMPARE(ruling->number(), QStringLiteral("H357206"));
    QCOMPARE(RulingNumber::parse(u"HQ 965262")->number(), QStringLiteral("965262"));
}

// --- FTZ zone ID ------------------------------------------------------------

void TestIdentifiers::ftzZoneId_data()
{
    addParseColumns();

    addAccepted("parse_publicExample_accepted", text("010000000"), text("010000000"));
    addAccepted("parse_zone001_accepted", text("001000000"), text("001000000"));
    addAccepted("parse_zone999_accepted", text("999ZZZ999"), text("999ZZZ999"));
    addAccepted("parse_lowercaseSubzone_uppercased", text(" 010a01123 "), text("010A01123"));

    addRefused("parse_empty_refusedRequired", QString(), text("required"));
    addRefused("parse_zone000_refusedZoneNumber", text("000000000"), text("zone-number"),
               text("000"));
    addRefused("parse_eightCharacters_refusedLength", text("01000000"), text("length"),
               text("8 characters"));
    addRefused("parse_tenCharacters_refusedLength", text("0100000000"), text("length"),
               text("10 characters"));
    addRefused("parse_hyphenated_refusedLength", text("010-000-000"), text("length"),
               text("11 characters"));
    addRefused("parse_letterInZone_refusedCharacterAt3", text("01X000000"), text("character"),
               text("character 3 ('X')"));
    addRefused("parse_symbolInSubzone_refusedCharacterAt4", text("010#00000"), text("character"),
               text("character 4 ('#')"));
    addRefused("parse_letterInCbpNumber_refusedCharacterAt8", text("0100000A0"), text("character"),
               text("character 8 ('A')"));
}

void TestIdentifiers::ftzZoneId()
{
    QFETCH(QString, input);
    verifyParse(FtzZoneId::parse(input));
}

void TestIdentifiers::ftzZoneIdParts()
{
    const Result<FtzZoneId> zone10 = FtzZoneId::parse(u"010000000");
    QVERIFY(zone10.ok());
    QCOMPARE(zone10->zoneNumber(), 10);
    QCOMPARE(zone10->subzone(), QStringLiteral("000"));
    QCOMPARE(zone10->cbpNumber(), QStringLiteral("000"));

    const Result<FtzZoneId> subzone = FtzZoneId::parse(u"123b04567");
    QVERIFY(subzone.ok());
    QCOMPARE(subzone->zoneNumber(), 123);
    QCOMPARE(subzone->subzone(), QStringLiteral("B04"));
    QCOMPARE(subzone->cbpNumber(), QStringLiteral("567"));
}

// --- Identifier kinds -------------------------------------------------------

void TestIdentifiers::identifierKindFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("kind");

    const auto add = [](const char* row, const char* name, std::optional<IdentifierKind> kind) {
        QTest::addRow("%s", row) << QString::fromUtf8(name) << kind.has_value()
                                 << static_cast<int>(kind.value_or(IdentifierKind::Entry));
    };
    add("fromName_entry_entry", "entry", IdentifierKind::Entry);
    add("fromName_ior_ior", "ior", IdentifierKind::Ior);
    add("fromName_hts_hts", "hts", IdentifierKind::Hts);
    add("fromName_port_port", "port", IdentifierKind::Port);
    add("fromName_protest_protest", "protest", IdentifierKind::Protest);
    add("fromName_ruling_ruling", "ruling", IdentifierKind::Ruling);
    add("fromName_ftz_ftz", "ftz", IdentifierKind::Ftz);
    add("fromName_empty_unknown", "", std::nullopt);
    add("fromName_capitalized_unknown", "Entry", std::nullopt);
    add("fromName_upperCase_unknown", "HTS", std::nullopt);
    add("fromName_trailingSpace_unknown", "entry ", std::nullopt);
    add("fromName_longName_unknown", "entry-number", std::nullopt);
    add("fromName_prefix_unknown", "prot", std::nullopt);
    add("fromName_otherWord_unknown", "case", std::nullopt);
}

void TestIdentifiers::identifierKindFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(int, kind);

    const std::optional<IdentifierKind> found = centerdesk::core::identifierKindFromName(name);
    QCOMPARE(found.has_value(), known);
    if (known) {
        QCOMPARE(static_cast<int>(*found), kind);
        QCOMPARE(identifierKindName(*found), name);
    }
}

void TestIdentifiers::identifierKindNames()
{
    const QStringList expected = {QStringLiteral("entry"),   QStringLiteral("ior"),
                                  QStringLiteral("hts"),     QStringLiteral("port"),
                                  QStringLiteral("protest"), QStringLiteral("ruling"),
                                  QStringLiteral("ftz")};
    QCOMPARE(centerdesk::core::identifierKindNames(), expected);
    for (const QString& name : expected) {
        const std::optional<IdentifierKind> kind = centerdesk::core::identifierKindFromName(name);
        QVERIFY(kind.has_value());
        QCOMPARE(identifierKindName(*kind), name);
    }
}

void TestIdentifiers::validateIdentifier_data()
{
    QTest::addColumn<QString>("kindName");
    addParseColumns();

    const auto accepted = [](const char* row, const char* kindName, const char* input,
                             const char* normalized) {
        QTest::addRow("%s", row) << text(kindName) << text(input) << text(normalized) << QString()
                                 << QString();
    };
    const auto refused = [](const char* row, const char* kindName, const char* input,
                            const char* rule, const char* messagePart) {
        QTest::addRow("%s", row) << text(kindName) << text(input) << QString() << text(rule)
                                 << text(messagePart);
    };
    accepted("validate_entryBare_normalized", "entry", "b7603245278", "B76-0324527-8");
    refused("validate_entryBadCheckDigit_refused", "entry", "B76-0324527-7", "check-digit",
            "give 8");
    accepted("validate_iorBareEin_normalized", "ior", "123456789", "12-345678900");
    refused("validate_iorSsnArea666_refused", "ior", "666-12-3456", "ssn-area", "666");
    accepted("validate_htsBare_displayForm", "hts", "8517130000", "8517.13.00.00");
    refused("validate_htsChapter77_refused", "hts", "7701", "reserved-chapter", "77");
    accepted("validate_portKnown_accepted", "port", "0101", "0101");
    refused("validate_portUnknown_refused", "port", "9999", "unknown-port", "9999");
    accepted("validate_protestBare_normalized", "protest", "300401100052", "3004-01-100052");
    refused("validate_protestShort_refused", "protest", "3004-01-10005", "length", "13");
    accepted("validate_rulingLowercase_normalized", "ruling", "ny n363447", "NY N363447");
    refused("validate_rulingOffice_refused", "ruling", "XX 965262", "office", "'XX'");
    accepted("validate_ftzExample_accepted", "ftz", "010000000", "010000000");
    refused("validate_ftzZone000_refused", "ftz", "000000000", "zone-number", "000");
}

void TestIdentifiers::validateIdentifier()
{
    QFETCH(QString, kindName);
    QFETCH(QString, input);

    const std::optional<IdentifierKind> kind = centerdesk::core::identifierKindFromName(kindName);
    QVERIFY(kind.has_value());
    verifyParse(centerdesk::core::validateIdentifier(*kind, input, knownPorts()));
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
