#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/committee/CommitteeMember.h"

#include <QDate>
#include <QSqlDatabase>
#include <array>

namespace daihoi {

// The counts of the Biểu thống kê cấp ủy (the central organising board's form): for each line
// (all members, women, age bands, training…), how many committee members, Bí thư and Phó Bí thư.
// Only what is recorded is counted in a line; what is not recorded is counted in the "chưa rõ"
// lines (gender, ethnicity, birth year), never guessed.
struct StatisticsFigures
{
    enum Line {
        Total,
        Women,
        GenderUnknown,
        EthnicMinority,
        EthnicityUnknown,
        AgeTo40,
        Age41To50,
        AgeOver50,
        AgeUnknown,
        College,
        University,
        Postgraduate,
        TheoryElementary,
        TheoryIntermediate,
        TheoryAdvanced, // cao cấp, cử nhân
        Reelected,
        FirstTime,
        LineCount
    };
    enum Column { Members, Secretaries, Deputies, ColumnCount };

    int congresses = 0; // held congresses counted
    std::array<std::array<int, ColumnCount>, LineCount> counts{};

    int count(Line line, Column column) const { return counts[size_t(line)][size_t(column)]; }
    // One congress's committee; ages in the year of the congress.
    static StatisticsFigures of(const QList<CommitteeMember> &members, const QDate &congressDate);
    void add(const StatisticsFigures &other);
    // Summed over the held congresses of the committee's direct, non-retired subordinate units in the term.
    static bool load(QSqlDatabase db, const Unit &committee, const Term &term, StatisticsFigures *figures,
                     QString *error);

    // The training recorded as free text ("Đại học", "Thạc sĩ", "Cao đẳng sư phạm"): the line it
    // counts in, or LineCount when it is none of the three (school grades, trung cấp, unknown).
    static Line educationLine(const QString &education);
};

} // namespace daihoi
