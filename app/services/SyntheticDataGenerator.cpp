#include "SyntheticDataGenerator.h"

#include "DemoNumbers.h"
#include "domain/SearchKey.h"
#include "domain/committee/Person.h"
#include "storage/BulkInserter.h"
#include "storage/SearchWordIndex.h"
#include "storage/TermRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QDate>
#include <QStringList>

namespace daihoi {

namespace {

const QStringList families = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                              QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                              QStringLiteral("Đặng"),   QStringLiteral("Bùi"),  QStringLiteral("Đỗ")};
const QStringList middles = {QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Đức"),
                             QStringLiteral("Minh"), QStringLiteral("Thu"), QStringLiteral("Quang")};
const QStringList givens = {QStringLiteral("An"),  QStringLiteral("Bình"), QStringLiteral("Cường"),
                            QStringLiteral("Dung"), QStringLiteral("Hà"),   QStringLiteral("Hùng"),
                            QStringLiteral("Lan"),  QStringLiteral("Long"), QStringLiteral("Mai"),
                            QStringLiteral("Nam"),  QStringLiteral("Phương"), QStringLiteral("Tuấn")};

class Writer
{
public:
    explicit Writer(QSqlDatabase db)
        : units(db, QStringLiteral("units"),
                {QStringLiteral("parent_id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"),
                 QStringLiteral("position"), QStringLiteral("retired"), QStringLiteral("search_key")})
        , congresses(db, QStringLiteral("congresses"),
                     {QStringLiteral("unit_id"), QStringLiteral("term_id"), QStringLiteral("status"),
                      QStringLiteral("planned_date"), QStringLiteral("held_from"), QStringLiteral("held_to"),
                      QStringLiteral("place"), QStringLiteral("congress_number"), QStringLiteral("kind"),
                      QStringLiteral("official_members"), QStringLiteral("probationary_members"),
                      QStringLiteral("summoned"), QStringLiteral("present"),
                      QStringLiteral("excluded_absent_with_reason")})
        , elections(db, QStringLiteral("elections"),
                    {QStringLiteral("congress_id"), QStringLiteral("office"), QStringLiteral("total_seats")})
        , rounds(db, QStringLiteral("election_rounds"),
                 {QStringLiteral("election_id"), QStringLiteral("round_number"), QStringLiteral("seats"),
                  QStringLiteral("ballots_issued"), QStringLiteral("ballots_collected"),
                  QStringLiteral("ballots_valid"), QStringLiteral("ballots_invalid")})
        , candidates(db, QStringLiteral("round_candidates"),
                     {QStringLiteral("round_id"), QStringLiteral("position"), QStringLiteral("name"),
                      QStringLiteral("votes")})
        , people(db, QStringLiteral("people"),
                 {QStringLiteral("full_name"), QStringLiteral("gender"), QStringLiteral("birth_year"),
                  QStringLiteral("ethnicity"), QStringLiteral("theory_level"), QStringLiteral("search_key")})
        , members(db, QStringLiteral("committee_members"),
                  {QStringLiteral("congress_id"), QStringLiteral("person_id"), QStringLiteral("position"),
                   QStringLiteral("role"), QStringLiteral("votes"), QStringLiteral("percent_hundredths"),
                   QStringLiteral("role_votes"), QStringLiteral("role_percent_hundredths")})
        , targets(db, QStringLiteral("congress_targets"),
                  {QStringLiteral("congress_id"), QStringLiteral("position"), QStringLiteral("target_group"),
                   QStringLiteral("name"), QStringLiteral("comparison"), QStringLiteral("value_scaled"),
                   QStringLiteral("value_unit"), QStringLiteral("reached_scaled")})
        , words(db)
    {
    }

    bool prepare(QString *error)
    {
        for (BulkInserter *inserter : {&units, &congresses, &elections, &rounds, &candidates, &people, &members, &targets}) {
            if (!inserter->prepare(error))
                return false;
        }
        return true;
    }

