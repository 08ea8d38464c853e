#pragma once

#include <QIODevice>

#include <functional>

namespace seika::ui {

/// A write-only device that passes every byte on to another device and tells report how many bytes have
/// gone through so far, so that a long export can show its progress and be cancelled: when report returns
/// false, this write and every later one fail (isCancelled()), the writer sees an error and the output file
/// is not committed (core::writeOutputFile() writes aside and renames only when complete). The target must
/// be open for writing and outlive this device.
class ProgressDevice final : public QIODevice
{
public:
    using Report = std::function<bool(qint64 bytesWritten)>;

    ProgressDevice(QIODevice *target, Report report);

    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    [[nodiscard]] qint64 bytesWritten() const { return m_written; }
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    Report m_report;
    qint64 m_written = 0;
    bool m_cancelled = false;
};

} // namespace seika::ui
