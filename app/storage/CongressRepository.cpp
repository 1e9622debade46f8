#include "CongressRepository.h"

#include "ElectionRepository.h"
#include "QueryRunner.h"
#include "RowVersions.h"
#include "TermRepository.h"
#include "Transaction.h"
#include "domain/CongressValidator.h"
#include "domain/NameList.h"

#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

const char *const congressColumns =
    "id, unit_id, term_id, status, planned_date, held_from, held_to, place, congress_number, kind, "
    "official_members, probationary_members, summoned, present, excluded_absent_with_reason, excluded_excused, "
    "excluded_suspended, excluded_temporary, excluded_without_alternate, political_report_summary, "
    "self_review_summary, opening_time, closing_time, counting_board_head, resolution_votes_for, row_version";

// The name lists kept in congress_people, by role key.
struct PeopleList
{
    const char *role;
    QStringList Congress::*names;
};

const PeopleList peopleLists[] = {
    {"presidium", &Congress::presidium},
    {"secretary", &Congress::secretaries},
    {"counting-board", &Congress::countingBoardMembers},
};

Congress congressFromRow(const QSqlQuery &q)
{
    Congress c;
    c.id = q.value(0).toLongLong();
    c.unitId = q.value(1).toLongLong();
    c.termId = q.value(2).toLongLong();
    Congress::statusFromKey(q.value(3).toString(), &c.status);
    c.plannedDate = QueryRunner::toDate(q.value(4));
    c.heldFrom = QueryRunner::toDate(q.value(5));
    c.heldTo = QueryRunner::toDate(q.value(6));
    c.place = q.value(7).toString();
    c.number = q.value(8).toInt();
    Congress::kindFromKey(q.value(9).toString(), &c.kind);
    c.officialMembers = q.value(10).toInt();
    c.probationaryMembers = q.value(11).toInt();
    c.summoned = q.value(12).toInt();
    c.present = q.value(13).toInt();
    c.exclusions.absentWithReason = q.value(14).toInt();
    c.exclusions.excusedAbsent = q.value(15).toInt();
    c.exclusions.suspended = q.value(16).toInt();
    c.exclusions.temporary = q.value(17).toInt();
    c.exclusions.absentWithoutAlternate = q.value(18).toInt();
    c.politicalReportSummary = q.value(19).toString();
    c.selfReviewSummary = q.value(20).toString();
    c.openingTime = QueryRunner::toTime(q.value(21));
    c.closingTime = QueryRunner::toTime(q.value(22));
    c.countingBoardHead = q.value(23).toString();
    c.resolutionVotesFor = q.value(24).toInt();
    c.rowVersion = q.value(25).toInt();
    return c;
}

QVariantList congressValues(const Congress &c)
{
    return {Congress::statusKey(c.status),
            QueryRunner::dateValue(c.plannedDate),
            QueryRunner::dateValue(c.heldFrom),
            QueryRunner::dateValue(c.heldTo),
            QueryRunner::textValue(c.place),
            c.number,
            Congress::kindKey(c.kind),
            c.officialMembers,
            c.probationaryMembers,
            c.summoned,
            c.present,
            c.exclusions.absentWithReason,
            c.exclusions.excusedAbsent,
            c.exclusions.suspended,
            c.exclusions.temporary,
            c.exclusions.absentWithoutAlternate,
            QueryRunner::textValue(c.politicalReportSummary),
            QueryRunner::textValue(c.selfReviewSummary),
            QueryRunner::timeValue(c.openingTime),
            QueryRunner::timeValue(c.closingTime),
            QueryRunner::textValue(NameList::tidy(c.countingBoardHead)),
            c.resolutionVotesFor};
}

const char *const pendingJoin = "FROM units u LEFT JOIN congresses c ON c.unit_id = u.id AND c.term_id = ? "
                                "WHERE %1 AND u.retired = 0";

QString childrenOf(qint64 parentId)
{
    return parentId > 0 ? QStringLiteral("u.parent_id = ?") : QStringLiteral("u.parent_id IS NULL");
}

QVariantList bindings(qint64 termId, qint64 parentId)
{
    QVariantList values{termId};
    if (parentId > 0)
        values.append(parentId);
    return values;
}

} // namespace

CongressRepository::CongressRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool CongressRepository::find(qint64 unitId, qint64 termId, Congress *congress, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT %1 FROM congresses WHERE unit_id = ? AND term_id = ?")
                              .arg(QLatin1String(congressColumns)),
                          {unitId, termId}, error))
        return false;
    error->clear();
    if (!query.next())
        return false;
    *congress = congressFromRow(query);
    return loadGuests(congress, error) && loadPeople(congress, error);
}

