// seika-cli export-csv and import-csv, run as a process on a copy of the sample.
#include "clitest.h"

#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using seika::cli::test::CliRun;

class CliCsvTest : public seika::cli::test::CliTest
{
protected:
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    CliRun importCsv(const QString &path, const QStringList &extra = {}) const
    {
        return onSample(QStringList{u"import-csv"_s, u"--table"_s, u"observations"_s, path} + extra);
    }

    /// The exported observations as text lines (without the byte order mark).
    QStringList observations() const
    {
        const QString out = m_dir.filePath(u"obs-now.csv"_s);
        QFile::remove(out);
        EXPECT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--encoding"_s, u"utf8"_s, u"--out"_s, out})
                      .exitCode,
                  0);
        QStringList lines = QString::fromUtf8(read(out)).split(u"\r\n"_s);
        lines.removeAll(QString());
        return lines;
    }

};

TEST_F(CliCsvTest, ExportsEveryTable)
{
    for (const QString &table : {u"indicators"_s, u"targets"_s, u"observations"_s, u"evaluations"_s, u"audit"_s}) {
        const QString out = m_dir.filePath(table + u".csv"_s);
        const CliRun r = onSample({u"export-csv"_s, u"--table"_s, table, u"--out"_s, out});
        ASSERT_EQ(r.exitCode, 0) << table.toStdString() << ": " << r.err.toStdString();
        const QByteArray bytes = read(out);
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << table.toStdString();
        EXPECT_TRUE(bytes.endsWith("\r\n")) << table.toStdString();
    }
    const QString text = QString::fromUtf8(read(m_dir.filePath(u"observations.csv"_s)));
    EXPECT_TRUE(text.contains(u"membership,町内会・自治会加入率,2015,平成27年度,市全体,442037,693203,,63.8,%"_s))
        << text.toStdString();

    // CP932: Japanese Windows' own encoding.
    const QString sjis = m_dir.filePath(u"obs-sjis.csv"_s);
    ASSERT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--encoding"_s, u"cp932"_s, u"--out"_s, sjis})
                  .exitCode,
              0);
    QStringEncoder enc("Shift_JIS");
    EXPECT_TRUE(read(sjis).contains(QByteArray(enc.encode(u"町内会・自治会加入率"_s))));
}

TEST_F(CliCsvTest, UnencodableCharactersAreListedAndNoFileIsWritten)
{
    ASSERT_EQ(onSample({u"set-value"_s, u"--indicator"_s, u"npo"_s, u"--year"_s, u"2018"_s, u"--value"_s, u"10"_s,
                        u"--note"_s, u"𠮷田さん確認"_s})
                  .exitCode,
              0);
    const QString out = m_dir.filePath(u"refused.csv"_s);
    const CliRun r = onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--encoding"_s, u"cp932"_s,
                               u"--out"_s, out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"column 13 (note)"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"𠮷"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    const CliRun replaced = onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--encoding"_s, u"cp932"_s,
                                      u"--replace"_s, u"〓"_s, u"--out"_s, out});
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    QStringEncoder enc("Shift_JIS");
    EXPECT_TRUE(read(out).contains(QByteArray(enc.encode(u"〓田さん確認"_s))));
}

TEST_F(CliCsvTest, UsageErrorsExitWith1)
{
    EXPECT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"nope"_s, u"--out"_s, u"x.csv"_s}).exitCode, 1);
    EXPECT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"audit"_s}).exitCode, 1);
    EXPECT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"audit"_s, u"--encoding"_s, u"latin1"_s, u"--out"_s, u"x"_s})
                  .exitCode,
              1);
    EXPECT_EQ(onSample({u"import-csv"_s, u"--table"_s, u"observations"_s}).exitCode, 1);
    EXPECT_EQ(onSample({u"import-csv"_s, u"x.csv"_s}).exitCode, 1);
    EXPECT_EQ(onSample({u"import-csv"_s, u"--table"_s, u"observations"_s, u"x.csv"_s, u"--bogus"_s}).exitCode, 1);
    EXPECT_EQ(importCsv(m_dir.filePath(u"missing.csv"_s)).exitCode, 2);
}

