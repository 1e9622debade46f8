#include "CommitteeRepository.h"

#include "QueryRunner.h"
#include "SearchWordIndex.h"
#include "Transaction.h"
#include "domain/SearchKey.h"

#include <QSqlQuery>

namespace daihoi {

namespace {

const char *const memberColumns =
    "m.id, m.congress_id, m.role, m.votes, m.percent_hundredths, m.role_votes, m.role_percent_hundredths, "
    "m.appointed, m.reelected, m.residential_head, m.approval, m.approval_document, m.approval_date, "
    "p.id, p.full_name, p.gender, p.birth_year, p.ethnicity, p.education, p.theory_level, p.work_position";

// Reads the member columns starting at column `first`.
CommitteeMember memberFromRow(const QSqlQuery &q, int first = 0)
{
    CommitteeMember m;
    m.id = q.value(first + 0).toLongLong();
    m.congressId = q.value(first + 1).toLongLong();
    CommitteeMember::roleFromKey(q.value(first + 2).toString(), &m.role);
    m.votes = q.value(first + 3).toInt();
    m.percentHundredths = q.value(first + 4).toLongLong();
    m.roleVotes = q.value(first + 5).toInt();
    m.rolePercentHundredths = q.value(first + 6).toLongLong();
    m.appointed = q.value(first + 7).toInt() != 0;
    m.reelected = q.value(first + 8).toInt() != 0;
    m.residentialGroupHead = q.value(first + 9).toInt() != 0;
    CommitteeMember::approvalFromKey(q.value(first + 10).toString(), &m.approval);
    m.approvalDocument = q.value(first + 11).toString();
    m.approvalDate = QueryRunner::toDate(q.value(first + 12));
    m.person.id = q.value(first + 13).toLongLong();
    m.person.fullName = q.value(first + 14).toString();
    Person::genderFromKey(q.value(first + 15).toString(), &m.person.gender);
    m.person.birthYear = q.value(first + 16).toInt();
    m.person.ethnicity = q.value(first + 17).toString();
    m.person.education = q.value(first + 18).toString();
    Person::theoryFromKey(q.value(first + 19).toString(), &m.person.theoryLevel);
    m.person.workPosition = q.value(first + 20).toString();
    return m;
}

QVariantList personValues(const Person &p)
{
    return {p.fullName.simplified(),   Person::genderKey(p.gender),
            p.birthYear,               QueryRunner::textValue(p.ethnicity.simplified()),
            QueryRunner::textValue(p.education.simplified()), Person::theoryKey(p.theoryLevel),
            QueryRunner::textValue(p.workPosition.simplified()), SearchKey::of(p.fullName)};
}

} // namespace

CommitteeRepository::CommitteeRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool CommitteeRepository::members(qint64 congressId, QList<CommitteeMember> *members, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT %1 FROM committee_members m JOIN people p ON p.id = m.person_id "
                                         "WHERE m.congress_id = ? ORDER BY m.position")
                              .arg(QLatin1String(memberColumns)),
                          {congressId}, error))
        return false;
    members->clear();
    while (query.next())
        members->append(memberFromRow(query));
    return true;
}

