#include "core/session/streamedimport.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>

namespace seika::core {

namespace {

/// The parts between the planner's thread, which puts them, and the writer, which takes them: at most two wait, so
/// that a planner faster than the server holds no more of the file's batch than that in parts.
class PartQueue
{
public:
    static constexpr std::size_t Waiting = 2;

    explicit PartQueue(bool validRowsOnly) : m_validRowsOnly(validRowsOnly) {}

    /// The planner's side (CsvImportParts::take). Once a row has an error (without validRowsOnly) or the
    /// writer stopped, parts are dropped: the planner still reads on, for the findings.
    bool put(WriteBatch &&part, qsizetype errors)
    {
        std::unique_lock lock(m_mutex);
        if (errors > 0 && !m_validRowsOnly)
            m_hasErrors = true;
        m_space.wait(lock, [this] { return m_parts.size() < Waiting || dropping(); });
        if (!dropping())
            m_parts.push_back(std::move(part));
        m_ready.notify_all();
        return true;
    }
    /// The planner is done: result is the plan's (an error ends the change).
    void finish(Result<void> result)
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_result = std::move(result);
        m_ready.notify_all();
    }
    /// The writer's side (BatchParts::next).
    Result<std::optional<WriteBatch>> next()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_parts.empty() || m_done || m_hasErrors; });
        if (m_hasErrors)
            return fail(ErrorCode::Cancelled);
        if (!m_parts.empty()) {
            WriteBatch part = std::move(m_parts.front());
            m_parts.pop_front();
            m_space.notify_all();
            return part;
        }
        if (!m_result)
            return std::unexpected(m_result.error());
        return std::nullopt;
    }
    /// The operations of the part next() gives next: its own once it waits, largest while it is being made, 0
    /// when none will come.
    qsizetype nextSize(qsizetype largest)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_parts.empty())
            return m_parts.front().operations.size();
        return m_done || dropping() ? 0 : largest;
    }
    /// The writer takes no more (it finished or failed).
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_parts.clear();
        m_space.notify_all();
    }

private:
    [[nodiscard]] bool dropping() const { return m_hasErrors || m_stopped; }

    const bool m_validRowsOnly;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<WriteBatch> m_parts;
    bool m_hasErrors = false;
    bool m_stopped = false;
    bool m_done = false;
    Result<void> m_result;
};

} // namespace

StreamedImport importObservationsInParts(OpenDocument &doc, QIODevice *device, const CsvReadOptions &options,
                                         const ChangeInfo &info, bool validRowsOnly,
                                         const std::function<QString()> &digest, const CsvImportParts &sizes)
{
    PartQueue queue(validRowsOnly);
    CsvImportParts parts = sizes;
    parts.take = [&queue](WriteBatch &&part, qsizetype errors) { return queue.put(std::move(part), errors); };
    // The plan only reads doc.data(), which commitInParts() leaves as it was.
    std::optional<Result<ObservationImportPlan>> plan;
    qsizetype operations = 0;
    QString sha256;
    auto planner = std::async(std::launch::async, [&] {
        plan = planObservationImport(doc.data(), device, options, {}, {}, &parts);
        // While the store still writes: the batch, all in parts now, let go of (a million rows take a while to
        // free), and the digest — one core for the server, one for the planner, then for this.
        if (*plan) {
            operations = (*plan)->batch.operations.size();
            (*plan)->batch = WriteBatch();
            if (digest)
                sha256 = digest();
        }
        queue.finish(*plan ? Result<void>() : std::unexpected(plan->error()));
    });
    BatchParts batches;
    batches.next = [&queue] { return queue.next(); };
    batches.nextSize = [&queue, largest = std::max(parts.rows, parts.firstRows)] { return queue.nextSize(largest); };
    // Asked after the last part, which the queue gives only once the planner finished: plan is there.
    batches.source = [&] {
        return ChangeSource{info.source.fileName, sha256, csvEncodingKey((*plan)->encoding), (*plan)->dataRows};
    };
    CommitOptions commitOptions;
    commitOptions.validated = true; // the plan checks every row, across parts
    CommitResult written = doc.commitInParts(batches, info, commitOptions);
    queue.stop();
    planner.get();
    return StreamedImport{*std::move(plan), operations, std::move(written)};
}

} // namespace seika::core
