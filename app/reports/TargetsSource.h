#pragma once

#include "PrintedTarget.h"

#include <QList>

namespace daihoi {

// Where the "targets adopted" section of a congress report gets its lines. Kept behind this
// interface so the reports build with or without the targets storage (app/storage/targets).
class TargetsSource
{
public:
    virtual ~TargetsSource() = default;
    // The congress's targets in their order; an empty list leaves the section out.
    virtual bool targets(qint64 congressId, QList<PrintedTarget> *targets, QString *error) const = 0;
};

} // namespace daihoi
