#include "CandidateNameDelegate.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace daihoi {

CandidateNameDelegate::CandidateNameDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void CandidateNameDelegate::setChoices(const QStringList &names, bool restricted)
{
    m_names = names;
    m_restricted = restricted;
}

QWidget *CandidateNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (!m_restricted)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("candidateNameCombo"));
    combo->setEditable(true);
    // A typed name is never added to the list: the list is the elected committee.
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(m_names);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::InlineCompletion);
    combo->lineEdit()->setPlaceholderText(tr("A member of the executive committee"));
    return combo;
}

void CandidateNameDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString name = index.data(Qt::EditRole).toString();
    const int at = combo->findText(name, Qt::MatchFixedString);
    combo->setCurrentIndex(at);
    if (at < 0)
        combo->setEditText(name);
    // What the clerk types replaces the name, as in any other cell.
    combo->lineEdit()->selectAll();
}

void CandidateNameDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentText(), Qt::EditRole);
}

} // namespace daihoi
