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

    // No unit yet: the form. A committee without units: the next step, naming it.
    void showForm();
    void showNextStep(const Unit &committee);

signals:
    void committeeCreated(qint64 unitId, const QString &termKey);
    void addUnitRequested();
    void importRequested();
    void dismissed();

private:
    void create();

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
