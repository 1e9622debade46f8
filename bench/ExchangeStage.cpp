#include "ExchangeStage.h"

#include "SqliteShell.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/Exporter.h"
#include "exchange/ImportResult.h"
#include "exchange/Importer.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace daihoi::bench {

namespace {

qint64 manifestRows(const ExchangeManifest &manifest)
{
    qint64 rows = 0;
    for (const auto &entry : manifest.files)
        rows += entry.rows;
    return rows;
}

// The tables an export is read from, for the reference dump.
const QStringList exportedTables = {
    QStringLiteral("units"),           QStringLiteral("congresses"),       QStringLiteral("congress_guests"),
    QStringLiteral("elections"),       QStringLiteral("election_rounds"),  QStringLiteral("round_candidates"),
    QStringLiteral("committee_members"), QStringLiteral("people"),         QStringLiteral("congress_targets"),
    QStringLiteral("congress_directions"), QStringLiteral("unit_year_ratings"), QStringLiteral("plans"),
    QStringLiteral("plan_schedule"),     QStringLiteral("plan_work_items")};

} // namespace

bool ExchangeStage::exportAll(const QString &database, const QString &unitCode, int startYear, int endYear,
                              const QString &folder, BenchFigures *figures, QString *error)
{
    QDir(folder).removeRecursively();
    {
        Database db;
        if (!db.openSqlite(database, error))
            return false;
        Exporter exporter(db.connection());
        ExportOptions options;
        options.dialect = CsvDialect::data();
        QElapsedTimer timer;
        timer.start();
        if (!exporter.run(unitCode, startYear, endYear, folder, options, nullptr, error))
            return false;
        figures->set(QStringLiteral("export_ms"), double(timer.nsecsElapsed()) / 1e6);
        figures->set(QStringLiteral("export_rows"), double(manifestRows(exporter.manifest())));
    }
    figures->addPeakMemory();

    const QString reference = folder + QStringLiteral("-sqlite3");
    QDir(reference).removeRecursively();
    const double ms = SqliteShell::exportTables(database, exportedTables, reference, error);
    if (ms < 0)
        return false;
    figures->set(QStringLiteral("ref_export_ms"), ms);
    qint64 rows = 0;
    for (const QString &table : exportedTables) {
        QFile file(QDir(reference).filePath(table + QStringLiteral(".csv")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd())
            rows += file.readLine().isEmpty() ? 0 : 1;
        --rows; // the header
    }
    figures->set(QStringLiteral("ref_export_rows"), double(rows));
    QDir(reference).removeRecursively();
    return true;
}

bool ExchangeStage::importAll(const QString &folder, const QString &database, BenchFigures *figures,
                              QString *error)
{
    QFile::remove(database);
    {
        Database db;
        if (!db.openSqlite(database, error))
            return false;
        Importer importer(db.connection());
        ImportResult result;
        QStringList errors;
        QElapsedTimer timer;
        timer.start();
        if (!importer.run({folder}, ImportOptions(), nullptr, &result, &errors)) {
            *error = errors.join(QLatin1Char('\n'));
            return false;
        }
        figures->set(QStringLiteral("import_ms"), double(timer.nsecsElapsed()) / 1e6);
        ExchangeManifest manifest;
        if (!manifest.read(QDir(folder).filePath(ExchangeFormat::manifestName()), error))
            return false;
        figures->set(QStringLiteral("import_rows"), double(manifestRows(manifest)));
    }
    figures->addPeakMemory();

    const QString reference = database + QStringLiteral("-sqlite3.db");
    const double ms = SqliteShell::importFolder(folder, reference, error);
    QFile::remove(reference);
    if (ms < 0)
        return false;
    figures->set(QStringLiteral("ref_import_ms"), ms);
    return true;
}

} // namespace daihoi::bench