bool CongressRepository::loadPeople(Congress *congress, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT role, name FROM congress_people WHERE congress_id = ? "
                                         "ORDER BY role, position"),
                          {congress->id}, error))
        return false;
    for (const PeopleList &list : peopleLists)
        (congress->*list.names).clear();
    while (query.next()) {
        const QString role = query.value(0).toString();
        for (const PeopleList &list : peopleLists) {
            if (role == QLatin1String(list.role))
                (congress->*list.names).append(query.value(1).toString());
        }
    }
    return true;
}

bool CongressRepository::savePeople(const Congress &congress, QString *error)
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM congress_people WHERE congress_id = ?"), {congress.id},
                          error))
        return false;
    for (const PeopleList &list : peopleLists) {
        const QStringList &names = congress.*list.names;
        for (int i = 0; i < names.size(); ++i) {
            if (!QueryRunner::run(query,
                                  QStringLiteral("INSERT INTO congress_people (congress_id, role, position, name) "
                                                 "VALUES (?, ?, ?, ?)"),
                                  {congress.id, QString::fromLatin1(list.role), i, NameList::tidy(names.at(i))}, error))
                return false;
        }
    }
    return true;
}

bool CongressRepository::loadGuests(Congress *congress, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT name, title FROM congress_guests WHERE congress_id = ? ORDER BY position"),
                          {congress->id}, error))
        return false;
    congress->guests.clear();
    while (query.next())
        congress->guests.append({query.value(0).toString(), query.value(1).toString()});
    return true;
}

bool CongressRepository::saveGuests(const Congress &congress, QString *error)
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM congress_guests WHERE congress_id = ?"), {congress.id},
                          error))
        return false;
    for (int i = 0; i < congress.guests.size(); ++i) {
        const CongressGuest &guest = congress.guests.at(i);
        if (!QueryRunner::run(query,
                              QStringLiteral("INSERT INTO congress_guests (congress_id, position, name, title) "
                                             "VALUES (?, ?, ?, ?)"),
                              {congress.id, i, guest.name.trimmed(), QueryRunner::textValue(guest.title.trimmed())}, error))
            return false;
    }
    return true;
}

bool CongressRepository::save(Congress *congress, QString *error)
{
    return write(congress, false, error);
}

bool CongressRepository::restore(const Congress &congress, QString *error)
{
    Congress copy = congress;
    return write(&copy, true, error);
}

bool CongressRepository::write(Congress *congress, bool insertWithId, QString *error)
{
    Term term;
    if (!TermRepository(m_db).byId(congress->termId, &term, error))
        return false;
    const FieldErrors problems = CongressValidator::validate(*congress, term);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldError &problem : problems)
            messages.append(problem.message);
        *error = messages.join(QLatin1Char('\n'));
        return false;
    }
    if (congress->id > 0 && !insertWithId) {
        // Attendance feeds every saved round: a change that would make one impossible is refused.
        QList<Election> elections;
        if (!ElectionRepository(m_db).forCongress(congress->id, &elections, error))
            return false;
        for (const Election &election : elections) {
            const QStringList broken = election.errors(*congress);
            if (!broken.isEmpty()) {
                *error = tr("This change conflicts with the recorded election (%1): %2")
                             .arg(Election::officeName(election.office), broken.join(QLatin1Char(' ')));
                return false;
            }
        }
    }
    for (const CongressGuest &guest : congress->guests) {
        if (guest.name.trimmed().isEmpty()) {
            *error = tr("Guests: every guest needs a name.");
            return false;
        }
    }

    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    const QVariantList values = congressValues(*congress);
    const bool inserting = congress->id == 0 || insertWithId;
    if (inserting) {
        qint64 id = 0;
        const QVariantList keys = insertWithId ? QVariantList{congress->id, congress->unitId, congress->termId}
                                               : QVariantList{congress->unitId, congress->termId};
        if (!QueryRunner::insert(m_db,
                                 QStringLiteral("INSERT INTO congresses (%1unit_id, term_id, status, planned_date, "
                                                "held_from, held_to, place, congress_number, kind, official_members, "
                                                "probationary_members, summoned, present, "
                                                "excluded_absent_with_reason, excluded_excused, excluded_suspended, "
                                                "excluded_temporary, excluded_without_alternate, "
                                                "political_report_summary, self_review_summary, opening_time, "
                                                "closing_time, counting_board_head, resolution_votes_for, %3) "
                                                "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                "?, ?, ?, ?, ?, ?)")
                                     .arg(insertWithId ? QStringLiteral("id, ") : QString(),
                                          insertWithId ? QStringLiteral("?, ") : QString(), RowVersions::insertColumns()),
                                 keys + values + RowVersions::insertValues(m_db), &id, error))
            return false;
        congress->id = id;
    } else {
        QSqlQuery query(m_db);
        if (!QueryRunner::run(query,
                              QStringLiteral("UPDATE congresses SET status = ?, planned_date = ?, held_from = ?, "
                                             "held_to = ?, place = ?, congress_number = ?, kind = ?, "
                                             "official_members = ?, probationary_members = ?, summoned = ?, "
                                             "present = ?, excluded_absent_with_reason = ?, excluded_excused = ?, "
                                             "excluded_suspended = ?, excluded_temporary = ?, "
                                             "excluded_without_alternate = ?, political_report_summary = ?, "
                                             "self_review_summary = ?, opening_time = ?, closing_time = ?, "
                                             "counting_board_head = ?, resolution_votes_for = ?, %1 "
                                             "WHERE id = ? AND row_version = ?")
                                  .arg(RowVersions::updateSet()),
                              values + RowVersions::stampValues(m_db) + QVariantList{congress->id, congress->rowVersion},
                              error))
            return false;
        // No row at the version read: another clerk saved (or deleted) it since; their change stands.
        if (query.numRowsAffected() != 1) {
            *error = RowVersions::refusal(m_db, RowVersions::Kind::Congress, congress->id);
            return false;
        }
    }
    if (!saveGuests(*congress, error) || !savePeople(*congress, error) || !transaction.commit(error))
        return false;
    // The record now carries the version it wrote, so its next save is checked against it.
    congress->rowVersion = inserting ? 0 : congress->rowVersion + 1;
    return true;
}