    BulkInserter units, congresses, elections, rounds, candidates, people, members, targets;
    SearchWordIndex words;
};

struct Shape
{
    qint64 termId = 0;
    SyntheticDataGenerator::Counts *counts = nullptr;
    Writer *writer = nullptr;
};

bool addUnit(Shape &shape, qint64 parentId, const QString &code, const QString &name, UnitLevel level, int position,
             qint64 *id, QString *error)
{
    ++shape.counts->units;
    const QString key = SearchKey::of(name + QLatin1Char(' ') + code);
    return shape.writer->units.insert({parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)),
                                       code, name, UnitLevels::key(level), position, 0, key},
                                      id, error)
           && shape.writer->words.add(SearchWordIndex::Kind::Unit, *id, key, error);
}

bool addCongress(Shape &shape, qint64 unitId, DemoNumbers &numbers, int *present, qint64 *id, QString *error)
{
    const QString held = QDate(2020, 3, 1).addDays(numbers.between(0, 120)).toString(Qt::ISODate);
    const int members = numbers.between(9, 45);
    const int excluded = numbers.between(0, 2);
    *present = members - excluded;
    ++shape.counts->congresses;
    return shape.writer->congresses.insert({unitId, shape.termId, QStringLiteral("held"), held, held, held,
                                            QStringLiteral("Hội trường"), numbers.between(1, 12),
                                            QStringLiteral("party-members"), members, numbers.between(0, 3), members,
                                            *present, excluded},
                                           id, error);
}

// Chi ủy (3 seats, 4 names), Bí thư and Phó Bí thư, and the committee they produce.
bool addElections(Shape &shape, qint64 congressId, int present, DemoNumbers &numbers, QString *error)
{
    Writer &w = *shape.writer;
    const int base = present;
    QStringList names;
    while (names.size() < 4) { // a ballot never lists one name twice
        const QString name = QStringLiteral("%1 %2 %3").arg(families.at(numbers.between(0, 8)),
                                                             middles.at(numbers.between(0, 5)),
                                                             givens.at(numbers.between(0, 11)));
        if (!names.contains(name))
            names.append(name);
    }
    const int fourth = numbers.between(1, qMax(1, present / 2 - 1));
    QList<int> votes;
    for (int i = 0; i < 3; ++i)
        votes.append(present - (fourth + 2) / 3 - numbers.between(0, 1));
    votes.append(fourth);
    struct Office
    {
        const char *key;
        int seats;
        QList<int> candidates; // indexes into names
    };
    const QList<Office> offices = {{"committee", 3, {0, 1, 2, 3}}, {"secretary", 1, {0}}, {"deputy-secretary", 1, {1}}};
    for (const Office &office : offices) {
        qint64 electionId = 0;
        qint64 roundId = 0;
        if (!w.elections.insert({congressId, QLatin1String(office.key), office.seats}, &electionId, error)
            || !w.rounds.insert({electionId, 1, office.seats, present, present, present, 0}, &roundId, error))
            return false;
        for (int i = 0; i < office.candidates.size(); ++i) {
            const int who = office.candidates.at(i);
            const int count = office.seats == 1 ? present : votes.at(who);
            qint64 ignored = 0;
            ++shape.counts->candidates;
            if (!w.candidates.insert({roundId, i, names.at(who), count}, &ignored, error))
                return false;
        }
    }
    const QStringList roles = {QStringLiteral("secretary"), QStringLiteral("deputy-secretary"), QStringLiteral("member")};
    for (int i = 0; i < 3; ++i) {
        qint64 personId = 0;
        qint64 memberId = 0;
        const qint64 percent = (qint64(votes.at(i)) * 20000 + base) / (2 * base);
        ++shape.counts->members;
        const QString key = SearchKey::of(names.at(i));
        // Every person's gender is recorded, and agrees with a middle name that tells it ("Thị", "Văn");
        // the draw is made either way so the rest of the data stays the same.
        const bool drawnFemale = numbers.between(0, 3) == 0;
        const Gender proposed = Person::proposedGender(names.at(i));
        const Gender gender = proposed != Gender::Unknown ? proposed : drawnFemale ? Gender::Female : Gender::Male;
        if (!w.people.insert({names.at(i), Person::genderKey(gender),
                              numbers.between(1960, 1995), QStringLiteral("Kinh"), QStringLiteral("intermediate"), key},
                             &personId, error)
            || !w.words.add(SearchWordIndex::Kind::Person, personId, key, error)
            || !w.members.insert({congressId, personId, i, roles.at(i), votes.at(i), percent,
                                  i < 2 ? present : 0, i < 2 ? 10000 : 0},
                                 &memberId, error))
            return false;
    }
    for (int t = 0; t < 8; ++t) {
        qint64 ignored = 0;
        ++shape.counts->targets;
        const qint64 value = qint64(numbers.between(50, 100)) * 10000;
        if (!w.targets.insert({congressId, t, t < 4 ? QStringLiteral("Xây dựng Đảng") : QStringLiteral("Kinh tế – xã hội"),
                               QStringLiteral("Chỉ tiêu %1").arg(t + 1), QStringLiteral("ge"), value, QStringLiteral("%"),
                               value + qint64(numbers.between(-5, 5)) * 10000},
                              &ignored, error))
            return false;
    }
    return true;
}

} // namespace

