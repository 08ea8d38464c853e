#pragma once

// Reads what another thread or process writes into a FIFO, without hanging when nothing ever comes (a
// writer that replaced the FIFO by a regular file instead of writing into it).
#include <QByteArray>
#include <QFile>
#include <QString>

#include <chrono>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace seika::security::test {

/// Opens fifo for reading at once (non-blocking, so that no writer is needed yet), then reads until the
/// writer closes it, or returns what it has after timeout when no writer ever comes.
inline QByteArray readFifo(const QString &fifo, std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return {};
    QByteArray received;
    bool writerSeen = false;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[65536];
    while (std::chrono::steady_clock::now() < deadline) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            received.append(buffer, n);
            writerSeen = true;
        } else if (n == 0 && writerSeen) {
            break; // the writer closed its end
        } else {
            // 0 before any writer came, or EAGAIN while the writer is between writes.
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    ::close(fd);
    return received;
}

} // namespace seika::security::test
