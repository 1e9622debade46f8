#include "Exporter.h"
#include "CsvWriter.h"
#include "ExchangeFormat.h"
#include "ExchangeProgress.h"
#include "domain/targets/RatingEvaluation.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "storage/targets/DirectionRepository.h"
#include "storage/targets/RatingRepository.h"
#include "storage/targets/TargetRepository.h"
#include <QDir>
#include <array>
#include <memory>

namespace daihoi {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

struct TreeEntry
{
    qint64 id = 0;
    QString code;
};

} // namespace

Exporter::Exporter(QSqlDatabase db)
    : m_db(db)
{
}

bool Exporter::run(const QString &unitCode, int startYear, int endYear, const QString &folder,
                   const ExportOptions &options, ExchangeProgress *progress, QString *error)
{
    if (write(unitCode, startYear, endYear, folder, options, progress, error))
        return true;
    QDir dir(folder);
    for (ExchangeFormat::File file : ExchangeFormat::files())
        dir.remove(ExchangeFormat::fileName(file));
    dir.remove(ExchangeFormat::manifestName());
    return false;
}

bool Exporter::write(const QString &unitCode, int startYear, int endYear, const QString &folder,
                     const ExportOptions &options, ExchangeProgress *progress, QString *error)
{
    Unit top;
    if (!UnitRepository(m_db).byCode(unitCode, &top, error)) {
        if (error->isEmpty())
            *error = tr("No unit has the code %1.").arg(unitCode);
        return false;
    }
    Term term;
    if (!TermRepository(m_db).byYears(startYear, endYear, &term, error)) {
        if (error->isEmpty())
            *error = tr("The database has no term %1–%2.").arg(startYear).arg(endYear);
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    const QDir dir(folder);
    for (ExchangeFormat::File file : ExchangeFormat::files()) {
        if (QFile::exists(dir.filePath(ExchangeFormat::fileName(file)))) {
            *error = tr("%1 already holds an export (%2); choose an empty folder.")
                         .arg(folder, ExchangeFormat::fileName(file));
            return false;
        }
    }

    // The tree in order, ids and codes only: the rows themselves are read and written unit by unit.
    UnitRepository units(m_db);
    QList<TreeEntry> tree;
    QHash<qint64, QString> codes{{top.id, top.code}};
    std::array<std::unique_ptr<CsvWriter>, 10> writers;
    for (ExchangeFormat::File file : ExchangeFormat::files()) {
        writers[file] = std::make_unique<CsvWriter>();
        if (!writers[file]->open(dir.filePath(ExchangeFormat::fileName(file)), options.dialect,
                                 ExchangeFormat::columns(file), error))
            return false;
    }
    auto row = [&](ExchangeFormat::File file, const QStringList &cells) {
        return writers[file]->writeRow(cells, error);
    };
    // Depth first, each unit followed by its subtree: a stack of units still to visit.
    QList<Unit> stack{top};
    while (!stack.isEmpty()) {
        const Unit unit = stack.takeLast();
        if (!row(ExchangeFormat::Units, {unit.code, unit.id == top.id ? QString() : codes.value(unit.parentId),
                                         unit.name, UnitLevels::key(unit.level), flag(unit.retired)}))
            return false;
        tree.append({unit.id, unit.code});
        QList<Unit> children;
        QList<Unit> page;
        for (int offset = 0;; offset += 500) {
            if (!units.children(unit.id, offset, 500, &page, error))
                return false;
            children += page;
            if (page.size() < 500)
                break;
        }
        for (auto it = children.crbegin(); it != children.crend(); ++it) {
            codes.insert(it->id, it->code);
            stack.append(*it);
        }
    }

    CongressRepository congresses(m_db);
    ElectionRepository elections(m_db);
    CommitteeRepository committees(m_db);
    TargetRepository targets(m_db);
    DirectionRepository directions(m_db);
    RatingRepository ratings(m_db);
    const QList<int> years = RatingEvaluation::termYears(term.startYear, term.endYear);
    for (int index = 0; index < tree.size(); ++index) {
        const TreeEntry &entry = tree.at(index);
        if (progress) {
            if (progress->isCanceled()) {
                *error = tr("The export was cancelled.");
                return false;
            }
            progress->report(index, tree.size(), entry.code);
        }
        QList<YearRating> yearRatings;
        if (!years.isEmpty() && !ratings.ratings(entry.id, years.first(), years.last(), &yearRatings, error))
            return false;
        for (const YearRating &r : yearRatings) {
            if (!row(ExchangeFormat::Ratings,
                     {entry.code, number(r.year), r.unitLevel ? QualityRatings::key(*r.unitLevel) : QString(),
                      number(r.memberCount(QualityRating::Excellent)), number(r.memberCount(QualityRating::Good)),
                      number(r.memberCount(QualityRating::Completed)),
                      number(r.memberCount(QualityRating::NotCompleted))}))
                return false;
        }
        Congress c;
        if (!congresses.find(entry.id, term.id, &c, error)) {
            if (!error->isEmpty())
                return false;
            continue;
        }
        if (!row(ExchangeFormat::Congresses,
                 {entry.code, Congress::statusKey(c.status), date(c.plannedDate), date(c.heldFrom), date(c.heldTo),
                  c.place, number(c.number), Congress::kindKey(c.kind), number(c.officialMembers),
                  number(c.probationaryMembers), number(c.summoned), number(c.present),
                  number(c.exclusions.absentWithReason), number(c.exclusions.excusedAbsent),
                  number(c.exclusions.suspended), number(c.exclusions.temporary),
                  number(c.exclusions.absentWithoutAlternate), c.politicalReportSummary, c.selfReviewSummary}))
            return false;
        for (int i = 0; i < c.guests.size(); ++i) {
            if (!row(ExchangeFormat::Guests, {entry.code, number(i + 1), c.guests.at(i).name, c.guests.at(i).title}))
                return false;
        }
        QList<Election> list;
        if (!elections.forCongress(c.id, &list, error))
            return false;
        for (const Election &e : list) {
            const QString office = Election::officeKey(e.office);
            if (!row(ExchangeFormat::Elections, {entry.code, office, number(e.totalSeats), number(e.alternateSeats),
                                                 flag(e.appointedByHigherCommittee)}))
                return false;
            for (const ElectionRound &r : e.rounds) {
                if (!row(ExchangeFormat::Rounds,
                         {entry.code, office, number(r.number), number(r.seats), number(r.ballots.issued),
                          number(r.ballots.collected), number(r.ballots.valid), number(r.ballots.invalid)}))
                    return false;
                for (int i = 0; i < r.candidates.size(); ++i) {
                    if (!row(ExchangeFormat::Candidates, {entry.code, office, number(r.number), number(i + 1),
                                                          r.candidates.at(i).name, number(r.candidates.at(i).votes)}))
                        return false;
                }
            }
        }
        QList<CommitteeMember> members;
        if (!committees.members(c.id, &members, error))
            return false;
        for (int i = 0; i < members.size(); ++i) {
            const CommitteeMember &m = members.at(i);
            const Person &p = m.person;
            if (!row(ExchangeFormat::Members,
                     {entry.code, number(i + 1), CommitteeMember::roleKey(m.role), p.fullName,
                      Person::genderKey(p.gender), number(p.birthYear), p.ethnicity, p.education,
                      Person::theoryKey(p.theoryLevel), p.workPosition, number(m.votes), number(m.percentHundredths),
                      number(m.roleVotes), number(m.rolePercentHundredths), flag(m.appointed), flag(m.reelected),
                      flag(m.residentialGroupHead), CommitteeMember::approvalKey(m.approval), m.approvalDocument,
                      date(m.approvalDate)}))
                return false;
        }
        QList<Target> targetList;
        if (!targets.targets(c.id, &targetList, error))
            return false;
        for (int i = 0; i < targetList.size(); ++i) {
            const Target &t = targetList.at(i);
            if (!row(ExchangeFormat::Targets,
                     {entry.code, number(i + 1), t.group, t.name, Target::comparisonKey(t.comparison),
                      t.value.toString(), t.unit, Target::basisKey(t.basis), QualityRatings::key(t.ratingLevel),
                      t.reached ? t.reached->toString() : QString()}))
                return false;
        }
        QList<DirectionItem> items;
        if (!directions.items(c.id, &items, error))
            return false;
        QHash<int, int> perGroup;
        for (const DirectionItem &item : items) {
            const int position = ++perGroup[int(item.group)];
            if (!row(ExchangeFormat::Directions,
                     {entry.code, DirectionItem::groupKey(item.group), number(position), item.text}))
                return false;
        }
    }

    m_manifest = ExchangeManifest();
    m_manifest.formatVersion = ExchangeFormat::Version;
    m_manifest.programVersion = QStringLiteral(DAIHOI_VERSION);
    m_manifest.unitCode = top.code;
    m_manifest.startYear = term.startYear;
    m_manifest.endYear = term.endYear;
    m_manifest.created = options.created.isValid() ? options.created.toUTC() : QDateTime::currentDateTimeUtc();
    m_manifest.dialect = options.dialect;
    for (ExchangeFormat::File file : ExchangeFormat::files()) {
        if (!writers[file]->close(error))
            return false;
        m_manifest.files.insert(ExchangeFormat::fileName(file),
                                {writers[file]->rowCount(), writers[file]->sha256Hex()});
    }
    if (progress)
        progress->report(tree.size(), tree.size(), QString());
    return m_manifest.write(dir.filePath(ExchangeFormat::manifestName()), error);
}

} // namespace daihoi
