#include "Importer.h"
#include "ExchangeFormat.h"
#include "ExchangeProgress.h"
#include "PackageReader.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/PlanRepository.h"
#include "storage/QueryRunner.h"
#include "storage/TermRepository.h"
#include "storage/HistoryBulkWrite.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/targets/DirectionRepository.h"
#include "storage/targets/RatingRepository.h"
#include "storage/targets/TargetRepository.h"
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace daihoi {

struct Importer::Placement
{
    bool unchanged = false;
    bool topExists = false;
    QString attachUnder; // empty with !topExists: a new top-level unit
};

namespace {

QString termText(const ExchangeManifest &m)
{
    return QStringLiteral("%1–%2").arg(m.startYear).arg(m.endYear);
}

// When the export was written, as a clerk reads a date and time (the manifest keeps ISO UTC).
QString createdForClerk(const ExchangeManifest &m)
{
    return m.created.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString packageKey(const ExchangeManifest &m)
{
    return QStringLiteral("%1\x1f%2\x1f%3").arg(m.unitCode).arg(m.startYear).arg(m.endYear);
}

// A path names a folder holding manifest.json, or the manifest itself.
QString folderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

} // namespace

Importer::Importer(QSqlDatabase db)
    : m_db(db)
{
}

bool Importer::run(const QStringList &paths, const ImportOptions &options, ExchangeProgress *progress,
                   ImportResult *result, QStringList *errors)
{
    *result = ImportResult();
    auto refuse = [errors](const QString &folder, const QStringList &problems) {
        for (const QString &problem : problems)
            errors->append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(folder), problem));
    };
    QList<ExchangePackage> packages;
    qint64 total = 0;
    for (const QString &path : paths) {
        ExchangePackage package;
        const QString folder = folderOf(path);
        QString error;
        const QString manifestPath = QDir(folder).filePath(ExchangeFormat::manifestName());
        if (!QFileInfo::exists(path) || !QFileInfo(manifestPath).isReadable()) {
            result->unreadable = true;
            errors->append(tr("%1: no readable export here (%2).")
                               .arg(QDir::toNativeSeparators(path), ExchangeFormat::manifestName()));
            continue;
        }
        if (!package.manifest.read(manifestPath, &error)) {
            refuse(folder, {error});
            continue;
        }
        QStringList problems;
        for (ExchangeFormat::File file : ExchangeFormat::files(package.manifest.formatVersion))
            result->unreadable = result->unreadable
                                 || !QFileInfo(QDir(folder).filePath(ExchangeFormat::fileName(file))).isReadable();
        if (!PackageReader::verifyHashes(folder, package.manifest, &problems)) {
            refuse(folder, problems);
            continue;
        }
        for (const auto &entry : std::as_const(package.manifest.files))
            total += entry.rows;
        package.folder = folder;
        packages.append(package);
    }
    if (!errors->isEmpty())
        return false;
    qint64 done = 0;
    // The units of every export, which the placement needs; the other files are read once, while writing.
    for (ExchangePackage &package : packages) {
        QStringList problems;
        qint64 unitsRead = 0;
        PackageReader(nullptr, &unitsRead, 0).open(&package, &problems);
        refuse(package.folder, problems);
    }
    if (!errors->isEmpty())
        return false;

    // The oldest first, so that of two exports of one unit and term given together the newer one wins.
    std::stable_sort(packages.begin(), packages.end(), [](const ExchangePackage &a, const ExchangePackage &b) {
        return a.manifest.created < b.manifest.created;
    });
    QList<Placement> placements;
    if (!check(packages, options, &placements, &result->unattached, errors))
        return false;

    // On an SQLite file each package is one history row rather than one per row it writes (HistoryBulkWrite).
    HistoryBulkWrite history(m_db, HistoryBulkWrite::Kind::Import);
    Transaction transaction(m_db);
    QString error;
    if (!history.begin(&error) || !transaction.begin(&error)) {
        errors->append(error);
        return false;
    }
    for (int i = 0; i < packages.size(); ++i) {
        const ExchangeManifest &m = packages.at(i).manifest;
        if (placements.at(i).unchanged) {
            ++result->unchanged;
            result->lines.append(tr("%1, term %2 (%3): already imported, nothing changed.")
                                     .arg(m.unitCode, termText(m), createdForClerk(m)));
            continue;
        }
        QStringList problems;
        if (!write(packages[i], placements.at(i), progress, &done, total, &problems)) {
            refuse(packages.at(i).folder, problems);
            return false;
        }
        ++result->written;
        result->lines.append(tr("%1, term %2 (%3): %4 units, %5 congresses imported.")
                                 .arg(m.unitCode, termText(m), createdForClerk(m))
                                 .arg(packages.at(i).units.size())
                                 .arg(packages.at(i).congressCount));
        if (packages.at(i).planCount > 0)
            result->lines.append(tr("%1, term %2: %3 plan(s) imported.")
                                     .arg(m.unitCode, termText(m))
                                     .arg(packages.at(i).planCount));
    }
    if (progress && progress->isCanceled()) {
        errors->append(tr("The import was cancelled."));
        return false;
    }
    if (!transaction.commit(&error)) {
        errors->append(error);
        return false;
    }
    if (progress)
        progress->report(total, total, QString());
    return true;
}

