#include "DemoTargetsBuilder.h"

#include "domain/targets/RatingEvaluation.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/targets/DirectionRepository.h"
#include "storage/targets/RatingRepository.h"
#include "storage/targets/TargetRepository.h"
#include "storage/targets/TargetsSchema.h"

#include <QStringList>

namespace daihoi {

namespace {

// The same small generator as the base demo, so every machine builds the same data.
class Numbers
{
public:
    explicit Numbers(quint32 seed) : m_state(seed * 2654435761u + 7u) {}
    int between(int low, int high)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return low + int((m_state >> 8) % quint32(high - low + 1));
    }

private:
    quint32 m_state;
};

const QString partyBuilding = QStringLiteral("Xây dựng Đảng");
const QString economy = QStringLiteral("Kinh tế – xã hội");
const QString security = QStringLiteral("Quốc phòng – an ninh");
const QString percent = QStringLiteral("%");

ExactDecimal hundredths(int value) // 9650 → 96,5
{
    return ExactDecimal::fromScaled(qint64(value) * (ExactDecimal::Scale / 100));
}

Target manual(const QString &group, const QString &name, Target::Comparison comparison, ExactDecimal value,
              const QString &unit)
{
    Target t;
    t.group = group;
    t.name = name;
    t.comparison = comparison;
    t.value = value;
    t.unit = unit;
    return t;
}

Target ratingTarget(const QString &name, Target::Basis basis, QualityRating level)
{
    Target t =
        manual(partyBuilding, name, Target::Comparison::AtLeast, ExactDecimal::fromInteger(100), percent);
    t.basis = basis;
    t.ratingLevel = level;
    return t;
}

// A value reached near the target: mostly met or beaten, now and then missed, as real reviews read.
ExactDecimal reachedNear(const Target &t, Numbers &n)
{
    // Half a point for a percentage, whole units (members, cases, million đồng) for the rest.
    const qint64 step = t.unit == percent ? ExactDecimal::Scale / 2
                                          : qMax<qint64>(1, t.value.scaled() / 20 / ExactDecimal::Scale) *
                                                ExactDecimal::Scale;
    const int roll = n.between(0, 9);
    qint64 delta = 0;
    if (roll < 2)
        delta = -step * n.between(1, 2); // missed
    else if (roll < 5)
        delta = 0; // exactly met
    else
        delta = step * n.between(1, 3); // beaten
    if (t.comparison == Target::Comparison::AtMost)
        delta = -delta;
    qint64 scaled = t.value.scaled() + delta;
    if (t.unit == percent)
        scaled = qBound<qint64>(0, scaled, 100 * ExactDecimal::Scale);
    return ExactDecimal::fromScaled(qMax<qint64>(0, scaled));
}

QList<Target> residentialTargets(Numbers &n)
{
    const int admissions = n.between(1, 3);
    const int income = 55 + n.between(0, 4) * 5;
    return {
        ratingTarget(QStringLiteral("Hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên"),
                     Target::Basis::MemberRating, QualityRating::Good),
        ratingTarget(QStringLiteral("Hằng năm chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên"),
                     Target::Basis::UnitRating, QualityRating::Good),
        manual(partyBuilding, QStringLiteral("Kết nạp %1 đảng viên mới").arg(admissions),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(admissions),
               QStringLiteral("đảng viên")),
        manual(partyBuilding, QStringLiteral("Tỷ lệ đảng viên dự sinh hoạt chi bộ định kỳ"),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(95), percent),
        manual(economy, QStringLiteral("Thu nhập bình quân %1 triệu đồng/người/năm").arg(income),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(income),
               QStringLiteral("triệu đồng/người/năm")),
        manual(economy, QStringLiteral("Tỷ lệ hộ nghèo"), Target::Comparison::AtMost, hundredths(100),
               percent),
        manual(economy, QStringLiteral("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa"),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(90), percent),
        manual(economy, QStringLiteral("Tỷ lệ người dân tham gia bảo hiểm y tế"), Target::Comparison::AtLeast,
               hundredths(9500), percent),
        manual(economy, QStringLiteral("Thu gom, xử lý rác thải sinh hoạt"), Target::Comparison::Exactly,
               ExactDecimal::fromInteger(100), percent),
        manual(security, QStringLiteral("Hoàn thành chỉ tiêu giao quân hằng năm"),
               Target::Comparison::Exactly, ExactDecimal::fromInteger(100), percent),
        manual(security, QStringLiteral("Số vụ vi phạm pháp luật, tệ nạn xã hội phát sinh trên địa bàn"),
               Target::Comparison::AtMost, ExactDecimal::fromInteger(n.between(2, 5)), QStringLiteral("vụ")),
    };
}

QList<Target> officeTargets(Numbers &n)
{
    const int admissions = n.between(1, 2);
    return {
        ratingTarget(QStringLiteral("Hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên"),
                     Target::Basis::MemberRating, QualityRating::Good),
        ratingTarget(QStringLiteral("Hằng năm chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên"),
                     Target::Basis::UnitRating, QualityRating::Good),
        manual(partyBuilding, QStringLiteral("Kết nạp %1 đảng viên mới").arg(admissions),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(admissions),
               QStringLiteral("đảng viên")),
        manual(partyBuilding, QStringLiteral("Đảng viên được học tập, quán triệt đầy đủ nghị quyết của Đảng"),
               Target::Comparison::Exactly, ExactDecimal::fromInteger(100), percent),
        manual(partyBuilding, QStringLiteral("Số đảng viên bị xử lý kỷ luật"), Target::Comparison::AtMost,
               ExactDecimal::fromInteger(0), QStringLiteral("đảng viên")),
        manual(economy, QStringLiteral("Hồ sơ thủ tục hành chính giải quyết đúng hạn"),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(98), percent),
        manual(economy, QStringLiteral("Tiết kiệm chi thường xuyên so với dự toán"),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(10), percent),
        manual(economy, QStringLiteral("Công chức, viên chức đạt chuẩn về trình độ chuyên môn"),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(95), percent),
        manual(economy, QStringLiteral("Hồ sơ công việc được xử lý trên môi trường mạng"),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(90), percent),
        manual(security, QStringLiteral("Đảng viên được bồi dưỡng kiến thức quốc phòng – an ninh"),
               Target::Comparison::AtLeast, ExactDecimal::fromInteger(80), percent),
        manual(security, QStringLiteral("Cơ quan đạt tiêu chuẩn An toàn về an ninh, trật tự"),
               Target::Comparison::Exactly, ExactDecimal::fromInteger(100), percent),
    };
}

struct DirectionText
{
    DirectionItem::Group group;
    QString text;
};

const QList<DirectionText> directionTexts = {
    {DirectionItem::Group::Direction,
     QStringLiteral(
         "Nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ; xây dựng chi bộ trong sạch, vững mạnh.")},
    {DirectionItem::Group::Direction, QStringLiteral("Phát huy dân chủ, đoàn kết, thống nhất; lãnh đạo thực "
                                                     "hiện thắng lợi nhiệm vụ chính trị được giao.")},
    {DirectionItem::Group::Task, QStringLiteral("Đổi mới nội dung, nâng cao chất lượng sinh hoạt chi bộ; mỗi "
                                                "quý ít nhất một buổi sinh hoạt chuyên đề.")},
    {DirectionItem::Group::Task,
     QStringLiteral(
         "Làm tốt công tác phát triển đảng viên, quản lý và đánh giá, xếp loại đảng viên hằng năm.")},
    {DirectionItem::Group::Task,
     QStringLiteral("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")},
    {DirectionItem::Group::Solution,
     QStringLiteral("Phân công đảng viên phụ trách từng chỉ tiêu; chi ủy kiểm điểm tiến độ hằng quý.")},
    {DirectionItem::Group::Solution,
     QStringLiteral(
         "Tăng cường công tác kiểm tra, giám sát; phát huy vai trò của Mặt trận và các đoàn thể.")},
};

class Builder
{
public:
    explicit Builder(QSqlDatabase db)
        : m_db(db), m_units(db), m_congresses(db), m_targets(db), m_directions(db), m_ratings(db)
    {
    }

