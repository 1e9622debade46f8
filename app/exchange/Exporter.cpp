#include "Exporter.h"
#include "CsvWriter.h"
#include "ExchangeFormat.h"
#include "ExchangeProgress.h"
#include "ExportOrder.h"
#include "domain/NameList.h"
#include "domain/elections/Election.h"
#include "domain/targets/ExactDecimal.h"
#include "storage/QueryRunner.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include <QDir>
#include <QSqlQuery>
#include <functional>
#include <array>
#include <memory>

namespace daihoi {

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

// Walks congress_people in export order beside the congresses query (a merge, not a query per congress).
class CongressPeopleCursor
{
public:
    explicit CongressPeopleCursor(QSqlDatabase db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }
    bool open(const QString &congressJoin, qint64 termId, QString *error)
    {
        if (!QueryRunner::run(m_query,
                              QStringLiteral("SELECT c.id, cp.role, cp.name%1JOIN congress_people cp "
                                             "ON cp.congress_id = c.id ORDER BY o.ord, cp.role, cp.position")
                                  .arg(congressJoin),
                              {termId}, error))
            return false;
        m_hasRow = m_query.next();
        return true;
    }
    // The lists of congressId by role; congresses must be asked for in export order.
    QHash<QString, QStringList> next(qint64 congressId)
    {
        QHash<QString, QStringList> lists;
        while (m_hasRow && m_query.value(0).toLongLong() == congressId) {
            lists[m_query.value(1).toString()].append(m_query.value(2).toString());
            m_hasRow = m_query.next();
        }
        return lists;
    }

private:
    QSqlQuery m_query;
    bool m_hasRow = false;
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

