#pragma once

#include "ReportBuilder.h"
#include "SheetTable.h"

namespace daihoi {

// The documents whose body is a table a clerk reworks in a spreadsheet (the summary's table of
// units, the statistics table, the plan's timetable and agenda), read the same way ReportBuilder reads them for print.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ReportTables)
public:
    explicit ReportTables(QSqlDatabase db);
    void setYoungAgeLimit(int years) { m_youngAgeLimit = years; }
    // The first day of an agenda (ReportKind::Agenda); invalid: today.
    void setAgendaFrom(const QDate &day) { m_agendaFrom = day; }

    static bool isTable(ReportKind kind)
    {
        return kind == ReportKind::Summary || kind == ReportKind::Statistics || ReportKinds::isFromPlan(kind);
    }
    // Refuses what ReportBuilder refuses, and a kind that is not a table.
    ReportBuilder::Outcome build(ReportKind kind, const Unit &unit, const Term &term, SheetTable *table,
                                 QString *error) const;

private:
    QSqlDatabase m_db;
    int m_youngAgeLimit = 40;
    QDate m_agendaFrom;
};

} // namespace daihoi
