#include "StatisticsFigures.h"

#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/UnitRepository.h"

#include <QRegularExpression>

namespace daihoi {

StatisticsFigures::Line StatisticsFigures::educationLine(const QString &education)
{
    const QString text = education.normalized(QString::NormalizationForm_C).toLower().simplified();
    static const QRegularExpression postgraduate(
        QStringLiteral("(thạc sĩ|thạc sỹ|tiến sĩ|tiến sỹ|trên đại học|sau đại học|\\bths\\b|\\bts\\b|\\bpgs\\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression university(QStringLiteral("(đại học|cử nhân|kỹ sư|kĩ sư|bác sĩ|bác sỹ|\\bđh\\b)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression college(QStringLiteral("(cao đẳng|\\bcđ\\b)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    if (text.contains(postgraduate))
        return Postgraduate;
    if (text.contains(university))
        return University;
    if (text.contains(college))
        return College;
    return LineCount;
}

StatisticsFigures StatisticsFigures::of(const QList<CommitteeMember> &members, const QDate &congressDate)
{
    StatisticsFigures figures;
    figures.congresses = 1;
    for (const CommitteeMember &member : members) {
        QList<Column> columns{Members};
        if (member.role == CommitteeRole::Secretary)
            columns << Secretaries;
        else if (member.role == CommitteeRole::DeputySecretary)
            columns << Deputies;
        const Person &person = member.person;
        QList<Line> lines{Total};
        if (person.gender == Gender::Female)
            lines << Women;
        else if (person.gender == Gender::Unknown)
            lines << GenderUnknown;
        if (!person.isEthnicityKnown())
            lines << EthnicityUnknown;
        else if (person.isEthnicMinority())
            lines << EthnicMinority;
        const int age = person.ageIn(congressDate);
        lines << (age < 0 ? AgeUnknown : age <= 40 ? AgeTo40 : age <= 50 ? Age41To50 : AgeOver50);
        const Line education = educationLine(person.education);
        if (education != LineCount)
            lines << education;
        switch (person.theoryLevel) {
        case TheoryLevel::Elementary:
            lines << TheoryElementary;
            break;
        case TheoryLevel::Intermediate:
            lines << TheoryIntermediate;
            break;
        case TheoryLevel::Advanced:
        case TheoryLevel::Bachelor:
            lines << TheoryAdvanced;
            break;
        case TheoryLevel::None:
            break;
        }
        lines << (member.reelected ? Reelected : FirstTime);
        for (Line line : std::as_const(lines)) {
            for (Column column : std::as_const(columns))
                ++figures.counts[size_t(line)][size_t(column)];
        }
    }
    return figures;
}

void StatisticsFigures::add(const StatisticsFigures &other)
{
    congresses += other.congresses;
    for (size_t line = 0; line < counts.size(); ++line) {
        for (size_t column = 0; column < counts[line].size(); ++column)
            counts[line][column] += other.counts[line][column];
    }
}

bool StatisticsFigures::load(QSqlDatabase db, const Unit &committee, const Term &term, StatisticsFigures *figures,
                             QString *error)
{
    *figures = StatisticsFigures();
    QList<Unit> children;
    if (!UnitRepository(db).activeChildren(committee.id, &children, error))
        return false;
    for (const Unit &child : std::as_const(children)) {
        Congress congress;
        error->clear();
        if (!CongressRepository(db).find(child.id, term.id, &congress, error)) {
            if (!error->isEmpty())
                return false;
            continue;
        }
        if (congress.status != Congress::Status::Held)
            continue;
        QList<CommitteeMember> members;
        if (!CommitteeRepository(db).members(congress.id, &members, error))
            return false;
        figures->add(of(members, congress.heldFrom));
    }
    error->clear();
    return true;
}

} // namespace daihoi
