#pragma once

#include "CommitteeChartData.h"

#include <QFont>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace daihoi {

// Draws the charts of a committee and term with Qt Charts. Their titles, axes and legends are written in
// Vietnamese, as the printed documents are: the same pictures go into the summary report and the clerk's files.
class CommitteeCharts
{
public:
    enum class Kind { Timeline, SubCommittees, Composition };

    // The charts that have something to show, in their order: the timeline when anything is held or planned,
    // the sub-committees' bars when the committee has sub-committees, the composition when anyone was elected.
    static QList<Kind> kinds(const CommitteeChartData &data);
    static QList<Kind> allKinds() { return {Kind::Timeline, Kind::SubCommittees, Kind::Composition}; }
    static QString title(Kind kind, const CommitteeChartData &data);
    // What a chart with nothing to show says instead.
    static QString emptyText(Kind kind);
    // A file name without extension for the save dialog: "tien-do-VH-2022-2025".
    static QString fileStem(Kind kind, const CommitteeChartData &data);
    // A new chart, owned by the caller; `font` is the base of every text in it (titles a little larger).
    static QChart *create(Kind kind, const CommitteeChartData &data, const QFont &font);

    // Axis titles and legend names, for tests that look for them in a saved picture.
    static QString timelineValueAxisTitle();
    static QString barsValueAxisTitle();
    static QString compositionValueAxisTitle();

private:
    static QChart *timeline(const CommitteeChartData &data);
    static QChart *subCommittees(const CommitteeChartData &data);
    static QChart *composition(const CommitteeChartData &data);
};

} // namespace daihoi
