#include "CommitteeCharts.h"

#include "reports/DocumentText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QtMath>

namespace daihoi {

namespace {

const QColor heldColor(0x2e, 0x7d, 0x32);      // green
const QColor scheduledColor(0x15, 0x65, 0xc0); // blue
const QColor overdueColor(0xc6, 0x28, 0x28);   // red
const QColor unscheduledColor(0x9e, 0x9e, 0x9e);
const QColor belowTargetColor(0xe6, 0x51, 0x00); // orange
const QColor noTargetColor(0x54, 0x6e, 0x7a);    // blue grey

// A count axis whose ticks fall on whole numbers: 0 to the next round number above `maximum`.
void countAxis(QValueAxis *axis, int maximum)
{
    const int top = qMax(1, maximum);
    int step = 1;
    for (int base = 1; top / step > 10; base *= 10) {
        for (int factor : {1, 2, 5}) {
            step = base * factor;
            if (top / step <= 10)
                break;
        }
    }
    const int end = (top + step - 1) / step * step;
    axis->setRange(0, end);
    axis->setTickCount(end / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

qint64 startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

// The middle of a day, where a deadline's mark stands.
qint64 atNoon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

// A long category name on two lines at the word nearest its middle: the axis cuts labels that do not fit.
QString twoLines(const QString &text, int longest)
{
    if (text.size() <= longest)
        return text.toHtmlEscaped();
    int best = -1;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - text.size() / 2) < qAbs(best - text.size() / 2)))
            best = i;
    }
    if (best < 0)
        return text.toHtmlEscaped();
    return text.left(best).toHtmlEscaped() + QStringLiteral("<br>") + text.mid(best + 1).toHtmlEscaped();
}

// A vertical line across the timeline on `day`, for a deadline.
QLineSeries *dayMark(const QString &name, const QDate &day, int top, const QColor &color)
{
    auto *mark = new QLineSeries;
    mark->setName(name);
    mark->append(double(atNoon(day)), 0);
    mark->append(double(atNoon(day)), top);
    QPen pen(color, 2, Qt::DashLine);
    mark->setPen(pen);
    return mark;
}

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    set->setLabelColor(Qt::white);
    return set;
}

void applyFont(QChart *chart, const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() * 1.2);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    QFont axisTitle = font;
    axisTitle.setBold(true);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(axisTitle);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(font);
        }
    }
}

} // namespace

QList<CommitteeCharts::Kind> CommitteeCharts::kinds(const CommitteeChartData &data)
{
    QList<Kind> kinds;
    if (!data.timeline.isEmpty())
        kinds.append(Kind::Timeline);
    if (!data.subCommittees.isEmpty())
        kinds.append(Kind::SubCommittees);
    if (data.composition.members > 0)
        kinds.append(Kind::Composition);
    return kinds;
}

QString CommitteeCharts::title(Kind kind, const CommitteeChartData &data)
{
    switch (kind) {
    case Kind::Timeline:
        if (!data.plan.isValid())
            return QStringLiteral("Số đại hội đã tổ chức, cộng dồn theo ngày (chưa có kế hoạch)");
        return QStringLiteral("Tiến độ tổ chức đại hội so với Kế hoạch số %1").arg(data.plan.number);
    case Kind::SubCommittees:
        return QStringLiteral("Tiến độ đại hội trong các đảng bộ trực thuộc, đến ngày %1")
            .arg(DocumentText::shortDate(data.on));
    case Kind::Composition:
        return QStringLiteral("Cơ cấu cấp ủy được bầu so với chỉ tiêu (%1 cấp ủy viên)").arg(data.composition.members);
    }
    return QString();
}

QString CommitteeCharts::emptyText(Kind kind)
{
    switch (kind) {
    case Kind::Timeline:
        return QStringLiteral("Chưa có đại hội nào được tổ chức hay xếp lịch trong nhiệm kỳ này.");
    case Kind::SubCommittees:
        return QStringLiteral("Tổ chức đảng này không có đảng bộ trực thuộc có chi bộ riêng.");
    case Kind::Composition:
        return QStringLiteral("Chưa có cấp ủy nào được bầu trong nhiệm kỳ này.");
    }
    return QString();
}

