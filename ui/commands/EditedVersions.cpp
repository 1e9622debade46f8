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

int EditedVersions::latestSeen(const QString &row, int readVersion) const
{
    const auto it = m_rows.constFind(row);
    return it != m_rows.constEnd() ? qMax(readVersion, it->version) : readVersion;
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

VersionStep::VersionStep(QUndoStack *stack, const QString &row, int readVersion, int *chain)
    : m_versions(EditedVersions::of(stack))
    , m_row(row)
    , m_chain(chain)
    , m_expected(readVersion < 0 ? -1
                 : *chain < 0  ? m_versions->latestSeen(row, readVersion)
                               : m_versions->expected(row, *chain))
{
}

void VersionStep::saved()
{
    if (m_expected < 0)
        return;
    if (*m_chain < 0)
        *m_chain = m_versions->chainFor(m_row, m_expected);
    m_versions->wrote(m_row, *m_chain, m_expected + 1);
}

} // namespace daihoi
