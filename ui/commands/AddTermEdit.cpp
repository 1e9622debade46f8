#include "AddTermEdit.h"

#include "Workspace.h"

namespace daihoi {

AddTermEdit::AddTermEdit(Workspace *workspace, const Term &term)
    : UndoableEdit(workspace, tr("Add term %1").arg(term.label()))
    , m_term(term)
{
}

bool AddTermEdit::apply(QString *error)
{
    m_term.id = 0;
    return workspace()->addTerm(&m_term, error);
}

bool AddTermEdit::revert(QString *error)
{
    return workspace()->removeTerm(m_term.id, error);
}

} // namespace daihoi
