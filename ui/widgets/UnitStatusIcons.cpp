#include "UnitStatusIcons.h"

#include "domain/DisplayFormat.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace daihoi {

namespace {

const QColor heldColour(0x2e, 0x7d, 0x32);
const QColor plannedColour(0x15, 0x65, 0xc0);
const QColor postponedColour(0xe6, 0x51, 0x00);
const QColor unscheduledColour(0x75, 0x75, 0x75);

// Drawn on a 16×16 grid, scaled to the pixmap's size.
QPixmap draw(CongressMark::State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    switch (state) {
    case CongressMark::State::Held: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(heldColour);
        painter.drawEllipse(QRectF(1, 1, 14, 14));
        QPen tick(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(tick);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(QPolygonF({QPointF(4.5, 8.2), QPointF(7, 10.8), QPointF(11.5, 5.5)}));
        break;
    }
    case CongressMark::State::Planned: {
        painter.setPen(QPen(plannedColour, 1.8));
        painter.setBrush(Qt::white);
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        QPen hands(plannedColour, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(hands);
        painter.drawPolyline(QPolygonF({QPointF(8, 4.2), QPointF(8, 8), QPointF(11, 9.8)}));
        break;
    }
    case CongressMark::State::Postponed: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(postponedColour);
        painter.drawPolygon(
            QPolygonF({QPointF(8, 0.5), QPointF(15.5, 8), QPointF(8, 15.5), QPointF(0.5, 8)}));
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(5.6, 5, 1.8, 6));
        painter.drawRect(QRectF(8.6, 5, 1.8, 6));
        break;
    }
    case CongressMark::State::NotScheduled: {
        QPen ring(unscheduledColour, 1.6, Qt::DashLine);
        ring.setDashPattern({2.0, 1.5});
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(2, 2, 12, 12));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon UnitStatusIcons::icon(CongressMark::State state)
{
    // Never destroyed: pixmaps must not outlive the application object, which a static would.
    static auto *icons = new QHash<int, QIcon>;
    auto found = icons->constFind(int(state));
    if (found != icons->constEnd())
        return *found;
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(draw(state, size));
    icons->insert(int(state), icon);
    return icon;
}

QString UnitStatusIcons::label(CongressMark::State state)
{
    switch (state) {
    case CongressMark::State::Held:
        return tr("Held");
    case CongressMark::State::Planned:
        return tr("Date set");
    case CongressMark::State::Postponed:
        return tr("Postponed");
    case CongressMark::State::NotScheduled:
        return tr("Not scheduled");
    }
    return {};
}

QString UnitStatusIcons::description(const CongressMark &mark)
{
    switch (mark.state) {
    case CongressMark::State::Held:
        if (mark.lastDay.isValid() && mark.lastDay != mark.date)
            return tr("Held from %1 to %2")
                .arg(DisplayFormat::date(mark.date), DisplayFormat::date(mark.lastDay));
        return tr("Held on %1").arg(DisplayFormat::date(mark.date));
    case CongressMark::State::Planned:
        return tr("Planned for %1").arg(DisplayFormat::date(mark.date));
    case CongressMark::State::Postponed:
        return mark.date.isValid()
                   ? tr("Postponed (had been planned for %1)").arg(DisplayFormat::date(mark.date))
                   : tr("Postponed");
    case CongressMark::State::NotScheduled:
        return tr("Congress not scheduled yet");
    }
    return {};
}

} // namespace daihoi
