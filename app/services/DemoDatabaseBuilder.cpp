#include "DemoDatabaseBuilder.h"

#include "DemoElectionsBuilder.h"
#include "plans/DemoPlansBuilder.h"
#include "DemoNumbers.h"
#include "targets/DemoTargetsBuilder.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QStringList>

namespace daihoi {

namespace {

struct BranchPlan
{
    QString code;
    QString name;
    UnitLevel level = UnitLevel::Branch;
    QDate heldOn;      // invalid: not held yet
    QDate plannedDate; // for a congress not held yet
    QString place;
    QStringList children; // for a sub-committee: names of its branches, held on the same day
};

const QStringList guestNames = {
    QStringLiteral("Nguyễn Thị Hồng Vân"), QStringLiteral("Trần Quốc Khánh"), QStringLiteral("Lê Minh Đức"),
    QStringLiteral("Phạm Thu Hà"),         QStringLiteral("Đỗ Văn Thắng"),    QStringLiteral("Vũ Thị Lan Anh"),
};

// A member's full name for the presidium, secretary and counting board: family, middle and given name.
QString demoMemberName(DemoNumbers &numbers)
{
    static const QStringList families = {
        QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),   QStringLiteral("Phạm"),
        QStringLiteral("Hoàng"),  QStringLiteral("Vũ"),   QStringLiteral("Đặng"), QStringLiteral("Bùi"),
        QStringLiteral("Đỗ"),     QStringLiteral("Ngô"),  QStringLiteral("Dương"), QStringLiteral("Lý"),
    };
    static const QStringList men = {QStringLiteral("Văn Hùng"),  QStringLiteral("Đức Thắng"), QStringLiteral("Minh Tuấn"),
                                    QStringLiteral("Quang Long"), QStringLiteral("Xuân Sơn"),  QStringLiteral("Văn Hải"),
                                    QStringLiteral("Đình Phong"), QStringLiteral("Mạnh Cường"), QStringLiteral("Công Bình")};
    static const QStringList women = {QStringLiteral("Thị Hương"), QStringLiteral("Thị Lan"),   QStringLiteral("Thu Trang"),
                                      QStringLiteral("Thanh Mai"), QStringLiteral("Thị Ngọc"),  QStringLiteral("Thu Thảo"),
                                      QStringLiteral("Thị Hằng"),  QStringLiteral("Hải Yến"),   QStringLiteral("Thị Huệ")};
    const QStringList &given = numbers.between(0, 1) == 0 ? men : women;
    return families.at(numbers.between(0, int(families.size()) - 1)) + QLatin1Char(' ')
           + given.at(numbers.between(0, int(given.size()) - 1));
}

// The conduct of a held congress: a morning from 7:30 to 11:30, a presidium of two or three, one secretary,
// a counting board of three, and the resolution adopted by everyone present. Drawn from numbers of their own,
// so the attendance and votes drawn before stay what other tests know.
void demoConduct(Congress *c, quint32 seed)
{
    DemoNumbers numbers(seed);
    QStringList names;
    const int presidium = numbers.between(2, 3);
    const int wanted = presidium + 1 + 3; // the presidium, a secretary, the board's head and two members
    while (names.size() < wanted) {
        const QString name = demoMemberName(numbers);
        if (!names.contains(name))
            names.append(name);
    }
    c->openingTime = QTime(7, 30);
    c->closingTime = QTime(11, 30);
    c->presidium = names.mid(0, presidium);
    c->secretaries = names.mid(presidium, 1);
    c->countingBoardHead = names.at(presidium + 1);
    c->countingBoardMembers = names.mid(presidium + 2, 2);
    c->resolutionVotesFor = c->present;
}

// How the congresses of one committee's units look in the demo.
struct CongressPlan
{
    const Term *term = nullptr;
    const Term *previousTerm = nullptr; // a 2.5-year branch term before `term`, or none
    QString guestTitle;
    int congressNumber = 1;
    int minMembers = 9;
    bool fullAttendance = false; // everyone not excused came
};

class Builder
{
public:
    explicit Builder(QSqlDatabase db)
        : m_units(db)
        , m_terms(db)
        , m_congresses(db)
    {
    }