    std::array<std::unique_ptr<CsvWriter>, ExchangeFormat::FileCount> writers;
    for (ExchangeFormat::File file : ExchangeFormat::files()) {
        writers[file] = std::make_unique<CsvWriter>();
        if (!writers[file]->open(dir.filePath(ExchangeFormat::fileName(file)), options.dialect,
                                 ExchangeFormat::columns(file), error))
            return false;
    }
    ExportOrder order(m_db);
    if (!order.build(top.id, error))
        return false;
    const qint64 total = order.unitCount() * qint64(ExchangeFormat::files().size());
    qint64 done = 0;
    QString owner; // the running number of counter() below, reset for each file
    int count = 0;
    // Tells the progress how far, and learns that the user cancelled.
    auto tick = [&](ExchangeFormat::File file) {
        if (!progress)
            return true;
        if (progress->isCanceled()) {
            *error = tr("The export was cancelled.");
            return false;
        }
        progress->report(done, total, ExchangeFormat::fileName(file));
        return true;
    };
    // Each file is one query over the subtree in export order; SQL names the columns in file order.
    auto stream = [&](ExchangeFormat::File file, const QString &select, const QVariantList &values,
                      const std::function<QStringList(const QSqlQuery &)> &cells) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!QueryRunner::run(query, select, values, error))
            return false;
        qint64 rows = 0;
        owner.clear();
        count = 0;
        while (query.next()) {
            if (!writers[file]->writeRow(cells(query), error) || (++rows % 4096 == 0 && !tick(file)))
                return false;
        }
        done += order.unitCount();
        return tick(file);
    };
    auto text = [](const QSqlQuery &q, int column) { return q.value(column).toString(); };
    // Columns [from, to) as they are.
    auto texts = [&text](const QSqlQuery &q, int from, int to) {
        QStringList cells;
        for (int column = from; column < to; ++column)
            cells.append(text(q, column));
        return cells;
    };
    // A running number that restarts with each new owner (congress, round, direction group).
    auto counter = [](QString *owner, int *count, const QString &current) {
        if (*owner != current) {
            *owner = current;
            *count = 0;
        }
        return QString::number(++*count);
    };
    const QString ordered = QStringLiteral(" FROM %1 o JOIN units u ON u.id = o.unit_id ").arg(ExportOrder::table());
    const QString congressJoin = ordered + QStringLiteral("JOIN congresses c ON c.unit_id = u.id AND c.term_id = ? ");
    // The plans of the committees inside the subtree: a plan of a committee above the exported unit stays home.
    const QString planJoin = ordered + QStringLiteral("JOIN plans p ON p.unit_id = u.id AND p.term_id = ? ");
    QString officeOrder = QStringLiteral("CASE e.office");
    for (int i = 0; i <= int(ElectionOffice::Delegates); ++i)
        officeOrder += QStringLiteral(" WHEN '%1' THEN %2").arg(Election::officeKey(ElectionOffice(i))).arg(i);
    officeOrder += QStringLiteral(" END");

    // The presidium, secretaries and counting board, read alongside the congresses in the same order.
    CongressPeopleCursor people(m_db);
    if (!people.open(congressJoin, term.id, error))
        return false;
    const bool written =
        stream(ExchangeFormat::Units,
               QStringLiteral("SELECT u.id, u.code, p.code, u.name, u.level, u.retired%1"
                              "LEFT JOIN units p ON p.id = u.parent_id ORDER BY o.ord")
                   .arg(ordered),
               {},
               [&](const QSqlQuery &q) {
                   const bool isTop = q.value(0).toLongLong() == top.id;
                   return QStringList{text(q, 1), isTop ? QString() : text(q, 2), text(q, 3), text(q, 4),
                                      flag(q.value(5).toInt() != 0)};
               })
        && stream(ExchangeFormat::Congresses,
                  QStringLiteral("SELECT u.code, c.status, c.planned_date, c.held_from, c.held_to, c.place, "
                                 "c.congress_number, c.kind, c.official_members, c.probationary_members, c.summoned, "
                                 "c.present, c.excluded_absent_with_reason, c.excluded_excused, c.excluded_suspended, "
                                 "c.excluded_temporary, c.excluded_without_alternate, c.political_report_summary, "
                                 "c.self_review_summary, c.opening_time, c.closing_time, c.counting_board_head, "
                                 "c.resolution_votes_for, c.id%1ORDER BY o.ord")
                      .arg(congressJoin),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      QStringList cells = texts(q, 0, 21);
                      const QHash<QString, QStringList> lists = people.next(q.value(23).toLongLong());
                      cells << NameList::join(lists.value(QStringLiteral("presidium")))
                            << NameList::join(lists.value(QStringLiteral("secretary"))) << text(q, 21)
                            << NameList::join(lists.value(QStringLiteral("counting-board"))) << text(q, 22);
                      return cells;
                  })
        && stream(ExchangeFormat::Guests,
                  QStringLiteral("SELECT u.code, g.name, g.title%1JOIN congress_guests g ON g.congress_id = c.id "
                                 "ORDER BY o.ord, g.position")
                      .arg(congressJoin),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      return QStringList{text(q, 0), counter(&owner, &count, text(q, 0)), text(q, 1), text(q, 2)};
                  })
        && stream(ExchangeFormat::Elections,
                  QStringLiteral("SELECT u.code, e.office, e.total_seats, e.alternate_seats, e.appointed%1"
                                 "JOIN elections e ON e.congress_id = c.id ORDER BY o.ord, %2")
                      .arg(congressJoin, officeOrder),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      return QStringList{text(q, 0), text(q, 1), text(q, 2), text(q, 3), flag(q.value(4).toInt() != 0)};
                  })
        && stream(ExchangeFormat::Rounds,
                  QStringLiteral("SELECT u.code, e.office, r.round_number, r.seats, r.ballots_issued, "
                                 "r.ballots_collected, r.ballots_valid, r.ballots_invalid%1"
                                 "JOIN elections e ON e.congress_id = c.id "
                                 "JOIN election_rounds r ON r.election_id = e.id ORDER BY o.ord, %2, r.round_number")
                      .arg(congressJoin, officeOrder),
                  {term.id},
                  [&](const QSqlQuery &q) { return texts(q, 0, 8); })
        && stream(ExchangeFormat::Candidates,
                  QStringLiteral("SELECT u.code, e.office, r.round_number, k.name, k.votes, r.id%1"
                                 "JOIN elections e ON e.congress_id = c.id "
                                 "JOIN election_rounds r ON r.election_id = e.id "
                                 "JOIN round_candidates k ON k.round_id = r.id "
                                 "ORDER BY o.ord, %2, r.round_number, k.position")
                      .arg(congressJoin, officeOrder),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      return QStringList{text(q, 0), text(q, 1), text(q, 2), counter(&owner, &count, text(q, 5)),
                                         text(q, 3), text(q, 4)};
                  })
        && stream(ExchangeFormat::Members,
                  QStringLiteral("SELECT u.code, m.role, p.full_name, p.gender, p.birth_year, p.ethnicity, "
                                 "p.education, p.theory_level, p.work_position, m.votes, m.percent_hundredths, "
                                 "m.role_votes, m.role_percent_hundredths, m.appointed, m.reelected, "
                                 "m.residential_head, m.approval, m.approval_document, m.approval_date, c.id%1"
                                 "JOIN committee_members m ON m.congress_id = c.id "
                                 "JOIN people p ON p.id = m.person_id ORDER BY o.ord, m.position")
                      .arg(congressJoin),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      QStringList cells = QStringList{text(q, 0), counter(&owner, &count, text(q, 19))}
                                          + texts(q, 1, 13);
                      for (int column = 13; column < 16; ++column)
                          cells.append(flag(q.value(column).toInt() != 0));
                      cells << text(q, 16) << text(q, 17) << text(q, 18);
                      return cells;
                  })
        && stream(ExchangeFormat::Targets,
                  QStringLiteral("SELECT u.code, t.target_group, t.name, t.comparison, t.value_scaled, t.value_unit, "
                                 "t.basis, t.rating_level, t.reached_scaled, c.id%1"
                                 "JOIN congress_targets t ON t.congress_id = c.id ORDER BY o.ord, t.position, t.id")
                      .arg(congressJoin),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      const QVariant reached = q.value(8);
                      return QStringList{text(q, 0), counter(&owner, &count, text(q, 9)), text(q, 1), text(q, 2),
                                         text(q, 3), ExactDecimal::fromScaled(q.value(4).toLongLong()).toString(),
                                         text(q, 5), text(q, 6), text(q, 7),
                                         reached.isNull() ? QString()
                                                          : ExactDecimal::fromScaled(reached.toLongLong()).toString()};
                  })
        && stream(ExchangeFormat::Directions,
                  QStringLiteral("SELECT u.code, d.direction_group, d.body, c.id%1"
                                 "JOIN congress_directions d ON d.congress_id = c.id ORDER BY o.ord, "
                                 "CASE d.direction_group WHEN 'direction' THEN 0 WHEN 'task' THEN 1 ELSE 2 END, "
                                 "d.position, d.id")
                      .arg(congressJoin),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      return QStringList{text(q, 0), text(q, 1),
                                         counter(&owner, &count, text(q, 3) + QLatin1Char('/') + text(q, 1)),
                                         text(q, 2)};
                  })
        && stream(ExchangeFormat::Ratings,
                  QStringLiteral("SELECT u.code, y.rating_year, y.unit_level, y.members_excellent, y.members_good, "
                                 "y.members_completed, y.members_not_completed%1"
                                 "JOIN unit_year_ratings y ON y.unit_id = u.id "
                                 "WHERE y.rating_year >= ? AND y.rating_year < ? ORDER BY o.ord, y.rating_year")
                      .arg(ordered),
                  {term.startYear, term.endYear},
                  [&](const QSqlQuery &q) { return texts(q, 0, 7); })
        && stream(ExchangeFormat::Plans,
                  QStringLiteral("SELECT u.code, p.number, p.issued_on, p.subject, p.period_from, p.deadline, "
                                 "p.pilot_deadline%1ORDER BY o.ord")
                      .arg(planJoin),
                  {term.id},
                  [&](const QSqlQuery &q) { return texts(q, 0, 7); })
        // A line whose unit has since moved to another committee is no longer the plan's (the form would
        // not keep it either): only the committee's own units travel, in the tree's order.
        && stream(ExchangeFormat::PlanSchedule,
                  QStringLiteral("SELECT u.code, su.code, s.scheduled_on, s.scheduled_at, s.place, s.attending, "
                                 "s.pilot%1JOIN plan_schedule s ON s.plan_id = p.id "
                                 "JOIN units su ON su.id = s.unit_id AND su.parent_id = u.id "
                                 "JOIN %2 so ON so.unit_id = su.id ORDER BY o.ord, so.ord")
                      .arg(planJoin, ExportOrder::table()),
                  {term.id},
                  [&](const QSqlQuery &q) {
                      QStringList cells = texts(q, 0, 6);
                      cells.append(flag(q.value(6).toInt() != 0));
                      return cells;
                  })
        && stream(ExchangeFormat::PlanWorkItems,
                  QStringLiteral("SELECT u.code, w.number, w.title, w.responsible, w.deadline, w.state, w.done_on%1"
                                 "JOIN plan_work_items w ON w.plan_id = p.id ORDER BY o.ord, w.number")
                      .arg(planJoin),
                  {term.id},
                  [&](const QSqlQuery &q) { return texts(q, 0, 7); });
    if (!written)
        return false;

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
        progress->report(total, total, QString());
    return m_manifest.write(dir.filePath(ExchangeFormat::manifestName()), error);
}

} // namespace daihoi
