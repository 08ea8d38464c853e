// CSV exchange: the RFC 4180 writer with its encodings, the streaming reader with encoding and
// delimiter detection and its refusals of bad files, and the observation import's dry run.
#include "core/edit/apply.h"
#include "core/io/csvexport.h"
#include "core/io/csvimport.h"
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/io/jsonexchange.h"
#include "core/io/planimport.h"

#include <QBuffer>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <tuple>

using namespace seika::core;
using namespace Qt::StringLiterals;

// Readable failure messages for Qt strings.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

QByteArray sjis(const QString &text)
{
    QStringEncoder enc("Shift_JIS");
    return QByteArray(enc.encode(text));
}

struct Written
{
    QByteArray bytes;
    Result<void> result;
    QList<Error> unencodable;
};

Written write(const QList<QStringList> &records, CsvEncoding encoding, std::optional<QString> replacement = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w(&buffer, encoding, replacement);
    for (const QStringList &r : records)
        w.writeRecord(r);
    Written out{{}, w.finish(), w.unencodable()};
    buffer.close();
    out.bytes = bytes;
    return out;
}

struct Read
{
    Result<void> result;
    QStringList header;
    QList<CsvRecord> records;
    CsvEncoding encoding = CsvEncoding::Utf8;
    char16_t delimiter = 0;
};

Read read(const QByteArray &bytes, CsvReadOptions options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Read out{reader.open(), {}, {}, CsvEncoding::Utf8, 0};
    if (!out.result)
        return out;
    out.header = reader.header();
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    for (;;) {
        auto next = reader.next();
        if (!next) {
            out.result = std::unexpected(next.error());
            return out;
        }
        if (!*next)
            return out;
        out.records.append(**next);
    }
}

// ---------------------------------------------------------------------------------------------- writer

TEST(CsvWriter, QuotesWhatNeedsQuotingAndEndsRecordsWithCrlf)
{
    const Written w = write({{u"a"_s, u"b"_s, u"c"_s},
                             {u"plain"_s, u"with,comma"_s, u"say \"hi\""_s},
                             {u"two\nlines"_s, u"cr\rhere"_s, QString()}},
                            CsvEncoding::Utf8Bom);
    ASSERT_TRUE(w.result);
    EXPECT_EQ(w.bytes, QByteArray("\xEF\xBB\xBF" "a,b,c\r\n"
                                  "plain,\"with,comma\",\"say \"\"hi\"\"\"\r\n"
                                  "\"two\nlines\",\"cr\rhere\",\r\n"));
}

TEST(CsvWriter, Utf8WithoutByteOrderMark)
{
    const Written w = write({{u"指標"_s}, {u"町内会・自治会加入率"_s}}, CsvEncoding::Utf8);
    ASSERT_TRUE(w.result);
    EXPECT_EQ(w.bytes, u"指標\r\n町内会・自治会加入率\r\n"_s.toUtf8());
}

TEST(CsvWriter, Cp932HoldsJapaneseAndWindowsCharacters)
{
    const QString text = u"川崎区①髙～"_s;
    const Written w = write({{u"area"_s, u"note"_s}, {text, u"\"x\",y"_s}}, CsvEncoding::Cp932);
    ASSERT_TRUE(w.result);
    EXPECT_EQ(w.bytes, sjis(u"area,note\r\n"_s + text + u",\"\"\"x\"\",y\"\r\n"_s));
}

TEST(CsvWriter, Cp932RefusesUnencodableCharactersNamingRowAndColumn)
{
    const Written w = write({{u"indicator"_s, u"area"_s, u"note"_s},
                             {u"npo"_s, u"川崎区"_s, u"OK 😀"_s},
                             {u"npo"_s, u"𠮷野家"_s, u"ok"_s}},
                            CsvEncoding::Cp932);
    ASSERT_FALSE(w.result);
    EXPECT_EQ(w.result.error().code, ErrorCode::CsvUnencodable);
    ASSERT_EQ(w.unencodable.size(), 2);
    EXPECT_EQ(w.unencodable[0].value, u"😀"_s);
    EXPECT_EQ(w.unencodable[0].line, 2);
    EXPECT_EQ(w.unencodable[0].column, 3);
    EXPECT_EQ(w.unencodable[0].field, u"note"_s);
    EXPECT_EQ(w.unencodable[1].value, u"𠮷"_s);
    EXPECT_EQ(w.unencodable[1].line, 3);
    EXPECT_EQ(w.unencodable[1].column, 2);
    EXPECT_EQ(w.unencodable[1].field, u"area"_s);
    EXPECT_TRUE(errorMessage(w.unencodable[1]).contains(u"𠮷"_s));
}

TEST(CsvWriter, Cp932WritesTheChosenReplacement)
{
    const Written w = write({{u"note"_s}, {u"𠮷野家 😀"_s}}, CsvEncoding::Cp932, u"〓"_s);
    ASSERT_TRUE(w.result);
    EXPECT_EQ(w.bytes, sjis(u"note\r\n〓野家 〓\r\n"_s));
    const Written q = write({{u"note"_s}, {u"a😀b"_s}}, CsvEncoding::Cp932, u"?"_s);
    ASSERT_TRUE(q.result);
    EXPECT_EQ(q.bytes, QByteArray("note\r\na?b\r\n"));
    // A replacement that CP932 cannot hold itself is refused.
    EXPECT_FALSE(write({{u"note"_s}, {u"a"_s}}, CsvEncoding::Cp932, u"😀"_s).result);
}

// ---------------------------------------------------------------------------------------------- reader

class CsvReaderChunks : public ::testing::TestWithParam<qint64>
{
protected:
    CsvReadOptions options() const
    {
        CsvReadOptions o;
        o.chunkSize = GetParam();
        return o;
    }
};

TEST_P(CsvReaderChunks, QuotedDelimitersQuotesAndLineBreaks)
{
    const QByteArray file = u"indicator,note,value\r\n"
                            "npo,\"a, b\",1\r\n"
                            "npo,\"two\r\nlines \"\"quoted\"\"\",2\r\n"
                            "npo,plain,3\n"
                            "\r\n"
                            "membership,\"川崎,区\",4"_s.toUtf8();
    const Read r = read(file, options());
    ASSERT_TRUE(r.result) << errorMessage(r.result.error()).toStdString();
    EXPECT_EQ(r.header, (QStringList{u"indicator"_s, u"note"_s, u"value"_s}));
    ASSERT_EQ(r.records.size(), 4);
    EXPECT_EQ(r.records[0].fields, (QStringList{u"npo"_s, u"a, b"_s, u"1"_s}));
    EXPECT_EQ(r.records[0].line, 2);
    EXPECT_EQ(r.records[1].fields, (QStringList{u"npo"_s, u"two\r\nlines \"quoted\""_s, u"2"_s}));
    EXPECT_EQ(r.records[1].line, 3);
    EXPECT_EQ(r.records[2].line, 5);
    EXPECT_EQ(r.records[3].fields, (QStringList{u"membership"_s, u"川崎,区"_s, u"4"_s}));
    EXPECT_EQ(r.records[3].line, 7);
    EXPECT_FALSE(r.records[3].error);
}