    bool term(int startYear, int endYear, Term *term, QString *error)
    {
        term->startYear = startYear;
        term->endYear = endYear;
        return m_terms.add(term, error);
    }

    bool committee(const QString &code, const QString &name, UnitLevel level, qint64 parentId, Unit *unit,
                   QString *error)
    {
        unit->parentId = parentId;
        unit->code = code;
        unit->name = name;
        unit->level = level;
        return m_units.add(unit, error);
    }

    bool branch(const BranchPlan &plan, qint64 parentId, const CongressPlan &setting, QString *error)
    {
        Unit unit;
        if (!committee(plan.code, plan.name, plan.level, parentId, &unit, error))
            return false;
        if (setting.previousTerm) {
            BranchPlan earlier = plan;
            earlier.heldOn = plan.heldOn.addMonths(-29);
            CongressPlan previous = setting;
            previous.term = setting.previousTerm;
            previous.congressNumber = setting.congressNumber - 1;
            if (!congress(unit, earlier, previous, error))
                return false;
        }
        if (!congress(unit, plan, setting, error))
            return false;
        for (int i = 0; i < plan.children.size(); ++i) {
            BranchPlan child;
            child.code = QStringLiteral("%1-%2").arg(plan.code).arg(i + 1, 2, 10, QLatin1Char('0'));
            child.name = plan.children.at(i);
            child.heldOn = plan.heldOn.isValid() ? plan.heldOn.addDays(-1 - i) : QDate();
            child.plannedDate = plan.plannedDate;
            child.place = plan.place;
            if (!branch(child, unit.id, setting, error))
                return false;
        }
        return true;
    }

private:
    bool congress(const Unit &unit, const BranchPlan &plan, const CongressPlan &setting, QString *error)
    {
        const Term &term = *setting.term;
        DemoNumbers numbers(quint32(unit.id * 7919 + term.startYear));
        Congress c;
        c.unitId = unit.id;
        c.termId = term.id;
        c.number = setting.congressNumber + numbers.between(0, 3);
        c.kind = CongressKind::PartyMembers;
        c.place = plan.place;
        c.officialMembers = numbers.between(setting.minMembers, 58);
        c.probationaryMembers = numbers.between(0, 3);
        c.summoned = c.officialMembers;
        c.exclusions.absentWithReason = numbers.between(0, 2);
        c.exclusions.excusedAbsent = c.officialMembers > 30 ? numbers.between(0, 3) : 0;
        c.present = c.summoned - c.exclusions.applicableTotal(c.kind) - (setting.fullAttendance ? 0 : numbers.between(0, 1));
        if (plan.heldOn.isValid()) {
            c.status = Congress::Status::Held;
            c.plannedDate = plan.heldOn;
            c.heldFrom = plan.heldOn;
            c.heldTo = plan.heldOn;
            c.guests.append({guestNames.at(numbers.between(0, int(guestNames.size()) - 1)), setting.guestTitle});
            // Demo content is data, written in Vietnamese like the unit names.
            c.politicalReportSummary =
                QStringLiteral("Nhiệm kỳ %1, chi bộ lãnh đạo đảng viên hoàn thành %2/%3 chỉ tiêu nghị quyết đề ra; "
                               "kết nạp %4 đảng viên mới; hằng năm chi bộ được đánh giá hoàn thành tốt nhiệm vụ "
                               "trở lên.")
                    .arg(Term{0, term.startYear - (term.endYear - term.startYear), term.startYear}.label())
                    .arg(numbers.between(8, 11))
                    .arg(11)
                    .arg(numbers.between(0, 4));
            c.selfReviewSummary = QStringLiteral("Chi ủy thực hiện đúng quy chế làm việc, duy trì sinh hoạt định kỳ "
                                                 "hằng tháng, nâng cao chất lượng sinh hoạt chi bộ; việc đổi mới nội "
                                                 "dung sinh hoạt chuyên đề còn hạn chế.");
            demoConduct(&c, quint32(unit.id * 104729 + term.startYear));
        } else {
            c.status = Congress::Status::Planned;
            c.plannedDate = plan.plannedDate;
            c.present = 0;
            c.exclusions = {};
        }
        return m_congresses.save(&c, error);
    }

