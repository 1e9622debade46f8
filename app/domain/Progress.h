#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace daihoi {

// How far a committee's subordinate units are with their congresses in one term (domain.md §2).
struct Progress
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::Progress)
public:
    int unitCount = 0;   // subordinate units that must hold a congress (not retired)
    int heldCount = 0;   // of those, congresses held
    int branchCount = 0; // of unitCount, how many are chi bộ
    QDate firstHeld;
    QDate lastHeld;

    bool isComplete() const { return unitCount > 0 && heldCount == unitCount; }
    // "14/15 chi bộ đã tổ chức đại hội (93,33 %)"
    QString headline() const;
    // "từ ngày 20/8 đến hết ngày 11/9/2022"; empty when nothing was held.
    QString dateSpan() const;
    static QString dateSpan(const QDate &first, const QDate &last);
};

} // namespace daihoi