TEST_P(CsvReaderChunks, ByteOrderMarkMeansUtf8)
{
    const Read r = read("\xEF\xBB\xBF" + u"指標,値\r\n加入率,62.1\r\n"_s.toUtf8(), options());
    ASSERT_TRUE(r.result);
    EXPECT_EQ(r.encoding, CsvEncoding::Utf8Bom);
    EXPECT_EQ(r.header, (QStringList{u"指標"_s, u"値"_s}));
    ASSERT_EQ(r.records.size(), 1);
    EXPECT_EQ(r.records[0].fields, (QStringList{u"加入率"_s, u"62.1"_s}));
}

TEST_P(CsvReaderChunks, Cp932IsDetectedWhenTheBytesAreNotUtf8)
{
    const QString text = u"指標,地域,値\r\n町内会・自治会加入率,川崎区,６２．１\r\n髙～①,ｶﾅ,1\r\n"_s;
    const Read r = read(sjis(text), options());
    ASSERT_TRUE(r.result) << errorMessage(r.result.error()).toStdString();
    EXPECT_EQ(r.encoding, CsvEncoding::Cp932);
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[0].fields, (QStringList{u"町内会・自治会加入率"_s, u"川崎区"_s, u"６２．１"_s}));
    EXPECT_EQ(r.records[1].fields, (QStringList{u"髙～①"_s, u"ｶﾅ"_s, u"1"_s}));
}

TEST_P(CsvReaderChunks, TheEncodingCanBeChosen)
{
    // A CP932 file read as UTF-8 fails naming the line; a UTF-8 file with a BOM read as CP932 too.
    CsvReadOptions utf8 = options();
    utf8.encoding = CsvEncoding::Utf8;
    const Read asUtf8 = read(sjis(u"a,b\r\n1,2\r\n川崎区,3\r\n"_s), utf8);
    ASSERT_FALSE(asUtf8.result);
    EXPECT_EQ(asUtf8.result.error().code, ErrorCode::CsvInvalidEncoding);
    EXPECT_EQ(asUtf8.result.error().line, 3);
    EXPECT_EQ(asUtf8.result.error().detail, u"utf8"_s);

    CsvReadOptions cp932 = options();
    cp932.encoding = CsvEncoding::Cp932;
    const Read bom = read("\xEF\xBB\xBF" + u"a\r\n川\r\n"_s.toUtf8(), cp932);
    ASSERT_FALSE(bom.result);
    EXPECT_EQ(bom.result.error().code, ErrorCode::CsvEncodingMismatch);

    // Plain ASCII read as CP932 is the same text.
    const Read ascii = read("a,b\r\n1,2\r\n", cp932);
    ASSERT_TRUE(ascii.result);
    EXPECT_EQ(ascii.encoding, CsvEncoding::Cp932);
    EXPECT_EQ(ascii.records.value(0).fields, (QStringList{u"1"_s, u"2"_s}));
}

TEST_P(CsvReaderChunks, AnUnterminatedQuoteIsAnErrorAtTheLineItStarts)
{
    const Read r = read("a,b\r\n1,2\r\n3,\"never closed\r\nmore\r\n", options());
    ASSERT_FALSE(r.result);
    EXPECT_EQ(r.result.error().code, ErrorCode::CsvUnterminatedQuote);
    EXPECT_EQ(r.result.error().line, 3);
}

TEST_P(CsvReaderChunks, RaggedRowsAreMarkedOneByOne)
{
    const Read r = read("a,b,c\r\n1,2,3\r\n1,2\r\n1,2,3,4\r\n1,2,3\r\n", options());
    ASSERT_TRUE(r.result);
    ASSERT_EQ(r.records.size(), 4);
    EXPECT_FALSE(r.records[0].error);
    ASSERT_TRUE(r.records[1].error);
    EXPECT_EQ(r.records[1].error->code, ErrorCode::CsvRaggedRow);
    EXPECT_EQ(r.records[1].error->line, 3);
    EXPECT_EQ(r.records[1].error->value, u"2"_s);
    EXPECT_EQ(r.records[1].error->detail, u"3"_s);
    ASSERT_TRUE(r.records[2].error);
    EXPECT_EQ(r.records[2].error->line, 4);
    EXPECT_FALSE(r.records[3].error);
}

TEST_P(CsvReaderChunks, BinaryDataIsRefused)
{
    QByteArray bytes("a,b\r\n1,2\r\n");
    bytes.append('\0');
    bytes.append("\x89PNG\x01\x02");
    const Read r = read(bytes, options());
    ASSERT_FALSE(r.result);
    EXPECT_EQ(r.result.error().code, ErrorCode::CsvBinaryData);
    EXPECT_EQ(r.result.error().line, 3);
}

TEST_P(CsvReaderChunks, Utf16IsRefusedWithAHint)
{
    QByteArray bytes("\xFF\xFE");
    const QString text = u"a,b\r\n1,2\r\n"_s;
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Read r = read(bytes, options());
    ASSERT_FALSE(r.result);
    EXPECT_EQ(r.result.error().code, ErrorCode::CsvUtf16);
    EXPECT_TRUE(errorMessage(r.result.error()).contains(u"CSV UTF-8"_s));
}

TEST_P(CsvReaderChunks, ATruncatedMultiByteCharacterIsNamed)
{
    QByteArray bytes = u"a,b\r\n川崎区,2\r\nx,"_s.toUtf8();
    bytes.append("\xE5\xB7"); // the first two bytes of 川
    const Read r = read(bytes, options());
    ASSERT_FALSE(r.result);
    EXPECT_EQ(r.result.error().code, ErrorCode::CsvTruncatedCharacter);
    EXPECT_EQ(r.result.error().value, u"E5 B7"_s);
    EXPECT_EQ(r.result.error().line, 3);

    QByteArray cp = sjis(u"a\r\n川\r\n"_s);
    cp.append('\x90'); // a CP932 lead byte at the end
    CsvReadOptions o = options();
    o.encoding = CsvEncoding::Cp932;
    const Read c = read(cp, o);
    ASSERT_FALSE(c.result);
    EXPECT_EQ(c.result.error().code, ErrorCode::CsvTruncatedCharacter);
}

