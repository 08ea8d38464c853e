#pragma once

#include <QtGlobal>

#include <functional>

namespace seika::core {

/// Throttles a reader's progress reports: calls the caller's progress function (given the bytes read so
/// far) at the first proceed() and then about once per MiB read, not once per row. proceed() is false
/// when that function asks to stop; an empty function never stops. Keeps a reference to the function,
/// which must outlive the gate (the imports hold both for the length of one read).
class ProgressGate
{
public:
    explicit ProgressGate(const std::function<bool(qint64)> &progress) : m_progress(progress) {}

    [[nodiscard]] bool proceed(qint64 bytesRead)
    {
        if (!m_progress || bytesRead < m_next)
            return true;
        m_next = bytesRead + 1024 * 1024;
        return m_progress(bytesRead);
    }

private:
    const std::function<bool(qint64)> &m_progress;
    qint64 m_next = 0;
};

} // namespace seika::core
