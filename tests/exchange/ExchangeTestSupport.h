#pragma once

#include "domain/committee/CompositionFigures.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/ExchangeManifest.h"
#include "exchange/ExchangeProgress.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QtTest>

namespace daihoi::exchangetest {

// Every row of every table, in a stable order: "the database did not change" compares two of these.
inline QString dump(QSqlDatabase db)
{
    QStringList lines;
    QStringList tables = db.tables();
    tables.sort();
    for (const QString &table : tables) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        rows.sort();
        lines.append(table + QLatin1Char('\n') + rows.join(QLatin1Char('\n')));
    }
    return lines.join(QStringLiteral("\n\n"));
}

inline QString describe(const CompositionFigures &f)
{
    QStringList parts;
    for (int v : {f.congresses, f.seats, f.members, f.reelected, f.women, f.men, f.genderUnknown, f.young,
                  f.ethnicMinority, f.ethnicityUnknown, f.detailsMissing, f.congressesOverSeats, f.secretaries,
                  f.secretariesReelected, f.secretariesElectedAtCongress, f.secretariesAppointed,
                  f.secretariesResidentialHead, f.secretariesWithFullApproval})
        parts.append(QString::number(v));
    for (int v : f.theory)
        parts.append(QString::number(v));
    parts.append(QString::number(f.lowestSecretaryPercent));
    return parts.join(QLatin1Char(','));
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(bytes);
}

// After a test edited a file on purpose: the manifest's hashes and counts follow, so the import reaches
// the check under test instead of stopping at the SHA-256.
inline void rehash(const QString &folder, qint64 rowDelta = 0, const QString &changedFile = QString())
{
    ExchangeManifest manifest;
    QString error;
    manifest.read(QDir(folder).filePath(ExchangeFormat::manifestName()), &error);
    for (auto it = manifest.files.begin(); it != manifest.files.end(); ++it) {
        it.value().sha256 =
            QCryptographicHash::hash(readAll(QDir(folder).filePath(it.key())), QCryptographicHash::Sha256).toHex();
        if (it.key() == changedFile)
            it.value().rows += rowDelta;
    }
    manifest.write(QDir(folder).filePath(ExchangeFormat::manifestName()), &error);
}

// Rewrites one cell (line 1 is the header) through the real reader and writer, so quoting and guards stay right.
inline void setCell(const QString &folder, const QString &file, int line, const QString &column, const QString &value)
{
    ExchangeManifest manifest;
    QString error;
    QVERIFY(manifest.read(QDir(folder).filePath(ExchangeFormat::manifestName()), &error));
    const QString path = QDir(folder).filePath(file);
    CsvReader reader;
    QVERIFY(reader.open(path, manifest.dialect, &error));
    QList<QStringList> records;
    QStringList cells;
    while (reader.next(&cells) == CsvReader::Result::Record)
        records.append(cells);
    const int index = int(records.first().indexOf(column));
    QVERIFY2(index >= 0 && line - 1 < records.size(), qPrintable(column));
    records[line - 1][index] = value;
    CsvWriter writer;
    QVERIFY(writer.open(path, manifest.dialect, records.first(), &error));
    for (int i = 1; i < records.size(); ++i)
        QVERIFY(writer.writeRow(records.at(i), &error));
    QVERIFY(writer.close(&error));
}

inline QStringList dataFiles()
{
    QStringList names;
    for (ExchangeFormat::File file : ExchangeFormat::files())
        names.append(ExchangeFormat::fileName(file));
    return names;
}

// Cancels once the work reported reaches `fraction` of the total (an import reads the first half, writes
// the second).
class CancelAt : public ExchangeProgress
{
public:
    explicit CancelAt(double fraction) : m_fraction(fraction) {}
    void report(qint64 done, qint64 total, const QString &) override
    {
        ++m_reports;
        m_reached = m_reached || double(done) >= m_fraction * double(total);
    }
    bool isCanceled() const override { return m_reached; }
    int reports() const { return m_reports; }

private:
    double m_fraction;
    int m_reports = 0;
    bool m_reached = false;
};

} // namespace daihoi::exchangetest
