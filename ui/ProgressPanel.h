#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QListView;
class QTableView;
class QTreeWidget;

namespace daihoi {

class CompositionView;
class HeldCongressModel;
class PendingCongressModel;
class Workspace;

// A committee's progress in a term: "14/15 chi bộ đã tổ chức đại hội (93,33 %)", the date span, the
// congresses held (date, attendance, Bí thư and the Bí thư's vote, sortable) beside the units still to
// hold theirs; and, when the committee has a plan for the term, where its units stand against it today (held on
// time, held late, overdue, upcoming, not scheduled) with the overdue and upcoming units listed.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showProgress(const Unit &committee, const Term &term);
    QString headline() const;
    QString dateSpan() const;
    // Reads the figures again, e.g. after another clerk's change.
    void refresh();

signals:
    void unitActivated(qint64 unitId);

private:
    void clearLists();
    QGroupBox *buildPlanBox();
    void showPlanProgress();

    Workspace *m_workspace;
    Unit m_committee;
    Term m_term;
    QLabel *m_title;
    QLabel *m_headline;
    QLabel *m_span;
    QWidget *m_lists;
    QLabel *m_heldTitle;
    QTableView *m_heldView;
    HeldCongressModel *m_held;
    QWidget *m_pendingBox;
    QLabel *m_pendingTitle;
    QListView *m_pendingView;
    PendingCongressModel *m_pending;
    CompositionView *m_composition;
    QGroupBox *m_planBox;
    QList<QLabel *> m_planCounts; // by PlanStanding::Kind
    QTreeWidget *m_overdueList;
    QTreeWidget *m_upcomingList;
};

} // namespace daihoi
