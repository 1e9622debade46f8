#pragma once

#include "domain/Unit.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace daihoi {

class Workspace;

// The Unit and Term menus' edits (add, rename, move, retire or restore a unit; add a term), each one
// undoable change through the workspace; the window places the actions and answers the signals.
class UnitEditActions : public QObject
{
    Q_OBJECT
public:
    UnitEditActions(Workspace *workspace, QWidget *window);

    // The four unit actions, for the Unit menu and the tree's context menu.
    QList<QAction *> unitActions() const;
    QAction *addUnitAction() const { return m_addUnit; }
    QAction *addTermAction() const { return m_addTerm; }
    // Enables what applies to the selected unit; while the first-start form creates the committee,
    // no unit is added at the top.
    void update(const Unit &unit, bool open, bool creatingCommittee);
    void addUnit();

signals:
    void unitAdded(qint64 unitId, qint64 parentId);
    void termAdded(const QString &termKey);
    void refused(const QString &message);

private:
    void renameUnit();
    void moveUnit();
    void toggleRetired();
    void addTerm();

    Workspace *m_workspace;
    QWidget *m_window;
    Unit m_unit;
    QAction *m_addUnit;
    QAction *m_rename;
    QAction *m_move;
    QAction *m_retire;
    QAction *m_addTerm;
};

} // namespace daihoi
