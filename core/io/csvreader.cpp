#include "core/io/csvreader.h"

#include "core/io/csvformula.h"

#include <QIODevice>

#include <algorithm>
#include <utility>

namespace seika::core {

namespace {

/// How far a chunk of bytes is valid in an encoding.
struct ByteScan
{
    qsizetype complete = 0;   ///< bytes that form whole characters (a cut-off character follows)
    qsizetype badAt = -1;     ///< the first byte not valid in the encoding
    qsizetype nulAt = -1;     ///< the first NUL byte
    qint64 newlines = 0;      ///< LF bytes before the stop
};

bool isContinuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

ByteScan scanUtf8(const char *data, qsizetype n)
{
    ByteScan s;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (b == 0) {
                s.nulAt = i;
                break;
            }
            if (b == '\n')
                ++s.newlines;
            ++i;
            continue;
        }
        qsizetype len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        } else {
            s.badAt = i;
            break;
        }
        bool bad = false;
        qsizetype k = 1;
        for (; k < len && i + k < n; ++k) {
            const unsigned char c = p[i + k];
            if ((k == 1 && (c < lo || c > hi)) || (k > 1 && !isContinuation(c))) {
                bad = true;
                break;
            }
        }
        if (bad) {
            s.badAt = i;
            break;
        }
        if (k < len) // cut off at the end of the chunk
            break;
        i += len;
    }
    s.complete = i;
    return s;
}

ByteScan scanCp932(const char *data, qsizetype n)
{
    ByteScan s;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80 || (b >= 0xA1 && b <= 0xDF)) {
            if (b == 0) {
                s.nulAt = i;
                break;
            }
            if (b == '\n')
                ++s.newlines;
            ++i;
            continue;
        }
        if ((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)) {
            if (i + 1 >= n)
                break;
            const unsigned char t = p[i + 1];
            if (!((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC))) {
                s.badAt = i;
                break;
            }
            i += 2;
            continue;
        }
        s.badAt = i;
        break;
    }
    s.complete = i;
    return s;
}

QString hexBytes(QByteArrayView bytes)
{
    QStringList parts;
    for (const char c : bytes)
        parts << QStringLiteral("%1").arg(uint(static_cast<unsigned char>(c)), 2, 16, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(' '));
}

const QByteArray Bom("\xEF\xBB\xBF");

} // namespace

CsvReader::CsvReader(QIODevice *device, CsvReadOptions options) : m_device(device), m_options(options)
{
    if (m_options.chunkSize < 16)
        m_options.chunkSize = 16;
}

Error CsvReader::failure(ErrorCode code, QString value, QString detail, qint64 line)
{
    m_failed = Error{code, std::move(value), {}, std::move(detail), line, -1};
    return *m_failed;
}

Result<void> CsvReader::detectEncoding()
{
    const QByteArray head = m_device->peek(3);
    const bool bom = head == Bom;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return std::unexpected(failure(ErrorCode::CsvUtf16, {}, {}, 1));
    if (m_options.encoding) {
        m_encoding = *m_options.encoding;
        if (m_encoding != CsvEncoding::Cp932)
            m_encoding = bom ? CsvEncoding::Utf8Bom : CsvEncoding::Utf8;
        else if (bom)
            return std::unexpected(failure(ErrorCode::CsvEncodingMismatch, csvEncodingKey(CsvEncoding::Cp932), {}, 1));
        return {};
    }
    if (bom) {
        m_encoding = CsvEncoding::Utf8Bom;
        return {};
    }
    // Valid UTF-8 is UTF-8 (CP932 text is hardly ever valid UTF-8); anything else is taken for CP932.
    bool valid = true;
    if (m_device->isSequential()) {
        const QByteArray sample = m_device->peek(m_options.chunkSize);
        valid = scanUtf8(sample.constData(), sample.size()).badAt < 0;
    } else {
        const qint64 start = m_device->pos();
        QByteArray pending;
        for (;;) {
            QByteArray chunk = m_device->read(m_options.chunkSize);
            if (chunk.isEmpty())
                break;
            if (!pending.isEmpty())
                chunk.prepend(pending);
            const ByteScan s = scanUtf8(chunk.constData(), chunk.size());
            if (s.badAt >= 0) {
                valid = false;
                break;
            }
            if (s.nulAt >= 0)
                break; // binary: reported while reading
            pending = chunk.mid(s.complete);
        }
        if (!m_device->seek(start))
            return std::unexpected(failure(ErrorCode::FileNotReadable, m_device->errorString()));
    }
    m_encoding = valid ? CsvEncoding::Utf8 : CsvEncoding::Cp932;
    return {};
}