    UnitRepository m_units;
    TermRepository m_terms;
    CongressRepository m_congresses;
};

QList<BranchPlan> vietHungBranches()
{
    QStringList names = {QStringLiteral("Chi bộ Khu đô thị Việt Hưng 1"), QStringLiteral("Chi bộ Khu đô thị Việt Hưng 2")};
    for (int i = 1; i <= 14; ++i)
        names.append(QStringLiteral("Chi bộ Tổ dân phố số %1").arg(i));
    names += {QStringLiteral("Chi bộ Cơ quan phường"), QStringLiteral("Chi bộ Công an phường"),
              QStringLiteral("Chi bộ Quân sự phường"), QStringLiteral("Chi bộ Trường Mầm non Việt Hưng"),
              QStringLiteral("Chi bộ Trường Tiểu học Việt Hưng"), QStringLiteral("Chi bộ Trường THCS Việt Hưng"),
              QStringLiteral("Chi bộ Trạm Y tế phường")};
    QList<BranchPlan> plans;
    const QDate first(2022, 8, 20);
    for (int i = 0; i < names.size(); ++i) {
        BranchPlan plan;
        plan.code = QStringLiteral("VH-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        plan.name = names.at(i);
        plan.heldOn = first.addDays(i); // 20/8/2022 … 11/9/2022
        plan.place = i < 16 ? QStringLiteral("Nhà văn hóa tổ dân phố") : QStringLiteral("Hội trường UBND phường Việt Hưng");
        plans.append(plan);
    }
    return plans;
}

QList<BranchPlan> districtOfficeBranches()
{
    const QStringList names = {
        QStringLiteral("Chi bộ Văn phòng HĐND và UBND"),
        QStringLiteral("Chi bộ Phòng Tài chính – Kế hoạch"),
        QStringLiteral("Chi bộ Phòng Tư pháp"),
        QStringLiteral("Chi bộ Phòng Nội vụ"),
        QStringLiteral("Chi bộ Phòng Tài nguyên và Môi trường"),
        QStringLiteral("Chi bộ Phòng Quản lý đô thị"),
        QStringLiteral("Chi bộ Phòng Kinh tế"),
        QStringLiteral("Chi bộ Phòng Văn hóa và Thông tin"),
        QStringLiteral("Chi bộ Phòng Giáo dục và Đào tạo"),
        QStringLiteral("Chi bộ Phòng Lao động – Thương binh và Xã hội"),
        QStringLiteral("Chi bộ Phòng Y tế"),
        QStringLiteral("Chi bộ Thanh tra Quận"),
        QStringLiteral("Chi bộ Trung tâm Phát triển quỹ đất"),
        QStringLiteral("Chi bộ Đội Quản lý trật tự đô thị"),
        QStringLiteral("Chi bộ Ban Quản lý dự án đầu tư xây dựng"),
    };
    QList<BranchPlan> plans;
    for (int i = 0; i < names.size(); ++i) {
        BranchPlan plan;
        plan.code = QStringLiteral("UBND-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        plan.name = names.at(i);
        plan.place = QStringLiteral("Phòng họp tầng 3, trụ sở UBND Quận");
        if (i < 14)
            plan.heldOn = QDate(2017, 6, 21).addDays(i % 7); // 21/6/2017 … 27/6/2017
        else
            plan.plannedDate = QDate(2017, 7, 6);
        plans.append(plan);
    }
    return plans;
}

QList<BranchPlan> binhThanhBranches()
{
    const QStringList names = {
        QStringLiteral("Chi bộ Văn phòng Quận ủy"), QStringLiteral("Chi bộ Ban Tổ chức Quận ủy"),
        QStringLiteral("Chi bộ Ủy ban Kiểm tra Quận ủy"), QStringLiteral("Chi bộ Ban Tuyên giáo Quận ủy"),
        QStringLiteral("Chi bộ Ban Dân vận Quận ủy"), QStringLiteral("Chi bộ Trung tâm Chính trị quận"),
    };
    QList<BranchPlan> plans;
    for (int i = 0; i < names.size(); ++i) {
        BranchPlan plan;
        plan.code = QStringLiteral("BT-DDT-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        plan.name = names.at(i);
        plan.heldOn = QDate(2020, 4, 16).addDays(i * 3);
        plan.place = QStringLiteral("Hội trường Quận ủy Bình Thạnh");
        plans.append(plan);
    }
    BranchPlan front;
    front.code = QStringLiteral("BT-DDT-MT");
    front.name = QStringLiteral("Đảng bộ bộ phận Khối Mặt trận – Đoàn thể");
    front.level = UnitLevel::SubCommittee;
    front.heldOn = QDate(2020, 5, 12);
    front.place = QStringLiteral("Hội trường Ủy ban MTTQ Việt Nam quận");
    front.children = {QStringLiteral("Chi bộ Ủy ban MTTQ Việt Nam quận"), QStringLiteral("Chi bộ Hội Liên hiệp Phụ nữ quận"),
                      QStringLiteral("Chi bộ Quận đoàn"), QStringLiteral("Chi bộ Liên đoàn Lao động quận"),
                      QStringLiteral("Chi bộ Hội Cựu chiến binh quận")};
    plans.append(front);
    return plans;
}

} // namespace

bool DemoDatabaseBuilder::build(QSqlDatabase db, QString *error)
{
    int existing = 0;
    UnitRepository units(db);
    if (!units.childCount(0, &existing, error))
        return false;
    if (existing > 0) {
        *error = tr("The database already holds units; the demo is only written into an empty database.");
        return false;
    }
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    Builder builder(db);
    Term t2017, t2020, t2020short, t2022, t2025;
    if (!builder.term(2017, 2020, &t2017, error) || !builder.term(2020, 2025, &t2020, error)
        || !builder.term(2020, 2022, &t2020short, error) || !builder.term(2022, 2025, &t2022, error)
        || !builder.term(2025, 2030, &t2025, error))
        return false;

    struct Committee
    {
        QString code;
        QString name;
        UnitLevel level;
        CongressPlan congresses;
        QList<BranchPlan> branches;
    };
    const QList<Committee> committees = {
        {QStringLiteral("VH"), QStringLiteral("Đảng bộ phường Việt Hưng"), UnitLevel::GrassrootsCommittee,
         {&t2022, &t2020short, QStringLiteral("Phó Bí thư Thường trực Đảng ủy phường"), 4, 9, true},
         vietHungBranches()},
        {QStringLiteral("UBND"), QStringLiteral("Đảng bộ cơ quan UBND Quận"), UnitLevel::GrassrootsCommittee,
         {&t2017, nullptr, QStringLiteral("Ủy viên Ban Thường vụ Đảng ủy cơ quan"), 6, 7, false},
         districtOfficeBranches()},
        {QStringLiteral("BT-DDT"), QStringLiteral("Đảng bộ Khối cơ quan Đảng – Đoàn thể quận Bình Thạnh"),
         UnitLevel::GrassrootsCommittee,
         {&t2020, nullptr, QStringLiteral("Đảng ủy viên, Trưởng ban Tổ chức Đảng ủy Khối"), 9, 9, false},
         binhThanhBranches()},
    };
    for (const Committee &committee : committees) {
        Unit top;
        if (!builder.committee(committee.code, committee.name, committee.level, 0, &top, error))
            return false;
        for (const BranchPlan &plan : committee.branches) {
            if (!builder.branch(plan, top.id, committee.congresses, error))
                return false;
        }
    }
    if (!DemoElectionsBuilder::build(db, error) || !DemoTargetsBuilder::build(db, error)
        || !DemoPlansBuilder::build(db, error))
        return false;
    return transaction.commit(error);
}

} // namespace daihoi
