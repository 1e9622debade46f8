#pragma once

#include "domain/Congress.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/committee/CommitteeMember.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace daihoi {

class CommitteeTableModel;
class CompositionView;
class MessageBar;
class Workspace;

// The committee a congress elected (it follows the election results), the details of its people,
// their approval, and its composition figures.
class CommitteePanel : public QWidget
{
    Q_OBJECT
public:
    CommitteePanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent = nullptr);

    void showCongress(const Unit &unit, const Term &term);
    QList<CommitteeMember> members() const;
    // Records the Bí thư the higher committee appointed after three failed rounds.
    bool appointSecretary(const QString &name);

private:
    void reload();
    void recordAppointedSecretary();
    // The members as an Excel workbook, for the clerk to rework (issue 13).
    void exportToExcel();

    Workspace *m_workspace;
    MessageBar *m_messageBar;
    Unit m_unit;
    Term m_term;
    Congress m_congress;
    QList<CommitteeMember> m_members;
    QLabel *m_intro;
    CommitteeTableModel *m_model;
    QTableView *m_view;
    CompositionView *m_composition;
    QPushButton *m_appointButton;
    QPushButton *m_exportButton;
};

} // namespace daihoi
