#include "DemoElectionsBuilder.h"

#include "CommitteeService.h"
#include "DemoNumbers.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/QueryRunner.h"

#include <QSqlQuery>
#include <QStringList>

namespace daihoi {

namespace {

const QStringList familyNames = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                 QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                                 QStringLiteral("Đặng"),   QStringLiteral("Bùi"),  QStringLiteral("Đỗ"),
                                 QStringLiteral("Ngô"),    QStringLiteral("Dương"), QStringLiteral("Hồ")};
const QStringList maleMiddle = {QStringLiteral("Văn"), QStringLiteral("Đức"), QStringLiteral("Minh"),
                                QStringLiteral("Quang"), QStringLiteral("Hữu"), QStringLiteral("Công")};
const QStringList femaleMiddle = {QStringLiteral("Thị"), QStringLiteral("Thu"), QStringLiteral("Ngọc"),
                                  QStringLiteral("Thanh")};
const QStringList maleGiven = {QStringLiteral("An"),   QStringLiteral("Bình"), QStringLiteral("Cường"),
                               QStringLiteral("Dũng"), QStringLiteral("Hải"),  QStringLiteral("Hùng"),
                               QStringLiteral("Khánh"), QStringLiteral("Long"), QStringLiteral("Nam"),
                               QStringLiteral("Phong"), QStringLiteral("Quân"), QStringLiteral("Sơn"),
                               QStringLiteral("Thắng"), QStringLiteral("Tuấn"), QStringLiteral("Việt")};
const QStringList femaleGiven = {QStringLiteral("Anh"),  QStringLiteral("Hà"),   QStringLiteral("Hằng"),
                                 QStringLiteral("Hoa"),  QStringLiteral("Hương"), QStringLiteral("Lan"),
                                 QStringLiteral("Linh"), QStringLiteral("Mai"),  QStringLiteral("Nga"),
                                 QStringLiteral("Phương"), QStringLiteral("Thảo"), QStringLiteral("Yến")};
const QStringList positions = {QStringLiteral("Tổ trưởng tổ dân phố"), QStringLiteral("Trưởng phòng"),
                               QStringLiteral("Phó Trưởng phòng"),    QStringLiteral("Chuyên viên"),
                               QStringLiteral("Hiệu trưởng"),         QStringLiteral("Giáo viên"),
                               QStringLiteral("Cán bộ hưu trí"),       QStringLiteral("Trưởng ban công tác Mặt trận")};

// The same pool of people for a unit in every term, so a later congress re-elects some of them.
Person personOf(qint64 unitId, int index)
{
    DemoNumbers numbers(quint32(unitId * 131 + index * 17));
    Person person;
    person.gender = numbers.between(0, 9) < 3 ? Gender::Female : Gender::Male;
    const bool female = person.gender == Gender::Female;
    person.fullName = QStringLiteral("%1 %2 %3")
                          .arg(familyNames.at(numbers.between(0, int(familyNames.size()) - 1)),
                               (female ? femaleMiddle : maleMiddle).at(numbers.between(0, female ? 3 : 5)),
                               (female ? femaleGiven : maleGiven)
                                   .at(numbers.between(0, int((female ? femaleGiven : maleGiven).size()) - 1)));
    person.birthYear = numbers.between(1958, 1990);
    person.ethnicity = numbers.between(0, 19) == 0 ? QStringLiteral("Tày") : QStringLiteral("Kinh");
    person.education = numbers.between(0, 3) == 0 ? QStringLiteral("12/12") : QStringLiteral("Đại học");
    person.theoryLevel = TheoryLevel(numbers.between(1, 3));
    person.workPosition = positions.at(numbers.between(0, int(positions.size()) - 1));
    return person;
}

ElectionRound round(int number, int seats, const Congress &congress, int invalid,
                    const QList<CandidateVotes> &candidates)
{
    ElectionRound r;
    r.number = number;
    r.seats = seats;
    r.ballots = {congress.present, congress.present, congress.present - invalid, invalid};
    r.candidates = candidates;
    return r;
}

QList<Election> electionsFor(const Congress &congress, qint64 unitId, int offset, bool withShortfall)
{
    DemoNumbers numbers(quint32(congress.id * 7 + 3));
    const int present = congress.present;
    const int invalid = !withShortfall && numbers.between(0, 9) == 0 ? 1 : 0;
    const int valid = present - invalid;
    auto name = [&](int index) { return personOf(unitId, offset + index).fullName; };
    QList<Election> elections;
    const bool committee = congress.summoned >= 9;
    if (committee) {
        Election chiUy;
        chiUy.congressId = congress.id;
        chiUy.office = ElectionOffice::Committee;
        if (withShortfall) {
            // Five seats, six names: one falls short of half and a second round fills the seat.
            chiUy.totalSeats = 5;
            QList<CandidateVotes> first;
            for (int i = 0; i < 4; ++i)
                first.append({name(i), valid - numbers.between(0, 2)});
            first.append({name(4), congress.base() / 2});
            first.append({name(5), congress.base() / 2 - 1});
            chiUy.rounds.append(round(1, 5, congress, invalid, first));
            chiUy.rounds.append(round(2, 1, congress, 0, {{name(4), present - numbers.between(0, 1)}}));
        } else {
            chiUy.totalSeats = 3;
            // A ballot keeps at most three names: the fourth name's votes were crossed off the others.
            const int fourth = numbers.between(qMax(1, present / 5), qMax(1, present / 2 - 1));
            QList<CandidateVotes> list;
            for (int i = 0; i < 3; ++i)
                list.append({name(i), valid - (fourth + 2) / 3 - numbers.between(0, 1)});
            list.append({name(3), fourth});
            chiUy.rounds.append(round(1, 3, congress, invalid, list));
        }
        elections.append(chiUy);
    }
    Election secretary;
    secretary.congressId = congress.id;
    secretary.office = ElectionOffice::Secretary;
    secretary.totalSeats = 1;
    secretary.rounds.append(round(1, 1, congress, 0, {{name(0), present - (numbers.between(0, 5) == 0 ? 1 : 0)}}));
    elections.append(secretary);
    Election deputy;
    deputy.congressId = congress.id;
    deputy.office = ElectionOffice::DeputySecretary;
    deputy.totalSeats = 1;
    deputy.rounds.append(round(1, 1, congress, 0, {{name(1), present - numbers.between(0, 2)}}));
    elections.append(deputy);
    return elections;
}

} // namespace

