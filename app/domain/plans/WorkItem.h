#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace daihoi {

// A numbered work item (đầu việc) of a plan: "Kế hoạch số 48-KH/QU … xác định 15 đầu việc".
struct WorkItem
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::WorkItem)
public:
    enum class State { NotStarted, InProgress, Done };

    int number = 0;
    QString title;
    QString responsible; // the unit or person who answers for it
    QDate deadline;      // invalid: none
    State state = State::NotStarted;
    QDate doneOn;        // the day it was done; only for State::Done

    // Still open after its deadline on `on`: the items a clerk chases.
    bool isOverdue(const QDate &on) const;
    // Done after its deadline.
    bool wasDoneLate() const;
    static QString stateKey(State state);
    static bool stateFromKey(const QString &key, State *state);
    // "chưa làm", "đang làm", "xong"
    static QString stateLabel(State state);

    bool operator==(const WorkItem &o) const
    {
        return number == o.number && title == o.title && responsible == o.responsible && deadline == o.deadline
            && state == o.state && doneOn == o.doneOn;
    }
};

} // namespace daihoi