TEST_F(CliCsvTest, DryRunReportsFindingsAndChangesNothing)
{
    const QString path = file(u"findings.csv"_s, u"indicator,fiscal_year,area,value\r\n"
                                                 "npo,2018,,abc\r\n"
                                                 "participation,2017,,15\r\n"
                                                 "npo,2019,,12\r\n"_s.toUtf8());
    const QByteArray before = sha256(m_db);
    const CliRun r = importCsv(path, {u"--dry-run"_s});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"line 2, column value, value “abc”: error: “abc” is not a number."_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"line 3, column value, value “15”: warning: overwrites the existing figure: 14.7 → 15"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Dry run"_s));
    EXPECT_EQ(sha256(m_db), before);

    // A clean dry run exits 0 and still changes nothing.
    const QString good = file(u"good.csv"_s, "indicator,fiscal_year,value\r\nnpo,2019,12\r\n");
    EXPECT_EQ(importCsv(good, {u"--dry-run"_s}).exitCode, 0);
    EXPECT_EQ(sha256(m_db), before);
}

TEST_F(CliCsvTest, ErrorsApplyNothingUnlessValidRowsOnly)
{
    const QString path = file(u"mixed.csv"_s, u"indicator,fiscal_year,area,value\r\n"
                                              "npo,2018,,abc\r\n"
                                              "npo,2019,,12\r\n"
                                              "npo,2020,川崎区,3\r\n"_s.toUtf8());
    const QByteArray before = sha256(m_db);
    const QStringList rowsBefore = observations();
    const CliRun refused = importCsv(path);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"Nothing was imported"_s)) << refused.err.toStdString();
    EXPECT_EQ(sha256(m_db), before);
    EXPECT_FALSE(QFile::exists(m_db + u"-wal"_s));

    const CliRun applied = importCsv(path, {u"--valid-rows-only"_s});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(u"Imported 2 figures in one change (recorded in the audit trail)."_s))
        << applied.out.toStdString();
    const QStringList rows = observations();
    EXPECT_EQ(rows.size(), rowsBefore.size() + 2);
    EXPECT_TRUE(rows.join(u'\n').contains(u"npo,市内認定・条例指定NPO法人数,2019,令和元年度,市全体,,,12,12,団体"_s))
        << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows.join(u'\n').contains(u"npo,市内認定・条例指定NPO法人数,2020,令和2年度,川崎区,,,3,3,団体"_s));
    // One change, an import: its file, its hash, what it did; no entry for each figure it added.
    const CliRun audit = onSample({u"audit"_s, u"--indicator"_s, u"npo"_s});
    const QString import = audit.out.section(u'\n', 1, 1);
    EXPECT_TRUE(import.contains(u"  Import “import-csv” "_s + QFileInfo(path).fileName() + u" (utf8, 3 rows, SHA-256 "_s
                                + QString::fromLatin1(sha256(path).toHex()) + u"): 2 added, 0 changed, 0 removed"_s))
        << audit.out.toStdString();
    EXPECT_EQ(audit.out.count(u"  set  "_s), 0) << audit.out.toStdString();
}

TEST_F(CliCsvTest, BadFilesNeverChangeTheDocument)
{
    const QByteArray before = sha256(m_db);
    QByteArray binary("indicator,fiscal_year,value\r\nnpo,2018,1\r\n");
    binary.append('\0');
    const QList<std::pair<QByteArray, QString>> cases = {
        {QByteArray(), u"empty"_s},
        {"indicator,fiscal_year,value\r\n", u"no data rows"_s},
        {binary, u"binary"_s},
        {"indicator,fiscal_year,value\r\nnpo,2018,\"1\r\n", u"never closed"_s},
        {"indicator,fiscal_year,value\r\nnpo,2018\r\n", u"2 fields"_s},
        {u"indicator,fiscal_year,value\r\nnpo,2018,川"_s.toUtf8().chopped(1), u"cut off"_s},
    };
    int n = 0;
    for (const auto &[bytes, expected] : cases) {
        const QString path = file(u"bad%1.csv"_s.arg(++n), bytes);
        const CliRun r = importCsv(path);
        EXPECT_EQ(r.exitCode, 2) << expected.toStdString();
        EXPECT_TRUE(QString(r.err + r.out).contains(expected)) << expected.toStdString() << ": " << r.err.toStdString()
                                                        << r.out.toStdString();
        EXPECT_EQ(sha256(m_db), before) << expected.toStdString();
    }
}