bool CongressRepository::remove(qint64 congressId, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM congress_guests WHERE congress_id = ?"), {congressId}, error)
        || !QueryRunner::run(query, QStringLiteral("DELETE FROM congress_people WHERE congress_id = ?"), {congressId},
                             error)
        || !QueryRunner::run(query, QStringLiteral("DELETE FROM congresses WHERE id = ?"), {congressId}, error))
        return false;
    return transaction.commit(error);
}

bool CongressRepository::progress(qint64 parentId, qint64 termId, Progress *progress, QString *error) const
{
    QSqlQuery query(m_db);
    const QString sql =
        QStringLiteral("SELECT COUNT(*), "
                       "SUM(CASE WHEN c.status = 'held' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN u.level IN ('branch', 'grassroots-branch') THEN 1 ELSE 0 END), "
                       "MIN(CASE WHEN c.status = 'held' THEN c.held_from END), "
                       "MAX(CASE WHEN c.status = 'held' THEN COALESCE(c.held_to, c.held_from) END) ")
        + QString::fromLatin1(pendingJoin).arg(childrenOf(parentId));
    if (!QueryRunner::run(query, sql, bindings(termId, parentId), error))
        return false;
    *progress = Progress();
    if (query.next()) {
        progress->unitCount = query.value(0).toInt();
        progress->heldCount = query.value(1).toInt();
        progress->branchCount = query.value(2).toInt();
        progress->firstHeld = QueryRunner::toDate(query.value(3));
        progress->lastHeld = QueryRunner::toDate(query.value(4));
    }
    return true;
}

bool CongressRepository::pending(qint64 parentId, qint64 termId, int offset, int limit,
                                 QList<PendingCongress> *units, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT u.id, u.parent_id, u.code, u.name, u.level, c.id, c.status, "
                                       "c.planned_date ")
                        + QString::fromLatin1(pendingJoin).arg(childrenOf(parentId))
                        + QStringLiteral(" AND (c.id IS NULL OR c.status <> 'held') "
                                         "ORDER BY u.position, u.id LIMIT ? OFFSET ?");
    if (!QueryRunner::run(query, sql, bindings(termId, parentId) + QVariantList{limit, offset}, error))
        return false;
    units->clear();
    while (query.next()) {
        PendingCongress item;
        item.unit.id = query.value(0).toLongLong();
        item.unit.parentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        item.unit.code = query.value(2).toString();
        item.unit.name = query.value(3).toString();
        UnitLevels::fromKey(query.value(4).toString(), &item.unit.level);
        item.hasRecord = !query.value(5).isNull();
        if (item.hasRecord)
            Congress::statusFromKey(query.value(6).toString(), &item.status);
        item.plannedDate = QueryRunner::toDate(query.value(7));
        units->append(item);
    }
    return true;
}

} // namespace daihoi
