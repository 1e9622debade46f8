#include "EditedVersions.h"

#include <QUndoStack>

namespace daihoi {

EditedVersions::EditedVersions(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("editedVersions"));
}

EditedVersions *EditedVersions::of(QUndoStack *stack)
{
    auto *ledger = stack->findChild<EditedVersions *>(QStringLiteral("editedVersions"), Qt::FindDirectChildrenOnly);
    return ledger ? ledger : new EditedVersions(stack);
}

int EditedVersions::chainFor(const QString &row, int readVersion)
{
    const auto it = m_rows.constFind(row);
    if (it != m_rows.constEnd() && it->version == readVersion)
        return it->chain;
    return ++m_lastChain;
}

int EditedVersions::expected(const QString &row, int chain) const
{
    const auto it = m_rows.constFind(row);
    return it != m_rows.constEnd() && it->chain == chain ? it->version : superseded;
}

void EditedVersions::wrote(const QString &row, int chain, int version)
{
    m_rows.insert(row, {chain, version});
}

} // namespace daihoi