TEST_F(CliCsvTest, AnExcelLikeFileImports)
{
    // What Excel's "CSV UTF-8" writes: a byte order mark, CRLF, quoted Japanese with commas and line breaks.
    const QByteArray bytes = "\xEF\xBB\xBF" + u"指標,年度,地域,分子,分母,値,備考\r\n"
                                               "\"町内会・自治会加入率\",\"令和元年度\",\"幸区\",\"51,234\",\"80,000\",,\"速報値、\r\n要確認\"\r\n"
                                               "npo,R2,,,,\"１５団体\",\r\n"_s.toUtf8();
    const QString path = file(u"excel.csv"_s, bytes);
    const CliRun r = importCsv(path);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    const QString rows = observations().join(u'\n');
    EXPECT_TRUE(rows.contains(u"membership,町内会・自治会加入率,2019,令和元年度,幸区,51234,80000,,64.0,%,世帯,,\"速報値、\r\n要確認\""_s)
                || rows.contains(u"membership,町内会・自治会加入率,2019,令和元年度,幸区,51234,80000,,64.0,%,世帯,,\"速報値、"_s))
        << rows.toStdString();
    EXPECT_TRUE(rows.contains(u"npo,市内認定・条例指定NPO法人数,2020,令和2年度,市全体,,,15,15,団体"_s)) << rows.toStdString();

    // The same in CP932 (Excel's plain "CSV"), detected without --encoding.
    QStringEncoder enc("Shift_JIS");
    const QString sjis = file(u"excel-sjis.csv"_s,
                              QByteArray(enc.encode(u"指標,年度,値\r\nnpo,令和3年度,16\r\n"_s)));
    const CliRun s = importCsv(sjis);
    ASSERT_EQ(s.exitCode, 0) << s.err.toStdString() << s.out.toStdString();
    EXPECT_TRUE(s.out.contains(u"cp932"_s)) << s.out.toStdString();
}

TEST_F(CliCsvTest, TargetsImportAfterADryRun)
{
    const QString path = file(u"targets.csv"_s, "indicator,fiscal_year,target,comparator\r\nnpo,2029,30,at_least\r\n");
    const QByteArray before = sha256(m_db);
    const CliRun dry = onSample({u"import-csv"_s, u"--table"_s, u"targets"_s, path, u"--dry-run"_s});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(sha256(m_db), before);
    const CliRun r = onSample({u"import-csv"_s, u"--table"_s, u"targets"_s, path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Updated the targets of 1 indicator in one change"_s)) << r.out.toStdString();
    const QString out = m_dir.filePath(u"targets-out.csv"_s);
    ASSERT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"targets"_s, u"--out"_s, out}).exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(read(out)).contains(u"npo,市内認定・条例指定NPO法人数,2029,令和11年度,30,at_least,団体"_s))
        << QString::fromUtf8(read(out)).toStdString();
}

TEST_F(CliCsvTest, ExportThenImportChangesNothing)
{
    for (const QString &encoding : {u"utf8-bom"_s, u"utf8"_s, u"cp932"_s}) {
        const QString out = m_dir.filePath(u"rt-"_s + encoding + u".csv"_s);
        ASSERT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--encoding"_s, encoding, u"--out"_s, out})
                      .exitCode,
                  0);
        const QByteArray before = sha256(m_db);
        const CliRun r = importCsv(out);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(u"Nothing to change"_s)) << r.out.toStdString();
        EXPECT_EQ(sha256(m_db), before);
    }
}

} // namespace

