#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace daihoi {

class CommitteeTargetModel;
class CommitteeUnitTallyModel;
class MessageBar;
class Workspace;

// A Đảng bộ's view of its units' targets in one term: per unit how many were achieved, and every target
// side by side, filtered by group and by result. Everything is counted and filtered in SQL.
class CommitteeTargetsPanel : public QWidget
{
    Q_OBJECT
public:
    CommitteeTargetsPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent = nullptr);

    void showCommittee(const Unit &committee, const Term &term);

signals:
    // A row was activated (double click or Enter): the window may open that unit.
    void unitActivated(qint64 unitId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void applyFilters();
    // The listed targets (with the chosen filters) as an Excel workbook (issue 13).
    void exportToExcel();
    void changed();

    Workspace *m_workspace;
    MessageBar *m_messageBar;
    Unit m_committee;
    Term m_term;
    bool m_stale = false;

    QLabel *m_title;
    QLabel *m_tally;
    QComboBox *m_groupFilter;
    QComboBox *m_resultFilter;
    QPushButton *m_exportButton;
    CommitteeUnitTallyModel *m_unitModel;
    CommitteeTargetModel *m_targetModel;
    QTableView *m_unitView;
    QTableView *m_targetView;
};

} // namespace daihoi