bool CommitteeRepository::replace(qint64 congressId, QList<CommitteeMember> *members, QString *error)
{
    for (int i = 0; i < members->size(); ++i) {
        const Person &person = members->at(i).person;
        if (person.fullName.simplified().isEmpty()) {
            *error = tr("Committee, line %1: a member needs a full name.").arg(i + 1);
            return false;
        }
        if (!Person::isPlausibleBirthYear(person.birthYear)) {
            *error = tr("Committee, line %1 (%2): birth year %3 is not a plausible year.")
                         .arg(i + 1)
                         .arg(person.fullName)
                         .arg(person.birthYear);
            return false;
        }
    }
    int secretaries = 0;
    for (const CommitteeMember &member : *members)
        secretaries += member.role == CommitteeRole::Secretary ? 1 : 0;
    if (secretaries > 1) {
        *error = tr("Committee: %1 members have the role of secretary; a committee has one.").arg(secretaries);
        return false;
    }

    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    SearchWordIndex words(m_db);
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query, QStringLiteral("DELETE FROM committee_members WHERE congress_id = ?"), {congressId},
                          error))
        return false;
    for (int i = 0; i < members->size(); ++i) {
        CommitteeMember &member = (*members)[i];
        member.congressId = congressId;
        Person &person = member.person;
        bool updated = false;
        if (person.id > 0) {
            if (!QueryRunner::run(query,
                                  QStringLiteral("UPDATE people SET full_name = ?, gender = ?, birth_year = ?, "
                                                 "ethnicity = ?, education = ?, theory_level = ?, work_position = ?, search_key = ? "
                                                 "WHERE id = ?"),
                                  personValues(person) + QVariantList{person.id}, error))
                return false;
            updated = query.numRowsAffected() == 1;
            if (updated
                && !words.replace(SearchWordIndex::Kind::Person, person.id, SearchKey::of(person.fullName), error))
                return false;
        }
        if (!updated) {
            const bool keepId = person.id > 0;
            if (!QueryRunner::insert(m_db,
                                     QStringLiteral("INSERT INTO people (%1full_name, gender, birth_year, ethnicity, "
                                                    "education, theory_level, work_position, search_key) "
                                                    "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?)")
                                         .arg(keepId ? QStringLiteral("id, ") : QString(),
                                              keepId ? QStringLiteral("?, ") : QString()),
                                     (keepId ? QVariantList{person.id} : QVariantList{}) + personValues(person),
                                     &person.id, error)
                || !words.add(SearchWordIndex::Kind::Person, person.id, SearchKey::of(person.fullName), error))
                return false;
        }
        qint64 id = 0;
        if (!QueryRunner::insert(
                m_db,
                QStringLiteral("INSERT INTO committee_members (congress_id, person_id, position, role, votes, "
                               "percent_hundredths, role_votes, role_percent_hundredths, appointed, reelected, "
                               "residential_head, approval, approval_document, approval_date) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {congressId, person.id, i, CommitteeMember::roleKey(member.role), member.votes,
                 member.percentHundredths, member.roleVotes, member.rolePercentHundredths, member.appointed ? 1 : 0,
                 member.reelected ? 1 : 0, member.residentialGroupHead ? 1 : 0,
                 CommitteeMember::approvalKey(member.approval), QueryRunner::textValue(member.approvalDocument),
                 QueryRunner::dateValue(member.approvalDate)},
                &id, error))
            return false;
        member.id = id;
    }
    return transaction.commit(error);
}

bool CommitteeRepository::approve(qint64 congressId, const QString &document, const QDate &date, QString *error)
{
    QSqlQuery query(m_db);
    return QueryRunner::run(query,
                            QStringLiteral("UPDATE committee_members SET approval = ?, approval_document = ?, "
                                           "approval_date = ? WHERE congress_id = ?"),
                            {CommitteeMember::approvalKey(CommitteeMember::Approval::Approved),
                             QueryRunner::textValue(document.trimmed()), QueryRunner::dateValue(date), congressId},
                            error);
}

bool CommitteeRepository::restoreApproval(const CommitteeMember &member, QString *error)
{
    QSqlQuery query(m_db);
    return QueryRunner::run(query,
                            QStringLiteral("UPDATE committee_members SET approval = ?, approval_document = ?, "
                                           "approval_date = ? WHERE congress_id = ? AND person_id = ?"),
                            {CommitteeMember::approvalKey(member.approval), QueryRunner::textValue(member.approvalDocument),
                             QueryRunner::dateValue(member.approvalDate), member.congressId, member.person.id},
                            error);
}

bool CommitteeRepository::previousCommittee(qint64 unitId, int startYear, QList<Person> *people, QString *error) const
{
    QSqlQuery query(m_db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT %1 FROM committee_members m JOIN people p ON p.id = m.person_id "
                                         "WHERE m.congress_id = (SELECT c.id FROM congresses c "
                                         "JOIN terms t ON t.id = c.term_id WHERE c.unit_id = ? AND t.start_year < ? "
                                         "ORDER BY t.start_year DESC, t.end_year DESC LIMIT 1) ORDER BY m.position")
                              .arg(QLatin1String(memberColumns)),
                          {unitId, startYear}, error))
        return false;
    people->clear();
    while (query.next())
        people->append(memberFromRow(query).person);
    return true;
}

