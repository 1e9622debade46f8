#include "PlanAgendaBox.h"

#include "domain/DisplayFormat.h"
#include "domain/TimeText.h"
#include "widgets/FieldMark.h"
#include "widgets/OptionalDateEdit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daihoi {

PlanAgendaBox::PlanAgendaBox(QWidget *parent)
    : QWidget(parent)
    , m_dayEdit(new OptionalDateEdit(this))
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_dayEdit->setObjectName(QStringLiteral("agendaDayEdit"));
    m_dayEdit->setMaximumWidth(160);
    m_title->setObjectName(QStringLiteral("agendaTitle"));
    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Time"), tr("Party cell"), tr("Place"), tr("Member attending")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        emit unitActivated(m_table->item(row, 2)->data(Qt::UserRole).toLongLong());
    });
    connect(m_dayEdit, &OptionalDateEdit::editingFinished, this, [this] {
        FieldMark::setInvalid(m_dayEdit, !m_dayEdit->isAcceptable());
        if (!m_dayEdit->isAcceptable()) {
            m_title->setText(tr("“%1” is not a date: %2.").arg(m_dayEdit->text(), m_dayEdit->problem()));
            return;
        }
        if (m_dayEdit->value().isValid() && m_dayEdit->value() != m_day) {
            m_day = m_dayEdit->value();
            fill();
        } else if (!m_dayEdit->value().isValid()) {
            m_dayEdit->setValue(m_day);
        }
    });

    auto *dayRow = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Fro&m:"), this);
    dayLabel->setBuddy(m_dayEdit);
    dayRow->addWidget(dayLabel);
    dayRow->addWidget(m_dayEdit);
    dayRow->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dayRow);
    layout->addWidget(m_table, 1);
}

void PlanAgendaBox::showAgenda(const Plan &plan, const QList<PlanUnit> &units)
{
    m_plan = plan;
    m_units = units;
    fill();
}

void PlanAgendaBox::setDay(const QDate &day)
{
    m_day = day;
    m_dayEdit->setValue(day);
    FieldMark::setInvalid(m_dayEdit, false);
    fill();
}

int PlanAgendaBox::count() const
{
    return m_table->rowCount();
}

void PlanAgendaBox::fill()
{
    // The upcoming units of PlanProgress are exactly these: scheduled from the day on, within the 14 days,
    // not yet held, by date and time.
    const QList<PlanUnitStanding> lines =
        m_plan.isValid() && m_day.isValid()
        ? PlanProgress::of(m_plan, m_units, m_day).units(PlanStanding::Upcoming)
        : QList<PlanUnitStanding>();
    const QDate last = m_day.addDays(PlanStanding::upcomingDays - 1);
    m_title->setText(m_plan.isValid()
                         ? tr("Congresses from %1 to %2: %3")
                               .arg(DisplayFormat::date(m_day), DisplayFormat::date(last))
                               .arg(lines.size())
                         : tr("The agenda comes from the saved plan's timetable."));
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const PlanUnitStanding &line = lines.at(row);
        const QStringList cells{DisplayFormat::date(line.scheduled.date), TimeText::format(line.scheduled.time),
                                line.unit.name, line.scheduled.place, line.scheduled.attending};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, line.unit.unitId);
            if (column == 2 && line.scheduled.pilot)
                item->setToolTip(tr("Pilot congress"));
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace daihoi
