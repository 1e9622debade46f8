#pragma once

#include "CsvReader.h"
#include "ExchangeFormat.h"
#include <QCoreApplication>
#include <QDate>
#include <QTime>
#include <QHash>

namespace daihoi {

// A cursor over one file of an export, one row of look-ahead, with typed access to the cells of the
// current row. A type or range problem is recorded as a refusal and the cell reads as 0 or empty, so
// one pass reports them all.
class PackageRows
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PackageReader)
public:
    static constexpr int MaxErrors = 50;
    static constexpr qint64 MaxCount = 10000000; // more than any unit's members, ballots or votes

    // A file that is not `present` (added after the export's format version) reads as a file without rows.
    PackageRows(const QString &folder, ExchangeFormat::File file, const CsvDialect &dialect, QStringList *errors,
                bool *broken, bool present = true);
    QString name() const { return m_name; }
    qint64 line() const { return m_reader.line(); }
    qint64 rows() const { return m_rows; }
    bool broken() const { return m_broken; }
    // Whether a row is waiting (reads it when none is); consume() moves past it.
    bool peek();
    void consume() { m_hasRow = false; }

    // Empty for a column the file's header lacks (ExchangeFormat::addedColumns).
    QString text(const char *column) const
    {
        const int i = index(column);
        return i < 0 ? QString() : m_cells.at(i);
    }
    bool has(const char *column) const { return index(column) >= 0; }
    void refuse(const char *column, const QString &rule) { refuseValue(column, text(column), rule); }
    void refuseValue(const char *column, const QString &value, const QString &rule);
    QString required(const char *column);
    qint64 integer(const char *column, qint64 min, qint64 max);
    int count(const char *column) { return int(integer(column, 0, MaxCount)); }
    bool flag(const char *column);
    QDate date(const char *column);
    // "HH:MM" (24 hours); empty is an unknown time.
    QTime time(const char *column);
    // A key of an enumeration, checked with its fromKey function.
    template<typename T, typename F>
    T choice(const char *column, F fromKey, const QStringList &allowed)
    {
        T value{};
        if (!fromKey(text(column), &value))
            refuse(column, tr("not one of %1").arg(allowed.join(QStringLiteral(", "))));
        return value;
    }
    // Records the key; a repeat is refused with the line that had it first.
    bool unique(QHash<QString, qint64> *seen, const QString &key, const char *column, const QString &shown);
    void add(const QString &message);

private:
    bool read();
    int index(const char *column) const;
    void structural();
    QString m_name;
    bool *m_anyBroken;
    QStringList m_knownColumns; // this program's
    QStringList m_columns;      // the file's: the known ones, or an older prefix of them
    QStringList *m_errors;
    CsvReader m_reader;
    QStringList m_cells;
    qint64 m_rows = 0;
    bool m_broken = false;
    bool m_hasRow = false;
    bool m_ended = false;
};

} // namespace daihoi
