#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace daihoi {

// The choices a clerk makes once: interface language, the quorum share, the age under which
// a committee member counts as young, the structure targets the composition chart measures the elected
// committees against, and the name the change history of an SQLite file records.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    // Saves the choices; true when the language changed (it applies at the next start).
    bool save() const;

private:
    QComboBox *m_language;
    QSpinBox *m_quorumNumerator;
    QSpinBox *m_quorumDenominator;
    QSpinBox *m_youngAge;
    QSpinBox *m_womenTarget;
    QSpinBox *m_youngTarget;
    QLineEdit *m_clerkName;
};

} // namespace daihoi