namespace {

class CliCsvLayoutTest : public CliCsvTest
{
protected:
    /// Enters FY2018 of 町内会・自治会加入率 for all seven wards, in a shuffled order, with npo and participation
    /// figures between them: the city figure of 2018 is then the sum of the wards.
    void enterShuffled()
    {
        const QString path = file(u"shuffled.csv"_s, u"indicator,fiscal_year,area,numerator,denominator,value\r\n"
                                                      "membership,2018,多摩区,60000,100000,\r\n"
                                                      "npo,2018,,,,11\r\n"
                                                      "membership,2018,川崎区,55000,110000,\r\n"
                                                      "membership,2018,麻生区,48000,70000,\r\n"
                                                      "participation,2016,,,,18.2\r\n"
                                                      "membership,2018,中原区,70000,130000,\r\n"
                                                      "membership,2018,幸区,40000,75000,\r\n"
                                                      "membership,2018,宮前区,66000,100000,\r\n"
                                                      "membership,2018,高津区,57100,65200,\r\n"_s.toUtf8());
        const CliRun r = importCsv(path);
        ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    }

    /// export-csv --table observations with extra options in lang; the file's text without a byte order mark.
    QString exportObservations(const QStringList &extra, const QString &lang, CliRun *run = nullptr) const
    {
        const QString out = m_dir.filePath(u"export.csv"_s);
        QFile::remove(out);
        const CliRun r = onSample(QStringList{u"export-csv"_s, u"--table"_s, u"observations"_s, u"--out"_s, out} + extra,
                                  lang);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        if (run)
            *run = r;
        QString text = QString::fromUtf8(read(out));
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return text;
    }
};

TEST_F(CliCsvLayoutTest, TheHeaderRowFollowsTheLanguageUnlessHeadersSaysOtherwise)
{
    const QString japanese = u"指標コード,指標名,年度,年度（和暦）,地域,分子,分母,値,実績,単位,分子の単位,基準日,備考,値の由来\r\n"_s;
    const QString english = u"indicator,indicator_name,fiscal_year,fiscal_year_label,area,numerator,denominator,value,"
                            "rate,unit,numerator_unit,as_of,note,figure_source\r\n"_s;
    CliRun r;
    EXPECT_TRUE(exportObservations({}, u"en"_s, &r).startsWith(english));
    EXPECT_TRUE(r.out.contains(u"(utf8-bom, en headers)"_s)) << r.out.toStdString();
    EXPECT_TRUE(exportObservations({}, u"ja"_s).startsWith(japanese));
    EXPECT_TRUE(exportObservations({}, QString()).startsWith(japanese)); // the UI language: Japanese by default
    EXPECT_TRUE(exportObservations({u"--headers"_s, u"en"_s}, u"ja"_s).startsWith(english));
    const QString ja = exportObservations({u"--headers"_s, u"ja"_s}, u"en"_s);
    ASSERT_TRUE(ja.startsWith(japanese));
    EXPECT_TRUE(ja.contains(u",入力\r\n"_s));

    // Either imports back: nothing to change.
    for (const QString &headers : {u"ja"_s, u"en"_s}) {
        const QString path = m_dir.filePath(u"back-"_s + headers + u".csv"_s);
        ASSERT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--headers"_s, headers, u"--out"_s, path})
                      .exitCode,
                  0);
        const CliRun back = importCsv(path);
        EXPECT_EQ(back.exitCode, 0) << back.err.toStdString();
        EXPECT_TRUE(back.out.contains(u"Nothing to change"_s)) << back.out.toStdString();
    }
}

TEST_F(CliCsvLayoutTest, RowsAreSortedByIndicatorYearAndAreaWithTheWardSumInTheCitysPlace)
{
    enterShuffled();
    QStringList lines = exportObservations({u"--encoding"_s, u"utf8"_s}, u"en"_s).split(u"\r\n"_s);
    lines.removeAll(QString());
    QStringList keys;
    for (qsizetype k = 1; k < lines.size(); ++k) {
        const QStringList cells = lines[k].split(u',');
        keys << cells[0] + u' ' + cells[2] + u' ' + cells[4];
    }
    // The plan's order: participation (①), membership (②), npo (③); then years; then the city and the wards in
    // the municipality's order, whatever order they were entered in.
    const QStringList expected{u"participation 2015 市全体"_s, u"participation 2016 市全体"_s,
                               u"participation 2017 市全体"_s, u"membership 2015 市全体"_s,
                               u"membership 2017 市全体"_s,    u"membership 2018 市全体"_s,
                               u"membership 2018 川崎区"_s,    u"membership 2018 幸区"_s,
                               u"membership 2018 中原区"_s,    u"membership 2018 高津区"_s,
                               u"membership 2018 宮前区"_s,    u"membership 2018 多摩区"_s,
                               u"membership 2018 麻生区"_s,    u"npo 2014 市全体"_s,
                               u"npo 2015 市全体"_s,           u"npo 2017 市全体"_s,
                               u"npo 2018 市全体"_s};
    EXPECT_EQ(keys, expected);
    const qsizetype city2018 = keys.indexOf(u"membership 2018 市全体"_s) + 1;
    EXPECT_TRUE(lines[city2018].endsWith(u",sum_of_wards"_s)) << lines[city2018].toStdString();
}