bool Importer::check(QList<ExchangePackage> &packages, const ImportOptions &options, QList<Placement> *placements,
                     QStringList *unattached, QStringList *errors)
{
    UnitRepository units(m_db);
    QString error;
    int topCount = 0;
    if (!units.childCount(0, &topCount, &error)) {
        errors->append(error);
        return false;
    }
    QHash<QString, QPair<QString, QByteArray>> seen; // key → created, fingerprint
    {
        QSqlQuery query(m_db);
        for (const ExchangePackage &package : packages) {
            const ExchangeManifest &m = package.manifest;
            if (!QueryRunner::run(query,
                                  QStringLiteral("SELECT created, fingerprint FROM exchange_imports "
                                                 "WHERE unit_code = ? AND start_year = ? AND end_year = ?"),
                                  {m.unitCode, m.startYear, m.endYear}, &error)) {
                errors->append(error);
                return false;
            }
            if (query.next())
                seen.insert(packageKey(m), {query.value(0).toString(), query.value(1).toString().toLatin1()});
        }
    }
    QSet<QString> importedCodes;
    for (const ExchangePackage &package : packages) {
        const ExchangeManifest &m = package.manifest;
        const QString where = QDir::toNativeSeparators(package.folder);
        Placement placement;
        const auto previous = seen.constFind(packageKey(m));
        if (previous != seen.constEnd()) {
            if (previous->second == m.fingerprint()) {
                placement.unchanged = true;
            } else if (previous->first >= m.createdText()) {
                errors->append(tr("%1: an export of %2, term %3, made %4, is already imported; this one was made "
                                  "%5, not later, so it cannot replace it.")
                                   .arg(where, m.unitCode, termText(m), previous->first, m.createdText()));
                continue;
            }
        }
        seen.insert(packageKey(m), {m.createdText(), m.fingerprint()});
        Unit top;
        placement.topExists = units.byCode(m.unitCode, &top, &error) || importedCodes.contains(m.unitCode);
        if (!error.isEmpty()) {
            errors->append(error);
            return false;
        }
        if (!placement.topExists && !options.attachUnder.trimmed().isEmpty()) {
            Unit parent;
            const QString code = options.attachUnder.trimmed();
            const bool inDatabase = units.byCode(code, &parent, &error);
            if (!inDatabase && !importedCodes.contains(code)) {
                errors->append(tr("%1: the unit %2 to attach %3 under is not in this database.")
                                   .arg(where, code, m.unitCode));
                continue;
            }
            if (inDatabase && UnitLevels::isBranch(parent.level)) {
                errors->append(tr("%1: %2 is a branch: a branch has no subordinate units.").arg(where, parent.name));
                continue;
            }
            placement.attachUnder = code;
        } else if (!placement.topExists && topCount > 0) {
            unattached->append(m.unitCode);
            errors->append(tr("%1: the unit %2 (%3) is not in this database; choose the unit to attach it under.")
                               .arg(where, package.units.value(0).name, m.unitCode));
            continue;
        }
        for (const ExchangePackage::UnitRow &unit : package.units)
            importedCodes.insert(unit.code);
        placements->append(placement);
    }
    return errors->isEmpty();
}

