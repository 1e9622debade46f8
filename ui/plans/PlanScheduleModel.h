#pragma once

#include "domain/FieldError.h"
#include "domain/plans/PlanProgress.h"

#include <QAbstractTableModel>
#include <QSet>

namespace daihoi {

// The plan's timetable as the clerk types it: one row per subordinate unit, its cells typed like a spreadsheet.
// Dates and times are read as clerks write them (DateText, TimeText); text that is no date or time stays as
// typed, tinted, with the reason in its tooltip, until it is corrected: problems() names them for the form.
class PlanScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UnitColumn, PilotColumn, DateColumn, TimeColumn, PlaceColumn, AttendingColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit PlanScheduleModel(QObject *parent = nullptr);

    // Every unit gets a row, with its line of the timetable when it has one.
    void setUnits(const QList<PlanUnit> &units, const QList<ScheduledCongress> &schedule);
    // Replaces the lines of these units (a spread or a copy); what was typed in them is dropped.
    void setLines(const QList<ScheduledCongress> &lines);
    // One line per unit, in the units' order (blank lines too: saving drops them).
    QList<ScheduledCongress> lines() const;
    QList<qint64> unitIds() const;
    QHash<qint64, QString> unitNames() const;
    // Cells holding text that is no date or time, named by unit.
    FieldErrors problems() const;
    // Tints the rows of these units (a refusal of the rules).
    void setRefused(const QSet<qint64> &unitIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Row
    {
        PlanUnit unit;
        ScheduledCongress line;
        QString dateText; // as typed, while it is no date
        QString dateProblem;
        QString timeText;
        QString timeProblem;
    };
    void emitRow(int row);

    QList<Row> m_rows;
    QSet<qint64> m_refused;
};

} // namespace daihoi
