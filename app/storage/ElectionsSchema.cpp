#include "ElectionsSchema.h"

#include "SchemaSql.h"

namespace daihoi {

QStringList ElectionsSchema::statements(const QSqlDatabase &db)
{
    const QString id = SchemaSql::idColumn(db);
    return {
        QStringLiteral("CREATE TABLE elections ("
                       " id %1,"
                       " congress_id BIGINT NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,"
                       " office TEXT NOT NULL,"
                       " total_seats INTEGER NOT NULL,"
                       " alternate_seats INTEGER NOT NULL DEFAULT 0,"
                       " appointed INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (congress_id, office))")
            .arg(id),
        QStringLiteral("CREATE TABLE election_rounds ("
                       " id %1,"
                       " election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,"
                       " round_number INTEGER NOT NULL,"
                       " seats INTEGER NOT NULL,"
                       " ballots_issued INTEGER NOT NULL,"
                       " ballots_collected INTEGER NOT NULL,"
                       " ballots_valid INTEGER NOT NULL,"
                       " ballots_invalid INTEGER NOT NULL,"
                       " UNIQUE (election_id, round_number))")
            .arg(id),
        QStringLiteral("CREATE TABLE round_candidates ("
                       " id %1,"
                       " round_id BIGINT NOT NULL REFERENCES election_rounds(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " votes INTEGER NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX round_candidates_by_round ON round_candidates(round_id, position)"),
        QStringLiteral("CREATE TABLE people ("
                       " id %1,"
                       " full_name TEXT NOT NULL,"
                       " gender TEXT NOT NULL,"
                       " birth_year INTEGER NOT NULL DEFAULT 0,"
                       " ethnicity TEXT NOT NULL DEFAULT '',"
                       " education TEXT NOT NULL DEFAULT '',"
                       " theory_level TEXT NOT NULL DEFAULT 'none',"
                       " work_position TEXT NOT NULL DEFAULT '',"
                       " search_key TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE TABLE committee_members ("
                       " id %1,"
                       " congress_id BIGINT NOT NULL REFERENCES congresses(id) ON DELETE CASCADE,"
                       " person_id BIGINT NOT NULL REFERENCES people(id),"
                       " position INTEGER NOT NULL,"
                       " role TEXT NOT NULL,"
                       " votes INTEGER NOT NULL DEFAULT 0,"
                       " percent_hundredths INTEGER NOT NULL DEFAULT 0,"
                       " role_votes INTEGER NOT NULL DEFAULT 0,"
                       " role_percent_hundredths INTEGER NOT NULL DEFAULT 0,"
                       " appointed INTEGER NOT NULL DEFAULT 0,"
                       " reelected INTEGER NOT NULL DEFAULT 0,"
                       " residential_head INTEGER NOT NULL DEFAULT 0,"
                       " approval TEXT NOT NULL DEFAULT 'elected',"
                       " approval_document TEXT NOT NULL DEFAULT '',"
                       " approval_date TEXT)")
            .arg(id),
        // Composition sums read a committee's members by congress; people are found by person.
        QStringLiteral("CREATE INDEX committee_members_by_congress ON committee_members(congress_id, position)"),
        QStringLiteral("CREATE INDEX committee_members_by_person ON committee_members(person_id)"),
    };
}

QStringList ElectionsSchema::unknownGender(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return {QStringLiteral("ALTER TABLE people ALTER COLUMN gender SET DEFAULT ''")};
    return {};
}

} // namespace daihoi