TEST_P(CsvReaderChunks, EmptyFileAndHeaderOnly)
{
    const Read empty = read({}, options());
    ASSERT_FALSE(empty.result);
    EXPECT_EQ(empty.result.error().code, ErrorCode::CsvEmptyFile);
    const Read blank = read("\r\n\r\n", options());
    ASSERT_FALSE(blank.result);
    EXPECT_EQ(blank.result.error().code, ErrorCode::CsvEmptyFile);
    const Read header = read("a,b\r\n", options());
    ASSERT_TRUE(header.result);
    EXPECT_EQ(header.header, (QStringList{u"a"_s, u"b"_s}));
    EXPECT_TRUE(header.records.isEmpty());
}

TEST_P(CsvReaderChunks, DelimitersAreDetectedFromTheHeader)
{
    const Read tab = read("a\tb\tc\r\n1\t2,5\t3\r\n", options());
    ASSERT_TRUE(tab.result);
    EXPECT_EQ(tab.delimiter, u'\t');
    EXPECT_EQ(tab.records.value(0).fields, (QStringList{u"1"_s, u"2,5"_s, u"3"_s}));
    const Read semicolon = read("a;\"b;c\";d\r\n1;2;3\r\n", options());
    ASSERT_TRUE(semicolon.result);
    EXPECT_EQ(semicolon.delimiter, u';');
    EXPECT_EQ(semicolon.header, (QStringList{u"a"_s, u"b;c"_s, u"d"_s}));
    const Read comma = read("a,\"b;c;d\"\r\n1,2\r\n", options());
    ASSERT_TRUE(comma.result);
    EXPECT_EQ(comma.delimiter, u',');
    const Read single = read("a\r\n1\r\n", options());
    ASSERT_TRUE(single.result);
    EXPECT_EQ(single.delimiter, u',');
}

INSTANTIATE_TEST_SUITE_P(Chunks, CsvReaderChunks, ::testing::Values(qint64(16), qint64(17), qint64(64 * 1024)));

// ---------------------------------------------------------------------------------------------- import

class CsvImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto sample = kawasakiSample();
        ASSERT_TRUE(sample);
        doc = *sample;
    }

    Result<ObservationImportPlan> plan(const QByteArray &bytes, CsvReadOptions options = {}) const
    {
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return planObservationImport(doc, &buffer, options);
    }

    QByteArray exported(CsvTable table, CsvEncoding encoding) const
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto rows = exportCsv(&buffer, table, doc, {}, CsvExportOptions{encoding, std::nullopt});
        EXPECT_TRUE(rows);
        buffer.close();
        return bytes;
    }

    DocumentData doc;
};

TEST_F(CsvImport, ObservationsExportInLongFormat)
{
    const QString text = QString::fromUtf8(exported(CsvTable::Observations, CsvEncoding::Utf8));
    const QStringList lines = text.split(u"\r\n"_s);
    EXPECT_EQ(lines[0], csvColumns(CsvTable::Observations).join(u','));
    EXPECT_TRUE(text.contains(u"membership,町内会・自治会加入率,2015,平成27年度,市全体,442037,693203,,63.8,%,"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"participation,地域貢献活動に関する取組にかかわったことのある人の割合,2017,平成29年度,市全体,,,14.7,14.7,%"_s))
        << text.toStdString();
}

TEST_F(CsvImport, AnIndicatorNameCp932CannotHoldIsNamedOnEveryRowOrReplaced)
{
    // The exporter encodes an indicator's texts once for all its rows; a name CP932 cannot hold must
    // still be reported at each row it is written on, with its column, or replaced on each.
    doc.indicators[0].name = u"𠮷田の指標"_s;
    const QString code = doc.indicators[0].code;
    qsizetype expected = 0;
    for (const Observation &o : doc.observations)
        expected += o.indicatorCode == code ? 1 : 0;
    ASSERT_GT(expected, 1);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QList<Error> unencodable;
    auto refused = exportCsv(&buffer, CsvTable::Observations, doc, {}, CsvExportOptions{CsvEncoding::Cp932, std::nullopt},
                             &unencodable);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::CsvUnencodable);
    ASSERT_EQ(unencodable.size(), expected);
    EXPECT_EQ(unencodable[0].value, u"𠮷"_s);
    EXPECT_EQ(unencodable[0].field, u"indicator_name"_s);
    EXPECT_EQ(unencodable[0].column, 2);
    EXPECT_GT(unencodable[1].line, unencodable[0].line);

    QByteArray replacedBytes;
    QBuffer replacedBuffer(&replacedBytes);
    replacedBuffer.open(QIODevice::WriteOnly);
    auto replaced = exportCsv(&replacedBuffer, CsvTable::Observations, doc, {},
                              CsvExportOptions{CsvEncoding::Cp932, u"〓"_s});
    ASSERT_TRUE(replaced) << errorMessage(replaced.error()).toStdString();
    const QString text = QStringDecoder("Shift_JIS").decode(replacedBytes);
    EXPECT_EQ(text.count(u"〓田の指標"_s), expected);
}

TEST(CsvNumber, WholeNumbersFractionsAndNoExponentAtAnyMagnitude)
{
    EXPECT_EQ(csvNumber(442037), u"442037"_s);
    EXPECT_EQ(csvNumber(-12), u"-12"_s);
    EXPECT_EQ(csvNumber(63.77), u"63.77"_s);
    EXPECT_EQ(csvNumber(0.1 + 0.2), u"0.3"_s); // 15 significant digits, not 0.30000000000000004
    EXPECT_EQ(csvNumber(1e15), u"1000000000000000"_s);
    EXPECT_EQ(csvNumber(1e16), u"10000000000000000"_s);
    EXPECT_EQ(csvNumber(1.5e-5), u"0.000015"_s);
    EXPECT_EQ(csvNumber(123456.789012345678), u"123456.789012346"_s);
}

TEST_F(CsvImport, RoundTripGivesTheSameObservationsInEachEncoding)
{
    // A note with a comma, a quote and a line break travels too.
    doc.observations[0].note = u"出典: 市民アンケート, \"速報\"\n改行"_s;
    const QList<Observation> original = doc.observations;
    for (CsvEncoding e : {CsvEncoding::Utf8Bom, CsvEncoding::Utf8, CsvEncoding::Cp932}) {
        const QByteArray bytes = exported(CsvTable::Observations, e);
        DocumentData emptied = doc;
        emptied.observations.clear();
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto p = planObservationImport(emptied, &buffer, {});
        ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
        EXPECT_EQ(p->encoding, e);
        EXPECT_FALSE(p->hasErrors()) << csvFindingReason(emptied, p->findings.value(0)).toStdString();
        ASSERT_TRUE(applyToDocument(emptied, p->batch));
        EXPECT_EQ(emptied.observations, original) << csvEncodingKey(e).toStdString();
    }
    // Importing the export into the same document changes nothing.
    auto same = plan(exported(CsvTable::Observations, CsvEncoding::Utf8Bom));
    ASSERT_TRUE(same);
    EXPECT_TRUE(same->batch.isEmpty());
    EXPECT_TRUE(same->findings.isEmpty());
}

