#include "WorkItem.h"

namespace daihoi {

bool WorkItem::isOverdue(const QDate &on) const
{
    return state != State::Done && deadline.isValid() && on > deadline;
}

bool WorkItem::wasDoneLate() const
{
    return state == State::Done && deadline.isValid() && doneOn.isValid() && doneOn > deadline;
}

QString WorkItem::stateKey(State state)
{
    switch (state) {
    case State::NotStarted: return QStringLiteral("not-started");
    case State::InProgress: return QStringLiteral("in-progress");
    case State::Done: return QStringLiteral("done");
    }
    return {};
}

bool WorkItem::stateFromKey(const QString &key, State *state)
{
    for (State candidate : {State::NotStarted, State::InProgress, State::Done}) {
        if (key == stateKey(candidate)) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString WorkItem::stateLabel(State state)
{
    switch (state) {
    case State::NotStarted: return tr("not started");
    case State::InProgress: return tr("in progress");
    case State::Done: return tr("done");
    }
    return {};
}

} // namespace daihoi
