#pragma once

#include "domain/Congress.h"
#include "domain/FieldError.h"
#include "domain/Term.h"
#include "domain/Unit.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace daihoi {

class CommitTextEdit;
class ConflictBar;
class CongressConductBox;
class GuestTableModel;
class MessageBar;
class OptionalDateEdit;
class Workspace;

// The congress of one unit in one term, edited in place: every finished edit is validated,
// then saved as one undoable change; a refused edit is shown, named and not saved.
class CongressPanel : public QWidget
{
    Q_OBJECT
public:
    CongressPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent = nullptr);

    void showCongress(const Unit &unit, const Term &term);
    Congress congress() const { return m_congress; }
    // The form holds typed values not saved yet (being typed, or refused): a reload would lose them.
    bool hasUnsavedInput() const;
    // Reads the congress again from the database, e.g. after another clerk saved it.
    void reload();

private:
    QWidget *buildForm();
    QSpinBox *addCount(const QString &key, int maximum = 100000);
    void populate();
    Congress readForm() const;
    void commit(const QString &fieldKey);
    void createRecord();
    // Opens the change history of this congress (Ctrl+H).
    void showHistory();
    void addGuest();
    void removeGuest();
    void saveGuests(const QList<CongressGuest> &guests, const QString &text);
    void updateComputed();
    void markInvalid(const QStringList &fields);
    // After a refused save: when another clerk changed or deleted the record meanwhile, shows their values
    // beside `typed` with Reload, and true; false when the refusal was a rule's.
    bool showConflict(const Congress &typed);
    // Date and time fields holding text that is no date or time, named.
    FieldErrors textErrors() const;

    Workspace *m_workspace;
    MessageBar *m_messageBar;
    Unit m_unit;
    Term m_term;
    Congress m_congress;
    bool m_populating = false;
    bool m_saveRefused = false; // the last edit was refused on saving; figures are withheld
    bool m_refusalShown = false; // the message bar shows this form's refusal

    QStackedWidget *m_pages;
    ConflictBar *m_conflictBar;
    QLabel *m_emptyLabel;
    QPushButton *m_createButton;
    QComboBox *m_status;
    OptionalDateEdit *m_plannedDate;
    OptionalDateEdit *m_heldFrom;
    OptionalDateEdit *m_heldTo;
    QLineEdit *m_place;
    QSpinBox *m_number;
    QComboBox *m_kind;
    QHash<QString, QSpinBox *> m_counts;
    QHash<QString, QWidget *> m_fields;
    QLabel *m_absentLabel;
    QLabel *m_baseLabel;
    QLabel *m_quorumLabel;
    CongressConductBox *m_conduct;
    GuestTableModel *m_guestModel;
    QTableView *m_guestView;
    QLineEdit *m_guestName;
    QLineEdit *m_guestTitle;
    CommitTextEdit *m_politicalReport;
    CommitTextEdit *m_selfReview;
};

} // namespace daihoi
