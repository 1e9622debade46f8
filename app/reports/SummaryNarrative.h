#pragma once

#include "NarrativeFigures.h"

namespace daihoi {

// The paragraph of a summary report written from its figures, in the voice of the reports and
// news items clerks publish ("Từ ngày 20/8 đến hết ngày 11/9/2022, 23/23 chi bộ trực thuộc …").
class SummaryNarrative
{
public:
    static QStringList sentences(const NarrativeFigures &figures);
    static QString paragraph(const NarrativeFigures &figures) { return sentences(figures).join(QLatin1Char(' ')); }

private:
    static QString progressSentence(const NarrativeFigures &figures);
    static QString planSentence(const NarrativeFigures &figures);
    static QString committeeSentence(const NarrativeFigures &figures);
    static QString secretarySentence(const NarrativeFigures &figures);
};

} // namespace daihoi
