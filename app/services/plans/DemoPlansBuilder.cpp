#include "DemoPlansBuilder.h"

#include "domain/plans/Plan.h"
#include "storage/CongressRepository.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QHash>
#include <QStringList>

namespace daihoi {

namespace {

QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

class Builder
{
public:
    explicit Builder(QSqlDatabase db) : m_congresses(db), m_units(db), m_terms(db), m_plans(db) {}

    // A plan for `code`'s term with a line per subordinate unit: the unit's held day (or its planned one),
    // moved where `scheduled` names another day; `attending` rotates over the units.
    bool plan(const QString &code, int startYear, int endYear, Plan plan, const QHash<QString, QDate> &scheduled,
              const QStringList &pilots, const QStringList &attending, const QStringList &times, QString *error)
    {
        Unit committee;
        Term term;
        if (!m_units.byCode(code, &committee, error) || !m_terms.byYears(startYear, endYear, &term, error))
            return false;
        plan.unitId = committee.id;
        plan.termId = term.id;
        QList<PlanUnit> units;
        if (!m_plans.units(committee.id, term.id, &units, error))
            return false;
        for (int i = 0; i < units.size(); ++i) {
            const PlanUnit &unit = units.at(i);
            ScheduledCongress line;
            line.unitId = unit.unitId;
            line.date = scheduled.value(unit.code, unit.heldFrom);
            line.time = QTime::fromString(times.at(i % times.size()), QStringLiteral("HH:mm"));
            line.attending = attending.at(i % attending.size());
            line.pilot = pilots.contains(unit.code);
            line.place = placeOf(unit.unitId, term.id);
            plan.schedule.append(line);
        }
        return m_plans.save(&plan, error);
    }

private:
    // The congress's own place, as recorded by the base demo.
    QString placeOf(qint64 unitId, qint64 termId)
    {
        Congress congress;
        QString ignored;
        return m_congresses.find(unitId, termId, &congress, &ignored) ? congress.place : QString();
    }