TEST_F(CsvImport, JapaneseHeadersInAnyOrderAndEveryYearAndNumberForm)
{
    const QByteArray file = ("\xEF\xBB\xBF" + u"備考,値,年度,指標,地域,分子,分母\r\n"
                                              "速報,\"1,234\",H30,npo,,,\r\n"
                                              ",２０団体,令和元年度,市内認定・条例指定NPO法人数,市全体,,\r\n"
                                              ",21,２０２０年度,npo,川崎区,,\r\n"
                                              ",,平成33年度,membership,幸区,\"51,234世帯\",\"８０，０００\"\r\n"
                                              ",18.5%,2016,participation,,,\r\n"_s.toUtf8());
    auto p = plan(file);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_FALSE(p->hasErrors()) << csvFindingReason(doc, p->findings.value(0)).toStdString() << " line "
                                 << p->findings.value(0).line;
    EXPECT_EQ(p->validRows, 5);
    ASSERT_EQ(p->batch.operations.size(), 5);
    const auto obs = [&](int i) { return std::get<WriteBatch::PutObservation>(p->batch.operations[i]).observation; };
    EXPECT_EQ(obs(0).year, FiscalYear(2018));
    EXPECT_EQ(obs(0).value, 1234.0);
    EXPECT_EQ(obs(0).note, u"速報"_s);
    EXPECT_EQ(obs(1).indicatorCode, u"npo"_s);
    EXPECT_EQ(obs(1).year, FiscalYear(2019));
    EXPECT_EQ(obs(1).value, 20.0);
    EXPECT_EQ(obs(2).area, AreaId(1));
    EXPECT_EQ(obs(3).year, FiscalYear(2021));
    EXPECT_EQ(obs(3).numerator, 51234.0);
    EXPECT_EQ(obs(3).denominator, 80000.0);
    EXPECT_EQ(obs(4).value, 18.5);
}

TEST_F(CsvImport, ManyYearTextsInAnyOrderEachReadOnceAndRepeatsFoundAcrossForms)
{
    // Twenty-seven year texts, more than the import compares one by one before it hashes them, rows out of
    // order; a year given again in another form is a repeat of its first row, whatever came between.
    const QStringList cityYears = {u"2025"_s, u"令和6年度"_s, u"H30"_s, u"2014"_s, u"平成27年度"_s, u"R3"_s,
                                   u"２０２２"_s, u"2016年度"_s, u"H29"_s, u"令和元年度"_s, u"2020"_s, u"R5"_s};
    const QStringList wardYears = {u"令和7年度"_s, u"2024"_s, u"平成30年度"_s, u"H26"_s, u"2015"_s, u"令和3年度"_s,
                                   u"R4"_s, u"H28"_s, u"2017"_s, u"R1"_s, u"令和2年度"_s, u"2023年度"_s};
    QString text = u"indicator,fiscal_year,area,numerator,denominator,value,note\r\n"_s;
    for (const QString &y : cityYears)
        text += u"npo,%1,,,,12,\r\n"_s.arg(y);
    for (const QString &y : wardYears)
        text += u"npo,%1,川崎区,,,3,\r\n"_s.arg(y);
    text += u"npo,平成28年度,,,,11,\r\n"_s;   // 26: 2016 again, first on line 9
    text += u"npo,2099年,,,,1,\r\n"_s;        // 27: not a year
    text += u"npo,2018,川崎区,,,4,\r\n"_s;    // 28: H30 again, first on line 16
    text += u"npo,平成26年度,幸区,,,2,\r\n"_s; // 29: fine
    auto p = plan(text.toUtf8());
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    QStringList errors;
    for (const CsvFinding &f : p->findings) {
        if (f.isError())
            errors << u"%1|%2|%3"_s.arg(f.line).arg(f.value, f.error.detail);
    }
    EXPECT_EQ(errors, (QStringList{u"26|npo 2016 市全体|9"_s, u"27|2099年|2010-2030"_s, u"28|npo 2018 川崎区|16"_s}))
        << errors.join(u'\n').toStdString();
    EXPECT_EQ(p->dataRows, 28);
    ASSERT_EQ(p->batch.operations.size(), 25);
    QList<int> city;
    QList<int> ward;
    for (const WriteBatch::Operation &op : p->batch.operations) {
        const Observation &o = std::get<WriteBatch::PutObservation>(op).observation;
        (o.area.isValid() ? ward : city) << o.year.year();
    }
    const QList<int> expected{2025, 2024, 2018, 2014, 2015, 2021, 2022, 2016, 2017, 2019, 2020, 2023};
    EXPECT_EQ(city, expected);
    EXPECT_EQ(ward.mid(0, 12), expected);
    const Observation &last = std::get<WriteBatch::PutObservation>(p->batch.operations.constLast()).observation;
    EXPECT_EQ(last.year, FiscalYear(2014));
    EXPECT_EQ(last.area, AreaId(2));
}

