#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"

#include <QWidget>

class QLabel;

namespace daihoi {

class ChartBox;
class MessageBar;
class Workspace;

// The Charts tab of a committee: the congresses held per day against its plan, one bar per sub-committee, and
// the composition of the committees elected against the structure targets. Read when the tab is shown.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(Workspace *workspace, QWidget *parent = nullptr);

    // An invalid unit empties the page.
    void showCommittee(const Unit &committee, const Term &term);
    ChartBox *box(int index) const { return m_boxes.at(index); }
    // Reads the figures again.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace *m_workspace;
    Unit m_committee;
    Term m_term;
    MessageBar *m_messageBar;
    QLabel *m_intro;
    QList<ChartBox *> m_boxes;
};

} // namespace daihoi
