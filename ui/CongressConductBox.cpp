#include "CongressConductBox.h"

#include "domain/CongressValidator.h"
#include "domain/DisplayFormat.h"
#include "domain/NameList.h"
#include "domain/TimeText.h"
#include "widgets/CountSpinBox.h"
#include "widgets/OptionalTimeEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace daihoi {

namespace {

// One side of an undo entry: short enough for the Edit menu, "—" when nothing is recorded.
QString shown(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

QString valueText(const QString &key, const Congress &c)
{
    if (key == QLatin1String("openingTime"))
        return TimeText::format(c.openingTime);
    if (key == QLatin1String("closingTime"))
        return TimeText::format(c.closingTime);
    if (key == QLatin1String("presidium"))
        return NameList::join(c.presidium);
    if (key == QLatin1String("secretaries"))
        return NameList::join(c.secretaries);
    if (key == QLatin1String("countingBoardHead"))
        return c.countingBoardHead;
    if (key == QLatin1String("countingBoardMembers"))
        return NameList::join(c.countingBoardMembers);
    if (key == QLatin1String("resolutionVotesFor"))
        return c.resolutionVotesFor > 0 ? QString::number(c.resolutionVotesFor) : QString();
    return {};
}

} // namespace

CongressConductBox::CongressConductBox(QWidget *parent) : QGroupBox(tr("Conduct of the congress"), parent)
{
    setObjectName(QStringLiteral("conductBox"));
    auto *form = new QFormLayout(this);
    // Widgets are made in the order of the minutes, so Tab walks them as the clerk reads.
    m_openingTime = new OptionalTimeEdit(this);
    m_openingTime->setObjectName(QStringLiteral("openingTimeEdit"));
    m_closingTime = new OptionalTimeEdit(this);
    m_closingTime->setObjectName(QStringLiteral("closingTimeEdit"));
    for (const auto &[key, edit] : {std::pair{QStringLiteral("openingTime"), m_openingTime},
                                    std::pair{QStringLiteral("closingTime"), m_closingTime}}) {
        m_fields.insert(key, edit);
        const QString fieldKey = key;
        connect(edit, &QLineEdit::editingFinished, this, [this, fieldKey] { emit fieldEdited(fieldKey); });
    }
    auto *times = new QHBoxLayout;
    times->addWidget(m_openingTime);
    auto *closingLabel = new QLabel(tr("Closing time:"), this);
    closingLabel->setBuddy(m_closingTime);
    times->addSpacing(12);
    times->addWidget(closingLabel);
    times->addWidget(m_closingTime);
    times->addStretch();
    form->addRow(tr("Opening time:"), times);
    qobject_cast<QLabel *>(form->labelForField(times))->setBuddy(m_openingTime);

    const QString several = tr("Full names separated by “;”, e.g. Nguyễn Văn An; Trần Thị Bình");
    m_presidium = addNames(QStringLiteral("presidium"), several);
    m_secretaries = addNames(QStringLiteral("secretaries"), several);
    m_countingBoardHead = addNames(QStringLiteral("countingBoardHead"), tr("Full name of the head"));
    m_countingBoardMembers = addNames(QStringLiteral("countingBoardMembers"),
                                      tr("Full names of the other members, separated by “;”"));
    form->addRow(tr("Presidium:"), m_presidium);
    form->addRow(tr("Secretaries:"), m_secretaries);
    form->addRow(tr("Head of the counting board:"), m_countingBoardHead);
    form->addRow(tr("Counting board members:"), m_countingBoardMembers);

    m_resolutionVotesFor = new CountSpinBox(this);
    m_resolutionVotesFor->setObjectName(QStringLiteral("resolutionVotesForSpin"));
    m_resolutionVotesFor->setRange(0, 100000);
    m_resolutionVotesFor->setMinimumWidth(90);
    m_resolutionVotesFor->setToolTip(tr("Voters approving the congress resolution; 0 while not recorded."));
    m_fields.insert(QStringLiteral("resolutionVotesFor"), m_resolutionVotesFor);
    connect(m_resolutionVotesFor, &QSpinBox::editingFinished, this,
            [this] { emit fieldEdited(QStringLiteral("resolutionVotesFor")); });
    connect(m_resolutionVotesFor, &QSpinBox::valueChanged, this, &CongressConductBox::typing);
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("resolutionRateLabel"));
    auto *votes = new QHBoxLayout;
    votes->addWidget(m_resolutionVotesFor);
    votes->addWidget(m_rateLabel, 1);
    form->addRow(tr("Resolution votes for:"), votes);
    qobject_cast<QLabel *>(form->labelForField(votes))->setBuddy(m_resolutionVotesFor);
}

QLineEdit *CongressConductBox::addNames(const QString &key, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(placeholder);
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, key] { emit fieldEdited(key); });
    return edit;
}

void CongressConductBox::populate(const Congress &c)
{
    m_openingTime->setValue(c.openingTime);
    m_closingTime->setValue(c.closingTime);
    m_presidium->setText(NameList::join(c.presidium));
    m_secretaries->setText(NameList::join(c.secretaries));
    m_countingBoardHead->setText(c.countingBoardHead);
    m_countingBoardMembers->setText(NameList::join(c.countingBoardMembers));
    m_resolutionVotesFor->setValue(c.resolutionVotesFor);
}

void CongressConductBox::readInto(Congress *c) const
{
    c->openingTime = m_openingTime->value();
    c->closingTime = m_closingTime->value();
    c->presidium = NameList::split(m_presidium->text());
    c->secretaries = NameList::split(m_secretaries->text());
    c->countingBoardHead = NameList::tidy(m_countingBoardHead->text());
    c->countingBoardMembers = NameList::split(m_countingBoardMembers->text());
    c->resolutionVotesFor = m_resolutionVotesFor->value();
}

FieldErrors CongressConductBox::textErrors() const
{
    FieldErrors errors;
    for (const auto &[key, edit] : {std::pair{QStringLiteral("openingTime"), m_openingTime},
                                    std::pair{QStringLiteral("closingTime"), m_closingTime}}) {
        if (!edit->isAcceptable())
            errors.append(
                {key, tr("%1 “%2” is not a time: %3.")
                          .arg(CongressValidator::fieldLabel(key), edit->text().trimmed(), edit->problem())});
    }
    return errors;
}

void CongressConductBox::showRate(const Congress &c, bool judged)
{
    if (!judged || c.resolutionVotesFor <= 0 || c.present <= 0) {
        m_rateLabel->setText(c.resolutionVotesFor <= 0 && judged ? tr("not recorded") : QStringLiteral("—"));
        return;
    }
    m_rateLabel->setText(tr("%1 % of the %2 present")
                             .arg(DisplayFormat::percent(c.resolutionVotesFor, c.present))
                             .arg(c.present));
}

QString CongressConductBox::changeText(const QString &fieldKey, const Congress &before, const Congress &after)
{
    static const QStringList keys = {
        QStringLiteral("openingTime"),       QStringLiteral("closingTime"),
        QStringLiteral("presidium"),         QStringLiteral("secretaries"),
        QStringLiteral("countingBoardHead"), QStringLiteral("countingBoardMembers"),
        QStringLiteral("resolutionVotesFor")};
    if (!keys.contains(fieldKey))
        return {};
    return tr("%1: %2 → %3")
        .arg(CongressValidator::fieldLabel(fieldKey), shown(valueText(fieldKey, before)),
             shown(valueText(fieldKey, after)));
}

} // namespace daihoi