    bool walk(qint64 parentId, const QList<Term> &terms, QString *error)
    {
        QList<Unit> children;
        if (!m_units.children(parentId, 0, 100000, &children, error))
            return false;
        for (const Unit &unit : children) {
            for (const Term &term : terms) {
                Congress congress;
                if (!m_congresses.find(unit.id, term.id, &congress, error)) {
                    if (!error->isEmpty())
                        return false;
                    continue;
                }
                if (congress.status == Congress::Status::Held && !resolution(unit, term, congress, error))
                    return false;
            }
            if (!walk(unit.id, terms, error))
                return false;
        }
        return true;
    }

private:
    bool resolution(const Unit &unit, const Term &term, const Congress &congress, QString *error)
    {
        Numbers n(quint32(unit.id * 104729 + term.startYear));
        if (!ratings(unit, term, congress, n, error))
            return false;
        for (const DirectionText &text : directionTexts) {
            if (n.between(0, 5) == 0)
                continue; // not every resolution words every item
            DirectionItem item;
            item.congressId = congress.id;
            item.group = text.group;
            item.text = text.text;
            if (!m_directions.save(&item, error))
                return false;
        }
        const bool office =
            unit.code.startsWith(QLatin1String("UBND")) || unit.code.startsWith(QLatin1String("BT-DDT"));
        QList<Target> targets = office ? officeTargets(n) : residentialTargets(n);
        // 8–11 targets: drop up to three of the optional ones (the two rating-based targets always stay).
        for (int dropped = n.between(0, 3); dropped > 0; --dropped)
            targets.removeAt(n.between(2, int(targets.size()) - 1));
        // UBND's 2017–2020 term is long over; elsewhere about one congress in five has not reviewed yet.
        const bool reviewed = term.startYear == 2017 || n.between(0, 4) != 0;
        for (Target &target : targets) {
            target.congressId = congress.id;
            if (reviewed && !target.isRatingBased())
                target.reached = reachedNear(target, n);
            if (!m_targets.save(&target, error))
                return false;
        }
        return true;
    }