TEST_F(CsvImport, TheDryRunNamesLineColumnValueAndReason)
{
    doc.locks.append(YearLock{FiscalYear(2016), u"tester"_s, QDateTime::currentDateTimeUtc()});
    const QByteArray file = u"indicator,fiscal_year,area,numerator,denominator,value,note\r\n"
                            "nope,2018,,,,1,\r\n"                   // 2 unknown indicator
                            "npo,2018,,,,abc,\r\n"                  // 3 not a number
                            "npo,2016,,,,10,\r\n"                   // 4 locked
                            "membership,2018,,800,700,,\r\n"        // 5 numerator over denominator
                            "npo,2019,横浜区,,,1,\r\n"              // 6 unknown area
                            "npo,2019,,,,12,\r\n"                   // 7 fine
                            "npo,R1,,,,12,\r\n"                     // 8 duplicate of 7
                            "participation,2017,,,,15,\r\n"         // 9 overwrites 14.7
                            "participation,2018,,,,40,\r\n"         // 10 outlier against 2017
                            "npo,2020\r\n"                          // 11 ragged
                            "npo,平成99年度,,,,1,\r\n"_s.toUtf8();  // 12 not a year
    auto p = plan(file);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    QStringList seen;
    for (const CsvFinding &f : p->findings)
        seen << QStringLiteral("%1|%2|%3|%4|%5")
                    .arg(f.line)
                    .arg(f.isError() ? u"E"_s : u"W"_s, f.column, f.value, csvFindingReason(doc, f));
    const auto has = [&](qint64 line, bool error, const QString &column, const QString &value, const QString &reason) {
        for (const CsvFinding &f : p->findings) {
            if (f.line == line && f.isError() == error && f.column == column && f.value == value
                && csvFindingReason(doc, f).contains(reason))
                return true;
        }
        return false;
    };
    const std::string all = seen.join(u'\n').toStdString();
    EXPECT_TRUE(has(2, true, u"indicator"_s, u"nope"_s, u"no indicator"_s)) << all;
    EXPECT_TRUE(has(3, true, u"value"_s, u"abc"_s, u"not a number"_s)) << all;
    EXPECT_TRUE(has(4, true, u"fiscal_year"_s, u"2016"_s, u"locked"_s)) << all;
    EXPECT_TRUE(has(5, true, u"numerator"_s, u"800"_s, u"greater than the denominator"_s)) << all;
    EXPECT_TRUE(has(6, true, u"area"_s, u"横浜区"_s, u"横浜区"_s)) << all;
    EXPECT_TRUE(has(8, true, QString(), u"npo 2019 市全体"_s, u"given twice"_s)) << all;
    EXPECT_TRUE(has(9, false, u"value"_s, u"15"_s, u"14.7 → 15"_s)) << all;
    EXPECT_TRUE(has(10, false, u"value"_s, u"40"_s, QString())) << all;
    EXPECT_TRUE(has(11, true, QString(), u"npo,2020"_s, u"2 fields"_s)) << all;
    EXPECT_TRUE(has(12, true, u"fiscal_year"_s, u"平成99年度"_s, QString())) << all;
    EXPECT_EQ(p->errorCount(), 8) << all;
    EXPECT_EQ(p->dataRows, 11);
    EXPECT_EQ(p->validRows, 3);
    EXPECT_EQ(p->batch.operations.size(), 3);
}

TEST_F(CsvImport, FindingsComeInFileOrderAcrossCodesNamesOverwritesAndOutliers)
{
    // The sample has npo 8, 9, – , 10 (2014–2017), participation 19.8 (2015) and 14.7 (2017), membership
    // counts for 2015 and a rate for 2017; the outlier band is 20 %.
    const QByteArray file = u"indicator,fiscal_year,area,numerator,denominator,value,note\r\n"
                            "npo,2016,,,,9,\r\n"                                   // 2 new
                            "市内認定・条例指定NPO法人数,2016,,,,12,\r\n"           // 3 line 2 again, by name
                            "membership,2015,,442037,693203,,\r\n"                 // 4 unchanged
                            "membership,2016,,\"450,000\",700000,,\r\n"            // 5 new, grouped digits
                            "participation,2017,,,,30,速報\r\n"                    // 6 overwrites 14.7, outlier
                            "npo,2018,,,,20,\r\n"                                  // 7 outlier against 2017
                            "npo,2019,,,,20.5,\r\n"                                // 8 a decimal in a count
                            "npo,2020,,,,\"1,000団体\",\r\n"                        // 9 outlier against 2018
                            "npo,2021,,,,-0,\r\n"_s.toUtf8();                      // 10 zero, outlier
    auto p = plan(file);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    QStringList findings;
    for (const CsvFinding &f : p->findings) {
        const QString type = f.isError() ? u"E"_s : f.type == CsvFinding::Type::Overwrite ? u"O"_s : u"W"_s;
        findings << QStringLiteral("%1|%2|%3|%4").arg(f.line).arg(type, f.column, f.value);
        EXPECT_FALSE(csvFindingReason(doc, f).isEmpty());
    }
    EXPECT_EQ(findings, (QStringList{u"3|E||npo 2016 市全体"_s, u"6|O|value|30"_s, u"6|W|value|30"_s,
                                     u"7|W|value|20"_s, u"8|E|value|20.5"_s, u"9|W|value|1000"_s,
                                     u"10|W|value|0"_s}))
        << findings.join(u'\n').toStdString();
    EXPECT_TRUE(csvFindingReason(doc, p->findings.at(0)).contains(u"given twice"_s));
    EXPECT_EQ(p->findings.at(0).error.detail, u"2"_s);
    EXPECT_TRUE(csvFindingReason(doc, p->findings.at(1)).contains(u"14.7 → 30"_s));
    EXPECT_EQ(p->dataRows, 9);
    EXPECT_EQ(p->validRows, 7);
    ASSERT_EQ(p->batch.operations.size(), 6);
    const auto obs = [&](int i) { return std::get<WriteBatch::PutObservation>(p->batch.operations[i]).observation; };
    EXPECT_EQ(obs(0).value, 9.0);
    EXPECT_EQ(obs(1).numerator, 450000.0);
    EXPECT_EQ(obs(1).denominator, 700000.0);
    EXPECT_EQ(obs(2).note, u"速報"_s);
    EXPECT_EQ(obs(4).value, 1000.0);
    ASSERT_TRUE(obs(5).value);
    EXPECT_FALSE(std::signbit(*obs(5).value));
}

TEST_F(CsvImport, BadFilesAreRefusedWhole)
{
    const QList<std::pair<QByteArray, ErrorCode>> cases = {
        {QByteArray(), ErrorCode::CsvEmptyFile},
        {"indicator,fiscal_year,value\r\n", ErrorCode::CsvNoRows},
        {"indicator,value\r\nnpo,1\r\n", ErrorCode::CsvMissingColumn},
        {"indicator,指標,fiscal_year\r\nnpo,npo,2018\r\n", ErrorCode::CsvDuplicateColumn},
        {"indicator,fiscal_year,value\r\nnpo,2018,\"1\r\n", ErrorCode::CsvUnterminatedQuote},
        {QByteArray("indicator,fiscal_year,value\r\nnpo,2018,1\0\r\n", 42), ErrorCode::CsvBinaryData},
    };
    for (const auto &[bytes, code] : cases) {
        auto p = plan(bytes);
        ASSERT_FALSE(p) << bytes.toStdString();
        EXPECT_EQ(p.error().code, code) << bytes.toStdString() << ": " << errorMessage(p.error()).toStdString();
    }
}

TEST(CsvNumbers, NeverAnExponentSoThatTheImportReadsThemBack)
{
    // Found by fuzzing: 1e+15 and 1e-05 were written and then refused as not a number.
    EXPECT_EQ(csvNumber(1e15), u"1000000000000000"_s);
    EXPECT_EQ(csvNumber(1e-05), u"0.00001"_s);
    EXPECT_EQ(csvNumber(1234567.25), u"1234567.25"_s);
    EXPECT_EQ(csvNumber(0.1 + 0.2), u"0.3"_s);
    EXPECT_EQ(csvNumber(-2.5e-7), u"-0.00000025"_s);
    EXPECT_FALSE(csvNumber(1.23456789012346e20).contains(u'e'));
}

