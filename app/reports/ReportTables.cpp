#include "ReportTables.h"

#include "PlanScheduleData.h"
#include "PlanScheduleTable.h"
#include "StatisticsDocument.h"
#include "StatisticsFigures.h"
#include "StatisticsTable.h"
#include "SummaryData.h"
#include "SummaryTable.h"

namespace daihoi {

ReportTables::ReportTables(QSqlDatabase db)
    : m_db(db)
{
}

ReportBuilder::Outcome ReportTables::build(ReportKind kind, const Unit &unit, const Term &term, SheetTable *table,
                                           QString *error) const
{
    if (!isTable(kind)) {
        *error = tr("%1 is a document, not a table: save it as PDF or Word (.odt).").arg(ReportKinds::displayName(kind));
        return ReportBuilder::Outcome::Refused;
    }
    ReportBuilder builder(m_db);
    builder.setAgendaFrom(m_agendaFrom);
    const ReportBuilder::Outcome checked = builder.check(kind, unit, term, error);
    if (checked != ReportBuilder::Outcome::Built)
        return checked;
    if (kind == ReportKind::Summary) {
        SummaryData data;
        if (!SummaryData::load(m_db, unit, term, m_youngAgeLimit, &data, error))
            return ReportBuilder::Outcome::Failed;
        *table = SummaryTable::of(data);
        return ReportBuilder::Outcome::Built;
    }
    if (ReportKinds::isFromPlan(kind)) {
        PlanScheduleData data;
        if (!PlanScheduleData::load(m_db, unit, term, kind == ReportKind::Agenda ? builder.agendaFrom() : QDate(), &data,
                                    error))
            return ReportBuilder::Outcome::Failed;
        *table = PlanScheduleTable::of(data);
        return ReportBuilder::Outcome::Built;
    }
    StatisticsFigures figures;
    if (!StatisticsFigures::load(m_db, unit, term, &figures, error))
        return ReportBuilder::Outcome::Failed;
    *table = StatisticsTable::sheet(figures, QStringLiteral("Biểu thống kê ") + StatisticsDocument::subject(unit, term));
    return ReportBuilder::Outcome::Built;
}

} // namespace daihoi
