#include "ReportBuilder.h"

#include "PartyDocument.h"
#include "PlanScheduleData.h"
#include "PlanScheduleDocument.h"
#include "storage/PlanRepository.h"

namespace daihoi {

ReportBuilder::Outcome ReportBuilder::checkPlan(const Unit &unit, const Term &term, QString *error) const
{
    Plan plan;
    if (!PlanRepository(m_db).plan(unit.id, term.id, &plan, error))
        return Outcome::Failed;
    if (!plan.isValid()) {
        *error = tr("%1 (%2) has no plan for the term %3: record the committee's plan and its timetable first.")
                     .arg(unit.name, unit.code, term.label());
        return Outcome::Refused;
    }
    return Outcome::Built;
}

void ReportBuilder::planHeaderDefaults(ReportKind kind, const Unit &unit, const Term &term, DocumentHeader *header) const
{
    // The timetable is the plan's appendix: the plan's number and date. An agenda is a working paper of its
    // first day, with no number of its own.
    QString error;
    Plan plan;
    PlanRepository(m_db).plan(unit.id, term.id, &plan, &error);
    const qsizetype dash = plan.number.indexOf(QLatin1Char('-'));
    if (dash > 0)
        header->numberSuffix = plan.number.mid(dash).trimmed();
    if (kind == ReportKind::PlanSchedule) {
        header->number = plan.number.trimmed();
        if (plan.issuedOn.isValid())
            header->date = plan.issuedOn;
    } else {
        header->number.clear();
        header->date = agendaFrom();
    }
    // Sent along with the signed plan: no recipients and no signature unless the clerk names a signer.
    header->recipients.clear();
    header->signerCapacity.clear();
    header->signerTitle.clear();
    header->signerName.clear();
}

ReportBuilder::Outcome ReportBuilder::buildPlan(ReportKind kind, const Unit &unit, const Term &term,
                                                const DocumentHeader &header, QTextDocument *document,
                                                QString *error) const
{
    PlanScheduleData data;
    if (!PlanScheduleData::load(m_db, unit, term, kind == ReportKind::Agenda ? agendaFrom() : QDate(), &data, error))
        return Outcome::Failed;
    PartyDocument party(document);
    PlanScheduleDocument::write(party, data, header);
    return Outcome::Built;
}

} // namespace daihoi
