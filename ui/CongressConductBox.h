#pragma once

#include "domain/Congress.h"
#include "domain/FieldError.h"

#include <QGroupBox>
#include <QHash>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace daihoi {

class OptionalTimeEdit;

// The conduct of the congress on the congress page: opening and closing times, presidium, secretaries,
// counting board and the resolution's votes for. Name lists are typed on one line, names separated by
// ";" (fastest by keyboard: no list editor to open, Tab walks on). Each finished edit is reported by its
// field key for the page to validate and save as one undoable change.
class CongressConductBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CongressConductBox(QWidget *parent = nullptr);

    void populate(const Congress &congress);
    // The fields of this box as typed, written over *congress.
    void readInto(Congress *congress) const;
    // A time field holding text that is no time, named.
    FieldErrors textErrors() const;
    // Field key → widget, for the page to mark refused fields.
    QHash<QString, QWidget *> fields() const { return m_fields; }
    // The approval rate beside the votes for, of those present in *congress; "—" while not judged.
    void showRate(const Congress &congress, bool judged);
    // "Head of the counting board: Trần Văn Dũng → Lê Thị Hoa", for the undo list; empty for other keys.
    static QString changeText(const QString &fieldKey, const Congress &before, const Congress &after);

signals:
    void fieldEdited(const QString &fieldKey);
    void typing(); // a value changed before it is saved, for figures that follow the keys

private:
    QLineEdit *addNames(const QString &key, const QString &placeholder);

    OptionalTimeEdit *m_openingTime;
    OptionalTimeEdit *m_closingTime;
    QLineEdit *m_presidium;
    QLineEdit *m_secretaries;
    QLineEdit *m_countingBoardHead;
    QLineEdit *m_countingBoardMembers;
    QSpinBox *m_resolutionVotesFor;
    QLabel *m_rateLabel;
    QHash<QString, QWidget *> m_fields;
};

} // namespace daihoi
