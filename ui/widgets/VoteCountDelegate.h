#pragma once

#include <QFont>
#include <QStyledItemDelegate>

namespace daihoi {

// Edits a count (votes) with a spin box that fits its number: the column is at least as wide as
// the editor needs, and the editor never shrinks below the height its text needs.
class VoteCountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int MaxCount = 100000;

    explicit VoteCountDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable QSize m_editorSize;
    mutable QFont m_editorFont;
};

} // namespace daihoi
