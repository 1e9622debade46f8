#pragma once

#include "domain/elections/Election.h"

#include <QCoreApplication>
#include <QStringList>

namespace daihoi {

// What the elections page says under a round that can be saved, as rich-text lines: who is elected,
// the delegates so far, ties and shortfalls, what waits for confirmation, the seats still open. Its
// sentences are the page's own, so they keep the page's translation context.
class RoundOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ElectionPanel)
public:
    static QStringList lines(const Election &election, const QList<RoundResult> &results, int round,
                             const QStringList &pending);
};

} // namespace daihoi
