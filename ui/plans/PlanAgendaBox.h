#pragma once

#include "domain/plans/PlanProgress.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace daihoi {

class OptionalDateEdit;

// The congresses of the next 14 days across the committee's units, from the saved plan's timetable: date,
// time, unit, place and the member attending, by date and time, from a day the clerk may change (today
// when it opens). Congresses already held by that day are not on it.
class PlanAgendaBox : public QWidget
{
    Q_OBJECT
public:
    explicit PlanAgendaBox(QWidget *parent = nullptr);

    void showAgenda(const Plan &plan, const QList<PlanUnit> &units);
    // The first day shown; the field follows.
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    int count() const;

signals:
    void unitActivated(qint64 unitId);

private:
    void fill();

    Plan m_plan;
    QList<PlanUnit> m_units;
    QDate m_day;
    OptionalDateEdit *m_dayEdit;
    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace daihoi