bool SyntheticDataGenerator::generate(QSqlDatabase db, int branches, quint32 seed, Counts *counts, QString *error,
                                      const std::function<void(int)> &progress, int branchesPerCommittee)
{
    *counts = Counts();
    int existing = 0;
    if (!UnitRepository(db).childCount(0, &existing, error))
        return false;
    if (existing > 0) {
        *error = tr("The database already holds units; synthetic data is only written into an empty database.");
        return false;
    }
    if (branches < 5) {
        *error = tr("Units: at least 5 chi bộ (%1 asked).").arg(branches);
        return false;
    }
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    Term term{0, 2020, 2025};
    if (!TermRepository(db).add(&term, error))
        return false;
    Writer writer(db);
    if (!writer.prepare(error))
        return false;
    Shape shape{term.id, counts, &writer};
    DemoNumbers numbers(seed);

    const int grassroots = qMax(1, branches / branchesPerCommittee);
    const int provinces = qMax(1, (branches + 4999) / 5000);
    const int districts = provinces * 10;
    qint64 rootId = 0;
    if (!addUnit(shape, 0, QStringLiteral("TW"), QStringLiteral("Đảng bộ toàn quốc (dữ liệu mô phỏng)"),
                 UnitLevel::CommitteeAboveGrassroots, 1, &rootId, error))
        return false;
    QList<qint64> districtIds;
    for (int p = 0; p < provinces; ++p) {
        qint64 provinceId = 0;
        const QString provinceCode = QStringLiteral("T%1").arg(p + 1, 2, 10, QLatin1Char('0'));
        if (!addUnit(shape, rootId, provinceCode, QStringLiteral("Đảng bộ tỉnh %1").arg(p + 1),
                     UnitLevel::CommitteeAboveGrassroots, p + 1, &provinceId, error))
            return false;
        for (int d = 0; d < districts / provinces; ++d) {
            qint64 districtId = 0;
            if (!addUnit(shape, provinceId, QStringLiteral("%1-H%2").arg(provinceCode).arg(d + 1, 2, 10, QLatin1Char('0')),
                         QStringLiteral("Đảng bộ huyện %1, tỉnh %2").arg(d + 1).arg(p + 1),
                         UnitLevel::CommitteeAboveGrassroots, d + 1, &districtId, error))
                return false;
            districtIds.append(districtId);
        }
    }
    int written = 0;
    for (int g = 0; g < grassroots; ++g) {
        const qint64 districtId = districtIds.at(g % districtIds.size());
        qint64 committeeId = 0;
        qint64 congressId = 0;
        int present = 0;
        const QString code = QStringLiteral("CS%1").arg(g + 1, 6, 10, QLatin1Char('0'));
        if (!addUnit(shape, districtId, code, QStringLiteral("Đảng bộ xã %1").arg(g + 1), UnitLevel::GrassrootsCommittee,
                     g / districtIds.size() + 1, &committeeId, error)
            || !addCongress(shape, committeeId, numbers, &present, &congressId, error))
            return false;
        for (int b = 0; b < branchesPerCommittee; ++b) {
            qint64 branchId = 0;
            if (!addUnit(shape, committeeId, QStringLiteral("%1-%2").arg(code).arg(b + 1),
                         QStringLiteral("Chi bộ thôn %1, xã %2").arg(b + 1).arg(g + 1), UnitLevel::Branch, b + 1,
                         &branchId, error)
                || !addCongress(shape, branchId, numbers, &present, &congressId, error)
                || !addElections(shape, congressId, present, numbers, error))
                return false;
            ++written;
        }
        if (progress && g % 200 == 0)
            progress(written);
    }
    return transaction.commit(error);
}

} // namespace daihoi
