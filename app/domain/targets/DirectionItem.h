#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace daihoi {

// One text item of a resolution's direction for the term: a phương hướng, a nhiệm vụ or a giải pháp.
struct DirectionItem
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DirectionItem)
public:
    enum class Group { Direction, Task, Solution };

    qint64 id = 0;
    qint64 congressId = 0;
    Group group = Group::Direction;
    int position = 0; // order inside the congress; items are shown by group, then position
    QString text;

    bool isValid() const { return id > 0; }

    static QList<Group> groups() { return {Group::Direction, Group::Task, Group::Solution}; }
    static QString groupKey(Group group);
    static bool groupFromKey(const QString &key, Group *group);
    static QString groupLabel(Group group);

    bool operator==(const DirectionItem &o) const
    {
        return id == o.id && congressId == o.congressId && group == o.group && position == o.position &&
               text == o.text;
    }
    bool operator!=(const DirectionItem &o) const { return !(*this == o); }
};

} // namespace daihoi

Q_DECLARE_METATYPE(daihoi::DirectionItem)
