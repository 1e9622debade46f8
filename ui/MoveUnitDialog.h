#pragma once

#include "domain/Unit.h"

#include <QDialog>

class QCheckBox;
class QTreeView;

namespace daihoi {

class UnitTreeModel;
class Workspace;

// Picks the unit to move a unit under, or the top level.
class MoveUnitDialog : public QDialog
{
    Q_OBJECT
public:
    MoveUnitDialog(Workspace *workspace, const Unit &moving, QWidget *parent = nullptr);
    // 0 for the top level.
    qint64 newParentId() const;

private:
    UnitTreeModel *m_model;
    QTreeView *m_tree;
    QCheckBox *m_topLevel;
};

} // namespace daihoi
