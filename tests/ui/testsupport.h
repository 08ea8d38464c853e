#pragma once

#include "core/model/document.h"
#include "core/storage/documentstore.h"

#include <QStringList>

class QAbstractItemModel;
class QAbstractItemModelTester;

namespace seika::ui::test {

/// A hand-built document shaped like Kawasaki City's H29 evaluation sheet for the measure
/// 市民参加の促進と多様な主体との協働・連携のしくみづくり: three indicators (a survey share, a ratio whose
/// baseline is derived from the FY2015 counts, a count with an older and a current baseline),
/// actuals for FY2017 and the recorded grade C / direction II. Ids start at 1.
[[nodiscard]] core::DocumentData kawasakiLikeDocument();

/// A DocumentStore that keeps the document in memory, for tests that need no file.
class MemoryStore final : public core::DocumentStore
{
public:
    explicit MemoryStore(core::DocumentData data, bool failLoad = false);

    [[nodiscard]] core::Result<core::DocumentData> load() override;
    [[nodiscard]] core::Result<void> replaceAll(const core::DocumentData &data) override;
    [[nodiscard]] core::Result<void> putObservation(const core::Observation &obs) override;
    [[nodiscard]] core::Result<void> removeObservation(const QString &indicatorCode, core::FiscalYear year,
                                                       core::AreaId area) override;
    [[nodiscard]] core::Result<void> putEvaluation(const core::EvaluationRecord &record) override;
    [[nodiscard]] core::Result<void> putIndicator(const core::Indicator &indicator) override;
    [[nodiscard]] QString location() const override;

private:
    core::DocumentData m_data;
    bool m_failLoad;
};

/// Runs QAbstractItemModelTester on a model and collects its complaints instead of aborting, so
/// that a GoogleTest assertion can report them: EXPECT_TRUE(guard.failures().isEmpty()).
class ModelTesterGuard
{
public:
    explicit ModelTesterGuard(QAbstractItemModel *model);
    ~ModelTesterGuard();
    ModelTesterGuard(const ModelTesterGuard &) = delete;
    ModelTesterGuard &operator=(const ModelTesterGuard &) = delete;

    [[nodiscard]] QStringList failures() const;

private:
    QAbstractItemModelTester *m_tester;
};

} // namespace seika::ui::test
