#include "ChoiceDelegate.h"

#include <QComboBox>

namespace daihoi {

ChoiceDelegate::ChoiceDelegate(const QList<QPair<QString, int>> &choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(choices)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        combo->addItem(label, value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace daihoi
