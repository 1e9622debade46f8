#include "SaveCongressEdit.h"

#include "Workspace.h"

namespace daihoi {

SaveCongressEdit::SaveCongressEdit(Workspace *workspace, const Congress &before, const Congress &after,
                                   const QString &text)
    : UndoableEdit(workspace, text)
    , m_before(before)
    , m_after(after)
{
}

bool SaveCongressEdit::apply(QString *error)
{
    if (m_before.isValid() || !m_after.isValid())
        return workspace()->saveCongress(&m_after, error);
    // A created record that an undo removed comes back under the same id.
    return workspace()->restoreCongress(m_after, error);
}

bool SaveCongressEdit::revert(QString *error)
{
    if (!m_before.isValid())
        return workspace()->removeCongress(m_after, error);
    return workspace()->saveCongress(&m_before, error);
}

} // namespace daihoi
