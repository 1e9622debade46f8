#pragma once

#include "domain/committee/CommitteeMember.h"

#include <QAbstractTableModel>

namespace daihoi {

// A congress's committee: the elected with their votes, and the personal details the clerk
// completes. Edits are announced as the whole new list for one undoable edit.
class CommitteeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        VotesColumn,
        PercentColumn,
        GenderColumn,
        BirthYearColumn,
        EthnicityColumn,
        EducationColumn,
        TheoryColumn,
        PositionColumn,
        ReelectedColumn,
        ApprovalColumn,
        ApprovalDocumentColumn,
        ColumnCount
    };

    explicit CommitteeTableModel(QObject *parent = nullptr);

    void setMembers(const QList<CommitteeMember> &members);
    QList<CommitteeMember> members() const { return m_members; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void membersEdited(const QList<daihoi::CommitteeMember> &members, const QString &description);

private:
    QList<CommitteeMember> m_members;
};

} // namespace daihoi
