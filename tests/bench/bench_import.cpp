// Input for the import benchmark (tests/bench/import.sh): writes
//   - a Seika JSON exchange document with one measure of ratio indicators (unit %, numerator unit 世帯),
//     the seven wards of Kawasaki and YEARS fiscal years ending with FY2025, and no observations;
//   - a UTF-8 CSV (with BOM) of ROWS observations for it, with the Japanese headers
//     指標,年度,地域,分子,分母,値,備考: one row per indicator × year × area (the city first, its area cell
//     empty, then the wards), numerator and denominator given, value and note empty.
//   seika_bench_import JSON CSV [ROWS] [YEARS]      (defaults 1,000,000 and 100: 1,250 indicators)
// ROWS must be a multiple of YEARS × 8 (the city and seven wards); the number of indicators follows.
// The series move slowly and the city's counts are the sums of the wards' counts, so that importing the
// CSV into the document gives no error and no warning: each ward's households grow by at most 0.5 % of
// their first year's number a year, and its rate drifts between about 52 % and 68 % (at most about 2
// percentage points a year), far inside the outlier band of ±20 %. Not a test: nothing is timed here.
#include "core/io/jsonexchange.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

using namespace seika::core;

namespace {

constexpr int LastYear = 2025;
constexpr int AreasPerYear = 8; // the city and seven wards

/// A fixed pseudo-random number in [0, 1) for the given key (splitmix64), so that every run writes the
/// same files.
double unit(quint64 key)
{
    quint64 z = key + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 53);
}

quint64 key(qint64 indicator, int ward, int year, int salt)
{
    return (quint64(indicator) << 32) ^ (quint64(ward) << 24) ^ (quint64(year) << 4) ^ quint64(salt);
}

/// The document: one basic policy, policy and measure holding every indicator; no observations.
DocumentData generateDocument(qint64 indicators, int years)
{
    DocumentData doc = emptyDocument();
    doc.title = QStringLiteral("川崎市 取り込みベンチマーク");
    doc.firstYear = FiscalYear(LastYear - years + 1);
    doc.lastYear = FiscalYear(LastYear);
    doc.municipality.name = QStringLiteral("川崎市");
    const QStringList wards{QStringLiteral("川崎区"), QStringLiteral("幸区"),   QStringLiteral("中原区"),
                            QStringLiteral("高津区"), QStringLiteral("宮前区"), QStringLiteral("多摩区"),
                            QStringLiteral("麻生区")};
    for (int w = 0; w < wards.size(); ++w)
        doc.municipality.wards.append(Area{AreaId(w + 1), wards.at(w), w}); // sort order = position, as JSON reads it
    doc.basicPolicies = {BasicPolicy{BasicPolicyId(1), QStringLiteral("基本政策Ⅰ 地域で支え合うまちづくり")}};
    doc.policies = {Policy{PolicyId(1), BasicPolicyId(1), QStringLiteral("政策1-1 地域コミュニティの活性化")}};
    Measure m;
    m.id = MeasureId(1);
    m.policy = PolicyId(1);
    m.title = QStringLiteral("町内会・自治会活動の支援");
    doc.measures = {m};
    const int width = std::max(4, int(QString::number(indicators).size()));
    doc.indicators.reserve(indicators);
    for (qint64 i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.id = IndicatorId(i + 1);
        ind.measure = MeasureId(1);
        ind.number = int(i + 1);
        ind.code = QStringLiteral("r%1").arg(i + 1, width, 10, QLatin1Char('0'));
        ind.name = QStringLiteral("町内会・自治会加入率（第%1地域活動）").arg(i + 1);
        ind.kind = IndicatorKind::Ratio;
        ind.unit = QStringLiteral("%");
        ind.decimals = 1;
        ind.numeratorLabel = QStringLiteral("加入世帯数");
        ind.denominatorLabel = QStringLiteral("総世帯数");
        ind.numeratorUnit = QStringLiteral("世帯");
        doc.indicators.append(ind);
    }
    return doc;
}

