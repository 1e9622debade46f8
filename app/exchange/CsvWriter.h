#pragma once

#include "CsvDialect.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStringList>

namespace daihoi {

// Writes one CSV file row by row (RFC 4180, CRLF) and hashes what it writes, so the manifest's
// SHA-256 costs no second pass over the file.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CsvWriter)
public:
    CsvWriter();
    bool open(const QString &path, const CsvDialect &dialect, const QStringList &header, QString *error);
    bool writeRow(const QStringList &cells, QString *error);
    bool close(QString *error);
    // Data rows written, not counting the header.
    qint64 rowCount() const { return m_rows; }
    QByteArray sha256Hex() const { return m_sha256; }

private:
    bool writeRecord(const QStringList &cells, QString *error);
    QFile m_file;
    CsvDialect m_dialect;
    QCryptographicHash m_hash;
    QByteArray m_buffer;
    QByteArray m_sha256;
    int m_columns = 0;
    qint64 m_rows = 0;
};

} // namespace daihoi