TEST(CsvReaderBom, AByteOrderMarkCharacterInsideTheTextIsKeptAtAChunkBoundary)
{
    // Found by fuzzing: QString::fromUtf8() dropped U+FEFF at the start of each decoded chunk.
    QByteArray bytes = "h\n" + QByteArray(14, 'a') + "\xEF\xBB\xBF" + "b\n";
    for (qint64 chunk : {qint64(16), qint64(64 * 1024)}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReadOptions options;
        options.chunkSize = chunk;
        CsvReader reader(&buffer, options);
        ASSERT_TRUE(reader.open());
        auto record = reader.next();
        ASSERT_TRUE(record && *record);
        EXPECT_EQ((*record)->fields.value(0), QString(14, u'a') + QChar(0xFEFF) + u"b"_s) << chunk;
    }
}

TEST_F(CsvImport, ColumnsChosenByTheUserReplaceTheHeaderNames)
{
    // An open-data file with its own headers: the wizard maps them.
    const QByteArray file = u"項目,対象年,件数,メモ\r\nnpo,2018,31,portal\r\n"_s.toUtf8();
    auto byName = plan(file);
    ASSERT_FALSE(byName);
    EXPECT_EQ(byName.error().code, ErrorCode::CsvMissingColumn);
    EXPECT_TRUE(errorMessage(byName.error()).contains(u"fiscal_year (年度)"_s)) << errorMessage(byName.error()).toStdString();

    auto header = csvMappingFromHeader(CsvImportTable::Observations, {u"\uFEFF指標"_s, u" Fiscal_Year "_s, u"値"_s, u"x"_s});
    ASSERT_TRUE(header);
    EXPECT_EQ(*header, (CsvColumnMapping{{CsvImportField::Indicator, 0}, {CsvImportField::Year, 1}, {CsvImportField::Value, 2}}));

    const CsvColumnMapping chosen{{CsvImportField::Indicator, 0}, {CsvImportField::Year, 1}, {CsvImportField::Value, 2},
                                  {CsvImportField::Note, 3}};
    QByteArray data = file;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto p = planObservationImport(doc, &buffer, {}, {}, chosen);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    ASSERT_EQ(p->batch.operations.size(), 1);
    const Observation &o = std::get<WriteBatch::PutObservation>(p->batch.operations[0]).observation;
    EXPECT_EQ(o.value, 31.0);
    EXPECT_EQ(o.note, u"portal"_s);
    // A finding names the file's own column.
    data = u"項目,対象年,件数,メモ\r\nnpo,2018,abc,\r\n"_s.toUtf8();
    QBuffer bad(&data);
    bad.open(QIODevice::ReadOnly);
    auto q = planObservationImport(doc, &bad, {}, {}, chosen);
    ASSERT_TRUE(q);
    ASSERT_EQ(q->findings.size(), 1);
    EXPECT_EQ(q->findings[0].column, u"件数"_s);
}

TEST_F(CsvImport, CancellingStopsWithNothingPlanned)
{
    QByteArray data = "indicator,fiscal_year,value\r\n";
    for (int y = 2015; y < 2025; ++y)
        data += "npo," + QByteArray::number(y) + ",1\r\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    int calls = 0;
    auto p = planObservationImport(doc, &buffer, {}, [&calls](qint64) { return ++calls < 1; });
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(errorMessage(p.error()).contains(u"nothing was changed"_s));
}

TEST_F(CsvImport, TargetsImportMergedByYearWithTheirComparators)
{
    const Indicator *npo = doc.indicator(u"npo"_s);
    ASSERT_TRUE(npo);
    const QList<Target> before = npo->targets;
    ASSERT_FALSE(before.isEmpty());
    const Target &first = before.first();
    const QByteArray file = (u"指標,年度,目標値,比較\r\n"
                             "npo,"_s + QString::number(first.year.year()) + u",99団体,\r\n"
                             "町内会・自治会加入率,R12,70%以上,\r\n"
                             "npo,2029,30,at_most\r\n"
                             "npo,2029,31,\r\n"
                             "npo,2031,1,\r\n"
                             "npo,2028,-1,\r\n"
                             "npo,2027,1,more\r\n"_s)
                                .toUtf8();
    QByteArray data = file;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto p = planTargetImport(doc, &buffer);
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    QStringList seen;
    for (const CsvFinding &f : p->findings)
        seen << QStringLiteral("%1|%2|%3|%4").arg(f.line).arg(f.column, f.value, csvFindingReason(doc, f));
    const std::string all = seen.join(u'\n').toStdString();
    EXPECT_EQ(p->errorCount(), 4) << all; // duplicate 2029, 2031 outside, negative, unknown comparator
    EXPECT_TRUE(seen.join(u'\n').contains(u"2|目標値|99団体|"_s)) << all; // overwrite warning
    EXPECT_EQ(p->validRows, 3) << all;
    ASSERT_EQ(p->batch.operations.size(), 2) << all;
    ASSERT_TRUE(applyToDocument(doc, p->batch));
    const Indicator *after = doc.indicator(u"npo"_s);
    ASSERT_TRUE(after->targetFor(first.year));
    EXPECT_EQ(after->targetFor(first.year)->value, 99);
    EXPECT_EQ(after->targetFor(first.year)->comparator, first.comparator);
    ASSERT_TRUE(after->targetFor(FiscalYear(2029)));
    EXPECT_EQ(after->targetFor(FiscalYear(2029))->comparator, Comparator::AtMost);
    EXPECT_TRUE(std::is_sorted(after->targets.cbegin(), after->targets.cend(),
                               [](const Target &a, const Target &b) { return a.year < b.year; }));
    const Target *membership = doc.indicator(u"membership"_s)->targetFor(FiscalYear(2030));
    ASSERT_TRUE(membership);
    EXPECT_EQ(membership->value, 70);
    EXPECT_EQ(membership->comparator, Comparator::AtLeast);
}

TEST_F(CsvImport, OtherTablesExport)
{
    for (CsvTable t : {CsvTable::Indicators, CsvTable::Targets, CsvTable::Evaluations, CsvTable::Audit}) {
        const QByteArray bytes = exported(t, CsvEncoding::Cp932);
        const Read r = read(bytes);
        ASSERT_TRUE(r.result) << csvTableKey(t).toStdString();
        EXPECT_EQ(r.header, csvColumns(t));
        for (const CsvRecord &rec : r.records)
            EXPECT_FALSE(rec.error) << csvTableKey(t).toStdString() << " line " << rec.line;
    }
    const QString indicators = QString::fromUtf8(exported(CsvTable::Indicators, CsvEncoding::Utf8));
    EXPECT_TRUE(indicators.contains(u"npo,"_s));
    const QString targets = QString::fromUtf8(exported(CsvTable::Targets, CsvEncoding::Utf8));
    EXPECT_TRUE(targets.contains(u"at_least"_s)) << targets.toStdString();
}

} // namespace

