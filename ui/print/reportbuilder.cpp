#include "ui/print/reportbuilder.h"

#include "core/evaluation/evaluator.h"
#include "core/model/document.h"
#include "core/stats/surveystats.h"

#include <QRegularExpression>

#include <algorithm>

namespace seika::ui {
namespace {

using namespace seika::core;

// Vertical space, in points, above blocks of each kind.
constexpr double ParagraphGapPt = 5.0; ///< after a blank line of a narrative body
constexpr double LineGapPt = 1.5;      ///< between consecutive lines of a body
constexpr double Heading2GapPt = 12.0;
constexpr double Heading3GapPt = 9.0;
constexpr double TableGapPt = 6.0;

const QString Dash = QStringLiteral("—");

/// Characters that already mark a list item in the sheet's texts (・ ● ○ ① ⇒ …); such an item gets
/// no second marker.
bool isMarkerChar(QChar c)
{
    static const QString markers = QStringLiteral("・●○◎◆◇■□▲△▼▽※⇒→★☆");
    return markers.contains(c) || (c.unicode() >= 0x2460 && c.unicode() <= 0x2473);
}

/// Splits a list item's text into its marker and the rest: "① 住民…" → ①, "1 特別…" → 1, "(1) …" → (1);
/// items without a marker of their own get ○ (first level) or ・ (nested).
std::pair<QString, QString> splitMarker(const QString &text, int level)
{
    if (!text.isEmpty() && isMarkerChar(text.front()))
        return {QString(text.front()), text.mid(1).trimmed()};
    static const QRegularExpression numbered(QStringLiteral("^(\\(?\\d{1,2}[).]?)\\s+(\\S.*)$"));
    if (const auto m = numbered.match(text); m.hasMatch())
        return {m.captured(1), m.captured(2)};
    return {level <= 1 ? QStringLiteral("○") : QStringLiteral("・"), text};
}

bool isBracketed(const QString &line)
{
    static const QString open = QStringLiteral("(（<＜〈【[［");
    static const QString close = QStringLiteral(")）>＞〉】]］");
    return line.size() >= 3 && line.size() <= 24 && open.contains(line.front()) && close.contains(line.back());
}

bool isListLine(const QString &line)
{
    const QString t = line.trimmed();
    return t == QLatin1String("-") || t.startsWith(QLatin1String("- "));
}

QString withUnit(double value, const Indicator &ind)
{
    return formatNumber(value, ind.decimals) + ind.unit;
}

/// "19.8%(H27)": a value with the era-letter year it belongs to, as the sheet writes baselines.
QString valueWithYear(double value, const Indicator &ind, FiscalYear year)
{
    return withUnit(value, ind) + QLatin1Char('(') + formatFiscalYear(year, styledYearFormat(YearFormat::EraLetter)) + QLatin1Char(')');
}

/// "進捗が遅れた(現状を下回るものが多くあった)": a scale entry's label with its description, as on the sheet.
QString scaleText(const ScaleEntry &e)
{
    return e.description.isEmpty() ? e.label : e.label + QLatin1Char('(') + e.description + QLatin1Char(')');
}

bool appliesTo(const NarrativeSection &s, FiscalYear year)
{
    return !s.year || *s.year == year;
}

/// Appends blocks with the report's spacing and keep rules.
class Blocks
{
public:
    explicit Blocks(QList<ReportBlock> &out) : m_out(out) {}

    void setSection(ReportSection s) { m_section = s; }

    ReportBlock &add(BlockStyle style, const QString &text = {}, double spaceBeforePt = 0, bool keepWithNext = false)
    {
        ReportBlock b;
        b.style = style;
        b.section = m_section;
        b.text = text;
        b.spaceBeforePt = spaceBeforePt;
        b.keepWithNext = keepWithNext;
        m_out.append(b);
        return m_out.last();
    }