/// The counts of one ward of one indicator in year t (0 = the first year): households from 60,000 to
/// 80,000 in the first year, growing linearly by 0.1–0.5 % of that a year (at most 120,000 after 100
/// years), with ±0.2 % noise; a rate of 60 % ± 7 % on a wave of 30 to 80 years, with ±0.3 points of noise.
std::pair<qint64, qint64> wardCounts(qint64 indicator, int ward, int t)
{
    const double base = 60000 + 20000 * unit(key(indicator, ward, 0, 1));
    const double growth = 0.001 + 0.004 * unit(key(indicator, ward, 0, 2));
    const double households = base * (1 + growth * t) * (1 + 0.004 * (unit(key(indicator, ward, t, 3)) - 0.5));
    const double period = 30 + 50 * unit(key(indicator, ward, 0, 4));
    const double phase = 2 * std::numbers::pi * unit(key(indicator, ward, 0, 5));
    const double rate = 0.60 + 0.07 * std::sin(2 * std::numbers::pi * t / period + phase)
                        + 0.006 * (unit(key(indicator, ward, t, 6)) - 0.5);
    const qint64 denominator = std::llround(households);
    return {std::llround(rate * double(denominator)), denominator};
}

/// Writes the observations in indicator × year × area order; false on a write error.
bool writeCsv(const QString &path, const DocumentData &doc)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out;
    constexpr qsizetype Chunk = 1 << 20;
    out.reserve(Chunk + 4096);
    out += "\xEF\xBB\xBF";
    out += QStringLiteral("指標,年度,地域,分子,分母,値,備考\n").toUtf8();
    QList<QByteArray> wardNames;
    for (const Area &a : doc.municipality.wards)
        wardNames.append(a.name.toUtf8());
    const int years = doc.lastYear.year() - doc.firstYear.year() + 1;
    for (qsizetype i = 0; i < doc.indicators.size(); ++i) {
        const QByteArray code = doc.indicators.at(i).code.toLatin1();
        for (int t = 0; t < years; ++t) {
            const QByteArray year = QByteArray::number(doc.firstYear.year() + t);
            QList<std::pair<qint64, qint64>> wards;
            qint64 cityNumerator = 0;
            qint64 cityDenominator = 0;
            for (int w = 0; w < wardNames.size(); ++w) {
                wards.append(wardCounts(i, w, t));
                cityNumerator += wards.last().first;
                cityDenominator += wards.last().second;
            }
            // The city's row has an empty area cell; its counts are the wards' sums.
            out += code + ',' + year + ",," + QByteArray::number(cityNumerator) + ','
                   + QByteArray::number(cityDenominator) + ",,\n";
            for (int w = 0; w < wardNames.size(); ++w) {
                out += code + ',' + year + ',' + wardNames.at(w) + ',' + QByteArray::number(wards.at(w).first) + ','
                       + QByteArray::number(wards.at(w).second) + ",,\n";
            }
            if (out.size() >= Chunk) {
                if (file.write(out) != out.size())
                    return false;
                out.clear();
            }
        }
    }
    if (file.write(out) != out.size())
        return false;
    return file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args.size() > 5) {
        std::fprintf(stderr, "usage: seika_bench_import JSON CSV [ROWS] [YEARS]\n");
        return 2;
    }
    const qint64 rows = args.size() > 3 ? args.at(3).toLongLong() : 1000000;
    const int years = args.size() > 4 ? args.at(4).toInt() : 100;
    const qint64 perIndicator = qint64(years) * AreasPerYear;
    if (years < 1 || years > LastYear - 1926 + 1 || rows < perIndicator || rows % perIndicator != 0) {
        std::fprintf(stderr, "seika_bench_import: ROWS must be a positive multiple of YEARS × 8, YEARS 1–%d\n",
                     LastYear - 1926 + 1);
        return 2;
    }
    const DocumentData doc = generateDocument(rows / perIndicator, years);
    if (auto v = doc.validate(); !v) {
        std::fprintf(stderr, "seika_bench_import: invalid document: %s\n", qPrintable(errorMessage(v.error())));
        return 1;
    }
    if (auto w = writeJsonFile(args.at(1), doc); !w) {
        std::fprintf(stderr, "seika_bench_import: %s\n", qPrintable(errorMessage(w.error())));
        return 1;
    }
    if (!writeCsv(args.at(2), doc)) {
        std::fprintf(stderr, "seika_bench_import: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    std::printf("%lld rows: %lld indicators × %d years (%d–%d) × %d areas (the city and %lld wards)\n",
                static_cast<long long>(rows), static_cast<long long>(doc.indicators.size()), years,
                doc.firstYear.year(), doc.lastYear.year(), AreasPerYear,
                static_cast<long long>(doc.municipality.wards.size()));
    return 0;
}
