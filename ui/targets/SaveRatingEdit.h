#pragma once

#include "commands/UndoableEdit.h"
#include "domain/targets/YearRating.h"

namespace daihoi {

// Replaces one year's ratings of a unit (its level and its members per level).
class SaveRatingEdit : public UndoableEdit
{
public:
    SaveRatingEdit(Workspace *workspace, qint64 unitId, const YearRating &before, const YearRating &after,
                   const QString &text);
    bool apply(QString *error) override { return write(m_after, error); }
    bool revert(QString *error) override { return write(m_before, error); }

private:
    bool write(const YearRating &rating, QString *error);

    qint64 m_unitId;
    YearRating m_before;
    YearRating m_after;
};

} // namespace daihoi
