#include "UnitStatusLegend.h"

#include "models/UnitTreeModel.h"
#include "widgets/UnitStatusIcons.h"

#include <QGridLayout>
#include <QLabel>

namespace daihoi {

UnitStatusLegend::UnitStatusLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unitStatusLegend"));
    setToolTip(tr("The congress of each unit in the selected term. Point at a unit for the date."));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    const int size = fontMetrics().height();
    const CongressMark::State states[] = {CongressMark::State::Held, CongressMark::State::Planned,
                                          CongressMark::State::Postponed, CongressMark::State::NotScheduled};
    int i = 0;
    for (CongressMark::State state : states) {
        auto *icon = new QLabel(this);
        icon->setPixmap(UnitStatusIcons::icon(state).pixmap(size, size));
        auto *text = new QLabel(UnitStatusIcons::label(state), this);
        const int row = i / 2;
        const int column = (i % 2) * 2;
        layout->addWidget(icon, row, column);
        layout->addWidget(text, row, column + 1);
        ++i;
    }
    auto *overdue = new QLabel(this);
    overdue->setPixmap(UnitTreeModel::overdueIcon().pixmap(size, size));
    layout->addWidget(overdue, 2, 0);
    layout->addWidget(new QLabel(tr("Overdue against the plan"), this), 2, 1, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
}

} // namespace daihoi
