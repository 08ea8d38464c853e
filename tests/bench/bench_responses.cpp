// A survey breakdown from raw respondents at scale: generates N respondent rows (default 1,000,000: age
// group of 7, occupation of 8, ward of 7, an S.A. answer 1..6, a weight), then times "read the CSV and
// compute the breakdown age group × answer" (planResponseImport(), reading and checking included) RUNS
// times, and prints the medians and the peak RSS. Not a test: speed is never asserted.
//   seika_bench_responses [N] [RUNS] [--write-only FILE] [--file FILE]
// --write-only writes the generated CSV to FILE and exits (tests/bench/run.sh loads the same file into
// sqlite3 and times its GROUP BY beside this). --file times an existing file instead of generating one.
// The header is ASCII (age, occupation, ward, answer, weight) so that sqlite3 .import names its columns.
#include "core/io/responsesimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace seika::core;

namespace {

const char *const Ages[] = {"10歳代", "20歳代", "30歳代", "40歳代", "50歳代", "60歳代", "70歳以上"};
const char *const Occupations[] = {"学生", "勤め（全日）", "勤め（パート）", "自営業", "家事専業", "無職", "農業", "その他"};
const char *const Wards[] = {"川崎区", "幸区", "中原区", "高津区", "宮前区", "多摩区", "麻生区"};

/// Writes n respondent rows (UTF-8, comma-separated, CRLF) to path; the same n gives the same file.
bool writeRespondents(const QString &path, qint64 n)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "age,occupation,ward,answer,weight\r\n";
    quint64 state = 88172645463325252ULL; // xorshift64: deterministic, fast
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    char weight[16];
    for (qint64 i = 0; i < n; ++i) {
        const quint64 r = next();
        chunk += Ages[r % 7];
        chunk += ',';
        chunk += Occupations[(r >> 8) % 8];
        chunk += ',';
        chunk += Wards[(r >> 16) % 7];
        chunk += ',';
        chunk += char('1' + (r >> 24) % 6);
        chunk += ',';
        const int w = std::snprintf(weight, sizeof weight, "%.3f", 0.5 + double((r >> 32) % 1000) / 1000.0);
        chunk.append(weight, w);
        chunk += "\r\n";
        if (chunk.size() > (1 << 20) - 256) {
            if (f.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return f.write(chunk) == chunk.size() && f.flush();
}

SurveyQuestion question()
{
    SurveyQuestion q;
    q.code = QStringLiteral("answer");
    q.type = AnswerType::Single;
    for (int c = 1; c <= 6; ++c)
        q.categories.append(SurveyCategory{QStringLiteral("選択肢%1").arg(c), SurveyCategory::Kind::Regular});
    return q;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    if (const qsizetype w = args.indexOf(QStringLiteral("--write-only")); w > 0 && w + 1 < args.size())
        return writeRespondents(args.at(w + 1), n) ? 0 : 1;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("respondents.csv"));
    if (const qsizetype f = args.indexOf(QStringLiteral("--file")); f > 0 && f + 1 < args.size())
        path = args.at(f + 1);
    else if (!writeRespondents(path, n))
        return 1;
    std::printf("respondents: %lld (%lld bytes), runs: %d\n", static_cast<long long>(n),
                static_cast<long long>(QFile(path).size()), runs);

    const SurveyQuestion q = question();
    const auto time = [&](const ResponseImportOptions &options, QList<double> &seconds) {
        for (int r = 0; r < runs; ++r) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            QElapsedTimer t;
            t.start();
            const auto plan = planResponseImport(q, &f, options);
            if (!plan || plan->hasErrors()) {
                std::printf("import failed: %s\n",
                            plan ? "rows with errors" : qPrintable(errorMessage(plan.error())));
                return false;
            }
            seconds << t.elapsed() / 1000.0;
            if (r == 0 && options.weightColumn.isEmpty()) {
                for (const ResponseBreakdownRow &row : plan->rows.mid(0, 3)) {
                    std::printf("  %s %s: n=%lld, answer 1: %.0f\n", qPrintable(row.attribute), qPrintable(row.group),
                                static_cast<long long>(row.base), row.counts.value(0));
                }
            }
        }
        return true;
    };

    ResponseImportOptions ageOnly;
    ageOnly.attributes = {QStringLiteral("age")};
    QList<double> unweighted;
    if (!time(ageOnly, unweighted))
        return 1;
    std::printf("read CSV + breakdown age × answer: median %.3f s\n", median(unweighted));

    ResponseImportOptions weighted = ageOnly;
    weighted.weightColumn = QStringLiteral("weight");
    QList<double> weightedSeconds;
    if (!time(weighted, weightedSeconds))
        return 1;
    std::printf("read CSV + weighted breakdown age × answer: median %.3f s\n", median(weightedSeconds));

    ResponseImportOptions all;
    all.weightColumn = QStringLiteral("weight");
    QList<double> allSeconds;
    if (!time(all, allSeconds))
        return 1;
    std::printf("read CSV + weighted breakdown by age, occupation and ward: median %.3f s\n", median(allSeconds));
    std::printf("peak RSS: %ld MB\n", peakRssMb());
    return 0;
}
