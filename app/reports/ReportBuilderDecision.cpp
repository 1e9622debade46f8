// ReportBuilder's part for the documents of the office above a chi bộ (Quyết định chuẩn y) and for a
// congress's own resolution and minutes.
#include "ReportBuilder.h"

#include "DecisionBatch.h"
#include "DecisionDocument.h"
#include "DocumentText.h"
#include "PartyDocument.h"
#include "domain/UnitLevel.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTextDocument>

namespace daihoi {

ReportBuilder::Outcome ReportBuilder::checkDecision(const Unit &unit, const Term &term, QString *error) const
{
    if (UnitLevels::isBranch(unit.level)) {
        if (unit.parentId <= 0) {
            *error = tr("%1 (%2) has no committee above it: a decision approving its elected committee is "
                        "issued by "
                        "the committee above the branch.")
                         .arg(unit.name, unit.code);
            return Outcome::Refused;
        }
        QList<CongressRecord> records;
        if (!DecisionBatch::load(m_db, unit, term, &records, error))
            return Outcome::Failed;
        if (records.isEmpty()) {
            *error = tr("%1 (%2) has no elected committee recorded in the term %3: its congress must be held "
                        "and its "
                        "elections entered before the committee above approves them.")
                         .arg(unit.name, unit.code, term.label());
            return Outcome::Refused;
        }
        return Outcome::Built;
    }
    QList<CongressRecord> records;
    if (!DecisionBatch::load(m_db, unit, term, &records, error))
        return Outcome::Failed;
    if (records.isEmpty()) {
        *error =
            tr("No branch directly under %1 (%2) has election results waiting for approval in the term %3: "
               "every held congress with an elected committee is already approved.")
                .arg(unit.name, unit.code, term.label());
        return Outcome::Refused;
    }
    return Outcome::Built;
}

ReportBuilder::Outcome ReportBuilder::buildDecisions(const Unit &unit, const Term &term,
                                                     const DocumentHeader &header, QTextDocument *document,
                                                     QString *error) const
{
    QList<CongressRecord> records;
    if (!DecisionBatch::load(m_db, unit, term, &records, error))
        return Outcome::Failed;
    if (records.size() > 1 && !header.number.trimmed().isEmpty() &&
        !DecisionDocument::canNumberOn(header.number)) {
        *error = tr("Number: \"%1\" does not start with a number, so the %2 decisions cannot be numbered on "
                    "from it "
                    "(e.g. 125-QĐ/ĐU, 126-QĐ/ĐU, …). Leave it empty to write the numbers by hand.")
                     .arg(header.number.trimmed())
                     .arg(records.size());
        return Outcome::Refused;
    }
    PartyDocument party(document);
    DecisionDocument::writeBatch(party, records, header);
    return Outcome::Built;
}

QString ReportBuilder::secretaryOf(const Unit &unit, const Term &term) const
{
    QString error;
    QList<Term> terms;
    if (!TermRepository(m_db).all(&terms, &error))
        return {};
    for (const Term &candidate : terms) { // newest first
        if (candidate.startYear > term.endYear)
            continue;
        Congress congress;
        QList<CommitteeMember> members;
        if (!CongressRepository(m_db).find(unit.id, candidate.id, &congress, &error) ||
            !CommitteeRepository(m_db).members(congress.id, &members, &error))
            continue;
        for (const CommitteeMember &member : members) {
            if (member.role == CommitteeRole::Secretary)
                return member.person.fullName;
        }
    }
    return {};
}

DocumentHeader ReportBuilder::decisionHeader(const Unit &unit, const Term &term) const
{
    // The committee above the chi bộ issues it; on a committee, that committee itself.
    DocumentHeader header;
    QString error;
    Unit issuer = unit;
    if (UnitLevels::isBranch(unit.level) &&
        (unit.parentId <= 0 || !UnitRepository(m_db).byId(unit.parentId, &issuer, &error)))
        issuer = Unit();
    Unit above;
    if (issuer.parentId > 0 && UnitRepository(m_db).byId(issuer.parentId, &above, &error))
        header.parentBody = above.name;
    header.issuingBody = issuer.isValid() ? DocumentText::committeeOf(issuer.name) : QString();
    header.numberSuffix = QStringLiteral("-%1/ĐU").arg(ReportKinds::documentCode(ReportKind::Decision));
    header.date = QDate::currentDate();
    header.signerCapacity = QStringLiteral("T/M Đảng ủy");
    header.signerTitle = QStringLiteral("Bí thư");
    if (issuer.isValid())
        header.signerName = secretaryOf(issuer, term);
    header.recipients = {QStringLiteral("Như Điều 3,"), QStringLiteral("Lưu Văn phòng Đảng ủy.")};
    return header;
}

void ReportBuilder::congressDocumentDefaults(ReportKind kind, const Congress &congress,
                                             DocumentHeader *header) const
{
    // The date is the congress's last day, as for its other documents (ReportKinds::isDatedByCongress).
    header->addressee.clear();
    header->signerCapacity = QStringLiteral("T/M Đoàn Chủ tịch");
    header->signerTitle.clear();
    if (!congress.presidium.isEmpty() && !congress.presidium.first().trimmed().isEmpty())
        header->signerName = congress.presidium.first().trimmed(); // else the Bí thư found above
    if (kind == ReportKind::Minutes) {
        header->recipients.clear();
    } else if (!header->recipients.isEmpty()) {
        header->recipients = {header->recipients.first(), QStringLiteral("Đảng viên trong chi bộ"),
                              QStringLiteral("Lưu chi bộ.")};
    }
}

} // namespace daihoi
