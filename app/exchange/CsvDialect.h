#pragma once

#include <QChar>
#include <QString>

namespace daihoi {

// How a CSV file of an exchange is written (docs/csv-format.md, "Dialects").
// Excel: UTF-8 with BOM, ';' or ',', CRLF, and cells a spreadsheet would run as a formula guarded.
// Data: UTF-8 without BOM, ',', plain RFC 4180.
struct CsvDialect
{
    enum class Kind { Excel, Data };
    Kind kind = Kind::Excel;
    QChar separator = QLatin1Char(';');

    static CsvDialect excel(QChar separator = QLatin1Char(';')) { return {Kind::Excel, separator}; }
    static CsvDialect data() { return {Kind::Data, QLatin1Char(',')}; }

    bool isExcel() const { return kind == Kind::Excel; }
    bool writesBom() const { return isExcel(); }
    QString key() const { return isExcel() ? QStringLiteral("excel") : QStringLiteral("data"); }
    static bool fromKey(const QString &key, QChar separator, CsvDialect *dialect);

    // Excel: a cell starting with = + - @ tab or CR would be read as a formula (or trimmed into one), so
    // it gets a leading apostrophe. A real leading apostrophe is guarded the same way, which makes
    // unguard() the exact inverse: it removes one apostrophe, never more.
    QString guard(const QString &cell) const;
    QString unguard(const QString &cell) const;
};

} // namespace daihoi
