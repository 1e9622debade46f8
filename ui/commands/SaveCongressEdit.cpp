#include "SaveCongressEdit.h"

#include "EditedVersions.h"
#include "Workspace.h"

namespace daihoi {

SaveCongressEdit::SaveCongressEdit(Workspace *workspace, const Congress &before, const Congress &after,
                                   const QString &text)
    : UndoableEdit(workspace, text)
    , m_before(before)
    , m_after(after)
{
}

bool SaveCongressEdit::save(const Congress &record, QString *error)
{
    EditedVersions *versions = EditedVersions::of(workspace()->undoStack());
    Congress copy = record;
    const bool first = m_chain < 0;
    if (!first)
        copy.rowVersion = versions->expected(EditedVersions::congressKey(copy.id), m_chain);
    const int readVersion = copy.rowVersion;
    if (!workspace()->saveCongress(&copy, error))
        return false;
    m_after.id = m_before.isValid() ? m_after.id : copy.id; // a created record keeps its id for redo
    const QString key = EditedVersions::congressKey(copy.id);
    if (first)
        m_chain = versions->chainFor(key, m_before.isValid() ? readVersion : copy.rowVersion);
    versions->wrote(key, m_chain, copy.rowVersion);
    return true;
}

bool SaveCongressEdit::apply(QString *error)
{
    if (m_before.isValid() || !m_after.isValid())
        return save(m_after, error);
    // A created record that an undo removed comes back under the same id.
    if (!workspace()->restoreCongress(m_after, error))
        return false;
    EditedVersions::of(workspace()->undoStack())->wrote(EditedVersions::congressKey(m_after.id), m_chain, 0);
    return true;
}

bool SaveCongressEdit::revert(QString *error)
{
    if (!m_before.isValid())
        return workspace()->removeCongress(m_after, error);
    return save(m_before, error);
}

} // namespace daihoi
