#pragma once

#include "ExchangeFormat.h"
#include "ExchangePackage.h"
#include <QCoreApplication>
#include <QHash>
#include <array>
#include <functional>
#include <memory>

namespace daihoi {

class ExchangeProgress;
class PackageRows;

// Reads the CSV files of one export and checks everything that needs no database: quoting, columns,
// types and ranges, duplicate keys, references between the files, and the same domain rules the forms
// apply (CongressValidator, Election::errors, TargetValidator, the committee checks). Each refusal
// names file, line, column, value and rule.
//
// Only units.csv is held in memory. The other files are read side by side, one unit at a time, which
// is why each of them must list its rows unit by unit in the order of units.csv (as the exporter
// writes them): a national export never has to fit in memory.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::PackageReader)
public:
    // `done` counts rows read (shared over several exports) for progress against `total`.
    PackageReader(ExchangeProgress *progress, qint64 *done, qint64 total);
    ~PackageReader();
    // Reads units.csv into package->units and opens the other files; package has folder and manifest.
    bool open(ExchangePackage *package, QStringList *errors);
    // The next unit's rows; false at the end, on too many errors, or when cancelled.
    bool next(ExchangePackage::UnitRows *rows);
    // After the last unit: rows left over (unknown units, out of order) and row counts against the manifest.
    bool finish();
    bool cancelled() const { return m_cancelled; }

    // "congresses.csv, line 17, column present (31): rule"
    static QString refusal(const QString &file, qint64 line, const QString &column, const QString &value,
                           const QString &rule);
    static bool verifyHashes(const QString &folder, const ExchangeManifest &manifest, QStringList *errors);

private:
    bool tick();
    PackageRows &file(int which) { return *m_files[size_t(which)]; }
    // Hands `handle` each row of `which` that belongs to the unit at unitIndex (by the file's unit column).
    void pull(int which, int unitIndex, const QString &code, const std::function<void(PackageRows &)> &handle);
    // plans.csv, plan_schedule.csv and plan_work_items.csv for one unit (PackageReaderPlans.cpp).
    void nextPlan(int unitIndex, const QString &code, ExchangePackage::UnitRows *out);
    ExchangeProgress *m_progress;
    qint64 *m_done;
    qint64 m_total;
    ExchangePackage *m_package = nullptr;
    QStringList *m_errors = nullptr;
    std::array<std::unique_ptr<PackageRows>, ExchangeFormat::FileCount> m_files;
    QHash<QString, int> m_unitIndex;
    int m_next = 0;
    bool m_broken = false;
    bool m_cancelled = false;
};

} // namespace daihoi
