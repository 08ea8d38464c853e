// Input for the plan benchmarks (tests/bench/plan.sh): writes a Seika JSON exchange document shaped like the
// largest city's plan —
//   7 basic policies, 30 policies, 120 measures × 4 indicators = 480 indicators, the city and 18 wards,
//   30 fiscal years (FY1996–FY2025): 480 × 19 × 30 = 273,600 figures —
// with the codes (1, 1-1, 1-1-1), a direct goal, programmes and a short narrative per measure (背景, 取組,
// 成果 per indicator, 今後の取組), baselines (FY2015) and milestone targets (FY2021, FY2025), and the
// verdict of every measure for FY2016–FY2025 (the suggested grade, now and then another one with a reason).
//   seika_bench_plan JSON [MEASURES_PER_POLICY [WARDS [YEARS]]]     (defaults 4, 18, 30)
// The indicators cycle through the four kinds: a ratio with counts (加入世帯数 / 総世帯数; the city's counts
// are the wards' sums), a survey share in %, a count (団体) and a value where lower is better (件). Each
// series moves on its own slope around its baseline, so that the suggested grades of a year spread over
// A–D. Fixed pseudo-random numbers: every run writes the same file. Not a test: nothing is timed here.
#include "core/evaluation/evaluator.h"
#include "core/io/jsonexchange.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

using namespace seika::core;

namespace {

constexpr int LastYear = 2025;
constexpr int BaselineYear = 2015;
constexpr int PoliciesPerBasic[] = {5, 4, 4, 4, 5, 4, 4}; // 30 policies under 7 basic policies

/// A fixed pseudo-random number in [0, 1) for the given key (splitmix64).
double unit(quint64 key)
{
    quint64 z = key + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 53);
}

quint64 key(qint64 indicator, int area, int year, int salt)
{
    return (quint64(indicator) << 32) ^ (quint64(area) << 24) ^ (quint64(year) << 4) ^ quint64(salt);
}

const QStringList &themes()
{
    static const QStringList t = {QStringLiteral("地域コミュニティ"), QStringLiteral("子育て支援"),
                                  QStringLiteral("高齢者福祉"),       QStringLiteral("防災・減災"),
                                  QStringLiteral("環境保全"),         QStringLiteral("産業振興"),
                                  QStringLiteral("交通基盤"),         QStringLiteral("生涯学習"),
                                  QStringLiteral("健康づくり"),       QStringLiteral("文化・スポーツ")};
    return t;
}

QString narrativeBody(const QString &theme, int lines, quint64 seed)
{
    QStringList out;
    for (int i = 0; i < lines; ++i) {
        const int variant = int(unit(seed + quint64(i)) * 3);
        if (variant == 0)
            out << QStringLiteral("- %1に関する取組を関係局区と連携して推進し、市民の参加機会を拡大しました。").arg(theme);
        else if (variant == 1)
            out << QStringLiteral("%1を取り巻く状況は、人口構成の変化や市民ニーズの多様化により大きく変化しており、"
                                  "地域の実情に応じたきめ細かな対応が求められています。")
                       .arg(theme);
        else
            out << QStringLiteral("- 事業の実施状況を検証し、効果的・効率的な%1の推進に向けて手法の見直しを行いました。").arg(theme);
    }
    return out.join(QLatin1Char('\n'));
}

/// One area's figures of an indicator: the series rises or falls from its baseline level on the indicator's
/// slope, the wards spread around the city.
struct Series
{
    double level = 0;  ///< the city's value in the baseline year
    double slope = 0;  ///< relative change a year
    double wardSpread = 0;
};

double valueAt(const Series &s, qint64 indicator, int area, int year)
{
    const double t = year - BaselineYear;
    const double areaFactor = area == 0 ? 1.0 : 1.0 + s.wardSpread * (unit(key(indicator, area, 0, 7)) - 0.5);
    const double noise = 1.0 + 0.004 * (unit(key(indicator, area, year, 8)) - 0.5);
    return std::max(0.0, s.level * (1.0 + s.slope * t) * areaFactor * noise);
}

