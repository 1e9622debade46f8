#include "CsvReader.h"

namespace daihoi {

namespace {

constexpr qint64 chunkSize = 1 << 16;

} // namespace

bool CsvReader::open(const QString &path, const CsvDialect &dialect, QString *error)
{
    m_dialect = dialect;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    // The default decoder drops one leading BOM, as both dialects need.
    m_decoder = QStringDecoder(QStringDecoder::Utf8);
    m_text.clear();
    m_pos = 0;
    m_line = 1;
    m_eof = false;
    m_badAt = -1;
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_file.read(chunkSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    const bool hadError = m_decoder.hasError();
    const QString decoded = m_decoder.decode(bytes);
    m_text = m_text.mid(m_pos);
    if (m_badAt >= 0)
        m_badAt -= m_pos;
    // The decoder marks a broken sequence with U+FFFD: the first one decoded with the error is where the
    // file stops being UTF-8, so the refusal can name the line and cell it is in.
    if (m_badAt < 0 && !hadError && m_decoder.hasError()) {
        const qsizetype at = decoded.indexOf(QChar(QChar::ReplacementCharacter));
        m_badAt = m_text.size() + (at >= 0 ? at : decoded.size());
    }
    m_text += decoded;
    m_pos = 0;
    return true;
}

bool CsvReader::atEnd()
{
    while (m_pos >= m_text.size()) {
        if (!fill())
            return true;
    }
    return false;
}

QChar CsvReader::take()
{
    return m_text.at(m_pos++);
}

CsvReader::Result CsvReader::fail(const QString &message, int cell)
{
    m_error = message;
    m_errorCell = cell;
    return Result::Failed;
}

CsvReader::Result CsvReader::next(QStringList *cells)
{
    cells->clear();
    m_error.clear();
    m_errorCell = 0;
    if (atEnd())
        return m_decoder.hasError() ? fail(tr("the file is not UTF-8 text"), 0) : Result::End;
    m_recordLine = m_line;
    QString cell;
    bool quoted = false;     // this cell began with a quote
    bool closed = false;     // its closing quote was read
    auto finishCell = [&]() {
        cells->append(m_dialect.unguard(cell));
        cell.clear();
        quoted = false;
        closed = false;
    };
    for (;;) {
        if (m_badAt >= 0 && !atEnd() && m_pos >= m_badAt)
            return fail(tr("the file is not UTF-8 text"), int(cells->size()) + 1);
        if (atEnd()) {
            if (m_decoder.hasError())
                return fail(tr("the file is not UTF-8 text"), int(cells->size()) + 1);
            if (quoted && !closed)
                return fail(tr("a quoted cell is not closed before the end of the file"), int(cells->size()) + 1);
            finishCell();
            return Result::Record;
        }
        const QChar c = take();
        const int cellNumber = int(cells->size()) + 1;
        if (quoted && !closed) {
            if (c == QLatin1Char('"')) {
                if (!atEnd() && m_text.at(m_pos) == QLatin1Char('"')) {
                    ++m_pos;
                    cell += c;
                } else {
                    closed = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                cell += c;
            }
            continue;
        }
        if (c == m_dialect.separator) {
            finishCell();
            continue;
        }
        if (c == QLatin1Char('\r')) {
            if (atEnd() || m_text.at(m_pos) != QLatin1Char('\n'))
                return fail(tr("a carriage return outside quotes that does not end the line"), cellNumber);
            continue; // the LF ends the record
        }
        if (c == QLatin1Char('\n')) {
            ++m_line;
            finishCell();
            return Result::Record;
        }
        if (closed)
            return fail(tr("text after the closing quote of a cell"), cellNumber);
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty())
                return fail(tr("a quote inside a cell that does not start with a quote"), cellNumber);
            quoted = true;
            continue;
        }
        cell += c;
    }
}

} // namespace daihoi
