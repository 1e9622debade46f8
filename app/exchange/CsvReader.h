#pragma once

#include "CsvDialect.h"
#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>

namespace daihoi {

// Reads one CSV file a record at a time, strictly by RFC 4180: a quote inside an unquoted cell, text
// after a closing quote, a bare CR or a file ending inside quotes is refused, and so is anything that
// is not UTF-8. Excel guards are removed on the way (CsvDialect::unguard).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CsvReader)
public:
    enum class Result { Record, End, Failed };

    bool open(const QString &path, const CsvDialect &dialect, QString *error);
    Result next(QStringList *cells);
    // The physical line (1-based) the last record started on, and the 1-based cell the error is in.
    qint64 line() const { return m_recordLine; }
    int errorCell() const { return m_errorCell; }
    QString errorString() const { return m_error; }

private:
    bool fill();
    bool atEnd();
    QChar take();
    Result fail(const QString &message, int cell);
    QFile m_file;
    CsvDialect m_dialect;
    QStringDecoder m_decoder;
    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_badAt = -1; // index in m_text of the first byte that is not UTF-8
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    int m_errorCell = 0;
    QString m_error;
    bool m_eof = false;
};

} // namespace daihoi