TEST_F(CliCsvLayoutTest, TheWideLayoutHasAColumnPerYearAndIsRefusedByTheImport)
{
    enterShuffled();
    CliRun r;
    const QString text = exportObservations({u"--layout"_s, u"wide"_s, u"--headers"_s, u"ja"_s}, u"en"_s, &r);
    EXPECT_TRUE(r.out.contains(u"wide layout"_s)) << r.out.toStdString();
    QStringList lines = text.split(u"\r\n"_s);
    lines.removeAll(QString());
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], u"指標コード,指標名,地域,項目,単位,値の由来,平成26(2014)年度,平成27(2015)年度,平成28(2016)年度,"
                        "平成29(2017)年度,平成30(2018)年度"_s);
    // participation: one row; membership: the city and seven wards, three rows each; npo: one row.
    EXPECT_EQ(lines.size(), 1 + 1 + 8 * 3 + 1);
    EXPECT_TRUE(lines[1].startsWith(u"participation,"_s)) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(u",入力,,19.8,18.2,14.7,"_s)) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(u"membership,町内会・自治会加入率,市全体,分子"_s)) << lines[2].toStdString();
    // 2018 of the city is the wards' sum: 396,100 / 650,200 = 60.9 %, marked.
    EXPECT_TRUE(lines[2].endsWith(u",442037,,,396100"_s)) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].endsWith(u",693203,,,650200"_s)) << lines[3].toStdString();
    EXPECT_TRUE(lines[4].contains(u",実績,%,入力、各区の合計：平成30(2018)年度,,63.8,,62.1,60.9"_s))
        << lines[4].toStdString();
    EXPECT_TRUE(lines[5].startsWith(u"membership,町内会・自治会加入率,川崎区,分子"_s)) << lines[5].toStdString();
    EXPECT_TRUE(lines.last().startsWith(u"npo,"_s)) << lines.last().toStdString();

    const QString path = m_dir.filePath(u"wide.csv"_s);
    ASSERT_TRUE(QFile::copy(m_dir.filePath(u"export.csv"_s), path));
    const CliRun refused = importCsv(path);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(path)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"wide layout"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"Nothing was imported"_s)) << refused.err.toStdString();

    // English: FY columns.
    const QString en = exportObservations({u"--layout"_s, u"wide"_s}, u"en"_s);
    EXPECT_TRUE(en.startsWith(u"indicator,indicator_name,area,field,unit,figure_source,FY2014,FY2015,"_s)) << en.left(120).toStdString();
}

TEST_F(CliCsvLayoutTest, UnknownHeadersOrLayoutsAreUsageErrors)
{
    const QString out = m_dir.filePath(u"x.csv"_s);
    EXPECT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--headers"_s, u"fr"_s, u"--out"_s, out})
                  .exitCode,
              1);
    EXPECT_EQ(onSample({u"export-csv"_s, u"--table"_s, u"observations"_s, u"--layout"_s, u"tall"_s, u"--out"_s, out})
                  .exitCode,
              1);
    const CliRun targets =
        onSample({u"export-csv"_s, u"--table"_s, u"targets"_s, u"--layout"_s, u"wide"_s, u"--out"_s, out});
    EXPECT_EQ(targets.exitCode, 1);
    EXPECT_TRUE(targets.err.contains(u"observations"_s)) << targets.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace
