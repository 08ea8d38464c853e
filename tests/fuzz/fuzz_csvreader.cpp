// libFuzzer target: CsvReader over arbitrary bytes, read to the end or the first failure, twice per
// input: with the default options on all the bytes (what an officer's file meets), and with options
// chosen by the last byte (see readOptions()) on the bytes before it, through a QBuffer or a
// sequential device. Checks the reader's promises: a failure repeats, records come in line order
// with no blank record, CsvRaggedRow exactly when the field count differs from the header's;
// advance() and field() describe the same records as next(); and a file that reads without failure
// is written again by CsvWriter and read back to the same records.

#include "fuzzsupport.h"

#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace seika::core;

namespace {

constexpr int MaxRecords = 10000;

struct ReadResult
{
    bool ok = false; ///< open() and every next() succeeded
    std::optional<ErrorCode> failure;
    QStringList header;
    QList<QStringList> records;
    QList<qint64> lines;
};

/// The same reading through advance() and field(), without the checks.
ReadResult readAllInPlace(QIODevice *device, const CsvReadOptions &options)
{
    ReadResult result;
    CsvReader reader(device, options);
    if (auto opened = reader.open(); !opened) {
        result.failure = opened.error().code;
        return result;
    }
    result.header = reader.header();
    for (int n = 0; n < MaxRecords; ++n) {
        auto more = reader.advance();
        if (!more) {
            result.failure = more.error().code;
            return result;
        }
        if (!*more) {
            result.ok = true;
            return result;
        }
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.field(i).toString());
        const bool ragged = fields.size() != result.header.size();
        if (ragged != (reader.recordError() && reader.recordError()->code == ErrorCode::CsvRaggedRow))
            seika::fuzz::invariantFailed("advance(): CsvRaggedRow does not match the field count");
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
    return result;
}

ReadResult readAll(QIODevice *device, const CsvReadOptions &options, qint64 size)
{
    ReadResult result;
    CsvReader reader(device, options);
    if (auto opened = reader.open(); !opened) {
        result.failure = opened.error().code;
        return result;
    }
    result.header = reader.header();
    qint64 previousLine = 0;
    for (int n = 0; n < MaxRecords; ++n) {
        auto record = reader.next();
        if (reader.bytesRead() > size)
            seika::fuzz::invariantFailed("bytesRead beyond the input");
        if (!record) {
            const Error first = record.error();
            result.failure = first.code;
            auto again = reader.next();
            if (again || again.error().code != first.code || again.error().line != first.line)
                seika::fuzz::invariantFailed("a failure does not repeat");
            return result;
        }
        if (!*record) {
            result.ok = true;
            return result;
        }
        const CsvRecord &r = **record;
        if (r.line <= previousLine || r.line < 1)
            seika::fuzz::invariantFailed("record lines not increasing", QString::number(r.line));
        previousLine = r.line;
        if (std::all_of(r.fields.cbegin(), r.fields.cend(), [](const QString &f) { return f.isEmpty(); }))
            seika::fuzz::invariantFailed("a blank record was returned");
        const bool ragged = r.fields.size() != result.header.size();
        if (ragged != (r.error && r.error->code == ErrorCode::CsvRaggedRow))
            seika::fuzz::invariantFailed("CsvRaggedRow does not match the field count");
        result.records.append(r.fields);
        result.lines.append(r.line);
    }
    return result; // capped: not compared
}

/// Reads bytes through next() (with its checks) and through advance(): both must agree.
ReadResult readBoth(const QByteArray &bytes, const CsvReadOptions &options, bool sequential)
{
    const auto read = [&](auto &&reader) {
        if (sequential) {
            seika::fuzz::SequentialDevice device(bytes);
            device.open(QIODevice::ReadOnly);
            return reader(&device);
        }
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return reader(&buffer);
    };
    const ReadResult records = read([&](QIODevice *d) { return readAll(d, options, bytes.size()); });
    const ReadResult inPlace = read([&](QIODevice *d) { return readAllInPlace(d, options); });
    if (records.ok != inPlace.ok || records.failure != inPlace.failure || records.header != inPlace.header ||
        records.records != inPlace.records || records.lines != inPlace.lines) {
        seika::fuzz::invariantFailed("next() and advance() read differently");
    }
    return records;
}

/// Writes what was read with CsvWriter (UTF-8 with BOM, comma) and reads it back.
void checkRoundTrip(const ReadResult &read)
{
    // A header of one empty field is written as a blank line, which a reader skips by design.
    if (read.header == QStringList{QString()})
        return;
    QByteArray bytes;
    {
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out, CsvEncoding::Utf8Bom);
        writer.writeRecord(read.header);
        for (const QStringList &r : read.records)
            writer.writeRecord(r);
        if (!writer.finish())
            seika::fuzz::invariantFailed("CsvWriter failed on UTF-8");
    }
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.encoding = CsvEncoding::Utf8;
    options.delimiter = u',';
    const ReadResult back = readAll(&in, options, bytes.size());
    if (!back.ok || back.header != read.header || back.records != read.records) {
        seika::fuzz::invariantFailed("write and read again differ",
                                     QString::fromUtf8(bytes.toPercentEncoding(" ,;\t\"")));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    seika::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const ReadResult read = readBoth(bytes, {}, false); read.ok)
        checkRoundTrip(read);
    if (size == 0)
        return 0;
    const auto selector = static_cast<unsigned char>(bytes.back());
    bytes.chop(1);
    if (const ReadResult read = readBoth(bytes, seika::fuzz::readOptions(selector), selector & 0x80); read.ok)
        checkRoundTrip(read);
    return 0;
}
