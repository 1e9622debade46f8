#include "Workspace.h"

#include "commands/UndoableEdit.h"
#include "services/AppSettings.h"
#include "services/CommitteeService.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/RowVersions.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QUndoStack>

namespace daihoi {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>())
    , m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace() = default;

bool Workspace::open(const QString &path, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(path, error)) // a file, or an office database's postgresql:// URL
        return false;
    adopt(std::move(database));
    return true;
}

void Workspace::adopt(std::unique_ptr<Database> database)
{
    m_undoStack->clear();
    m_database = std::move(database);
    // On an SQLite file the clerk's name from Settings signs this window's changes (a server names the login).
    RowVersions::setClerk(m_database->connection(), AppSettings().clerkName());
    emit opened();
}

bool Workspace::isOpen() const
{
    return m_database->isOpen();
}

QString Workspace::location() const
{
    return m_database->location();
}

Database &Workspace::database() const
{
    return *m_database;
}

bool Workspace::run(UndoableEdit *edit)
{
    QString error;
    // A newer program's database: the window disables its editors, and whatever still gets here is refused.
    if (m_database->isReadOnly() || !edit->apply(&error)) {
        if (m_database->isReadOnly())
            error = m_database->readOnlyReason();
        delete edit;
        emit failed(error);
        return false;
    }
    edit->markApplied();
    m_undoStack->push(edit);
    return true;
}

bool Workspace::reloadUnit(qint64 id, Unit *unit, QString *error)
{
    return UnitRepository(m_database->connection()).byId(id, unit, error);
}

bool Workspace::addUnit(Unit *unit, QString *error)
{
    if (!UnitRepository(m_database->connection()).add(unit, error))
        return false;
    emit unitAdded(*unit);
    return true;
}

bool Workspace::removeUnit(qint64 id, QString *error)
{
    Unit unit;
    if (!reloadUnit(id, &unit, error) || !UnitRepository(m_database->connection()).remove(id, error))
        return false;
    emit unitRemoved(id, unit.parentId);
    return true;
}

bool Workspace::renameUnit(qint64 id, const QString &name, QString *error, int expectedVersion)
{
    Unit unit;
    if (!UnitRepository(m_database->connection()).rename(id, name, error, expectedVersion) || !reloadUnit(id, &unit, error))
        return false;
    emit unitChanged(unit);
    return true;
}

bool Workspace::moveUnit(qint64 id, qint64 newParentId, QString *error, int expectedVersion)
{
    Unit before;
    Unit after;
    if (!reloadUnit(id, &before, error) || !UnitRepository(m_database->connection()).move(id, newParentId, error, expectedVersion)
        || !reloadUnit(id, &after, error))
        return false;
    emit unitMoved(after, before.parentId);
    return true;
}

bool Workspace::setUnitRetired(qint64 id, bool retired, QString *error, int expectedVersion)
{
    Unit unit;
    if (!UnitRepository(m_database->connection()).setRetired(id, retired, error, expectedVersion) || !reloadUnit(id, &unit, error))
        return false;
    emit unitChanged(unit);
    return true;
}

bool Workspace::addTerm(Term *term, QString *error)
{
    if (!TermRepository(m_database->connection()).add(term, error))
        return false;
    emit termsChanged();
    return true;
}

bool Workspace::removeTerm(qint64 id, QString *error)
{
    if (!TermRepository(m_database->connection()).remove(id, error))
        return false;
    emit termsChanged();
    return true;
}

bool Workspace::saveCongress(Congress *congress, QString *error)
{
    if (!CongressRepository(m_database->connection()).save(congress, error))
        return false;
    emit congressChanged(congress->unitId, congress->termId);
    return true;
}

bool Workspace::restoreCongress(const Congress &congress, QString *error)
{
    if (!CongressRepository(m_database->connection()).restore(congress, error))
        return false;
    emit congressChanged(congress.unitId, congress.termId);
    return true;
}

bool Workspace::removeCongress(const Congress &congress, QString *error)
{
    if (!CongressRepository(m_database->connection()).remove(congress.id, error))
        return false;
    emit congressChanged(congress.unitId, congress.termId);
    return true;
}

bool Workspace::saveElection(Election *election, QString *error)
{
    if (!CommitteeService(m_database->connection()).saveElection(election, error))
        return false;
    emit electionsChanged(election->congressId);
    emit committeeChanged(election->congressId);
    return true;
}

bool Workspace::removeElection(const Election &election, QString *error)
{
    if (!CommitteeService(m_database->connection()).removeElection(election, error))
        return false;
    emit electionsChanged(election.congressId);
    emit committeeChanged(election.congressId);
    return true;
}

bool Workspace::replaceCommittee(qint64 congressId, QList<CommitteeMember> *members, QString *error)
{
    if (!CommitteeRepository(m_database->connection()).replace(congressId, members, error))
        return false;
    emit committeeChanged(congressId);
    return true;
}

} // namespace daihoi