// ------------------------------------------------------------------ header languages, order, wide layout

namespace {

QByteArray exportWith(const DocumentData &doc, CsvTable table, CsvHeaderLanguage headers,
                      CsvLayout layout = CsvLayout::Long, qint64 *rowCount = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options{CsvEncoding::Utf8, std::nullopt};
    options.headers = headers;
    options.layout = layout;
    auto rows = exportCsv(&buffer, table, doc, {}, options);
    EXPECT_TRUE(rows) << errorMessage(rows.error()).toStdString();
    if (rows && rowCount)
        *rowCount = *rows;
    buffer.close();
    return bytes;
}

/// Every ward of the sample gets counts of membership in a year no membership figure has, so that the city
/// figure of that year is the sum of the wards. Returns the year.
int addWardSumYear(DocumentData &doc)
{
    int year = doc.lastYear.year();
    for (; year >= doc.firstYear.year(); --year) {
        const bool used = std::any_of(doc.observations.cbegin(), doc.observations.cend(), [year](const Observation &o) {
            return o.indicatorCode == u"membership"_s && o.year.year() == year;
        });
        if (!used)
            break;
    }
    qint64 id = 900000;
    for (qsizetype k = 0; k < doc.municipality.wards.size(); ++k) {
        Observation o;
        o.indicatorCode = u"membership"_s;
        o.year = FiscalYear(year);
        o.area = doc.municipality.wards.at(k).id;
        o.numerator = 100.0 * double(k + 1);
        o.denominator = 200.0 * double(k + 1);
        o.id = ObservationId(++id);
        doc.observations << o;
    }
    return year;
}

QList<QStringList> records(const QByteArray &bytes)
{
    QList<QStringList> out;
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(u"\r\n"_s))
        text.chop(2);
    for (const QString &line : text.split(u"\r\n"_s))
        out << line.split(u','); // the sample's texts hold no commas or quotes in these columns
    return out;
}

} // namespace

TEST_F(CsvImport, JapaneseHeadersAndFigureSourcesImportLikeTheEnglishOnes)
{
    const int year = addWardSumYear(doc);
    const QByteArray ja = exportWith(doc, CsvTable::Observations, CsvHeaderLanguage::Japanese);
    const QString text = QString::fromUtf8(ja);
    EXPECT_TRUE(text.startsWith(u"指標コード,指標名,年度,年度（和暦）,地域,分子,分母,値,実績,単位,分子の単位,基準日,備考,値の由来\r\n"_s))
        << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(u"membership,町内会・自治会加入率,2015,平成27年度,市全体,442037,693203,,63.8,%,"_s));
    EXPECT_TRUE(text.contains(u",入力\r\n"_s));
    EXPECT_FALSE(text.contains(u",entered\r\n"_s));
    // The city figure the wards add up to: 各区の合計, not imported.
    EXPECT_TRUE(text.contains(u"membership,町内会・自治会加入率,%1,"_s.arg(year))) << text.toStdString();
    EXPECT_TRUE(text.contains(u",各区の合計\r\n"_s)) << text.toStdString();

    const QByteArray en = exportWith(doc, CsvTable::Observations, CsvHeaderLanguage::English);
    EXPECT_TRUE(QString::fromUtf8(en).startsWith(csvColumns(CsvTable::Observations).join(u',') + u"\r\n"_s));

    // Round trips: Japanese in, English out equals English out of the original, and the other way round.
    for (const auto &[in, out] : {std::pair{CsvHeaderLanguage::Japanese, CsvHeaderLanguage::English},
                                  std::pair{CsvHeaderLanguage::English, CsvHeaderLanguage::Japanese}}) {
        DocumentData fresh = doc;
        fresh.observations.clear();
        QByteArray data = exportWith(doc, CsvTable::Observations, in);
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto p = planObservationImport(fresh, &buffer, {});
        ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
        EXPECT_FALSE(p->hasErrors()) << csvFindingReason(fresh, p->findings.value(0)).toStdString();
        EXPECT_EQ(p->sumOfWardsRows, 1);
        ASSERT_TRUE(applyToDocument(fresh, p->batch));
        EXPECT_EQ(exportWith(fresh, CsvTable::Observations, out), exportWith(doc, CsvTable::Observations, out))
            << csvHeaderLanguageKey(in).toStdString();
    }
}

TEST_F(CsvImport, ObservationsAreSortedByIndicatorYearAndAreaWhateverTheEntryOrder)
{
    addWardSumYear(doc);
    const QByteArray inOrder = exportWith(doc, CsvTable::Observations, CsvHeaderLanguage::English);
    DocumentData shuffled = doc;
    std::reverse(shuffled.observations.begin(), shuffled.observations.end());
    std::rotate(shuffled.observations.begin(), shuffled.observations.begin() + shuffled.observations.size() / 3,
                shuffled.observations.end());
    EXPECT_EQ(exportWith(shuffled, CsvTable::Observations, CsvHeaderLanguage::English), inOrder);

    // Indicators in the plan's order, then years, then the city before the wards in the municipality's order.
    QStringList planOrder;
    for (const BasicPolicy &b : doc.basicPolicies)
        for (const Policy &p : doc.policies)
            if (p.basicPolicy == b.id)
                for (const Measure &m : doc.measures)
                    if (m.policy == p.id)
                        for (const Indicator *i : doc.indicatorsOf(m.id))
                            planOrder << i->code;
    QStringList areaOrder{csvCityName()};
    for (const Area &a : doc.municipality.wards)
        areaOrder << a.name;
    const QList<QStringList> rows = records(inOrder);
    ASSERT_GT(rows.size(), 12);
    std::tuple<qsizetype, int, qsizetype> previous{-1, 0, -1};
    QStringList indicatorsSeen;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const std::tuple<qsizetype, int, qsizetype> key{planOrder.indexOf(row.at(0)), row.at(2).toInt(),
                                                        areaOrder.indexOf(row.at(4))};
        ASSERT_GE(std::get<0>(key), 0) << row.join(u',').toStdString();
        ASSERT_GE(std::get<2>(key), 0) << row.join(u',').toStdString();
        EXPECT_LT(previous, key) << "line " << r + 1 << ": " << row.join(u',').toStdString();
        previous = key;
        if (!indicatorsSeen.contains(row.at(0)))
            indicatorsSeen << row.at(0);
    }
    EXPECT_GT(indicatorsSeen.size(), 2);
}