bool Importer::upsertUnits(const ExchangePackage &package, const Placement &placement, QHash<QString, qint64> *ids,
                           QString *error)
{
    UnitRepository units(m_db);
    QSqlQuery query(m_db);
    for (const ExchangePackage::UnitRow &row : package.units) {
        const bool isTop = row.parentCode.isEmpty();
        qint64 parentId = 0;
        if (!isTop) {
            parentId = ids->value(row.parentCode);
        } else if (!placement.attachUnder.isEmpty()) {
            Unit parent;
            if (!units.byCode(placement.attachUnder, &parent, error))
                return false;
            parentId = parent.id;
        }
        Unit unit;
        const QString where = tr("units.csv, line %1: ").arg(row.line);
        if (units.byCode(row.code, &unit, error)) {
            bool ok = true;
            if (unit.name != row.name)
                ok = units.rename(unit.id, row.name, error);
            // Units have no level editor of their own; the export is the higher committee's word for it.
            if (ok && unit.level != row.level)
                ok = QueryRunner::run(query, QStringLiteral("UPDATE units SET level = ? WHERE id = ?"),
                                      {UnitLevels::key(row.level), unit.id}, error);
            if (ok && unit.retired != row.retired)
                ok = units.setRetired(unit.id, row.retired, error);
            if (ok && !isTop && unit.parentId != parentId)
                ok = units.move(unit.id, parentId, error);
            if (!ok) {
                error->prepend(where);
                return false;
            }
        } else {
            if (!error->isEmpty())
                return false;
            unit = Unit();
            unit.parentId = parentId;
            unit.code = row.code;
            unit.name = row.name;
            unit.level = row.level;
            unit.retired = row.retired;
            if (!units.add(&unit, error)) {
                error->prepend(where);
                return false;
            }
        }
        ids->insert(row.code, unit.id);
    }
    return true;
}

bool Importer::clearSubtree(qint64 topId, qint64 termId, int startYear, int endYear, bool withPlans,
                            QString *error)
{
    UnitRepository units(m_db);
    CongressRepository congresses(m_db);
    QSqlQuery query(m_db);
    QList<qint64> people;
    QSet<qint64> subtree;
    QList<qint64> stack{topId};
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        subtree.insert(id);
        QList<Unit> page;
        for (int offset = 0;; offset += 500) {
            if (!units.children(id, offset, 500, &page, error))
                return false;
            for (const Unit &child : page)
                stack.append(child.id);
            if (page.size() < 500)
                break;
        }
        if (!QueryRunner::run(query,
                              QStringLiteral("DELETE FROM unit_year_ratings WHERE unit_id = ? AND rating_year >= ? "
                                             "AND rating_year < ?"),
                              {id, startYear, endYear}, error))
            return false;
        Congress congress;
        if (!congresses.find(id, termId, &congress, error)) {
            if (!error->isEmpty())
                return false;
            continue;
        }
        if (!QueryRunner::run(query, QStringLiteral("SELECT person_id FROM committee_members WHERE congress_id = ?"),
                              {congress.id}, error))
            return false;
        while (query.next())
            people.append(query.value(0).toLongLong());
        // Elections, rounds, candidates, members, targets and directions go with it (ON DELETE CASCADE).
        if (!congresses.remove(congress.id, error))
            return false;
    }
    // The term's plans of the subtree's committees: one query for the term's few plans, not one per unit.
    if (withPlans) {
        if (!QueryRunner::run(query, QStringLiteral("SELECT id, unit_id FROM plans WHERE term_id = ?"), {termId},
                              error))
            return false;
        QList<qint64> plans;
        while (query.next()) {
            if (subtree.contains(query.value(1).toLongLong()))
                plans.append(query.value(0).toLongLong());
        }
        PlanRepository repository(m_db);
        for (const qint64 plan : std::as_const(plans)) {
            if (!repository.remove(plan, error))
                return false;
        }
    }
    // The people of the replaced committees, unless another committee still names them.
    for (const qint64 person : std::as_const(people)) {
        if (!QueryRunner::run(query,
                              QStringLiteral("DELETE FROM people WHERE id = ? AND NOT EXISTS "
                                             "(SELECT 1 FROM committee_members WHERE person_id = ?)"),
                              {person, person}, error))
            return false;
    }
    return true;
}

