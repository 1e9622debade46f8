#include "PackageRows.h"
#include "PackageReader.h"
#include <QDir>

namespace daihoi {

PackageRows::PackageRows(const QString &folder, ExchangeFormat::File file, const CsvDialect &dialect,
                         QStringList *errors, bool *broken, bool present)
    : m_name(ExchangeFormat::fileName(file))
    , m_anyBroken(broken)
    , m_knownColumns(ExchangeFormat::columns(file))
    , m_columns(m_knownColumns)
    , m_errors(errors)
    , m_ended(!present)
{
    if (!present)
        return;
    QString error;
    if (!m_reader.open(QDir(folder).filePath(m_name), dialect, &error)) {
        add(error);
        m_broken = *m_anyBroken = true;
        return;
    }
    QStringList header;
    if (m_reader.next(&header) != CsvReader::Result::Record) {
        structural();
        return;
    }
    // An older file may stop before the columns added since; those read as empty.
    QStringList older = m_columns;
    const QStringList added = ExchangeFormat::addedColumns(file);
    if (header != m_columns && older.mid(older.size() - added.size()) == added
        && header == older.mid(0, older.size() - added.size()))
        m_columns = header;
    if (header != m_columns) {
        add(tr("%1, line 1: the columns are %2; expected %3.")
                .arg(m_name, header.join(QLatin1Char(',')), m_columns.join(QLatin1Char(','))));
        m_broken = *m_anyBroken = true;
    }
}

bool PackageRows::peek()
{
    if (!m_hasRow && !m_ended) {
        m_hasRow = read();
        m_ended = !m_hasRow;
    }
    return m_hasRow;
}

bool PackageRows::read()
{
    if (m_broken)
        return false;
    const CsvReader::Result result = m_reader.next(&m_cells);
    if (result == CsvReader::Result::End)
        return false;
    if (result == CsvReader::Result::Failed) {
        structural();
        return false;
    }
    if (m_cells.size() != m_columns.size()) {
        add(tr("%1, line %2: %3 cells where the header has %4 columns.")
                .arg(m_name)
                .arg(line())
                .arg(m_cells.size())
                .arg(m_columns.size()));
        m_broken = *m_anyBroken = true;
        return false;
    }
    ++m_rows;
    return true;
}

void PackageRows::refuseValue(const char *column, const QString &value, const QString &rule)
{
    add(PackageReader::refusal(m_name, line(), QLatin1String(column), value, rule));
}

QString PackageRows::required(const char *column)
{
    const QString value = text(column);
    if (value.trimmed().isEmpty())
        refuse(column, tr("a value is required"));
    return value;
}

qint64 PackageRows::integer(const char *column, qint64 min, qint64 max)
{
    const QString value = text(column);
    bool ok = !value.isEmpty();
    for (const QChar c : value)
        ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!ok) {
        refuse(column, tr("not a whole number"));
        return 0;
    }
    const qint64 number = value.size() > 15 ? max + 1 : value.toLongLong();
    if (number < min || number > max) {
        refuse(column, tr("outside the allowed range %1 to %2").arg(min).arg(max));
        return 0;
    }
    return number;
}

bool PackageRows::flag(const char *column)
{
    const QString value = text(column);
    if (value != QLatin1String("0") && value != QLatin1String("1"))
        refuse(column, tr("not 0 or 1"));
    return value == QLatin1String("1");
}

QDate PackageRows::date(const char *column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return {};
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10)
        refuse(column, tr("not a date written as YYYY-MM-DD"));
    return d;
}

QTime PackageRows::time(const char *column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return {};
    const QTime t = QTime::fromString(value, QStringLiteral("HH:mm"));
    if (!t.isValid() || value.size() != 5)
        refuse(column, tr("not a time written as HH:MM (24 hours)"));
    return t;
}

bool PackageRows::unique(QHash<QString, qint64> *seen, const QString &key, const char *column, const QString &shown)
{
    const auto it = seen->constFind(key);
    if (it != seen->constEnd()) {
        refuseValue(column, shown, tr("repeats the key of line %1").arg(it.value()));
        return false;
    }
    seen->insert(key, line());
    return true;
}

void PackageRows::add(const QString &message)
{
    if (m_errors->size() < MaxErrors)
        m_errors->append(message);
}

int PackageRows::index(const char *column) const
{
    const int i = int(m_columns.indexOf(QLatin1String(column)));
    Q_ASSERT(i >= 0 || m_knownColumns.contains(QLatin1String(column)));
    return i;
}

void PackageRows::structural()
{
    add(tr("%1, line %2, cell %3: %4.")
            .arg(m_name)
            .arg(m_reader.line())
            .arg(m_reader.errorCell())
            .arg(m_reader.errorString()));
    m_broken = *m_anyBroken = true;
}

} // namespace daihoi
