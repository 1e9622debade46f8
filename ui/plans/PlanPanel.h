#pragma once

#include "domain/FieldError.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/plans/PlanProgress.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace daihoi {

class MessageBar;
class OptionalDateEdit;
class PlanAgendaBox;
class PlanScheduleModel;
class WorkItemTableModel;
class Workspace;

// A committee's plan for the selected term ("Kế hoạch số 74-KH/ĐU ngày 12/7/2022 …"): its number, date,
// subject and period; the timetable of every subordinate unit's congress; its work items; and the agenda of
// the next 14 days. The clerk types it all, then saves it as one undoable change (Ctrl+S); a refusal names the
// field and nothing is written.
class PlanPanel : public QWidget
{
    Q_OBJECT
public:
    PlanPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent = nullptr);

    void showPlan(const Unit &committee, const Term &term);
    // Reads the plan again, unless the clerk has typed changes not saved yet (another clerk's change).
    void refresh();
    // Reads the saved plan again, dropping what was typed.
    void reload();
    bool hasUnsavedInput() const;
    bool save();

signals:
    void unitActivated(qint64 unitId);

private:
    QWidget *buildHeader();
    QWidget *buildTimetable();
    QWidget *buildWorkItems();
    void populate();
    Plan readForm() const;
    FieldErrors problems() const;
    void showRefusal(const FieldErrors &errors);
    void markInvalid(const QStringList &fields);
    void spread();
    void copyPrevious();
    void addWorkItem();
    void removeWorkItem();
    void updateState();
    // Text typed into a field is read before the form is: Ctrl+S may come while a field or cell is open.
    void finishTyping();

    Workspace *m_workspace;
    MessageBar *m_messageBar;
    Unit m_committee;
    Term m_term;
    Plan m_plan; // as saved; id 0 with the committee and term when it has none yet
    QList<PlanUnit> m_units;

    QLabel *m_intro;
    QLineEdit *m_number;
    OptionalDateEdit *m_issuedOn;
    QLineEdit *m_subject;
    OptionalDateEdit *m_periodFrom;
    OptionalDateEdit *m_deadline;
    OptionalDateEdit *m_pilotDeadline;
    QTabWidget *m_sections;
    PlanScheduleModel *m_schedule;
    QTableView *m_scheduleView;
    WorkItemTableModel *m_items;
    QTableView *m_itemsView;
    QLabel *m_tally;
    PlanAgendaBox *m_agenda;
    QLabel *m_state;
    QPushButton *m_saveButton;
    QPushButton *m_discardButton;
};

} // namespace daihoi