    void heading1(const QString &text, bool pageBreak)
    {
        add(BlockStyle::Heading1, text, 0, true).pageBreakBefore = pageBreak;
    }
    void heading2(const QString &text) { add(BlockStyle::Heading2, text, Heading2GapPt, true); }
    void heading3(const QString &text) { add(BlockStyle::Heading3, text, Heading3GapPt, true); }
    ReportBlock &table(const ReportTable &t, double spaceBeforePt = TableGapPt)
    {
        ReportBlock &b = add(BlockStyle::Table, {}, spaceBeforePt);
        b.table = t;
        return b;
    }
    void narrative(const QString &body)
    {
        for (ReportBlock b : ReportBuilder::narrativeBlocks(body, m_section))
            m_out.append(std::move(b));
    }
    void numberedReasons(const QStringList &reasons)
    {
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            ReportBlock &b = add(BlockStyle::ListItem, reasons.at(i), i == 0 ? 2.0 : 4.0);
            b.marker = circledNumber(int(i) + 1);
            b.indent = 1;
        }
    }

private:
    QList<ReportBlock> &m_out;
    ReportSection m_section = ReportSection::Overview;
};

ReportTableCell cell(const QString &text, CellStyle style = CellStyle::Value, int span = 1)
{
    ReportTableCell c;
    c.text = text.isEmpty() ? Dash : text;
    c.style = style;
    c.span = span;
    return c;
}

ReportTableCell label(const QString &text)
{
    return cell(text, CellStyle::Label);
}

} // namespace

QString reportFooterText(const DocumentData &doc)
{
    return doc.reportFooter.trimmed().isEmpty() ? doc.title : doc.reportFooter;
}

ReportDocument planPartReport(const DocumentData &doc, FiscalYear year, const QString &title)
{
    ReportDocument report;
    report.data = &doc;
    report.year = year;
    report.measureTitle = title;
    report.yearLabel = formatFiscalYear(year);
    report.documentTitle = doc.title;
    report.footerText = reportFooterText(doc);
    report.sheetTabs = false;
    return report;
}

QList<ReportBlock> ReportBuilder::narrativeBlocks(const QString &body, ReportSection section)
{
    QList<ReportBlock> out;
    const QStringList lines = body.split(QLatin1Char('\n'));
    auto nextNonBlank = [&lines](qsizetype from) -> qsizetype {
        for (qsizetype j = from; j < lines.size(); ++j) {
            if (!lines.at(j).trimmed().isEmpty())
                return j;
        }
        return -1;
    };
    bool blankBefore = true;
    int lastListLevel = 0; // the level of the list item just before, 0 after anything else
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &raw = lines.at(i);
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            blankBefore = true;
            continue;
        }
        ReportBlock b;
        b.section = section;
        const double gap = out.isEmpty() ? 0.0 : (blankBefore ? ParagraphGapPt : LineGapPt);
        b.spaceBeforePt = gap;
        if (isListLine(raw)) {
            const qsizetype spaces = raw.indexOf(line.front());
            const int level = std::clamp(int(spaces / 2) + 1, 1, 3);
            const auto [marker, text] = splitMarker(line.mid(1).trimmed(), level);
            b.style = BlockStyle::ListItem;
            b.marker = marker;
            b.text = text;
            b.indent = level;
            lastListLevel = level;
        } else if (lastListLevel > 0 && !blankBefore) {
            // "⇒ …" under an item continues that item.
            b.style = BlockStyle::Paragraph;
            b.text = line;
            b.indent = lastListLevel;
        } else {
            lastListLevel = 0;
            const qsizetype next = nextNonBlank(i + 1);
            const bool nextBlank = next > i + 1;
            const bool nextList = next == i + 1 && isListLine(lines.at(next));
            const bool lead = next >= 0 && line.size() <= 40 && !line.endsWith(QStringLiteral("。"))
                              && (isBracketed(line) || (blankBefore && (nextBlank || nextList)));
            b.text = line;
            if (line.startsWith(QStringLiteral("写真:")) || line.startsWith(QStringLiteral("写真："))) {
                // The sheet's photos are not in the document; their captions remain, in small print.
                b.style = BlockStyle::Caption;
            } else {
                b.style = lead ? BlockStyle::Lead : BlockStyle::Paragraph;
                b.keepWithNext = lead;
            }
        }
        blankBefore = false;
        out.append(b);
    }
    return out;
}

