#include "KeyChoiceDelegate.h"

#include <QComboBox>

namespace daihoi {

KeyChoiceDelegate::KeyChoiceDelegate(const Choices &choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(choices)
{
}

QWidget *KeyChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        combo->addItem(label, value);
    return combo;
}

void KeyChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void KeyChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace daihoi
