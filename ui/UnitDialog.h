#pragma once

#include "domain/Unit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace daihoi {

// Asks for a new unit's code, name and level under a given parent.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    UnitDialog(const Unit &parentUnit, QWidget *parent = nullptr);
    Unit unit() const;

private:
    void validate();

    Unit m_parent;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_level;
    QLabel *m_problem;
};

} // namespace daihoi
