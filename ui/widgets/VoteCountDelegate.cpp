#include "VoteCountDelegate.h"

#include <QSpinBox>

namespace daihoi {

namespace {

QSpinBox *newSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, VoteCountDelegate::MaxCount);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

VoteCountDelegate::VoteCountDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *VoteCountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    QSpinBox *spin = newSpin(parent);
    spin->setObjectName(QStringLiteral("voteCountSpin"));
    return spin;
}

void VoteCountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->setValue(index.data(Qt::EditRole).toInt());
    spin->selectAll();
}

void VoteCountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

void VoteCountDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // A row laid out shorter than the editor would cut the digits: grow around the cell instead.
    QRect rect = option.rect;
    const QSize needed = editor->sizeHint();
    if (rect.width() < needed.width())
        rect.setLeft(rect.right() - needed.width() + 1);
    if (rect.height() < needed.height())
        rect.adjust(0, -(needed.height() - rect.height()) / 2, 0, (needed.height() - rect.height() + 1) / 2);
    editor->setGeometry(rect);
}

QSize VoteCountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Measured on a spin box of the same range and font, so the column fits the editor.
    if (!m_editorSize.isValid() || m_editorFont != option.font) {
        QSpinBox probe;
        probe.setRange(0, MaxCount);
        probe.setFont(option.font);
        m_editorSize = probe.sizeHint();
        m_editorFont = option.font;
    }
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(m_editorSize);
}

} // namespace daihoi
