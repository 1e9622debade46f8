#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace daihoi {

// Edits a candidate's name. Where the office is elected from a list (the Bí thư and Phó Bí thư from
// the elected chi ủy) the editor is an editable combo of that list: typing completes a member's
// name, the arrow keys step through them, and a name outside the list is left for the election's
// rule to refuse. Otherwise the name is free text.
class CandidateNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CandidateNameDelegate(QObject *parent = nullptr);

    void setChoices(const QStringList &names, bool restricted);
    bool isRestricted() const { return m_restricted; }
    QStringList choices() const { return m_names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_names;
    bool m_restricted = false;
};

} // namespace daihoi