DocumentData generate(int measuresPerPolicy, int wards, int years)
{
    DocumentData d = emptyDocument();
    d.title = QStringLiteral("大都市 総合計画 施策評価（ベンチマーク）");
    d.reportFooter = QStringLiteral("大都市 総務企画局 企画調整課");
    d.municipality.name = QStringLiteral("大都市");
    d.firstYear = FiscalYear(LastYear - years + 1);
    d.lastYear = FiscalYear(LastYear);
    for (int w = 1; w <= wards; ++w)
        d.municipality.wards.append(Area{AreaId(w), QStringLiteral("第%1区").arg(w), w - 1});

    qint64 nextId = 1000;
    int indicatorSerial = 0;
    int measureSerial = 0;
    for (int b = 0; b < int(std::size(PoliciesPerBasic)); ++b) {
        const QString basicCode = QString::number(b + 1);
        BasicPolicy basic{BasicPolicyId(++nextId),
                          QStringLiteral("%1を支えるまちづくり").arg(themes().at(b % themes().size())), basicCode};
        d.basicPolicies.append(basic);
        for (int p = 0; p < PoliciesPerBasic[b]; ++p) {
            const QString policyCode = basicCode + QLatin1Char('-') + QString::number(p + 1);
            const QString policyTheme = themes().at((b + p) % themes().size());
            Policy policy{PolicyId(++nextId), basic.id, QStringLiteral("%1の充実を図る").arg(policyTheme), policyCode};
            d.policies.append(policy);
            for (int m = 0; m < measuresPerPolicy; ++m) {
                ++measureSerial;
                const QString theme = themes().at((b + p + m) % themes().size());
                Measure measure;
                measure.id = MeasureId(++nextId);
                measure.policy = policy.id;
                measure.code = policyCode + QLatin1Char('-') + QString::number(m + 1);
                measure.title = QStringLiteral("%1の推進（第%2施策）").arg(theme).arg(measureSerial);
                measure.directGoal = QStringLiteral("市民が%1の成果を実感できるまちをつくる").arg(theme);
                for (int g = 1; g <= 3 + measureSerial % 3; ++g)
                    measure.programmes << QStringLiteral("%1推進事業%2").arg(theme).arg(g);
                const quint64 seed = quint64(measureSerial) * 1000;
                measure.narrative.append(NarrativeSection{QStringLiteral("background"), QStringLiteral("現状と課題"),
                                                          narrativeBody(theme, 4, seed), std::nullopt, {}});
                measure.narrative.append(NarrativeSection{QStringLiteral("initiatives"),
                                                          QStringLiteral("主な取組と成果"),
                                                          narrativeBody(theme, 5, seed + 100), std::nullopt, {}});
                d.measures.append(measure);

                for (int n = 1; n <= 4; ++n) {
                    ++indicatorSerial;
                    Indicator ind;
                    ind.id = IndicatorId(++nextId);
                    ind.measure = measure.id;
                    ind.number = n;
                    ind.code = QStringLiteral("i%1").arg(indicatorSerial, 4, 10, QLatin1Char('0'));
                    ind.source = QStringLiteral("市調べ");
                    ind.method = QStringLiteral("各年度末時点の実績値");
                    ind.rationale = QStringLiteral("%1の進み具合を示す指標として設定").arg(theme);
                    ind.targetRationale = QStringLiteral("過去の推移を踏まえて設定");
                    switch (n) {
                    case 1:
                        ind.kind = IndicatorKind::Ratio;
                        ind.name = QStringLiteral("%1への参加率").arg(theme);
                        ind.unit = QStringLiteral("%");
                        ind.decimals = 1;
                        ind.numeratorLabel = QStringLiteral("参加世帯数");
                        ind.denominatorLabel = QStringLiteral("総世帯数");
                        ind.numeratorUnit = QStringLiteral("世帯");
                        break;
                    case 2:
                        ind.kind = IndicatorKind::SurveyShare;
                        ind.name = QStringLiteral("%1に満足している市民の割合").arg(theme);
                        ind.unit = QStringLiteral("%");
                        ind.decimals = 1;
                        ind.source = QStringLiteral("市民アンケート");
                        break;
                    case 3:
                        ind.kind = IndicatorKind::Count;
                        ind.name = QStringLiteral("%1に取り組む団体数").arg(theme);
                        ind.unit = QStringLiteral("団体");
                        ind.decimals = 0;
                        break;
                    default:
                        ind.kind = IndicatorKind::Value;
                        ind.name = QStringLiteral("%1に関する苦情件数").arg(theme);
                        ind.unit = QStringLiteral("件");
                        ind.decimals = 0;
                        ind.better = BetterDirection::Lower;
                        break;
                    }
                    // Slopes from −2 % to +4 % a year (turned for "lower is better"), targets +1 % a year
                    // from the baseline in the better direction: the grades of a year spread over A–D.
                    Series s;
                    s.level = n == 1 ? 55.0 : n == 2 ? 40.0 : n == 3 ? 120.0 : 800.0;
                    s.level *= 0.8 + 0.4 * unit(key(indicatorSerial, 0, 0, 1));
                    s.slope = -0.02 + 0.06 * unit(key(indicatorSerial, 0, 0, 2));
                    if (ind.better == BetterDirection::Lower)
                        s.slope = -s.slope;
                    s.wardSpread = 0.3;
                    const double sign = ind.better == BetterDirection::Higher ? 1.0 : -1.0;
                    ind.baselines = {Baseline{FiscalYear(BaselineYear), std::nullopt, true, {}}};
                    for (int targetYear : {2021, 2025}) {
                        double target = s.level * (1.0 + sign * 0.01 * (targetYear - BaselineYear));
                        if (ind.kind == IndicatorKind::Ratio || ind.kind == IndicatorKind::SurveyShare)
                            target = std::min(99.0, std::round(target));
                        else
                            target = std::round(target);
                        ind.targets.append(Target{FiscalYear(targetYear), target,
                                                  sign > 0 ? Comparator::AtLeast : Comparator::AtMost});
                    }
                    d.indicators.append(ind);

                    NarrativeSection result{QStringLiteral("results"), QString(),
                                            QStringLiteral("%1は、取組の成果により推移しています。引き続き目標の達成に向けて取り組みます。")
                                                .arg(ind.name),
                                            std::nullopt, ind.code};
                    d.measures.last().narrative.append(result);

                    for (int y = d.firstYear.year(); y <= d.lastYear.year(); ++y) {
                        if (ind.kind == IndicatorKind::Ratio) {
                            // The wards' counts; the city's are their sums.
                            double cityNumerator = 0;
                            double cityDenominator = 0;
                            QList<Observation> wardRows;
                            for (int w = 1; w <= wards; ++w) {
                                const double households =
                                    std::round(40000 + 30000 * unit(key(indicatorSerial, w, 0, 3))
                                               + 200.0 * (y - d.firstYear.year()));
                                const double rate = std::min(0.99, valueAt(s, indicatorSerial, w, y) / 100.0);
                                Observation o;
                                o.indicatorCode = ind.code;
                                o.year = FiscalYear(y);
                                o.area = AreaId(w);
                                o.denominator = households;
                                o.numerator = std::round(households * rate);
                                cityNumerator += *o.numerator;
                                cityDenominator += households;
                                wardRows.append(o);
                            }
                            Observation city;
                            city.indicatorCode = ind.code;
                            city.year = FiscalYear(y);
                            city.numerator = cityNumerator;
                            city.denominator = cityDenominator;
                            d.observations.append(city);
                            d.observations.append(wardRows);
                        } else {
                            for (int a = 0; a <= wards; ++a) {
                                Observation o;
                                o.indicatorCode = ind.code;
                                o.year = FiscalYear(y);
                                o.area = AreaId(a);
                                double v = valueAt(s, indicatorSerial, a, y);
                                if (ind.unit == QLatin1String("%"))
                                    v = std::min(100.0, std::round(v * 10) / 10);
                                else
                                    v = std::round(a == 0 ? v : v / wards);
                                o.value = v;
                                d.observations.append(o);
                            }
                        }
                    }
                }
                d.measures.last().narrative.append(NarrativeSection{
                    QStringLiteral("future"), QStringLiteral("今後の取組"), narrativeBody(theme, 3, seed + 200),
                    std::nullopt, {}});
            }
        }
    }

    // The verdict of every measure for the last ten years: the suggested grade, and for one measure in
    // seven the grade next to it, with its reason; the direction follows the grade.
    const Evaluator evaluator(d);
    static const QStringList directions = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                           QStringLiteral("IV")};
    for (int y = LastYear - 9; y <= LastYear; ++y) {
        for (const Measure &m : d.measures) {
            const GradeSuggestion s = evaluator.suggest(m.id, FiscalYear(y));
            if (s.grade.isEmpty())
                continue;
            EvaluationRecord e;
            e.measure = m.id;
            e.year = FiscalYear(y);
            e.grade = s.grade;
            if ((m.id.value() + y) % 7 == 0) {
                e.grade = s.grade == QLatin1String("A") ? QStringLiteral("B") : QStringLiteral("A");
                e.gradeReasons = {QStringLiteral("指標に表れない成果を踏まえて評価した")};
            }
            e.direction = directions.at(std::clamp(int(e.grade.at(0).unicode() - u'A'), 0, 3));
            e.directionReasons = {QStringLiteral("施策の成果と課題を踏まえて判断した")};
            d.evaluations.append(e);
        }
    }
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 5) {
        std::fprintf(stderr, "usage: seika_bench_plan JSON [MEASURES_PER_POLICY [WARDS [YEARS]]]\n");
        return 2;
    }
    const int perPolicy = args.size() > 2 ? args.at(2).toInt() : 4;
    const int wards = args.size() > 3 ? args.at(3).toInt() : 18;
    const int years = args.size() > 4 ? args.at(4).toInt() : 30;
    if (perPolicy < 1 || wards < 0 || years < 11 || years > LastYear - 1926 + 1) {
        std::fprintf(stderr, "seika_bench_plan: MEASURES_PER_POLICY ≥ 1, WARDS ≥ 0, YEARS 11–%d\n", LastYear - 1926 + 1);
        return 2;
    }
    const DocumentData doc = generate(perPolicy, wards, years);
    if (auto v = doc.validate(); !v) {
        std::fprintf(stderr, "seika_bench_plan: invalid document: %s\n", qPrintable(errorMessage(v.error())));
        return 1;
    }
    if (auto w = writeJsonFile(args.at(1), doc); !w) {
        std::fprintf(stderr, "seika_bench_plan: %s\n", qPrintable(errorMessage(w.error())));
        return 1;
    }
    std::printf("%lld basic policies, %lld policies, %lld measures, %lld indicators, %d areas, %d years "
                "(%d–%d): %lld figures, %lld verdicts\n",
                static_cast<long long>(doc.basicPolicies.size()), static_cast<long long>(doc.policies.size()),
                static_cast<long long>(doc.measures.size()), static_cast<long long>(doc.indicators.size()), wards + 1,
                years, doc.firstYear.year(), doc.lastYear.year(), static_cast<long long>(doc.observations.size()),
                static_cast<long long>(doc.evaluations.size()));
    return 0;
}
