#pragma once

#include "ExchangePackage.h"
#include "ImportOptions.h"
#include "ImportResult.h"
#include <QCoreApplication>
#include <QSqlDatabase>

namespace daihoi {

class ExchangeProgress;

// Imports one or many exports (folders, or their manifest.json) in one transaction: the units are read
// and matched to the database by unit code and term years, then every other row is checked as it is
// read (PackageReader) and written. A refusal or a cancel rolls everything back.
//
// Replacement: per unit and term, the export with the latest manifest creation time wins. An export
// already imported (same manifest) changes nothing; a newer one deletes the term's congresses (with
// everything below them), the term years' ratings and, when its format carries plans, the term's plans
// of every unit under its top unit, then writes its own; an older one is refused.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::Importer)
public:
    explicit Importer(QSqlDatabase db);
    bool run(const QStringList &paths, const ImportOptions &options, ExchangeProgress *progress,
             ImportResult *result, QStringList *errors);

private:
    struct Placement; // where an export goes, decided before anything is written
    bool check(QList<ExchangePackage> &packages, const ImportOptions &options, QList<Placement> *placements,
               QStringList *unattached, QStringList *errors);
    bool write(ExchangePackage &package, const Placement &placement, ExchangeProgress *progress, qint64 *done,
               qint64 total, QStringList *problems);
    bool upsertUnits(const ExchangePackage &package, const Placement &placement, QHash<QString, qint64> *ids, QString *error);
    bool clearSubtree(qint64 topId, qint64 termId, int startYear, int endYear, bool withPlans, QString *error);
    QSqlDatabase m_db;
};

} // namespace daihoi
