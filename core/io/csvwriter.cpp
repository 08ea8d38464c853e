#include "core/io/csvwriter.h"

#include "core/io/csvformula.h"

#include <QIODevice>

namespace seika::core {

namespace {

constexpr qsizetype BufferSize = 256 * 1024;
constexpr qsizetype MaxKeptProblems = 1000;

bool needsQuotes(QStringView field)
{
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

/// Text that CP932 writes byte for byte as ASCII: printable ASCII and the line breaks, without the
/// backslash and the tilde (which Shift_JIS tables may map to ¥ and ‾).
bool isPlainAscii(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n') || u > 0x7E || u == u'\\' || u == u'~')
            return false;
    }
    return true;
}

/// field with its quotes doubled when it holds any (the text inside RFC 4180 quotes).
QString doubledQuotes(QStringView field)
{
    QString text = field.toString();
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return text;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvEncoding encoding, std::optional<QString> replacement)
    : m_device(device), m_encoding(encoding), m_replacement(std::move(replacement))
{
    if (m_encoding != CsvEncoding::Cp932) {
        m_encoder = QStringEncoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    } else {
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

QString CsvWriter::quoted(const QString &text)
{
    const QString field = csvGuardFormula(text);
    if (!needsQuotes(field))
        return field;
    return QLatin1Char('"') + doubledQuotes(field) + QLatin1Char('"');
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_started)
        m_header = fields;
    for (const QString &f : fields)
        addField(f);
    endRecord();
}

void CsvWriter::startRecord()
{
    if (!m_started) {
        m_started = true;
        if (m_encoding == CsvEncoding::Utf8Bom)
            m_buffer.append("\xEF\xBB\xBF");
    }
    ++m_records;
}

void CsvWriter::separate()
{
    if (m_column == 0)
        startRecord();
    else
        m_buffer.append(',');
    ++m_column;
}

void CsvWriter::addField(QStringView text)
{
    // The one place every text cell passes: a formula-like text gets its guard quote (csvformula.h).
    const QString guarded = csvNeedsFormulaGuard(text) ? csvGuardFormula(text) : QString();
    const QStringView field = guarded.isNull() ? text : QStringView(guarded);
    separate();
    if (!needsQuotes(field)) {
        appendEncoded(field);
        return;
    }
    m_buffer.append('"');
    if (field.contains(u'"'))
        appendEncoded(doubledQuotes(field));
    else
        appendEncoded(field);
    m_buffer.append('"');
}

void CsvWriter::addAscii(std::string_view field)
{
    separate();
    m_buffer.append(field.data(), qsizetype(field.size()));
}

void CsvWriter::addEncoded(QByteArrayView field)
{
    separate();
    m_buffer.append(field);
}

void CsvWriter::endRecord()
{
    if (m_column == 0)
        startRecord();
    m_buffer.append("\r\n");
    m_column = 0;
    if (m_buffer.size() >= BufferSize)
        flushBuffer();
}

std::optional<QByteArray> CsvWriter::encodedField(QStringView input)
{
    const QString guarded = csvNeedsFormulaGuard(input) ? csvGuardFormula(input) : QString();
    const QStringView field = guarded.isNull() ? input : QStringView(guarded);
    const bool quote = needsQuotes(field);
    const QString doubled = quote && field.contains(u'"') ? doubledQuotes(field) : QString();
    const QStringView text = doubled.isNull() ? field : QStringView(doubled);
    QByteArray bytes;
    if (m_encoding != CsvEncoding::Cp932) {
        bytes = text.toUtf8();
    } else {
        if (!m_encoder.isValid())
            return std::nullopt;
        auto encoded = encodeExactly(text);
        if (!encoded)
            return std::nullopt;
        bytes = std::move(*encoded);
    }
    if (quote) {
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

void CsvWriter::appendEncoded(QStringView field)
{
    if (m_encoding != CsvEncoding::Cp932) {
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + m_encoder.requiredSpace(field.size()));
        char *end = m_encoder.appendToBuffer(m_buffer.data() + used, field);
        m_buffer.resize(end - m_buffer.constData());
        return;
    }
    if (!m_encoder.isValid()) {
        if (m_unencodable.isEmpty()) {
            m_unencodable.append(Error{ErrorCode::CsvUnencodable, field.left(1).toString(), {},
                                       csvEncodingKey(m_encoding), m_records, m_column});
        }
        ++m_unencodableCount;
        return;
    }
    if (const auto bytes = encodeExactly(field)) {
        m_buffer.append(*bytes);
        return;
    }
    // Rare path: find the characters CP932 cannot hold, code point by code point.
    qsizetype i = 0;
    while (i < field.size()) {
        const qsizetype len = (field.at(i).isHighSurrogate() && i + 1 < field.size()) ? 2 : 1;
        const QStringView ch = field.mid(i, len);
        if (const auto enc = encodeExactly(ch)) {
            m_buffer.append(*enc);
        } else if (m_replacement) {
            m_buffer.append(m_replacementBytes);
        } else {
            if (m_unencodable.size() < MaxKeptProblems) {
                m_unencodable.append(Error{ErrorCode::CsvUnencodable, ch.toString(), m_header.value(m_column - 1),
                                           csvEncodingKey(m_encoding), m_records, m_column});
            }
            ++m_unencodableCount;
        }
        i += len;
    }
}

std::optional<QByteArray> CsvWriter::encodeExactly(QStringView text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
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
