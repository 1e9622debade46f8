#include "BaseExclusions.h"

namespace daihoi {

QList<BaseExclusions::Category> BaseExclusions::categories()
{
    return {Category::AbsentWithReason, Category::ExcusedAbsent, Category::Suspended, Category::Temporary,
            Category::AbsentWithoutAlternate};
}

bool BaseExclusions::appliesTo(Category category, CongressKind kind)
{
    if (kind == CongressKind::Delegates)
        return category == Category::AbsentWithoutAlternate;
    return category != Category::AbsentWithoutAlternate;
}

QString BaseExclusions::label(Category category)
{
    switch (category) {
    case Category::AbsentWithReason:
        return tr("members absent with a reason the convening committee accepted");
    case Category::ExcusedAbsent:
        return tr("members excused from activity who did not attend");
    case Category::Suspended:
        return tr("members suspended, prosecuted or detained");
    case Category::Temporary:
        return tr("members temporarily attached to another branch");
    case Category::AbsentWithoutAlternate:
        return tr("absent convening-committee members and absent delegates without an alternate");
    }
    return QString();
}

int BaseExclusions::count(Category category) const
{
    switch (category) {
    case Category::AbsentWithReason:
        return absentWithReason;
    case Category::ExcusedAbsent:
        return excusedAbsent;
    case Category::Suspended:
        return suspended;
    case Category::Temporary:
        return temporary;
    case Category::AbsentWithoutAlternate:
        return absentWithoutAlternate;
    }
    return 0;
}

void BaseExclusions::setCount(Category category, int value)
{
    switch (category) {
    case Category::AbsentWithReason:
        absentWithReason = value;
        break;
    case Category::ExcusedAbsent:
        excusedAbsent = value;
        break;
    case Category::Suspended:
        suspended = value;
        break;
    case Category::Temporary:
        temporary = value;
        break;
    case Category::AbsentWithoutAlternate:
        absentWithoutAlternate = value;
        break;
    }
}

qint64 BaseExclusions::applicableTotal(CongressKind kind) const
{
    qint64 total = 0;
    for (Category category : categories()) {
        if (appliesTo(category, kind))
            total += count(category);
    }
    return total;
}

bool operator==(const BaseExclusions &a, const BaseExclusions &b)
{
    return a.absentWithReason == b.absentWithReason && a.excusedAbsent == b.excusedAbsent &&
           a.suspended == b.suspended && a.temporary == b.temporary &&
           a.absentWithoutAlternate == b.absentWithoutAlternate;
}

} // namespace daihoi