QString ReportBuilder::sectionLabel(ReportSection section)
{
    switch (section) {
    case ReportSection::Overview:
        return tr("Overview");
    case ReportSection::Background:
        return tr("Background");
    case ReportSection::Initiatives:
        return tr("Initiatives");
    case ReportSection::Results:
        return tr("Results");
    case ReportSection::Summary:
        return tr("Summary");
    }
    return {};
}

Result<ReportDocument> ReportBuilder::build(const DocumentData &doc, MeasureId measureId, FiscalYear year,
                                            const ReportOptions &options)
{
    if (!year.isValid())
        return fail(ErrorCode::YearOutOfRange, QString::number(year.year()), QStringLiteral("year"));
    const Measure *measure = doc.measure(measureId);
    if (!measure)
        return fail(ErrorCode::UnknownMeasure, QString::number(measureId.value()), QStringLiteral("measure"));
    const Policy *policy = doc.policy(measure->policy);
    const BasicPolicy *basic = policy ? doc.basicPolicy(policy->basicPolicy) : nullptr;
    const Evaluator evaluator(doc);
    const QList<const Indicator *> indicators = doc.indicatorsOf(measureId);

    ReportDocument report;
    report.data = &doc;
    report.year = year;
    report.measureTitle = measure->title;
    report.yearLabel = formatFiscalYear(year);
    report.documentTitle = doc.title;
    report.footerText = reportFooterText(doc);
    Blocks blocks(report.blocks);

    // 概要: the place of the measure in the hierarchy, its direct goal and its programmes.
    blocks.setSection(ReportSection::Overview);
    blocks.add(BlockStyle::Subtitle, tr("%1 measure evaluation sheet").arg(report.yearLabel), 0, true);
    blocks.add(BlockStyle::Title, measure->title, 2.0, true);
    blocks.heading1(sectionLabel(ReportSection::Overview), false);
    report.blocks.last().spaceBeforePt = 10.0;
    {
        ReportTable t;
        t.columnWeights = {0.24, 0.76};
        QStringList programmes;
        for (const QString &p : measure->programmes)
            programmes << QStringLiteral("・") + p;
        t.rows = {
            {{label(tr("Basic policy (layer 1)")), cell(basic ? basic->title : QString())}},
            {{label(tr("Policy (layer 2)")), cell(policy ? policy->title : QString())}},
            {{label(tr("Measure (layer 3)")), cell(measure->title, CellStyle::Strong)}},
            {{label(tr("Direct goal")), cell(measure->directGoal)}},
            {{label(tr("Main programmes")), cell(programmes.join(QLatin1Char('\n')))}},
        };
        blocks.table(t, 4.0);
    }

    // 成果指標: each indicator as the plan states it.
    // It follows the overview on the same page, as on the sheet's first pages.
    if (!indicators.isEmpty())
        blocks.add(BlockStyle::Heading1, tr("Outcome indicators"), 16.0, true);
    for (const Indicator *ind : indicators) {
        const int k = 1 + int(ind->targets.size());
        ReportTable t;
        t.columnWeights = {0.2};
        for (int c = 0; c < k; ++c)
            t.columnWeights << 0.8 / k;
        const QString name = ind->source.isEmpty() ? ind->name
                                                   : ind->name + QLatin1Char('(') + ind->source + QLatin1Char(')');
        t.rows.append({{label(tr("Indicator %1").arg(circledNumber(ind->number))), cell(name, CellStyle::Strong, k)}});
        t.rows.append({{label(tr("Calculation")), cell(ind->method, CellStyle::Value, k)}});
        t.rows.append({{label(tr("Rationale")), cell(ind->rationale, CellStyle::Value, k)}});
        ReportTableRow targets;
        targets.cells << label(tr("Target values"));
        // The plan's table shows the baseline the targets were set from: the earliest one.
        const Baseline *planBaseline = nullptr;
        for (const Baseline &b : ind->baselines) {
            if (!planBaseline || b.year < planBaseline->year)
                planBaseline = &b;
        }
        const std::optional<double> planValue =
            planBaseline ? evaluator.baselineValue(*ind, *planBaseline) : std::nullopt;
        ReportTableCell base = cell(planValue ? valueWithYear(*planValue, *ind, planBaseline->year) : QString());
        base.note = tr("Baseline");
        base.centered = true;
        targets.cells << base;
        QList<Target> sorted = ind->targets;
        std::sort(sorted.begin(), sorted.end(), [](const Target &a, const Target &b) { return a.year < b.year; });
        for (const Target &target : sorted) {
            ReportTableCell c =
                cell(formatTargetValue(target.value, ind->unit, ind->decimals, target.comparator), CellStyle::Strong);
            c.note = formatFiscalYear(target.year);
            c.centered = true;
            targets.cells << c;
        }
        t.rows.append(targets);
        t.rows.append({{label(tr("Rationale for the targets")), cell(ind->targetRationale, CellStyle::Value, k)}});
        blocks.table(t, 8.0);
    }

    // 背景 and 取組: the narrative as written, one heading per section.
    const std::pair<QString, ReportSection> parts[] = {{QStringLiteral("background"), ReportSection::Background},
                                                       {QStringLiteral("initiatives"), ReportSection::Initiatives}};
    for (const auto &[category, section] : parts) {
        bool first = true;
        for (const NarrativeSection &s : measure->narrative) {
            if (s.category != category || !appliesTo(s, year))
                continue;
            blocks.setSection(section);
            if (first)
                blocks.heading1(sectionLabel(section), true);
            first = false;
            blocks.add(BlockStyle::Heading2, s.title, Heading2GapPt, true);
            blocks.narrative(s.body);
        }
    }

    // 成果: per indicator its status, the figures of the year, its chart and the explanation; a
    // results section that names no indicator follows the indicator section it comes after.
    blocks.setSection(ReportSection::Results);
    const auto isResult = [year](const NarrativeSection &s) {
        return s.category != QLatin1String("background") && s.category != QLatin1String("initiatives")
               && s.category != QLatin1String("future") && appliesTo(s, year);
    };
    if (!indicators.isEmpty() || std::any_of(measure->narrative.cbegin(), measure->narrative.cend(), isResult))
        blocks.heading1(sectionLabel(ReportSection::Results), true);
    QHash<QString, QList<const NarrativeSection *>> explanations;
    QHash<QString, QList<const NarrativeSection *>> following;
    QList<const NarrativeSection *> leading;
    QString lastIndicator;
    for (const NarrativeSection &s : measure->narrative) {
        if (s.category != QLatin1String("results") || !appliesTo(s, year))
            continue;
        if (!s.indicatorCode.isEmpty()) {
            explanations[s.indicatorCode].append(&s);
            lastIndicator = s.indicatorCode;
        } else if (lastIndicator.isEmpty()) {
            leading.append(&s);
        } else {
            following[lastIndicator].append(&s);
        }
    }
    // Sections that follow an indicator the measure does not list still get printed, at the end.
    QList<const NarrativeSection *> orphans;
    for (auto it = following.cbegin(); it != following.cend(); ++it) {
        const bool known = std::any_of(indicators.cbegin(), indicators.cend(),
                                       [&](const Indicator *i) { return i->code == it.key(); });
        if (!known)
            orphans += it.value();
    }
    auto subSections = [&blocks](const QList<const NarrativeSection *> &list) {
        for (const NarrativeSection *s : list) {
            blocks.heading3(s->title);
            blocks.narrative(s->body);
        }
    };
    subSections(leading);
    for (const Indicator *ind : indicators) {
        const IndicatorAssessment a = evaluator.assess(*ind, year);
        const QString status = !a.achieved ? tr("not judged") : (*a.achieved ? tr("achieved") : tr("target not achieved"));
        blocks.heading2(tr("Indicator %1: achievement status (%2)").arg(circledNumber(ind->number), status));

        ReportTable t;
        t.columnWeights = {0.38, 0.62};
        t.widthFraction = 0.5;
        ReportTableCell yearCell = cell(formatFiscalYear(year, styledYearFormat(YearFormat::EraLetterWithSeireki)), CellStyle::Label);
        yearCell.centered = true;
        ReportTableCell corner = cell(QStringLiteral(" "), CellStyle::Label);
        t.rows.append({{corner, yearCell}});
        ReportTableCell target = cell(a.target ? formatNumber(a.target->value, ind->decimals, true) + ind->unit : QString(),
                                      CellStyle::Value);
        if (a.target && !a.target->milestone)
            target.note = tr("on the path to the next target");
        ReportTableCell actual = cell(a.actual ? withUnit(*a.actual, *ind) : QString(), CellStyle::Strong);
        // The chart under the table marks the same figure (a hollow point, 「各区の合計」 in its legend).
        if (a.actual && a.actualSource == CityFigureSource::WardSum)
            actual.note = tr("sum of the wards (no city figure entered)");
        ReportTableCell baseline = cell(a.baseline && a.baselineYear ? valueWithYear(*a.baseline, *ind, *a.baselineYear)
                                                                      : QString());
        QStringList earlier;
        for (const Baseline &b : ind->baselines) {
            if (a.baselineYear && b.year == *a.baselineYear)
                continue;
            if (const auto v = evaluator.baselineValue(*ind, b))
                earlier << valueWithYear(roundHalfUp(*v, ind->decimals), *ind, b.year);
        }
        if (!earlier.isEmpty())
            baseline.note = tr("earlier baseline: %1").arg(earlier.join(QStringLiteral(", ")));
        for (ReportTableCell *c : {&target, &actual, &baseline})
            c->centered = true;
        t.rows.append({{label(tr("Target")), target}});
        t.rows.append({{label(tr("Actual")), actual}});
        t.rows.append({{label(tr("Baseline")), baseline}});
        blocks.table(t).keepWithNext = true;

        ReportBlock &chart = blocks.add(BlockStyle::Chart, ind->name, 6.0);
        chart.indicatorCode = ind->code;
        // A survey's share moves with its sample: say whether the change is real or sampling noise.
        if (ind->surveySource) {
            const SurveySignificance sig = surveySignificance(doc.surveys, *ind, year);
            if (sig.latest)
                blocks.add(BlockStyle::Caption, tr("Survey change: %1").arg(surveyChangeDetail(*sig.latest, ind->decimals)), 2.0);
            if (sig.sinceBaseline)
                blocks.add(BlockStyle::Caption,
                           tr("Since the baseline: %1").arg(surveyChangeDetail(*sig.sinceBaseline, ind->decimals)), 2.0);
            // A verdict that rests on an assumed n says what the assumption is, on the same page. The
            // indicator's chart above prints the latest change's assumption under itself (TrendChart); the
            // change since the baseline may rest on another survey, whose assumption is said here.
            if (sig.sinceBaseline && sig.latest) {
                const QString assumed = assumedBaseText(*sig.sinceBaseline);
                const QStringList notes = assumedBaseNotes(*sig.sinceBaseline);
                const bool shown = assumed == assumedBaseText(*sig.latest) && notes == assumedBaseNotes(*sig.latest);
                if (!assumed.isEmpty() && !shown)
                    blocks.add(BlockStyle::Caption,
                               notes.isEmpty() ? tr("※ %1.").arg(assumed)
                                               : tr("※ %1: %2").arg(assumed, notes.join(QStringLiteral(" / "))),
                               2.0);
            }
            // The question behind the value, as the latest survey up to the report's year answered it.
            std::optional<SurveyValue> latest;
            for (const SurveyValue &v : surveyValues(doc.surveys, *ind->surveySource)) {
                if (v.year <= year && (!latest || latest->year < v.year))
                    latest = v;
            }
            if (latest) {
                ReportBlock &surveyChart = blocks.add(BlockStyle::Chart, latest->title, 6.0);
                surveyChart.survey = latest->survey;
                surveyChart.questionCode = ind->surveySource->questionCode;
            }
        }

        for (const NarrativeSection *s : explanations.value(ind->code)) {
            const qsizetype before = report.blocks.size();
            blocks.narrative(s->body);
            if (report.blocks.size() > before)
                report.blocks[before].spaceBeforePt = 8.0;
        }
        subSections(following.value(ind->code));
    }
    subSections(orphans);
    for (const NarrativeSection &s : measure->narrative) {
        static const QStringList known = {QStringLiteral("background"), QStringLiteral("initiatives"),
                                          QStringLiteral("results"), QStringLiteral("future")};
        if (known.contains(s.category) || !appliesTo(s, year))
            continue;
        blocks.heading2(s.title);
        blocks.narrative(s.body);
    }

    // まとめ: the chosen grade and direction with their reasons and legends.
    blocks.setSection(ReportSection::Summary);
    blocks.heading1(sectionLabel(ReportSection::Summary), true);
    const EvaluationRecord *record = doc.evaluation(measureId, year);
    auto verdict = [&](const QString &heading, const QString &code, const ScaleEntry *entry, const QStringList &reasons,
                       const QString &legendTitle, const QList<ScaleEntry> &scale) {
        blocks.heading2(heading);
        ReportTable t;
        t.columnWeights = {0.24, 0.1, 0.66};
        ReportTableCell grade = cell(code, CellStyle::Grade);
        grade.centered = true;
        t.rows.append({{label(heading), grade,
                        cell(entry ? scaleText(*entry) : (code.isEmpty() ? tr("Not evaluated yet") : QString()))}});
        blocks.table(t, 4.0).keepWithNext = !reasons.isEmpty();
        if (!reasons.isEmpty()) {
            blocks.add(BlockStyle::Lead, tr("Reasons"), 8.0, true);
            blocks.numberedReasons(reasons);
        }
        if (!scale.isEmpty()) {
            blocks.add(BlockStyle::Lead, legendTitle, 8.0, true);
            ReportTable legend;
            legend.columnWeights = {0.5, 0.5};
            legend.bordered = false;
            for (qsizetype i = 0; i < scale.size(); i += 2) {
                ReportTableRow row;
                for (qsizetype j = i; j < std::min(i + 2, scale.size()); ++j)
                    row.cells << cell(scale.at(j).code + QLatin1Char(' ') + scaleText(scale.at(j)), CellStyle::Plain);
                legend.rows.append(row);
            }
            blocks.table(legend, 1.0);
        }
    };
    const QString gradeCode = record ? record->grade : QString();
    verdict(tr("Achievement of the measure"), gradeCode, doc.gradeEntry(gradeCode), record ? record->gradeReasons : QStringList(),
            tr("[Achievement grades]"), doc.gradeScale);
    if (options.showSuggestion) {
        const GradeSuggestion s = evaluator.suggest(measureId, year);
        if (!s.grade.isEmpty()) {
            const ScaleEntry *e = doc.gradeEntry(s.grade);
            blocks.add(BlockStyle::SmallPrint,
                       tr("Grade suggested by the grading rule: %1").arg(e ? s.grade + QLatin1Char(' ') + e->label : s.grade),
                       8.0, true);
            for (const QString &line : s.explanation(doc))
                blocks.add(BlockStyle::SmallPrint, line, 0.5).indent = 1;
        }
    }
    const QString directionCode = record ? record->direction : QString();
    verdict(tr("Future direction"), directionCode, doc.directionEntry(directionCode),
            record ? record->directionReasons : QStringList(), tr("[Direction grades]"), doc.directionScale);
    for (const NarrativeSection &s : measure->narrative) {
        if (s.category == QLatin1String("future") && appliesTo(s, year)) {
            blocks.heading3(s.title);
            blocks.narrative(s.body);
        }
    }
    return report;
}

} // namespace seika::ui