QString CommitteeRepository::compositionStatement(const QString &parentCondition, int youngAgeLimit)
{
    // One row of counts per held congress, counted in SQL by the rules of CompositionFigures::of: a
    // gender or ethnicity not recorded is counted apart, never as male or Kinh. Seats follow
    // CommitteeBuilder::seats: the chi ủy election's, else the Bí thư and Phó Bí thư elections'.
    // The committee's units first, then each one's congress (CROSS JOIN keeps that order on SQLite and
    // is a plain inner join elsewhere): led by the term, SQLite walked every congress of the country.
    const QString secretary = QStringLiteral("m.role = 'secretary'");
    const QString elected = QStringLiteral("m.role = 'secretary' AND m.appointed = 0 AND m.role_votes > 0");
    const QString age = QStringLiteral("(CAST(SUBSTR(c.held_from, 1, 4) AS INTEGER) - p.birth_year)");
    const QString ethnicity = QStringLiteral("LOWER(TRIM(COALESCE(p.ethnicity, '')))");
    const auto count = [](const QString &condition) {
        return QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
    };
    const QStringList columns = {
        QStringLiteral("COALESCE((SELECT e.total_seats FROM elections e WHERE e.congress_id = c.id "
                       "AND e.office = 'committee'), (SELECT COALESCE(SUM(e.total_seats), 0) FROM elections e "
                       "WHERE e.congress_id = c.id AND e.office IN ('secretary', 'deputy-secretary')))"),
        QStringLiteral("COUNT(m.id)"),
        count(QStringLiteral("m.reelected <> 0")),
        count(QStringLiteral("p.gender = 'female'")),
        count(QStringLiteral("p.gender = 'male'")),
        count(QStringLiteral("p.gender NOT IN ('male', 'female')")),
        count(QStringLiteral("p.birth_year > 0 AND %1 >= 0 AND %1 < %2").arg(age).arg(youngAgeLimit)),
        count(QStringLiteral("%1 <> '' AND %1 <> 'kinh'").arg(ethnicity)),
        count(QStringLiteral("%1 = ''").arg(ethnicity)),
        count(QStringLiteral("p.gender NOT IN ('male', 'female') OR %1 = ''").arg(ethnicity)),
        count(QStringLiteral("p.theory_level NOT IN ('elementary', 'intermediate', 'advanced', 'bachelor')")),
        count(QStringLiteral("p.theory_level = 'elementary'")),
        count(QStringLiteral("p.theory_level = 'intermediate'")),
        count(QStringLiteral("p.theory_level = 'advanced'")),
        count(QStringLiteral("p.theory_level = 'bachelor'")),
        count(secretary),
        count(secretary + QStringLiteral(" AND m.reelected <> 0")),
        count(elected),
        count(secretary + QStringLiteral(" AND m.appointed <> 0")),
        count(secretary + QStringLiteral(" AND m.residential_head <> 0")),
        count(elected + QStringLiteral(" AND m.role_percent_hundredths >= 10000")),
        QStringLiteral("MIN(CASE WHEN %1 THEN m.role_percent_hundredths END)").arg(elected),
    };
    return QStringLiteral("SELECT c.id, %1 FROM units u CROSS JOIN congresses c "
                          "LEFT JOIN committee_members m ON m.congress_id = c.id "
                          "LEFT JOIN people p ON p.id = m.person_id "
                          "WHERE %2 AND c.unit_id = u.id AND c.term_id = ? AND u.retired = 0 AND c.status = 'held' "
                          "GROUP BY c.id")
        .arg(columns.join(QStringLiteral(", ")), parentCondition);
}

bool CommitteeRepository::composition(qint64 parentId, qint64 termId, int youngAgeLimit,
                                      CompositionFigures *figures, QString *error) const
{
    *figures = CompositionFigures();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString parent = parentId > 0 ? QStringLiteral("u.parent_id = ?") : QStringLiteral("u.parent_id IS NULL");
    QVariantList bindings;
    if (parentId > 0)
        bindings.append(parentId);
    bindings.append(termId);
    if (!QueryRunner::run(query, compositionStatement(parent, youngAgeLimit), bindings, error))
        return false;
    while (query.next()) {
        int column = 1;
        const auto next = [&query, &column]() { return query.value(column++).toInt(); };
        CompositionFigures f;
        f.congresses = 1;
        f.seats = next();
        f.members = next();
        f.reelected = next();
        f.women = next();
        f.men = next();
        f.genderUnknown = next();
        f.young = next();
        f.ethnicMinority = next();
        f.ethnicityUnknown = next();
        f.detailsMissing = next();
        for (int &level : f.theory)
            level = next();
        f.secretaries = next();
        f.secretariesReelected = next();
        f.secretariesElectedAtCongress = next();
        f.secretariesAppointed = next();
        f.secretariesResidentialHead = next();
        f.secretariesWithFullApproval = next();
        const QVariant lowest = query.value(column);
        f.lowestSecretaryPercent = lowest.isNull() ? -1 : lowest.toLongLong();
        if (f.seats > 0 && f.members > f.seats) {
            f.congressesOverSeats = 1;
            f.membersOverSeats = f.members - f.seats;
        }
        figures->add(f);
    }
    return true;
}

} // namespace daihoi
