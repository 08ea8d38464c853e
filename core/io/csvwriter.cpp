#include "core/io/csvwriter.h"

#include <QIODevice>

namespace seika::core {

namespace {

constexpr qsizetype BufferSize = 256 * 1024;
constexpr qsizetype MaxKeptProblems = 1000;

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvEncoding encoding, std::optional<QString> replacement)
    : m_device(device), m_encoding(encoding), m_replacement(std::move(replacement))
{
    if (m_encoding == CsvEncoding::Cp932) {
        m_encoder = QStringEncoder("Shift_JIS");
        m_decoder = QStringDecoder("Shift_JIS");
        if (m_replacement) {
            const auto bytes = encodeExactly(*m_replacement);
            if (!bytes) {
                m_unencodable.append(Error{ErrorCode::CsvUnencodable, *m_replacement, QStringLiteral("--replace"),
                                           csvEncodingKey(m_encoding), 0, -1});
                ++m_unencodableCount;
                m_replacement.reset();
            } else {
                m_replacementBytes = *bytes;
            }
        }
    }
    m_buffer.reserve(BufferSize + 4096);
}

QString CsvWriter::quoted(const QString &field)
{
    if (!needsQuotes(field))
        return field;
    QString text = field;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        m_header = fields;
        if (m_encoding == CsvEncoding::Utf8Bom)
            m_buffer.append("\xEF\xBB\xBF");
    }
    ++m_records;
    QString line;
    qsizetype size = 2;
    for (const QString &f : fields)
        size += f.size() + 3;
    line.reserve(size);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        const QString &f = fields.at(i);
        if (needsQuotes(f)) {
            line += QLatin1Char('"');
            QString text = f;
            text.replace(QLatin1String("\""), QLatin1String("\"\""));
            line += text;
            line += QLatin1Char('"');
        } else {
            line += f;
        }
    }
    line += QLatin1String("\r\n");
    encodeRecord(line, fields);
    if (m_buffer.size() >= BufferSize)
        flushBuffer();
}

void CsvWriter::encodeRecord(const QString &line, const QStringList &fields)
{
    if (m_encoding != CsvEncoding::Cp932) {
        m_buffer.append(line.toUtf8());
        return;
    }
    if (!m_encoder.isValid()) {
        m_unencodable.append(Error{ErrorCode::CsvUnencodable, line.left(1), {}, csvEncodingKey(m_encoding), m_records, 1});
        ++m_unencodableCount;
        return;
    }
    if (const auto bytes = encodeExactly(line)) {
        m_buffer.append(*bytes);
        return;
    }
    // Rare path: find the characters CP932 cannot hold, field by field, code point by code point.
    for (qsizetype col = 0; col < fields.size(); ++col) {
        if (col > 0)
            m_buffer.append(',');
        const QString field = fields.at(col);
        const bool q = needsQuotes(field);
        if (q)
            m_buffer.append('"');
        qsizetype i = 0;
        while (i < field.size()) {
            const qsizetype len = (field.at(i).isHighSurrogate() && i + 1 < field.size()) ? 2 : 1;
            const QString ch = field.mid(i, len);
            if (const auto enc = encodeExactly(ch)) {
                m_buffer.append(*enc);
                if (q && ch == QLatin1String("\""))
                    m_buffer.append('"');
            } else if (m_replacement) {
                m_buffer.append(m_replacementBytes);
            } else {
                if (m_unencodable.size() < MaxKeptProblems) {
                    m_unencodable.append(Error{ErrorCode::CsvUnencodable, ch, m_header.value(col),
                                               csvEncodingKey(m_encoding), m_records, col + 1});
                }
                ++m_unencodableCount;
            }
            i += len;
        }
        if (q)
            m_buffer.append('"');
    }
    m_buffer.append("\r\n");
}

std::optional<QByteArray> CsvWriter::encodeExactly(const QString &text)
{
    QByteArray bytes = m_encoder.encode(text);
    if (m_encoder.hasError()) {
        m_encoder.resetState();
        return std::nullopt;
    }
    // ICU writes a substitute (FC FC) for a character CP932 lacks without always flagging an error,
    // and maps some characters to a look-alike (U+301C 〜 → ～): text that does not read back the same
    // would change in the file.
    const QString back = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        return std::nullopt;
    }
    if (back != text)
        return std::nullopt;
    return bytes;
}

void CsvWriter::flushBuffer()
{
    if (m_buffer.isEmpty() || m_writeFailed)
        return;
    if (m_device->write(m_buffer) != m_buffer.size())
        m_writeFailed = true;
    m_buffer.clear();
}

Result<void> CsvWriter::finish()
{
    flushBuffer();
    if (!m_unencodable.isEmpty())
        return std::unexpected(m_unencodable.first());
    if (m_writeFailed)
        return fail(ErrorCode::FileNotWritable, m_device->errorString());
    return {};
}

} // namespace seika::core
