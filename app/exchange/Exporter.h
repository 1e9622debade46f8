#pragma once

#include "ExchangeManifest.h"
#include "ExportOptions.h"
#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

class ExchangeProgress;

// Writes a unit's subtree and one term to a folder: the CSV files of ExchangeFormat and manifest.json.
// Rows are streamed unit by unit in tree order (each parent before its children, siblings in their
// order), so the same data always gives the same bytes.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::Exporter)
public:
    explicit Exporter(QSqlDatabase db);
    // On failure or cancel the files written so far are removed.
    bool run(const QString &unitCode, int startYear, int endYear, const QString &folder,
             const ExportOptions &options, ExchangeProgress *progress, QString *error);
    const ExchangeManifest &manifest() const { return m_manifest; }

private:
    bool write(const QString &unitCode, int startYear, int endYear, const QString &folder,
               const ExportOptions &options, ExchangeProgress *progress, QString *error);
    QSqlDatabase m_db;
    ExchangeManifest m_manifest;
};

} // namespace daihoi
