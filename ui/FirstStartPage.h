#pragma once

#include "domain/Unit.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace daihoi {

class Workspace;

// What a new, empty database shows in place of the unit's pages: a short form to create the
// committee and its first term, then the ways to bring in its subordinate units.
class FirstStartPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstStartPage(Workspace *workspace, QWidget *parent = nullptr);

    // Whether the page has something to offer: the form while the database has no unit, the next
    // step while its only unit is a committee without units (unless the clerk moved on).
    bool refresh(bool dismissed);

signals:
    void committeeCreated(qint64 unitId, const QString &termKey);
    void addUnitRequested();
    void importRequested();
    void dismissed();

private:
    void create();
    void showNextStep(const Unit &committee);

    Workspace *m_workspace;
    QStackedWidget *m_steps;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_level;
    QLineEdit *m_term;
    QLabel *m_problem;
    QPushButton *m_create;
    QLabel *m_created;
    QPushButton *m_addUnit;
};

} // namespace daihoi
