#pragma once

#include <QDate>
#include <QObject>

namespace daihoi {

class Workspace;

// Tells the views that a committee's plan changed (an edit, undo or redo here, or another clerk's save), and
// holds the day that plans are judged on: today, unless a test fixes it. Workspace has no signals for plans,
// so each workspace gets one of these as a child, created on first use (never a process-wide singleton).
class PlanEvents : public QObject
{
    Q_OBJECT
public:
    static PlanEvents *of(Workspace *workspace);

    // The day progress, overdue marks and the agenda are judged on.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    // Fixes the day (tests); an invalid date goes back to the calendar's.
    void setToday(const QDate &day);

signals:
    // The plan of this committee for this term changed; 0, 0: any plan may have changed.
    void planChanged(qint64 unitId, qint64 termId);
    void todayChanged();

private:
    explicit PlanEvents(QObject *parent);

    QDate m_today;
};

} // namespace daihoi
