#include "CsvDialect.h"

namespace daihoi {

namespace {

const QChar apostrophe = QLatin1Char('\'');

bool needsGuard(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
        return true;
    default:
        return false;
    }
}

} // namespace

bool CsvDialect::fromKey(const QString &key, QChar separator, CsvDialect *dialect)
{
    if (key == QLatin1String("data")) {
        if (separator != QLatin1Char(','))
            return false;
        *dialect = data();
        return true;
    }
    if (key == QLatin1String("excel")) {
        if (separator != QLatin1Char(';') && separator != QLatin1Char(','))
            return false;
        *dialect = excel(separator);
        return true;
    }
    return false;
}

QString CsvDialect::guard(const QString &cell) const
{
    return isExcel() && needsGuard(cell) ? apostrophe + cell : cell;
}

QString CsvDialect::unguard(const QString &cell) const
{
    return isExcel() && cell.startsWith(apostrophe) ? cell.mid(1) : cell;
}

} // namespace daihoi
