#pragma once

#include "core/error.h"
#include "core/io/csvencoding.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace seika::core {

/// How to read a CSV file. The defaults detect everything.
struct CsvReadOptions
{
    /// Empty: detect (a UTF-8 byte order mark → UTF-8; else valid UTF-8 → UTF-8; else CP932).
    /// Utf8 and Utf8Bom both mean UTF-8 (a byte order mark is skipped either way).
    std::optional<CsvEncoding> encoding;
    /// 0: detect from the header line (the most frequent of comma, tab and semicolon outside quotes;
    /// comma when there is none).
    char16_t delimiter = 0;
    qint64 chunkSize = 64 * 1024; ///< bytes read at a time
};

/// One record of a CSV file.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; ///< the file line the record starts on (1-based; the header is usually line 1)
    /// Set when the record has another number of fields than the header (CsvRaggedRow); the record
    /// is still returned, so that the caller can report every such row and go on.
    std::optional<Error> error;
};

/// A streaming reader of RFC 4180 CSV (and what Excel writes): quoted fields with delimiters, quotes
/// ("" inside quotes) and line breaks; CRLF, LF or CR line ends; blank lines skipped. It reads the
/// device in chunks and keeps only the current record, so a file of any size takes little memory.
///
/// Failures stop the reading (next() then returns the same error again): CsvEmptyFile, CsvBinaryData
/// (a NUL byte), CsvUtf16 (a UTF-16 byte order mark), CsvInvalidEncoding and CsvTruncatedCharacter (bytes not valid in the encoding, or a
/// multi-byte character cut off at the end), CsvEncodingMismatch (a UTF-8 byte order mark read as
/// CP932), CsvUnterminatedQuote (with the line the field starts on). Each has the line number.
///
/// A cell that starts with single quotes followed by `=`, `+`, `-`, `@`, TAB or CR loses its first quote:
/// the formula guard CsvWriter adds (csvformula.h), so that a file Seika wrote reads back exactly.
///
/// The reader does not own the device. Detecting the encoding of a random-access device scans the
/// bytes up to the first one that is not valid UTF-8 (to the end for a UTF-8 file) and seeks back;
/// a sequential device is judged by its first chunk.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, CsvReadOptions options = {});

    /// Detects the encoding and the delimiter and reads the header record.
    [[nodiscard]] Result<void> open();
    [[nodiscard]] const QStringList &header() const { return m_header; }
    [[nodiscard]] CsvEncoding encoding() const { return m_encoding; }
    [[nodiscard]] char16_t delimiter() const { return m_delimiter; }
    /// The next data record, or empty at the end of the file.
    [[nodiscard]] Result<std::optional<CsvRecord>> next();
    /// The next data record kept inside the reader, without a string per field (for files of a million
    /// rows): false at the end of the file. It is then read through fieldCount(), field(), recordLine()
    /// and recordError(), which describe the same record next() would have returned; the views stay
    /// valid until the next call of next() or advance(). Fails as next() does.
    [[nodiscard]] Result<bool> advance();
    [[nodiscard]] qsizetype fieldCount() const { return m_fieldEnds.size(); }
    /// Field i (0 ≤ i < fieldCount()) of the current record; empty for an empty field.
    [[nodiscard]] QStringView field(qsizetype i) const
    {
        const qsizetype start = i > 0 ? m_fieldEnds.at(i - 1) : 0;
        return QStringView(m_record).sliced(start, m_fieldEnds.at(i) - start);
    }
    [[nodiscard]] qint64 recordLine() const { return m_recordLine; }
    /// CsvRaggedRow for a record with another number of fields than the header, as CsvRecord::error.
    [[nodiscard]] const std::optional<Error> &recordError() const { return m_recordError; }
    /// The device position after the bytes read so far, for progress.
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }

private:
    Result<void> detectEncoding();
    /// Reads and decodes the next chunk into m_text; false at the end of the device.
    Result<bool> fill();
    /// Parses the next record (blank lines skipped) into m_record and m_fieldEnds; false at the end.
    Result<bool> parseRecord();
    /// Ends the field being read: drops the formula guard quote (csvFormulaGuardLength()) and records
    /// where the field ends.
    void endField();
    /// The fields of the current record as strings (an empty field is a null string).
    QStringList fieldList() const;
    Error failure(ErrorCode code, QString value = {}, QString detail = {}, qint64 line = -1);

    QIODevice *m_device;
    CsvReadOptions m_options;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    char16_t m_delimiter = u',';
    QStringDecoder m_decoder;
    QByteArray m_pending;   ///< bytes of an incomplete character at the end of the last chunk
    QString m_text;         ///< decoded text not yet parsed
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_byteLine = 1;  ///< the line of the next undecoded byte, for encoding errors
    qint64 m_line = 1;      ///< the line of m_text[m_pos]
    bool m_atStart = true;
    bool m_eof = false;
    bool m_skipLf = false;
    QStringList m_header;
    // The current record: its fields one after the other in one string, which is reused from record to
    // record, so that reading allocates nothing per field.
    QString m_record;
    QList<qsizetype> m_fieldEnds; ///< where each field of m_record ends
    qint64 m_recordLine = 0;
    std::optional<Error> m_recordError;
    std::optional<Error> m_failed;
};

} // namespace seika::core
