#include "ui/widgets/progressdevice.h"

namespace seika::ui {

ProgressDevice::ProgressDevice(QIODevice *target, Report report)
    : m_target(target), m_report(std::move(report))
{
    open(QIODevice::WriteOnly);
}

qint64 ProgressDevice::readData(char *, qint64)
{
    return -1;
}

qint64 ProgressDevice::writeData(const char *data, qint64 size)
{
    if (m_cancelled)
        return -1;
    const qint64 written = m_target->write(data, size);
    if (written < 0) {
        setErrorString(m_target->errorString());
        return -1;
    }
    m_written += written;
    if (m_report && !m_report(m_written)) {
        m_cancelled = true;
        setErrorString(QStringLiteral("cancelled")); // never shown: the caller knows it cancelled
        return -1;
    }
    return written;
}

} // namespace seika::ui
