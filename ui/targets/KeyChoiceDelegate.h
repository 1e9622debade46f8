#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>
#include <QVariant>

namespace daihoi {

// Edits a cell by choosing from a fixed list (comparison, level) whose values are stored keys (text), not
// ints as widgets/ChoiceDelegate: the model gets the key, never the translated label.
// Enter or Tab commits, as in any cell.
class KeyChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QVariant>>; // label, value

    explicit KeyChoiceDelegate(const Choices &choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace daihoi
