#pragma once

// A small plan of several measures whose FY2017 grades are known, shared by the core, GUI and CLI tests
// of the plan overview and the report on the whole plan (header only: each test binary includes it).
//
// Every indicator is a value in % (one decimal, higher is better) with the baseline 50.0 % (FY2015) and
// the milestone 60 % or more in FY2017. Its FY2017 actual decides everything:
//   61 achieved (above the baseline), 55 not achieved but above it, 48 below it (−4 %), 40 far below (−20 %).
//
//   1 市民自治 (basic policy)
//     1-1 参加と協働
//       1-1-1 地域活動の支援        ① 61 ② 62   → suggested A; chosen A, direction I
//       1-1-2 市民活動の促進        ① 61 ② 55   → suggested B; chosen C (with a reason), direction II
//     1-2 区役所機能
//       1-2-1 区民サービスの向上    ① 61 ② 48   → suggested C; chosen C, direction III
//   2 子育て (basic policy)
//     2-1 子育て支援
//       2-1-1 保育の充実            ① 40 ② 40   → suggested D; not evaluated
//       2-1-2 子どもの居場所        ① (no FY2017 actual) → no suggestion; not evaluated
//     2-2 教育 (no measures)
//
// FY2017 chosen grades: A 1, B 0, C 2, D 0, not evaluated 2 (5 measures); suggested: A 1, B 1, C 1, D 1,
// none 1.

#include "core/model/document.h"

namespace seika::test {

inline core::DocumentData planDocument()
{
    using namespace seika::core;
    DocumentData d;
    d.title = QStringLiteral("テスト市 総合計画");
    d.reportFooter = QStringLiteral("テスト市 企画調整課");
    d.municipality.name = QStringLiteral("テスト市");
    d.municipality.wards = {Area{AreaId(100), QStringLiteral("北区"), 0}};
    d.firstYear = FiscalYear(2014);
    d.lastYear = FiscalYear(2025);
    d.gradeScale = {{QStringLiteral("A"), QStringLiteral("順調に推移"), QStringLiteral("目標を達成")},
                    {QStringLiteral("B"), QStringLiteral("一定の進捗があった"), {}},
                    {QStringLiteral("C"), QStringLiteral("進捗が遅れた"), {}},
                    {QStringLiteral("D"), QStringLiteral("進捗は大幅に遅れた"), {}}};
    d.directionScale = {{QStringLiteral("I"), QStringLiteral("効果的"), {}},
                        {QStringLiteral("II"), QStringLiteral("概ね効果的"), {}},
                        {QStringLiteral("III"), QStringLiteral("見直しが必要"), {}},
                        {QStringLiteral("IV"), QStringLiteral("抜本的な見直しが必要"), {}}};
    d.basicPolicies = {BasicPolicy{BasicPolicyId(1), QStringLiteral("市民自治"), QStringLiteral("1")},
                       BasicPolicy{BasicPolicyId(2), QStringLiteral("子育て"), QStringLiteral("2")}};
    d.policies = {Policy{PolicyId(11), BasicPolicyId(1), QStringLiteral("参加と協働"), QStringLiteral("1-1")},
                  Policy{PolicyId(12), BasicPolicyId(1), QStringLiteral("区役所機能"), QStringLiteral("1-2")},
                  Policy{PolicyId(21), BasicPolicyId(2), QStringLiteral("子育て支援"), QStringLiteral("2-1")},
                  Policy{PolicyId(22), BasicPolicyId(2), QStringLiteral("教育"), QStringLiteral("2-2")}};

    qint64 indicatorId = 1000;
    auto measure = [&](qint64 id, qint64 policy, const char *code, const QString &title,
                       std::initializer_list<std::optional<double>> actuals) {
        Measure m;
        m.id = MeasureId(id);
        m.policy = PolicyId(policy);
        m.code = QString::fromLatin1(code);
        m.title = title;
        m.directGoal = title + QStringLiteral("を進める");
        m.programmes = {title + QStringLiteral("事業")};
        d.measures.append(m);
        int number = 0;
        for (const std::optional<double> &actual : actuals) {
            Indicator ind;
            ind.id = IndicatorId(++indicatorId);
            ind.measure = m.id;
            ind.number = ++number;
            ind.code = QStringLiteral("m%1i%2").arg(id).arg(number);
            ind.name = title + QStringLiteral("の指標%1").arg(number);
            ind.kind = IndicatorKind::Value;
            ind.unit = QStringLiteral("%");
            ind.decimals = 1;
            ind.baselines = {Baseline{FiscalYear(2015), 50.0, true, {}}};
            ind.targets = {Target{FiscalYear(2017), 60.0, Comparator::AtLeast},
                           Target{FiscalYear(2021), 70.0, Comparator::AtLeast}};
            d.indicators.append(ind);
            Observation base;
            base.indicatorCode = ind.code;
            base.year = FiscalYear(2015);
            base.value = 50.0;
            d.observations.append(base);
            if (actual) {
                Observation o;
                o.indicatorCode = ind.code;
                o.year = FiscalYear(2017);
                o.value = *actual;
                d.observations.append(o);
            }
        }
    };
    measure(111, 11, "1-1-1", QStringLiteral("地域活動の支援"), {61.0, 62.0});
    measure(112, 11, "1-1-2", QStringLiteral("市民活動の促進"), {61.0, 55.0});
    measure(121, 12, "1-2-1", QStringLiteral("区民サービスの向上"), {61.0, 48.0});
    measure(211, 21, "2-1-1", QStringLiteral("保育の充実"), {40.0, 40.0});
    measure(212, 21, "2-1-2", QStringLiteral("子どもの居場所"), {std::nullopt});

    auto verdict = [&](qint64 measure, const char *grade, const char *direction, QStringList reasons = {}) {
        EvaluationRecord e;
        e.measure = MeasureId(measure);
        e.year = FiscalYear(2017);
        e.grade = QString::fromLatin1(grade);
        e.gradeReasons = std::move(reasons);
        e.direction = QString::fromLatin1(direction);
        e.directionReasons = {QStringLiteral("理由")};
        d.evaluations.append(e);
    };
    verdict(111, "A", "I");
    verdict(112, "C", "II", {QStringLiteral("目標に届かなかった指標がある")});
    verdict(121, "C", "III");
    return d;
}

} // namespace seika::test
