#pragma once

#include "DocumentHeader.h"
#include "StatisticsFigures.h"
#include "domain/Term.h"
#include "domain/Unit.h"

namespace daihoi {

class PartyDocument;

// Biểu thống kê cấp ủy: the elected committees of a committee's units for a term, counted by the
// central organising board's lines, with "NGƯỜI LẬP BIỂU" and the signer at the foot.
class StatisticsDocument
{
public:
    // "Cấp ủy các chi bộ trực thuộc Đảng bộ phường Việt Hưng nhiệm kỳ 2022 – 2025"
    static QString subject(const Unit &committee, const Term &term);
    static void write(PartyDocument &document, const Unit &committee, const Term &term,
                      const StatisticsFigures &figures, const DocumentHeader &header);
};

} // namespace daihoi
