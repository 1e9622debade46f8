#include "SettingsDialog.h"

#include "services/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace daihoi {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_quorumNumerator(new QSpinBox(this))
    , m_quorumDenominator(new QSpinBox(this))
    , m_youngAge(new QSpinBox(this))
    , m_womenTarget(new QSpinBox(this))
    , m_youngTarget(new QSpinBox(this))
    , m_clerkName(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    const AppSettings settings;
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    const QuorumRule quorum = settings.quorumRule();
    m_quorumNumerator->setRange(1, 99);
    m_quorumDenominator->setRange(1, 100);
    m_quorumNumerator->setValue(quorum.numerator());
    m_quorumDenominator->setValue(quorum.denominator());
    m_youngAge->setRange(18, 80);
    m_youngAge->setValue(settings.youngAgeLimit());
    m_youngAge->setSuffix(tr(" years"));
    const StructureTargets targets = settings.structureTargets();
    for (QSpinBox *target : {m_womenTarget, m_youngTarget}) {
        target->setRange(0, 100);
        target->setSuffix(tr(" %"));
    }
    m_womenTarget->setObjectName(QStringLiteral("womenTargetBox"));
    m_youngTarget->setObjectName(QStringLiteral("youngTargetBox"));
    m_womenTarget->setValue(targets.womenPercent);
    m_youngTarget->setValue(targets.youngPercent);
    m_womenTarget->setToolTip(tr("The share of women the elected committees should reach; the composition chart "
                                 "marks it."));
    m_youngTarget->setToolTip(tr("The share of young members the elected committees should reach; the composition "
                                 "chart marks it."));
    m_clerkName->setObjectName(QStringLiteral("clerkNameEdit"));
    m_clerkName->setText(settings.clerkName());
    m_clerkName->setToolTip(tr("Recorded with every change you make in a database file; an office database "
                               "records your login instead."));

    auto *quorumRow = new QHBoxLayout;
    quorumRow->addWidget(m_quorumNumerator);
    quorumRow->addWidget(new QLabel(QStringLiteral("/"), this));
    quorumRow->addWidget(m_quorumDenominator);
    quorumRow->addWidget(new QLabel(tr("of the base present"), this), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A quorum share above one cannot be met.
    connect(m_quorumNumerator, &QSpinBox::valueChanged, this,
            [this, buttons](int value) { buttons->button(QDialogButtonBox::Ok)->setEnabled(value <= m_quorumDenominator->value()); });
    connect(m_quorumDenominator, &QSpinBox::valueChanged, this,
            [this, buttons](int value) { buttons->button(QDialogButtonBox::Ok)->setEnabled(m_quorumNumerator->value() <= value); });

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    // A row label given with a layout gets no buddy and would show the "&" itself.
    auto *quorumLabel = new QLabel(tr("&Quorum:"), this);
    quorumLabel->setBuddy(m_quorumNumerator);
    form->addRow(quorumLabel, quorumRow);
    form->addRow(tr("&Young members are under:"), m_youngAge);
    form->addRow(tr("Target: &women on committees at least:"), m_womenTarget);
    form->addRow(tr("Target: y&oung members at least:"), m_youngTarget);
    form->addRow(tr("Your &name in the change history:"), m_clerkName);
    form->addRow(buttons);
}

bool SettingsDialog::save() const
{
    AppSettings settings;
    const bool languageChanged = settings.language() != m_language->currentData().toString();
    settings.setLanguage(m_language->currentData().toString());
    settings.setQuorumRule(QuorumRule(m_quorumNumerator->value(), m_quorumDenominator->value()));
    settings.setYoungAgeLimit(m_youngAge->value());
    settings.setStructureTargets(StructureTargets{m_womenTarget->value(), m_youngTarget->value()});
    settings.setClerkName(m_clerkName->text());
    return languageChanged;
}

} // namespace daihoi
