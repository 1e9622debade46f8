#include "CandidateResult.h"

#include "domain/Percent.h"

namespace daihoi {

QString CandidateResult::percentText(QChar decimalSeparator) const
{
    return Percent::formatHundredths(percentHundredths, decimalSeparator);
}

} // namespace daihoi
