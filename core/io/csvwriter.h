#pragma once

#include "core/error.h"
#include "core/io/csvencoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

#include <optional>
#include <string_view>

class QIODevice;

namespace seika::core {

/// Writes RFC 4180 CSV to a device: records end in CRLF; a field is quoted when it holds the comma,
/// a double quote, CR or LF, and quotes inside are doubled. The first record written is the header.
/// A text field that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`, TAB, CR) is written
/// with a leading single quote (csvGuardFormula() in csvformula.h, which CsvReader undoes).
///
/// In CP932 a character that CP932 cannot hold (𠮷, emoji) is either replaced by the chosen
/// replacement or, without one, recorded as a CsvUnencodable error (value = the character, field =
/// the column's header name, line = the record number counting the header as 1, column = 1-based)
/// and written as nothing; finish() then fails with the first of them, and the caller must discard
/// the output (a QSaveFile is not committed). UTF-8 holds every character.
///
/// The writer buffers about 256 KiB and does not own the device.
class CsvWriter
{
public:
    /// replacement: the text written instead of an unencodable character (e.g. "?" or "〓"); it
    /// must itself be encodable, else finish() fails with CsvUnencodable naming it (line 0).
    CsvWriter(QIODevice *device, CsvEncoding encoding, std::optional<QString> replacement = std::nullopt);

    /// Adds one record. The number of fields is the caller's business (a header sets the columns).
    void writeRecord(const QStringList &fields);

    /// Building a record field by field, for big tables: no QStringList and no line per record.
    /// addField() guards formulas, quotes and encodes text; addAscii() takes text the caller knows to be printable
    /// ASCII without a comma, quote or line break (numbers, dates, keys), which every encoding writes
    /// as it is; addEncoded() takes a field encodedField() made earlier (quoted and encoded), so that
    /// a text repeated on a million rows is encoded once. endRecord() ends the record.
    void addField(QStringView field);
    void addAscii(std::string_view field);
    void addEncoded(QByteArrayView field);
    void endRecord();
    /// The bytes addField() would write for field; nullopt when a character of it has no form in the
    /// encoding (then addField() must write it, to report or replace the character at its row).
    [[nodiscard]] std::optional<QByteArray> encodedField(QStringView field);
    /// Flushes the buffer. Fails with the first unencodable character, or FileNotWritable when the
    /// device refuses the bytes.
    [[nodiscard]] Result<void> finish();

    /// Every unencodable character met so far, in order (at most 1,000 are kept).
    [[nodiscard]] const QList<Error> &unencodable() const { return m_unencodable; }
    [[nodiscard]] qint64 recordsWritten() const { return m_records; }

    /// The text field as the writer writes it: formula-guarded, then quoted when needed (RFC 4180).
    [[nodiscard]] static QString quoted(const QString &text);

private:
    void startRecord();
    void separate();
    /// Appends field in the encoding, character by character where CP932 cannot hold the whole text.
    void appendEncoded(QStringView field);
    void flushBuffer();
    /// text in CP932, or empty when a character of it has no CP932 form (ICU writes a substitute then).
    std::optional<QByteArray> encodeExactly(QStringView text);

    QIODevice *m_device;
    CsvEncoding m_encoding;
    std::optional<QString> m_replacement;
    QStringEncoder m_encoder;
    QStringDecoder m_decoder; ///< to check that the encoded text reads back the same
    QByteArray m_buffer;
    QByteArray m_replacementBytes;
    QList<Error> m_unencodable;
    qint64 m_unencodableCount = 0;
    qint64 m_records = 0;
    qsizetype m_column = 0; ///< fields of the record being built
    QStringList m_header;
    bool m_writeFailed = false;
    bool m_started = false;
};

} // namespace seika::core
