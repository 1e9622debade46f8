#include "UnitEditActions.h"

#include "MoveUnitDialog.h"
#include "UnitDialog.h"
#include "Workspace.h"
#include "commands/AddTermEdit.h"
#include "commands/AddUnitEdit.h"
#include "commands/MoveUnitEdit.h"
#include "commands/RenameUnitEdit.h"
#include "commands/RetireUnitEdit.h"

#include <QAction>
#include <QInputDialog>

namespace daihoi {

UnitEditActions::UnitEditActions(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_addUnit(new QAction(tr("&Add subordinate unit…"), window))
    , m_rename(new QAction(tr("&Rename…"), window))
    , m_move(new QAction(tr("&Move under another unit…"), window))
    , m_retire(new QAction(tr("R&etire"), window))
    , m_addTerm(new QAction(tr("&Add term…"), window))
{
    m_addUnit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 renames only from the tree: in a table it edits the cell, as everywhere else.
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_addUnit, &QAction::triggered, this, &UnitEditActions::addUnit);
    connect(m_rename, &QAction::triggered, this, &UnitEditActions::renameUnit);
    connect(m_move, &QAction::triggered, this, &UnitEditActions::moveUnit);
    connect(m_retire, &QAction::triggered, this, &UnitEditActions::toggleRetired);
    connect(m_addTerm, &QAction::triggered, this, &UnitEditActions::addTerm);
}

QList<QAction *> UnitEditActions::unitActions() const
{
    return {m_addUnit, m_rename, m_move, m_retire};
}

void UnitEditActions::update(const Unit &unit, bool open, bool creatingCommittee)
{
    m_unit = open ? unit : Unit();
    const bool selected = m_unit.isValid();
    m_addUnit->setEnabled(open && !creatingCommittee && (!selected || !UnitLevels::isBranch(m_unit.level)));
    m_rename->setEnabled(selected);
    m_move->setEnabled(selected);
    m_retire->setEnabled(selected);
    m_retire->setText(selected && m_unit.retired ? tr("R&estore") : tr("R&etire"));
    m_addTerm->setEnabled(open);
}

void UnitEditActions::addUnit()
{
    const Unit parent = m_unit.isValid() && !UnitLevels::isBranch(m_unit.level) ? m_unit : Unit();
    UnitDialog dialog(parent, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *edit = new AddUnitEdit(m_workspace, dialog.unit());
    if (m_workspace->run(edit)) // otherwise the message bar says why
        emit unitAdded(edit->unitId(), parent.id);
}

void UnitEditActions::renameUnit()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename %1").arg(m_unit.name), tr("New name:"),
                                               QLineEdit::Normal, m_unit.name, &ok);
    if (ok && name.trimmed() != m_unit.name)
        m_workspace->run(new RenameUnitEdit(m_workspace, m_unit.id, m_unit.name, name.trimmed(), m_unit.rowVersion));
}

void UnitEditActions::moveUnit()
{
    MoveUnitDialog dialog(m_workspace, m_unit, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.newParentId() == m_unit.parentId)
        return;
    m_workspace->run(new MoveUnitEdit(m_workspace, m_unit.id, m_unit.name, m_unit.parentId, dialog.newParentId(),
                                      m_unit.rowVersion));
}

void UnitEditActions::toggleRetired()
{
    m_workspace->run(new RetireUnitEdit(m_workspace, m_unit.id, m_unit.name, !m_unit.retired, m_unit.rowVersion));
}

void UnitEditActions::addTerm()
{
    bool ok = false;
    const QString text = QInputDialog::getText(m_window, tr("Add term"), tr("Term (e.g. 2025-2030):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Term term;
    if (!Term::parseYears(text, &term.startYear, &term.endYear)) {
        emit refused(tr("Term: \"%1\" is not written as START-END, e.g. 2025-2030.").arg(text));
        return;
    }
    if (m_workspace->run(new AddTermEdit(m_workspace, term)))
        emit termAdded(term.key());
}

} // namespace daihoi