bool Importer::write(ExchangePackage &package, const Placement &placement, ExchangeProgress *progress, qint64 *done,
                     qint64 total, QStringList *problems)
{
    QString failure;
    QString *error = &failure;
    auto failed = [&] {
        problems->append(failure);
        return false;
    };
    const ExchangeManifest &m = package.manifest;
    TermRepository terms(m_db);
    Term term;
    if (!terms.byYears(m.startYear, m.endYear, &term, error)) {
        if (!error->isEmpty())
            return failed();
        term.startYear = m.startYear;
        term.endYear = m.endYear;
        if (!terms.add(&term, error))
            return failed();
    }
    QHash<QString, qint64> ids;
    // An export of a format without plans says nothing about them: the plans already here stay.
    const bool withPlans = m.formatVersion >= ExchangeFormat::since(ExchangeFormat::Plans);
    if (!upsertUnits(package, placement, &ids, error)
        || !clearSubtree(ids.value(m.unitCode), term.id, m.startYear, m.endYear, withPlans, error))
        return failed();

    // One pass: each unit's rows are checked as they are read and written while nothing is refused;
    // after a refusal the rest is only read, to name every refusal, and the transaction is rolled back.
    RatingRepository ratings(m_db);
    CongressRepository congresses(m_db);
    ElectionRepository elections(m_db);
    CommitteeRepository committees(m_db);
    TargetRepository targets(m_db);
    DirectionRepository directions(m_db);
    PlanRepository plans(m_db);
    PackageReader reader(progress, done, total);
    ExchangePackage::UnitRows rows;
    bool ok = reader.open(&package, problems);
    while (ok && reader.next(&rows)) {
        if (!problems->isEmpty())
            continue;
        const QString code = package.units.at(rows.index).code;
        const qint64 unitId = ids.value(code);
        // Ratings first: a rating-based target's value reached is computed from them when it is saved.
        for (const ExchangePackage::RatingRow &rating : std::as_const(rows.ratings)) {
            if (!ratings.save(unitId, rating.rating, error)) {
                error->prepend(tr("ratings.csv, line %1: ").arg(rating.line));
                return failed();
            }
        }
        if (rows.hasPlan) {
            Plan plan = rows.plan.plan;
            plan.unitId = unitId;
            plan.termId = term.id;
            for (ScheduledCongress &line : plan.schedule)
                line.unitId = ids.value(package.units.at(int(line.unitId - 1)).code);
            if (!plans.save(&plan, error)) {
                error->prepend(tr("plans.csv, line %1 (%2): ").arg(rows.plan.line).arg(code));
                return failed();
            }
        }
        if (!rows.hasCongress)
            continue;
        const ExchangePackage::CongressRow &row = rows.congress;
        Congress congress = row.congress;
        congress.unitId = unitId;
        congress.termId = term.id;
        ok = congresses.save(&congress, error);
        for (int i = 0; ok && i < row.elections.size(); ++i) {
            Election election = row.elections.at(i);
            election.congressId = congress.id;
            ok = elections.save(&election, error);
        }
        QList<CommitteeMember> members = row.members;
        ok = ok && committees.replace(congress.id, &members, error);
        for (int i = 0; ok && i < row.targets.size(); ++i) {
            Target target = row.targets.at(i);
            target.congressId = congress.id;
            ok = targets.save(&target, error);
        }
        for (int i = 0; ok && i < row.directions.size(); ++i) {
            DirectionItem item = row.directions.at(i);
            item.congressId = congress.id;
            ok = directions.save(&item, error);
        }
        if (!ok) {
            error->prepend(tr("congresses.csv, line %1 (%2): ").arg(row.line).arg(code));
            return failed();
        }
    }
    if (ok)
        reader.finish();
    if (reader.cancelled()) {
        problems->clear();
        *error = tr("The import was cancelled.");
        return failed();
    }
    if (!problems->isEmpty())
        return false;
    QSqlQuery query(m_db);
    const bool recorded = QueryRunner::run(query,
                            QStringLiteral("DELETE FROM exchange_imports WHERE unit_code = ? AND start_year = ? "
                                           "AND end_year = ?"),
                            {m.unitCode, m.startYear, m.endYear}, error)
           && QueryRunner::run(query,
                               QStringLiteral("INSERT INTO exchange_imports (unit_code, start_year, end_year, created, "
                                              "fingerprint, imported_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               {m.unitCode, m.startYear, m.endYear, m.createdText(),
                                QString::fromLatin1(m.fingerprint()),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               error);
    return recorded || failed();
}

} // namespace daihoi
