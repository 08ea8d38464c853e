#pragma once

// Shared by the libFuzzer targets in tests/fuzz: the QCoreApplication that tr() needs, the bundled
// sample document, and a failed check that libFuzzer records as a crash.

#include "core/io/csvreader.h"
#include "core/io/jsonexchange.h"
#include "core/model/document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace seika::fuzz {

/// Creates the application object once; libFuzzer passes its own argc and argv, which outlive it.
inline void initApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

/// The bundled Kawasaki sample; aborts when it does not load (every target needs it).
inline const core::DocumentData &sampleDocument()
{
    static const core::DocumentData doc = [] {
        auto loaded = core::kawasakiSample();
        if (!loaded) {
            std::fprintf(stderr, "fuzz: the bundled sample does not load\n");
            std::abort();
        }
        return *loaded;
    }();
    return doc;
}

/// A broken invariant: printed, then abort() so that libFuzzer saves the input as a crash.
[[noreturn]] inline void invariantFailed(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz: invariant failed: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

/// Reader options chosen by one byte: bits 0-1 the encoding (detect, UTF-8, CP932, UTF-8 with BOM),
/// bits 2-3 the delimiter (detect, comma, tab, semicolon), bits 4-6 the chunk size (the default or a
/// few bytes: CsvReader raises sizes below 16 to 16, so 1 and 7 test that too). Bit 7 is left to the
/// caller (the kind of device).
inline core::CsvReadOptions readOptions(unsigned char selector)
{
    core::CsvReadOptions options;
    switch (selector & 3) {
    case 1:
        options.encoding = core::CsvEncoding::Utf8;
        break;
    case 2:
        options.encoding = core::CsvEncoding::Cp932;
        break;
    case 3:
        options.encoding = core::CsvEncoding::Utf8Bom;
        break;
    default:
        break;
    }
    static constexpr char16_t delimiters[] = {0, u',', u'\t', u';'};
    options.delimiter = delimiters[(selector >> 2) & 3];
    static constexpr qint64 chunkSizes[] = {0, 1, 7, 16, 17, 19, 32, 61};
    if (const qint64 chunk = chunkSizes[(selector >> 4) & 7])
        options.chunkSize = chunk;
    return options;
}

/// A pipe-like device: sequential, and each read gives at most a few bytes, so that CsvReader meets
/// short reads and judges the encoding by a first chunk only.
class SequentialDevice : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray bytes) : m_bytes(std::move(bytes)) {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, m_bytes.size() - m_pos, 5});
        if (n <= 0)
            return m_pos >= m_bytes.size() ? -1 : 0;
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
};

} // namespace seika::fuzz
