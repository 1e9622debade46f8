#pragma once

#include "domain/Congress.h"
#include "domain/QuorumRule.h"
#include "domain/Term.h"
#include "domain/Unit.h"
#include "domain/committee/CommitteeMember.h"
#include "domain/elections/Election.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace daihoi {

class Database;
class UndoableEdit;

// The open database as the window sees it: every change goes through here, so views hear of it
// through one set of signals whether it came from an edit, an undo or a redo.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    bool open(const QString &path, QString *error);
    // Takes a database opened elsewhere (the connection dialog), as open() would.
    void adopt(std::unique_ptr<Database> database);
    bool isOpen() const;
    QString location() const;
    Database &database() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    QuorumRule quorumRule() const { return m_quorum; }
    void setQuorumRule(const QuorumRule &rule) { m_quorum = rule; }

    // Applies the edit; on success it goes on the undo stack, on failure failed() says why.
    bool run(UndoableEdit *edit);

    // Tells the window that an undo or redo could not be carried out.
    void reportFailure(const QString &message) { emit failed(message); }

    // Changes made by edits (each one transaction); they emit the signals below.
    bool addUnit(Unit *unit, QString *error);
    bool removeUnit(qint64 id, QString *error);
    // expectedVersion: the unit's row version the edit starts from (refused when it moved on); -1 unchecked.
    bool renameUnit(qint64 id, const QString &name, QString *error, int expectedVersion = -1);
    bool moveUnit(qint64 id, qint64 newParentId, QString *error, int expectedVersion = -1);
    bool setUnitRetired(qint64 id, bool retired, QString *error, int expectedVersion = -1);
    bool addTerm(Term *term, QString *error);
    bool removeTerm(qint64 id, QString *error);
    bool saveCongress(Congress *congress, QString *error);
    bool restoreCongress(const Congress &congress, QString *error);
    bool removeCongress(const Congress &congress, QString *error);
    // An election and the committee it produces change together.
    bool saveElection(Election *election, QString *error);
    bool removeElection(const Election &election, QString *error);
    bool replaceCommittee(qint64 congressId, QList<CommitteeMember> *members, QString *error);
    int youngAgeLimit() const { return m_youngAgeLimit; }
    void setYoungAgeLimit(int years) { m_youngAgeLimit = years; }

signals:
    void opened();
    void unitAdded(const daihoi::Unit &unit);
    void unitRemoved(qint64 id, qint64 parentId);
    void unitChanged(const daihoi::Unit &unit);
    void unitMoved(const daihoi::Unit &unit, qint64 oldParentId);
    void termsChanged();
    void congressChanged(qint64 unitId, qint64 termId);
    void electionsChanged(qint64 congressId);
    void committeeChanged(qint64 congressId);
    void failed(const QString &message);

private:
    bool reloadUnit(qint64 id, Unit *unit, QString *error);

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    QuorumRule m_quorum;
    int m_youngAgeLimit = 40;
};

} // namespace daihoi
