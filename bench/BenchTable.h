#pragma once

#include "BenchFigures.h"

#include <QMap>

namespace daihoi::bench {

// The figures of one database size, by stage name.
using SizeFigures = QMap<QString, BenchFigures>;

// Writes the figures as the Markdown table of docs/performance.md: each figure beside its reference
// and its target, and whether it is met.
class BenchTable
{
public:
    static QString markdown(int branches, const SizeFigures &figures);
    // The office column: the figures measured on the PostgreSQL copy ("pg-" stages) beside the same
    // figures on the SQLite file in the same run, against the same targets.
    static QString officeMarkdown(int branches, const SizeFigures &figures);
};

} // namespace daihoi::bench
