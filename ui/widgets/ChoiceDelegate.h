#pragma once

#include <QStyledItemDelegate>

namespace daihoi {

// Edits a cell whose value is one of a few choices (gender, theory level) with a combo box.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(const QList<QPair<QString, int>> &choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, int>> m_choices;
};

} // namespace daihoi