bool DemoElectionsBuilder::build(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (!QueryRunner::run(query,
                          QStringLiteral("SELECT c.unit_id, c.term_id, u.code, t.start_year FROM congresses c "
                                         "JOIN units u ON u.id = c.unit_id JOIN terms t ON t.id = c.term_id "
                                         "WHERE c.status = 'held' ORDER BY t.start_year, c.id"),
                          {}, error))
        return false;
    struct Held
    {
        qint64 unitId;
        qint64 termId;
        QString code;
        int startYear;
    };
    QList<Held> held;
    while (query.next())
        held.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toInt()});

    CongressRepository congresses(db);
    CommitteeService service(db);
    CommitteeRepository committees(db);
    for (const Held &item : held) {
        Congress congress;
        if (!congresses.find(item.unitId, item.termId, &congress, error))
            return false;
        // Each term draws its candidates a little further along the unit's pool of people.
        const int offset = item.startYear >= 2022 ? 1 : 0;
        const bool shortfall = item.code == QLatin1String("BT-DDT-02");
        for (Election election : electionsFor(congress, item.unitId, offset, shortfall)) {
            if (!service.saveElection(&election, error)) {
                *error = QStringLiteral("%1: %2").arg(item.code, *error);
                return false;
            }
        }
        QList<CommitteeMember> members;
        if (!committees.members(congress.id, &members, error))
            return false;
        for (CommitteeMember &member : members) {
            for (int i = 0; i < 8; ++i) {
                const Person person = personOf(item.unitId, i);
                if (person.fullName == member.person.fullName) {
                    const qint64 id = member.person.id;
                    member.person = person;
                    member.person.id = id;
                    break;
                }
            }
            member.residentialGroupHead = member.role == CommitteeRole::Secretary && item.code.startsWith(QLatin1String("VH-"))
                                          && member.person.workPosition == QLatin1String("Tổ trưởng tổ dân phố");
            if (item.startYear < 2022) {
                member.approval = CommitteeMember::Approval::Approved;
                member.approvalDocument = QStringLiteral("%1-QĐ/ĐU").arg(100 + int(congress.id % 200));
                member.approvalDate = congress.heldFrom.addDays(21);
            }
        }
        if (!committees.replace(congress.id, &members, error))
            return false;
    }
    return true;
}

} // namespace daihoi
