#include "UnitDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace daihoi {

UnitDialog::UnitDialog(const Unit &parentUnit, QWidget *parent)
    : QDialog(parent)
    , m_parent(parentUnit)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add a party unit"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,32}")), this));
    m_code->setPlaceholderText(tr("e.g. VH-24"));
    m_name->setPlaceholderText(tr("e.g. Chi bộ Tổ dân phố số 15"));
    for (UnitLevel level : UnitLevels::all())
        m_level->addItem(UnitLevels::displayName(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(UnitLevel::Branch)));
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Under:"), new QLabel(parentUnit.isValid() ? parentUnit.name : tr("(top level)"), this));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(m_problem);
    form->addRow(buttons);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    auto check = [this, ok] {
        validate();
        ok->setEnabled(m_problem->text().isEmpty());
    };
    connect(m_code, &QLineEdit::textChanged, this, check);
    connect(m_name, &QLineEdit::textChanged, this, check);
    check();
    resize(460, sizeHint().height());
}

void UnitDialog::validate()
{
    if (m_code->text().trimmed().isEmpty())
        m_problem->setText(tr("Code: a unit needs a code that stays the same over time."));
    else if (m_name->text().trimmed().isEmpty())
        m_problem->setText(tr("Name: a unit needs a name."));
    else
        m_problem->clear();
}

Unit UnitDialog::unit() const
{
    Unit unit;
    unit.parentId = m_parent.id;
    unit.code = m_code->text().trimmed();
    unit.name = m_name->text().trimmed();
    unit.level = UnitLevel(m_level->currentData().toInt());
    return unit;
}

} // namespace daihoi
