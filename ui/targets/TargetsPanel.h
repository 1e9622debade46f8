#pragma once

#include "domain/Congress.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/targets/DirectionItem.h"
#include "domain/targets/Target.h"
#include "domain/targets/YearRating.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace daihoi {

class DirectionTableModel;
class MessageBar;
class RatingTableModel;
class TargetTableModel;
class Workspace;

// The resolution of one unit's congress and its review: direction items by group, the targets with the
// value reached and the result of each, "9/11 targets achieved or exceeded", and the yearly ratings the
// rating-based targets are computed from. Every change is one undoable edit; refusals go to the message bar.
class TargetsPanel : public QWidget
{
    Q_OBJECT
public:
    TargetsPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent = nullptr);

    void showCongress(const Unit &unit, const Term &term);
    Congress congress() const { return m_congress; }

private:
    QWidget *buildTargetsPage();
    QWidget *buildDirectionsPage();
    QWidget *buildRatingsPage();
    void reload();
    void reloadContent();
    void updateSummary();
    void updateBasisFields();
    void refuse(const QString &message, const QList<QWidget *> &fields = {});
    void clearMarks();
    qint64 currentTargetId() const;
    void selectTarget(qint64 id);
    qint64 currentDirectionId() const;
    void selectDirection(qint64 id);

    void addTarget();
    void removeTarget();
    void moveTarget(int delta);
    void copyPreviousTargets();
    void saveTarget(const Target &before, const Target &after);
    void addDirection();
    void removeDirection();
    void moveDirection(int delta);
    void saveDirection(const DirectionItem &before, const DirectionItem &after);
    void saveRating(const YearRating &before, const YearRating &after);

    Workspace *m_workspace;
    MessageBar *m_messageBar;
    Unit m_unit;
    Term m_term;
    Congress m_congress;
    QList<int> m_years;

    QLabel *m_title;
    QLabel *m_summary;
    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QTabWidget *m_sections;

    TargetTableModel *m_targetModel;
    QTableView *m_targetView;
    QComboBox *m_groupCombo;
    QLineEdit *m_nameEdit;
    QComboBox *m_comparisonCombo;
    QLineEdit *m_valueEdit;
    QComboBox *m_unitCombo;
    QComboBox *m_basisCombo;
    QComboBox *m_levelCombo;
    QPushButton *m_copyButton;

    DirectionTableModel *m_directionModel;
    QTableView *m_directionView;
    QComboBox *m_directionGroupCombo;
    QLineEdit *m_directionEdit;

    RatingTableModel *m_ratingModel;
    QTableView *m_ratingView;
    QList<QWidget *> m_marked;
};

} // namespace daihoi