    bool ratings(const Unit &unit, const Term &term, const Congress &congress, Numbers &n, QString *error)
    {
        const int members = qMax(3, congress.officialMembers + congress.probationaryMembers);
        for (int year : RatingEvaluation::termYears(term.startYear, term.endYear)) {
            YearRating rating;
            rating.year = year;
            const int roll = n.between(0, 9);
            if (year < 2018)
                rating.unitLevel =
                    roll < 8 ? QualityRating::CleanStrong : QualityRating::Good; // the levels of the time
            else
                rating.unitLevel = roll < 3   ? QualityRating::Excellent
                                   : roll < 9 ? QualityRating::Good
                                              : QualityRating::Completed;
            // At most a fifth of the members may be rated excellent; now and then one only fulfils tasks.
            const int excellent = n.between(members / 10, members / 5);
            const int completed = n.between(0, 4) == 0 ? 1 : 0;
            rating.members.insert(QualityRating::Excellent, excellent);
            rating.members.insert(QualityRating::Good, members - excellent - completed);
            if (completed)
                rating.members.insert(QualityRating::Completed, completed);
            if (!m_ratings.save(unit.id, rating, error))
                return false;
        }
        return true;
    }

    QSqlDatabase m_db;
    UnitRepository m_units;
    CongressRepository m_congresses;
    TargetRepository m_targets;
    DirectionRepository m_directions;
    RatingRepository m_ratings;
};

} // namespace

bool DemoTargetsBuilder::build(QSqlDatabase db, QString *error)
{
    if (!TargetsSchema::isApplied(db)) {
        *error =
            tr("The database has no tables for targets yet; it needs the schema of this program version.");
        return false;
    }
    QList<Term> terms;
    if (!TermRepository(db).all(&terms, error))
        return false;
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    Builder builder(db);
    if (!builder.walk(0, terms, error))
        return false;
    return transaction.commit(error);
}

} // namespace daihoi
