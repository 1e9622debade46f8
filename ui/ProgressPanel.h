#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"

#include <QWidget>

class QLabel;
class QListView;

namespace daihoi {

class CompositionView;
class PendingCongressModel;
class Workspace;

// A committee's progress in a term: "14/15 chi bộ đã tổ chức đại hội (93,33 %)", the date span,
// and the units still to hold their congress.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showProgress(const Unit &committee, const Term &term);
    QString headline() const;
    QString dateSpan() const;

signals:
    void unitActivated(qint64 unitId);

private:
    void refresh();

    Workspace *m_workspace;
    Unit m_committee;
    Term m_term;
    QLabel *m_title;
    QLabel *m_headline;
    QLabel *m_span;
    QLabel *m_pendingTitle;
    QListView *m_pendingView;
    PendingCongressModel *m_pending;
    CompositionView *m_composition;
};

} // namespace daihoi