TEST_F(CsvImport, TheWideLayoutHasAColumnPerYearAndARowPerIndicatorAreaAndField)
{
    const int year = addWardSumYear(doc);
    qint64 rowCount = 0;
    const QByteArray ja = exportWith(doc, CsvTable::Observations, CsvHeaderLanguage::Japanese, CsvLayout::Wide, &rowCount);
    const QList<QStringList> rows = records(ja);
    ASSERT_GT(rows.size(), 4);
    EXPECT_EQ(rowCount, rows.size() - 1);
    const QStringList &header = rows.first();
    EXPECT_EQ(header.mid(0, 6), (QStringList{u"指標コード"_s, u"指標名"_s, u"地域"_s, u"項目"_s, u"単位"_s, u"値の由来"_s}));
    const qsizetype fy2015 = header.indexOf(u"平成27(2015)年度"_s);
    ASSERT_GT(fy2015, 5) << header.join(u',').toStdString();
    EXPECT_EQ(header.value(fy2015 + 1), u"平成28(2016)年度"_s); // every year between the first and the last
    const qsizetype sumYear = header.indexOf(formatFiscalYear(FiscalYear(year)));
    ASSERT_GT(sumYear, 5);

    // membership, the city: numerator, denominator and rate rows, the derived year marked.
    QList<QStringList> city;
    for (const QStringList &row : rows)
        if (row.at(0) == u"membership"_s && row.at(2) == csvCityName())
            city << row;
    ASSERT_EQ(city.size(), 3);
    EXPECT_TRUE(city[0].at(3).startsWith(u"分子"_s)) << city[0].at(3).toStdString();
    EXPECT_TRUE(city[1].at(3).startsWith(u"分母"_s)) << city[1].at(3).toStdString();
    EXPECT_EQ(city[2].at(3), u"実績"_s);
    EXPECT_EQ(city[2].at(4), u"%"_s);
    EXPECT_EQ(city[0].at(fy2015), u"442037"_s);
    EXPECT_EQ(city[1].at(fy2015), u"693203"_s);
    EXPECT_EQ(city[2].at(fy2015), u"63.8"_s);
    // The wards' sums: 100+200+… over 200+400+…, the rate 50 %.
    const qsizetype wards = doc.municipality.wards.size();
    EXPECT_EQ(city[0].at(sumYear), csvNumber(100.0 * double(wards * (wards + 1) / 2)));
    EXPECT_EQ(city[2].at(sumYear), u"50.0"_s);
    EXPECT_TRUE(city[0].at(5).contains(u"各区の合計"_s)) << city[0].at(5).toStdString();
    EXPECT_TRUE(city[0].at(5).contains(formatFiscalYear(FiscalYear(year)))) << city[0].at(5).toStdString();
    // The city row comes before the wards' rows of the indicator.
    const auto firstOf = [&rows](const QString &code, const QString &area) {
        for (qsizetype r = 0; r < rows.size(); ++r)
            if (rows[r].at(0) == code && rows[r].at(2) == area)
                return r;
        return qsizetype(-1);
    };
    EXPECT_LT(firstOf(u"membership"_s, csvCityName()), firstOf(u"membership"_s, doc.municipality.wards.first().name));

    // English: FY columns and English field names.
    const QList<QStringList> en = records(exportWith(doc, CsvTable::Observations, CsvHeaderLanguage::English, CsvLayout::Wide));
    EXPECT_EQ(en.first().mid(0, 6), csvWideColumns(CsvHeaderLanguage::English));
    EXPECT_TRUE(en.first().contains(u"FY2015"_s));
    EXPECT_TRUE(std::any_of(en.cbegin(), en.cend(), [](const QStringList &r) { return r.at(3) == u"rate"_s; }));

    // The import refuses it as the wide layout, in either language.
    for (const QByteArray &wide : {ja, exportWith(doc, CsvTable::Observations, CsvHeaderLanguage::English, CsvLayout::Wide)}) {
        auto p = plan(wide);
        ASSERT_FALSE(p);
        EXPECT_EQ(p.error().code, ErrorCode::CsvMissingColumn);
        EXPECT_EQ(p.error().detail, csvWideLayoutDetail());
        EXPECT_TRUE(errorMessage(p.error()).contains(u"wide layout"_s)) << errorMessage(p.error()).toStdString();
    }
}

TEST_F(CsvImport, EveryTableHasAJapaneseHeaderOfTheSameWidth)
{
    for (CsvTable t : {CsvTable::Indicators, CsvTable::Targets, CsvTable::Observations, CsvTable::Evaluations,
                       CsvTable::Audit, CsvTable::Surveys, CsvTable::Plan}) {
        const QStringList ja = csvColumns(t, CsvHeaderLanguage::Japanese);
        EXPECT_EQ(ja.size(), csvColumns(t).size()) << csvTableKey(t).toStdString();
        EXPECT_EQ(QSet<QString>(ja.cbegin(), ja.cend()).size(), ja.size()) << csvTableKey(t).toStdString();
        const QByteArray bytes = exportWith(doc, t, CsvHeaderLanguage::Japanese);
        EXPECT_TRUE(QString::fromUtf8(bytes).startsWith(ja.first())) << csvTableKey(t).toStdString();
    }
    // Targets in Japanese (比較 以上 …) import as they did in English.
    const QString targets = QString::fromUtf8(exportWith(doc, CsvTable::Targets, CsvHeaderLanguage::Japanese));
    EXPECT_TRUE(targets.contains(u",以上,"_s)) << targets.toStdString();
    QByteArray data = targets.toUtf8();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto p = planTargetImport(doc, &buffer, {});
    ASSERT_TRUE(p) << errorMessage(p.error()).toStdString();
    EXPECT_FALSE(p->hasErrors()) << csvFindingReason(doc, p->findings.value(0)).toStdString();
    EXPECT_TRUE(p->batch.isEmpty());

    // The plan in Japanese (種別, 基本政策番号 … 目標値(令和…年度)) is what import-plan reads: nothing to change.
    QByteArray planBytes = exportWith(doc, CsvTable::Plan, CsvHeaderLanguage::Japanese);
    const QString planText = QString::fromUtf8(planBytes);
    EXPECT_TRUE(planText.startsWith(u"種別,基本政策番号,基本政策,"_s)) << planText.left(200).toStdString();
    EXPECT_TRUE(planText.left(planText.indexOf(u"\r\n"_s)).contains(u",目標値("_s)) << planText.left(400).toStdString();
    QBuffer planBuffer(&planBytes);
    planBuffer.open(QIODevice::ReadOnly);
    auto plan = planImport(doc, &planBuffer, {});
    ASSERT_TRUE(plan) << errorMessage(plan.error()).toStdString();
    EXPECT_FALSE(plan->hasErrors());
    EXPECT_TRUE(plan->batch.isEmpty());
}
