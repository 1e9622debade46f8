#pragma once

#include "CsvDialect.h"
#include <QDateTime>

namespace daihoi {

struct ExportOptions
{
    CsvDialect dialect = CsvDialect::excel();
    // When the export is made; invalid: now. Tests set it to make "newer" deterministic.
    QDateTime created;
};

} // namespace daihoi
