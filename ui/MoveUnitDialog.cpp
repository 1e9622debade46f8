#include "MoveUnitDialog.h"

#include "models/UnitTreeModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace daihoi {

MoveUnitDialog::MoveUnitDialog(Workspace *workspace, const Unit &moving, QWidget *parent)
    : QDialog(parent)
    , m_model(new UnitTreeModel(workspace, this))
    , m_tree(new QTreeView(this))
    , m_topLevel(new QCheckBox(tr("Move to the &top level"), this))
{
    setWindowTitle(tr("Move %1").arg(moving.name));
    m_tree->setModel(m_model);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    auto update = [this, ok] {
        m_tree->setEnabled(!m_topLevel->isChecked());
        ok->setEnabled(m_topLevel->isChecked() || m_tree->currentIndex().isValid());
    };
    connect(m_topLevel, &QCheckBox::toggled, this, update);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Move %1 under:").arg(moving.name), this));
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_topLevel);
    layout->addWidget(buttons);
    resize(520, 480);
}

qint64 MoveUnitDialog::newParentId() const
{
    return m_topLevel->isChecked() ? 0 : m_model->unitAt(m_tree->currentIndex()).id;
}

} // namespace daihoi