Result<bool> CsvReader::fill()
{
    if (m_failed)
        return std::unexpected(*m_failed);
    if (m_eof)
        return false;
    QByteArray chunk = m_device->read(m_options.chunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        if (!m_pending.isEmpty()) {
            return std::unexpected(failure(ErrorCode::CsvTruncatedCharacter, hexBytes(m_pending),
                                           csvEncodingKey(m_encoding), m_byteLine));
        }
        return false;
    }
    m_bytesRead += chunk.size();
    if (!m_pending.isEmpty())
        chunk.prepend(std::exchange(m_pending, {}));
    qsizetype skip = 0;
    if (m_atStart) {
        if (chunk.size() < 3 && Bom.startsWith(chunk) && !m_device->atEnd()) {
            m_pending = chunk; // too short to tell; a tiny chunk size
            return true;
        }
        m_atStart = false;
        if (chunk.startsWith(Bom) && m_encoding != CsvEncoding::Cp932)
            skip = 3;
    }
    const ByteScan s = m_encoding == CsvEncoding::Cp932 ? scanCp932(chunk.constData() + skip, chunk.size() - skip)
                                                        : scanUtf8(chunk.constData() + skip, chunk.size() - skip);
    if (s.nulAt >= 0)
        return std::unexpected(failure(ErrorCode::CsvBinaryData, {}, {}, m_byteLine + s.newlines));
    if (s.badAt >= 0) {
        return std::unexpected(failure(ErrorCode::CsvInvalidEncoding,
                                       hexBytes(QByteArrayView(chunk).sliced(skip + s.badAt,
                                           std::min<qsizetype>(2, chunk.size() - skip - s.badAt))),
                                       csvEncodingKey(m_encoding), m_byteLine + s.newlines));
    }
    m_byteLine += s.newlines;
    m_pending = chunk.mid(skip + s.complete);
    const QByteArrayView whole = QByteArrayView(chunk).sliced(skip, s.complete);
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_encoding == CsvEncoding::Cp932) {
        m_text += m_decoder.decode(whole);
        if (m_decoder.hasError()) {
            return std::unexpected(
                failure(ErrorCode::CsvInvalidEncoding, {}, csvEncodingKey(m_encoding), m_byteLine));
        }
    } else {
        // Not QString::fromUtf8(), which drops a U+FEFF at the start of every chunk; the file's own byte
        // order mark was skipped above.
        m_text += QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom).decode(whole);
    }
    return true;
}

Result<void> CsvReader::open()
{
    if (auto r = detectEncoding(); !r)
        return r;
    if (m_encoding == CsvEncoding::Cp932) {
        m_decoder = QStringDecoder("Shift_JIS", QStringConverter::Flag::Stateless);
        if (!m_decoder.isValid())
            return std::unexpected(failure(ErrorCode::CsvInvalidEncoding, {}, csvEncodingKey(m_encoding), 1));
    }
    // The first line decides the delimiter.
    while (!m_text.contains(QLatin1Char('\n'))) {
        auto more = fill();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
    }
    if (m_options.delimiter != 0) {
        m_delimiter = m_options.delimiter;
    } else {
        qsizetype comma = 0, tab = 0, semicolon = 0;
        bool quoted = false;
        for (const QChar c : std::as_const(m_text)) {
            const char16_t u = c.unicode();
            if (u == u'"')
                quoted = !quoted;
            else if (!quoted && (u == u'\n' || u == u'\r'))
                break;
            else if (!quoted && u == u',')
                ++comma;
            else if (!quoted && u == u'\t')
                ++tab;
            else if (!quoted && u == u';')
                ++semicolon;
        }
        m_delimiter = u',';
        if (tab > comma && tab >= semicolon)
            m_delimiter = u'\t';
        else if (semicolon > comma && semicolon > tab)
            m_delimiter = u';';
    }
    auto header = parseRecord();
    if (!header)
        return std::unexpected(header.error());
    if (!*header)
        return std::unexpected(failure(ErrorCode::CsvEmptyFile, {}, {}, 1));
    m_header = fieldList();
    return {};
}