    CongressRepository m_congresses;
    UnitRepository m_units;
    TermRepository m_terms;
    PlanRepository m_plans;
};

QList<WorkItem> districtWorkItems()
{
    using State = WorkItem::State;
    struct Item
    {
        const char16_t *title;
        const char16_t *responsible;
        QDate deadline;
        State state;
        QDate doneOn;
    };
    const Item items[] = {
        {u"Ban hành kế hoạch tổ chức đại hội các tổ chức cơ sở đảng", u"Ban Thường vụ Đảng ủy Khối",
         day(2020, 3, 15), State::Done, day(2020, 3, 10)},
        {u"Hướng dẫn công tác nhân sự cấp ủy nhiệm kỳ 2020 – 2025", u"Ban Tổ chức", day(2020, 3, 20), State::Done,
         day(2020, 3, 18)},
        {u"Hướng dẫn xây dựng văn kiện đại hội chi bộ", u"Ban Tuyên giáo", day(2020, 3, 25), State::Done,
         day(2020, 3, 30)},
        {u"Chọn đơn vị tổ chức đại hội điểm", u"Ban Thường vụ Đảng ủy Khối", day(2020, 3, 31), State::Done,
         day(2020, 3, 27)},
        {u"Phân công đảng ủy viên phụ trách, dự đại hội chi bộ", u"Văn phòng Đảng ủy Khối", day(2020, 4, 5),
         State::Done, day(2020, 4, 3)},
        {u"Tập huấn nghiệp vụ tổ chức đại hội cho bí thư chi bộ", u"Ban Tổ chức", day(2020, 4, 10), State::Done,
         day(2020, 4, 14)},
        {u"Tổ chức đại hội điểm, rút kinh nghiệm", u"Chi bộ Văn phòng Quận ủy", day(2020, 4, 20), State::Done,
         day(2020, 4, 16)},
        {u"Thẩm định văn kiện và nhân sự của các chi bộ", u"Ban Tổ chức", day(2020, 4, 30), State::Done,
         day(2020, 4, 29)},
        {u"Chuẩn y kết quả bầu cử cấp ủy các chi bộ", u"Ban Thường vụ Đảng ủy Khối", day(2020, 5, 31), State::Done,
         day(2020, 6, 4)},
        {u"Tuyên truyền về đại hội trên trang thông tin của Khối", u"Ban Tuyên giáo", day(2020, 5, 31),
         State::Done, day(2020, 5, 28)},
        {u"Kiểm tra, giám sát việc chuẩn bị đại hội", u"Ủy ban Kiểm tra", day(2020, 5, 15), State::Done,
         day(2020, 5, 20)},
        {u"Tổng hợp kết quả đại hội báo cáo Quận ủy", u"Văn phòng Đảng ủy Khối", day(2020, 6, 10),
         State::InProgress, QDate()},
        {u"Sơ kết công tác đại hội các chi bộ", u"Ban Thường vụ Đảng ủy Khối", day(2020, 6, 20),
         State::NotStarted, QDate()},
        {u"Lưu trữ hồ sơ đại hội", u"Văn phòng Đảng ủy Khối", day(2020, 6, 30), State::InProgress, QDate()},
        {u"Khen thưởng tập thể, cá nhân có thành tích trong công tác đại hội", u"Ban Tổ chức", day(2020, 7, 15),
         State::NotStarted, QDate()},
    };
    QList<WorkItem> list;
    int number = 0;
    for (const Item &item : items)
        list.append({++number, QString::fromUtf16(item.title), QString::fromUtf16(item.responsible), item.deadline,
                     item.state, item.doneOn});
    return list;
}

} // namespace

bool DemoPlansBuilder::build(QSqlDatabase db, QString *error)
{
    Builder builder(db);
    const QStringList wardMembers{QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("Trần Thị Thu Hà"),
                                  QStringLiteral("Lê Quang Minh"), QStringLiteral("Phạm Đức Thắng"),
                                  QStringLiteral("Đỗ Thị Lan"), QStringLiteral("Hoàng Minh Tuấn"),
                                  QStringLiteral("Vũ Văn Long")};
    // Residential branches meet in the evening, offices in working hours.
    Plan ward;
    ward.number = QStringLiteral("74-KH/ĐU");
    ward.issuedOn = day(2022, 7, 12);
    ward.subject = QStringLiteral("về việc tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2022 – 2025");
    ward.periodFrom = day(2022, 8, 15);
    ward.pilotDeadline = day(2022, 8, 25);
    ward.deadline = day(2022, 9, 15);
    // VH-09 and VH-12 met two days after their dates: held late.
    if (!builder.plan(QStringLiteral("VH"), 2022, 2025, ward,
                      {{QStringLiteral("VH-09"), day(2022, 8, 26)}, {QStringLiteral("VH-12"), day(2022, 8, 29)}},
                      {QStringLiteral("VH-01"), QStringLiteral("VH-02")}, wardMembers,
                      {QStringLiteral("19:30"), QStringLiteral("19:30"), QStringLiteral("08:00")}, error))
        return false;

    // The ward's plan of the term before, for copying its timetable forward.
    Plan earlier;
    earlier.number = QStringLiteral("18-KH/ĐU");
    earlier.issuedOn = day(2020, 1, 10);
    earlier.subject = QStringLiteral("về việc tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2020 – 2022");
    earlier.periodFrom = day(2020, 3, 16);
    earlier.deadline = day(2020, 4, 15);
    if (!builder.plan(QStringLiteral("VH"), 2020, 2022, earlier, {}, {}, wardMembers,
                      {QStringLiteral("19:30"), QStringLiteral("19:30"), QStringLiteral("08:00")}, error))
        return false;

    const QStringList officeMembers{QStringLiteral("Nguyễn Thị Hồng Vân"), QStringLiteral("Trần Quốc Khánh"),
                                    QStringLiteral("Lê Minh Đức")};
    Plan offices;
    offices.number = QStringLiteral("25-KH/ĐU");
    offices.issuedOn = day(2017, 5, 26);
    offices.subject = QStringLiteral("về việc tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2017 – 2020");
    offices.periodFrom = day(2017, 6, 19);
    offices.deadline = day(2017, 7, 14);
    // UBND-07 met a day after its date; UBND-15 is due on 6/7/2017 and has not met.
    if (!builder.plan(QStringLiteral("UBND"), 2017, 2020, offices,
                      {{QStringLiteral("UBND-07"), day(2017, 6, 26)}, {QStringLiteral("UBND-15"), day(2017, 7, 6)}},
                      {QStringLiteral("UBND-01")}, officeMembers, {QStringLiteral("08:00"), QStringLiteral("14:00")},
                      error))
        return false;

    const QStringList blocMembers{QStringLiteral("Phạm Thu Hà"), QStringLiteral("Đỗ Văn Thắng"),
                                  QStringLiteral("Vũ Thị Lan Anh")};
    Plan bloc;
    bloc.number = QStringLiteral("48-KH/QU");
    bloc.issuedOn = day(2020, 3, 2);
    bloc.subject = QStringLiteral("về việc lãnh đạo đại hội các chi bộ, đảng bộ bộ phận trực thuộc nhiệm kỳ "
                                  "2020 – 2025");
    bloc.periodFrom = day(2020, 4, 1);
    bloc.pilotDeadline = day(2020, 4, 20);
    bloc.deadline = day(2020, 5, 15);
    bloc.workItems = districtWorkItems();
    if (!builder.plan(QStringLiteral("BT-DDT"), 2020, 2025, bloc, {}, {QStringLiteral("BT-DDT-01")}, blocMembers,
                      {QStringLiteral("08:00")}, error))
        return false;

    Plan front;
    front.number = QStringLiteral("12-KH/ĐU");
    front.issuedOn = day(2020, 4, 6);
    front.subject = QStringLiteral("về việc tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2020 – 2025");
    front.periodFrom = day(2020, 5, 4);
    front.deadline = day(2020, 5, 10);
    // The last chi bộ met the day after the deadline.
    return builder.plan(QStringLiteral("BT-DDT-MT"), 2020, 2025, front, {{QStringLiteral("BT-DDT-MT-01"), day(2020, 5, 10)}},
                        {}, {QStringLiteral("Đặng Văn Hải"), QStringLiteral("Bùi Thị Ngọc")}, {QStringLiteral("14:00")},
                        error);
}

} // namespace daihoi