QString CommitteeCharts::fileStem(Kind kind, const CommitteeChartData &data)
{
    const char *stems[] = {"tien-do", "dang-bo-truc-thuoc", "co-cau-cap-uy"};
    return QStringLiteral("%1-%2-%3").arg(QLatin1String(stems[int(kind)]), data.committee.code, data.term.key());
}

QString CommitteeCharts::timelineValueAxisTitle()
{
    return QStringLiteral("Số đại hội (cộng dồn)");
}

QString CommitteeCharts::barsValueAxisTitle()
{
    return QStringLiteral("Số tổ chức đảng trực thuộc");
}

QString CommitteeCharts::compositionValueAxisTitle()
{
    return QStringLiteral("Tỷ lệ so với số cấp ủy viên được bầu (%)");
}

QChart *CommitteeCharts::create(Kind kind, const CommitteeChartData &data, const QFont &font)
{
    QChart *chart = nullptr;
    switch (kind) {
    case Kind::Timeline:
        chart = timeline(data);
        break;
    case Kind::SubCommittees:
        chart = subCommittees(data);
        break;
    case Kind::Composition:
        chart = composition(data);
        break;
    }
    chart->setTitle(title(kind, data));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    applyFont(chart, font);
    return chart;
}

QChart *CommitteeCharts::timeline(const CommitteeChartData &data)
{
    auto *chart = new QChart;
    const PlanTimeline &timeline = data.timeline;
    auto *held = new QLineSeries;
    held->setName(QStringLiteral("Đã tổ chức"));
    held->setPen(QPen(heldColor, 3));
    auto *scheduled = new QLineSeries;
    scheduled->setName(QStringLiteral("Theo kế hoạch"));
    scheduled->setPen(QPen(scheduledColor, 2, Qt::DashLine));
    // Steps: a count rises at the start of its day and holds until the next rise, as a tally does.
    int heldBefore = 0;
    int scheduledBefore = 0;
    for (const TimelineDay &day : timeline.days()) {
        const double x = double(startOf(day.day));
        held->append(x, heldBefore);
        held->append(x, day.held);
        scheduled->append(x, scheduledBefore);
        scheduled->append(x, day.scheduled);
        heldBefore = day.held;
        scheduledBefore = day.scheduled;
    }
    if (!timeline.isEmpty()) {
        const double end = double(startOf(timeline.days().constLast().day.addDays(1)));
        held->append(end, heldBefore);
        scheduled->append(end, scheduledBefore);
    }
    int top = timeline.unitCount();
    for (const TimelineDay &day : timeline.days())
        top = qMax(top, qMax(day.held, day.scheduled));
    auto *xAxis = new QDateTimeAxis;
    xAxis->setTitleText(QStringLiteral("Ngày"));
    xAxis->setFormat(QStringLiteral("dd/MM"));
    if (!timeline.isEmpty()) {
        const QDate first = timeline.days().constFirst().day;
        const QDate last = timeline.days().constLast().day;
        xAxis->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
        xAxis->setTickCount(int(qBound(qint64(2), first.daysTo(last) + 2, qint64(9))));
    }
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(timelineValueAxisTitle());
    countAxis(yAxis, top);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    // The schedule's dashes over the held line: where the two agree, both still show.
    QList<QLineSeries *> lines{held};
    if (timeline.hasPlan())
        lines.append(scheduled);
    else
        delete scheduled;
    if (timeline.hasPlan() && timeline.pilotDeadline().isValid() && timeline.pilotDeadline() != timeline.deadline())
        lines.append(dayMark(QStringLiteral("Hạn ĐH điểm %1").arg(DocumentText::shortDate(timeline.pilotDeadline())),
                             timeline.pilotDeadline(), int(yAxis->max()), belowTargetColor));
    if (timeline.hasPlan() && timeline.deadline().isValid())
        lines.append(dayMark(QStringLiteral("Hạn chót %1").arg(DocumentText::shortDate(timeline.deadline())),
                             timeline.deadline(), int(yAxis->max()), overdueColor));
    for (QLineSeries *line : lines) {
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    return chart;
}

QChart *CommitteeCharts::subCommittees(const CommitteeChartData &data)
{
    auto *chart = new QChart;
    QBarSet *held = barSet(QStringLiteral("Đã tổ chức"), heldColor);
    QBarSet *scheduled = barSet(QStringLiteral("Có lịch, chưa đến hạn"), scheduledColor);
    QBarSet *overdue = barSet(QStringLiteral("Quá hạn"), overdueColor);
    QBarSet *unscheduled = barSet(QStringLiteral("Chưa có lịch"), unscheduledColor);
    QStringList names;
    int top = 0;
    // A horizontal chart draws its first category at the bottom: the first sub-committee goes last.
    for (auto it = data.subCommittees.crbegin(); it != data.subCommittees.crend(); ++it) {
        names.append(twoLines(it->hasPlan ? it->name : QStringLiteral("%1 (chưa có kế hoạch)").arg(it->name), 24));
        *held << it->held;
        *scheduled << it->scheduled;
        *overdue << it->overdue;
        *unscheduled << it->notScheduled;
        top = qMax(top, it->total());
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({held, scheduled, overdue, unscheduled});
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    auto *counts = new QValueAxis;
    counts->setTitleText(barsValueAxisTitle());
    countAxis(counts, top);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(counts);
    return chart;
}

QChart *CommitteeCharts::composition(const CommitteeChartData &data)
{
    auto *chart = new QChart;
    QBarSet *met = barSet(QStringLiteral("Đạt chỉ tiêu"), heldColor);
    QBarSet *below = barSet(QStringLiteral("Chưa đạt chỉ tiêu"), belowTargetColor);
    QBarSet *free = barSet(QStringLiteral("Không đặt chỉ tiêu"), noTargetColor);
    QStringList names;
    QList<QLineSeries *> marks;
    const QList<CompositionBar> &bars = data.compositionBars;
    for (int i = int(bars.size()) - 1; i >= 0; --i) {
        const CompositionBar &bar = bars.at(i);
        // Each category's bar lies in one set only, so its colour says whether the target is reached.
        *met << (bar.hasTarget() && bar.meetsTarget() ? bar.percent() : 0.0);
        *below << (bar.hasTarget() && !bar.meetsTarget() ? bar.percent() : 0.0);
        *free << (bar.hasTarget() ? 0.0 : bar.percent());
        QString name = QStringLiteral("%1<br>%2/%3 (%4)")
                           .arg(bar.label.toHtmlEscaped())
                           .arg(bar.count)
                           .arg(bar.members)
                           .arg(DocumentText::percent(bar.hundredths));
        if (bar.hasTarget()) {
            name += QStringLiteral(", chỉ tiêu ≥ %1 %").arg(bar.targetPercent).toHtmlEscaped();
            const int row = int(names.size());
            auto *mark = new QLineSeries;
            mark->append(bar.targetPercent, row - 0.42);
            mark->append(bar.targetPercent, row + 0.42);
            mark->setPen(QPen(Qt::black, 3));
            marks.append(mark);
        }
        names.append(name);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({met, below, free});
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    auto *shares = new QValueAxis;
    shares->setTitleText(compositionValueAxisTitle());
    shares->setRange(0, 100);
    shares->setTickCount(11);
    shares->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(shares);
    for (int i = 0; i < marks.size(); ++i) {
        QLineSeries *mark = marks.at(i);
        chart->addSeries(mark);
        mark->attachAxis(shares);
        mark->attachAxis(categories);
        // One legend entry stands for every target's mark.
        if (i == 0)
            mark->setName(QStringLiteral("Chỉ tiêu cơ cấu tối thiểu"));
        else
            chart->legend()->markers(mark).constFirst()->setVisible(false);
    }
    return chart;
}

} // namespace daihoi