void CsvReader::endField()
{
    // Undo the formula guard CsvWriter writes (csvformula.h): '=x → =x, ''=x → 'x.
    const qsizetype start = m_fieldEnds.isEmpty() ? 0 : m_fieldEnds.last();
    if (csvFormulaGuardLength(QStringView(m_record).sliced(start)) > 0)
        m_record.remove(start, 1);
    m_fieldEnds.append(m_record.size());
}

QStringList CsvReader::fieldList() const
{
    QStringList fields;
    fields.reserve(m_fieldEnds.size());
    for (qsizetype i = 0; i < m_fieldEnds.size(); ++i) {
        const QStringView f = field(i);
        fields.append(f.isEmpty() ? QString() : f.toString()); // an empty field is a null string
    }
    return fields;
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    auto more = advance();
    if (!more)
        return std::unexpected(more.error());
    if (!*more)
        return std::optional<CsvRecord>();
    return std::optional<CsvRecord>(CsvRecord{fieldList(), m_recordLine, m_recordError});
}

Result<bool> CsvReader::advance()
{
    if (m_failed)
        return std::unexpected(*m_failed);
    for (;;) {
        auto record = parseRecord();
        if (!record || !*record)
            return record;
        // A row of empty cells (Excel writes ",,," for a cleared row) is a blank line.
        if (m_record.isEmpty())
            continue;
        m_recordError.reset();
        if (m_fieldEnds.size() != m_header.size()) {
            m_recordError = Error{ErrorCode::CsvRaggedRow, QString::number(m_fieldEnds.size()), {},
                                  QString::number(m_header.size()), m_recordLine, -1};
        }
        return true;
    }
}

Result<bool> CsvReader::parseRecord()
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    // Never shared (field() hands out views only), so neither call frees the storage.
    m_record.resize(0);
    m_fieldEnds.clear();
    bool any = false;
    qint64 startLine = m_line;
    const char16_t delimiter = m_delimiter;
    for (;;) {
        if (m_pos >= m_text.size()) {
            auto more = fill();
            if (!more)
                return std::unexpected(more.error());
            if (*more)
                continue;
            if (state == State::Quoted)
                return std::unexpected(failure(ErrorCode::CsvUnterminatedQuote, {}, {}, startLine));
            if (!any)
                return false;
            endField();
            m_recordLine = startLine;
            return true;
        }
        const char16_t u = m_text.at(m_pos).unicode();
        if (m_skipLf) {
            m_skipLf = false;
            if (u == u'\n') {
                ++m_pos;
                continue;
            }
        }
        switch (state) {
        case State::FieldStart:
            if (u == u'"') {
                state = State::Quoted;
                any = true;
                ++m_pos;
                break;
            }
            [[fallthrough]];
        case State::Unquoted: {
            if (u == delimiter) {
                endField();
                state = State::FieldStart;
                any = true;
                ++m_pos;
                break;
            }
            if (u == u'\r' || u == u'\n') {
                ++m_pos;
                ++m_line;
                m_skipLf = u == u'\r';
                if (!any) { // a blank line
                    startLine = m_line;
                    break;
                }
                endField();
                m_recordLine = startLine;
                return true;
            }
            qsizetype end = m_pos + 1;
            const qsizetype size = m_text.size();
            const QChar *text = m_text.constData();
            while (end < size) {
                const char16_t e = text[end].unicode();
                if (e == delimiter || e == u'\r' || e == u'\n')
                    break;
                ++end;
            }
            m_record.append(text + m_pos, end - m_pos);
            m_pos = end;
            state = State::Unquoted;
            any = true;
            break;
        }
        case State::Quoted: {
            if (u == u'"') {
                state = State::QuoteInQuoted;
                ++m_pos;
                break;
            }
            qsizetype end = m_pos;
            const qsizetype size = m_text.size();
            const QChar *text = m_text.constData();
            while (end < size && text[end].unicode() != u'"') {
                if (text[end].unicode() == u'\n')
                    ++m_line;
                ++end;
            }
            m_record.append(text + m_pos, end - m_pos);
            m_pos = end;
            break;
        }
        case State::QuoteInQuoted:
            if (u == u'"') {
                m_record.append(QLatin1Char('"'));
                state = State::Quoted;
                ++m_pos;
            } else {
                // Text after a closing quote ("a"b): kept, as spreadsheet programs do.
                state = State::Unquoted;
                if (u != delimiter && u != u'\r' && u != u'\n') {
                    m_record.append(QChar(u));
                    ++m_pos;
                }
            }
            break;
        }
    }
}

} // namespace seika::core
