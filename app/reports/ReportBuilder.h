#pragma once

#include "DocumentHeader.h"
#include "ReportKind.h"
#include "domain/Congress.h"
#include "domain/Term.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

class QTextDocument;

namespace daihoi {

class TargetsSource;

// Reads what a document needs through the repositories and writes it into a QTextDocument.
// Shared by the window and daihoi-cli, so both refuse the same things with the same words.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ReportBuilder)
public:
    enum class Outcome {
        Built,
        Refused, // the request does not suit the data (a chi bộ summary, a congress not held): tell the user
        Failed,  // the database could not be read
    };

    explicit ReportBuilder(QSqlDatabase db);
    ~ReportBuilder();

    void setYoungAgeLimit(int years) { m_youngAgeLimit = years; }
    // The congress report prints the targets this source gives. By default the targets storage when
    // the program is built with it, else none; not owned.
    void setTargetsSource(const TargetsSource *source) { m_targets = source; }
    // The first day of an agenda (ReportKind::Agenda); invalid: today.
    void setAgendaFrom(const QDate &day) { m_agendaFrom = day; }
    QDate agendaFrom() const { return m_agendaFrom.isValid() ? m_agendaFrom : QDate::currentDate(); }

    // Whether the kind suits the unit and term; on Refused or Failed *error says why.
    Outcome check(ReportKind kind, const Unit &unit, const Term &term, QString *error) const;
    // What a unit prints when nothing was remembered: its name and its parent's, the Bí thư it
    // elected in the term as signer, the document's date (the congress's last day for its own
    // documents, else today: ReportKinds::isDatedByCongress).
    DocumentHeader defaultHeader(ReportKind kind, const Unit &unit, const Term &term) const;
    Outcome build(ReportKind kind, const Unit &unit, const Term &term, const DocumentHeader &header,
                  QTextDocument *document, QString *error) const;

private:
    // The approval decisions and the congress's own resolution and minutes (ReportBuilderDecision.cpp).
    Outcome checkDecision(const Unit &unit, const Term &term, QString *error) const;
    Outcome buildDecisions(const Unit &unit, const Term &term, const DocumentHeader &header, QTextDocument *document,
                           QString *error) const;
    DocumentHeader decisionHeader(const Unit &unit, const Term &term) const;
    // The Bí thư of the unit's latest congress up to the term's end; empty when none is recorded.
    QString secretaryOf(const Unit &unit, const Term &term) const;
    void congressDocumentDefaults(ReportKind kind, const Congress &congress, DocumentHeader *header) const;
    // The timetable and the agenda, printed from the committee's plan (ReportBuilderPlan.cpp).
    Outcome checkPlan(const Unit &unit, const Term &term, QString *error) const;
    void planHeaderDefaults(ReportKind kind, const Unit &unit, const Term &term, DocumentHeader *header) const;
    Outcome buildPlan(ReportKind kind, const Unit &unit, const Term &term, const DocumentHeader &header,
                      QTextDocument *document, QString *error) const;

    QSqlDatabase m_db;
    int m_youngAgeLimit = 40;
    QDate m_agendaFrom;
    std::unique_ptr<TargetsSource> m_defaultTargets;
    const TargetsSource *m_targets = nullptr;
};

} // namespace daihoi
