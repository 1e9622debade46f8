#include "ReportBuilder.h"

#include "ApprovalDocument.h"
#include "CongressDocument.h"
#include "CongressRecord.h"
#include "DecisionBatch.h"
#include "DecisionDocument.h"
#include "MinutesDocument.h"
#include "ResolutionDocument.h"
#include "DocumentText.h"
#include "PartyDocument.h"
#include "StatisticsDocument.h"
#include "StatisticsFigures.h"
#include "SummaryDocument.h"
#include "TallyDocument.h"
#include "BallotLogRounds.h"
#include "TargetsSource.h"
#include "domain/UnitLevel.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "storage/targets/DirectionRepository.h"

#include <QTextDocument>

#include "RepositoryTargetsSource.h"

namespace daihoi {

ReportBuilder::ReportBuilder(QSqlDatabase db)
    : m_db(db)
{
    m_defaultTargets = std::make_unique<RepositoryTargetsSource>(db);
    m_targets = m_defaultTargets.get();
}

ReportBuilder::~ReportBuilder() = default;

ReportBuilder::Outcome ReportBuilder::check(ReportKind kind, const Unit &unit, const Term &term, QString *error) const
{
    error->clear();
    if (kind == ReportKind::Decision)
        return checkDecision(unit, term, error);
    if (ReportKinds::isFromPlan(kind))
        return checkPlan(unit, term, error);
    if (ReportKinds::isForCommittee(kind)) {
        int children = 0;
        if (!UnitRepository(m_db).childCount(unit.id, &children, error))
            return Outcome::Failed;
        if (children == 0) {
            *error = tr("%1 (%2) has no subordinate units: a summary report is made by a party committee "
                        "about its units.")
                         .arg(unit.name, unit.code);
            return Outcome::Refused;
        }
        return Outcome::Built;
    }
    if (!UnitLevels::isBranch(unit.level)) {
        *error = tr("%1 (%2) is not a branch: the congress report and minutes, the resolution, the approval "
                    "request and the vote counting minutes are made by a branch (chi bộ) about its own congress.")
                     .arg(unit.name, unit.code);
        return Outcome::Refused;
    }
    Congress congress;
    if (!CongressRepository(m_db).find(unit.id, term.id, &congress, error)) {
        if (!error->isEmpty())
            return Outcome::Failed;
        *error = tr("%1 (%2) has no congress recorded in the term %3.").arg(unit.name, unit.code, term.label());
        return Outcome::Refused;
    }
    if (congress.status != Congress::Status::Held) {
        *error = tr("The congress of %1 (%2) in the term %3 has not been held yet.").arg(unit.name, unit.code, term.label());
        return Outcome::Refused;
    }
    return Outcome::Built;
}

DocumentHeader ReportBuilder::defaultHeader(ReportKind kind, const Unit &unit, const Term &term) const
{
    if (kind == ReportKind::Decision)
        return decisionHeader(unit, term);
    DocumentHeader header;
    QString error;
    Unit parent;
    if (unit.parentId > 0 && UnitRepository(m_db).byId(unit.parentId, &parent, &error))
        header.parentBody = parent.name;
    const bool branch = UnitLevels::isBranch(unit.level);
    header.issuingBody = branch ? unit.name : DocumentText::committeeOf(unit.name);
    const QString issuer = branch ? QStringLiteral("CB") : QStringLiteral("ĐU");
    header.numberSuffix = QStringLiteral("-%1/%2").arg(ReportKinds::documentCode(kind), issuer);
    header.date = QDate::currentDate();
    if (branch && parent.isValid()) {
        header.addressee = DocumentText::committeeOf(parent.name);
        header.recipients = {QStringLiteral("%1 (để báo cáo)").arg(header.addressee), QStringLiteral("Lưu chi bộ.")};
    } else {
        header.recipients = {QStringLiteral("Các đồng chí cấp ủy viên"), QStringLiteral("Lưu Văn phòng.")};
    }
    // The request for approval is the chi ủy's own ("Chi ủy … kính trình"); the other documents the chi bộ's.
    if (kind == ReportKind::Approval && branch)
        header.signerCapacity = QStringLiteral("T/M Chi ủy");
    else
        header.signerCapacity = branch ? QStringLiteral("T/M Chi bộ") : QStringLiteral("T/M Đảng ủy");
    header.signerTitle = QStringLiteral("Bí thư");

    Congress congress;
    if (CongressRepository(m_db).find(unit.id, term.id, &congress, &error)) {
        const QDate lastDay = congress.heldTo.isValid() ? congress.heldTo : congress.heldFrom;
        if (ReportKinds::isDatedByCongress(kind) && lastDay.isValid())
            header.date = lastDay;
        QList<CommitteeMember> members;
        if (kind != ReportKind::Tally && CommitteeRepository(m_db).members(congress.id, &members, &error)) {
            for (const CommitteeMember &member : members) {
                if (member.role == CommitteeRole::Secretary)
                    header.signerName = member.person.fullName;
            }
        }
    }
    if (kind == ReportKind::Tally || kind == ReportKind::BallotLog)
        header.recipients.clear();
    if (kind == ReportKind::Resolution || kind == ReportKind::Minutes)
        congressDocumentDefaults(kind, congress, &header);
    if (ReportKinds::isFromPlan(kind))
        planHeaderDefaults(kind, unit, term, &header);
    return header;
}

ReportBuilder::Outcome ReportBuilder::build(ReportKind kind, const Unit &unit, const Term &term,
                                            const DocumentHeader &header, QTextDocument *document,
                                            QString *error) const
{
    const Outcome checked = check(kind, unit, term, error);
    if (checked != Outcome::Built)
        return checked;
    if (kind == ReportKind::Decision)
        return buildDecisions(unit, term, header, document, error);
    if (ReportKinds::isFromPlan(kind))
        return buildPlan(kind, unit, term, header, document, error);
    PartyDocument party(document);
    if (kind == ReportKind::Summary) {
        SummaryData data;
        if (!SummaryData::load(m_db, unit, term, m_youngAgeLimit, &data, error))
            return Outcome::Failed;
        SummaryDocument::write(party, data, header);
        return Outcome::Built;
    }
    if (kind == ReportKind::Statistics) {
        StatisticsFigures figures;
        if (!StatisticsFigures::load(m_db, unit, term, &figures, error))
            return Outcome::Failed;
        StatisticsDocument::write(party, unit, term, figures, header);
        return Outcome::Built;
    }
    CongressRecord record;
    if (!CongressRecord::load(m_db, unit, term, &record, error))
        return Outcome::Failed;
    switch (kind) {
    case ReportKind::Congress: {
        QList<PrintedTarget> targets;
        if (m_targets && !m_targets->targets(record.congress.id, &targets, error))
            return Outcome::Failed;
        CongressDocument::write(party, record, header, targets, m_youngAgeLimit);
        break;
    }
    case ReportKind::Approval:
        ApprovalDocument::write(party, record, header);
        break;
    case ReportKind::Tally:
        if (record.elections.isEmpty()) {
            *error = tr("The congress of %1 (%2) has no election recorded.").arg(unit.name, unit.code);
            return Outcome::Refused;
        }
        TallyDocument::write(party, record, header);
        break;
    case ReportKind::Resolution: {
        QList<PrintedTarget> targets;
        QList<DirectionItem> directions;
        if ((m_targets && !m_targets->targets(record.congress.id, &targets, error))
            || !DirectionRepository(m_db).items(record.congress.id, &directions, error))
            return Outcome::Failed;
        ResolutionDocument::write(party, record, header, directions, targets);
        break;
    }
    case ReportKind::Minutes:
        MinutesDocument::write(party, record, header);
        break;
    case ReportKind::BallotLog: {
        QList<BallotLogDocument::Round> rounds;
        if (!BallotLogRounds::load(m_db, record, std::nullopt, 0, &rounds, error))
            return Outcome::Failed;
        if (rounds.isEmpty()) {
            *error = tr("No round of the congress of %1 (%2) is counted ballot by ballot.").arg(unit.name, unit.code);
            return Outcome::Refused;
        }
        BallotLogDocument::write(party, record, header, rounds);
        break;
    }
    case ReportKind::Summary:
    case ReportKind::Statistics:
    case ReportKind::Decision:
    case ReportKind::PlanSchedule:
    case ReportKind::Agenda:
        break; // written above, before a chi bộ's congress is read
    }
    return Outcome::Built;
}

} // namespace daihoi
