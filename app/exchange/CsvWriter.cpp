#include "CsvWriter.h"

namespace daihoi {

namespace {

constexpr int flushSize = 1 << 16;

bool needsQuotes(const QString &cell, QChar separator)
{
    for (const QChar c : cell) {
        if (c == separator || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter()
    : m_hash(QCryptographicHash::Sha256)
{
}

bool CsvWriter::open(const QString &path, const CsvDialect &dialect, const QStringList &header, QString *error)
{
    m_dialect = dialect;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_hash.reset();
    m_buffer.clear();
    m_rows = 0;
    m_columns = int(header.size());
    if (dialect.writesBom())
        m_buffer.append("\xEF\xBB\xBF");
    return writeRecord(header, error);
}

bool CsvWriter::writeRow(const QStringList &cells, QString *error)
{
    Q_ASSERT(cells.size() == m_columns);
    if (!writeRecord(cells, error))
        return false;
    ++m_rows;
    return true;
}

bool CsvWriter::writeRecord(const QStringList &cells, QString *error)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_dialect.separator;
        const QString cell = m_dialect.guard(cells.at(i));
        if (needsQuotes(cell, m_dialect.separator)) {
            QString quoted = cell;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + quoted + QLatin1Char('"');
        } else {
            line += cell;
        }
    }
    line += QStringLiteral("\r\n");
    m_buffer.append(line.toUtf8());
    if (m_buffer.size() >= flushSize) {
        m_hash.addData(m_buffer);
        if (m_file.write(m_buffer) != m_buffer.size()) {
            *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        m_buffer.clear();
    }
    return true;
}

bool CsvWriter::close(QString *error)
{
    m_hash.addData(m_buffer);
    const bool written = m_file.write(m_buffer) == m_buffer.size() && m_file.flush();
    m_buffer.clear();
    m_file.close();
    if (!written) {
        *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_sha256 = m_hash.result().toHex();
    return true;
}

} // namespace daihoi
