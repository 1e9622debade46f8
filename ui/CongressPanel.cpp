#include "CongressPanel.h"

#include "CongressConductBox.h"
#include "CongressDifferences.h"
#include "Workspace.h"
#include "commands/SaveCongressEdit.h"
#include "domain/CongressValidator.h"
#include "domain/DisplayFormat.h"
#include "history/HistoryDialog.h"
#include "models/GuestTableModel.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/RowVersions.h"
#include "widgets/CommitTextEdit.h"
#include "widgets/ConflictBar.h"
#include "widgets/CountSpinBox.h"
#include "widgets/FieldMark.h"
#include "widgets/MessageBar.h"
#include "widgets/OptionalDateEdit.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace daihoi {

CongressPanel::CongressPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messageBar(messageBar)
    , m_pages(new QStackedWidget(this))
    , m_conflictBar(new ConflictBar(this))
{
    m_conflictBar->setObjectName(QStringLiteral("congressConflictBar"));
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, [this] {
        m_messageBar->hide();
        reload();
    });
    auto *emptyPage = new QWidget(this);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setWordWrap(true);
    m_createButton = new QPushButton(tr("&Create the congress record"), emptyPage);
    m_createButton->setObjectName(QStringLiteral("createCongressButton"));
    connect(m_createButton, &QPushButton::clicked, this, &CongressPanel::createRecord);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_createButton, 0, Qt::AlignLeft);
    emptyLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());

    // The history above the form, reached from anywhere in it with Ctrl+H.
    auto *formPage = new QWidget(this);
    const QKeySequence historyKeys(Qt::CTRL | Qt::Key_H);
    auto *historyButton = new QPushButton(tr("Change history…"), formPage);
    historyButton->setObjectName(QStringLiteral("historyButton"));
    historyButton->setToolTip(tr("Who changed this congress, when and what (%1)")
                                  .arg(historyKeys.toString(QKeySequence::NativeText)));
    connect(historyButton, &QPushButton::clicked, this, &CongressPanel::showHistory);
    auto *historyAction = new QAction(this);
    historyAction->setShortcut(historyKeys);
    historyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(historyAction, &QAction::triggered, this, &CongressPanel::showHistory);
    addAction(historyAction);
    auto *topRow = new QHBoxLayout;
    topRow->addStretch();
    topRow->addWidget(historyButton);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(topRow);
    formLayout->addWidget(scroll);

    m_pages->addWidget(emptyPage);
    m_pages->addWidget(formPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    // Below the form, where the window's floating message bar does not cover it.
    layout->addWidget(m_conflictBar);

    connect(workspace, &Workspace::congressChanged, this, [this](qint64 unitId, qint64 termId) {
        if (unitId == m_unit.id && termId == m_term.id)
            reload();
    });
}

QSpinBox *CongressPanel::addCount(const QString &key, int maximum)
{
    auto *spin = new CountSpinBox(this);
    spin->setObjectName(key + QStringLiteral("Spin"));
    spin->setRange(0, maximum);
    spin->setAccelerated(true);
    spin->setMinimumWidth(90);
    m_counts.insert(key, spin);
    m_fields.insert(key, spin);
    connect(spin, &QSpinBox::editingFinished, this, [this, key] { commit(key); });
    connect(spin, &QSpinBox::valueChanged, this, &CongressPanel::updateComputed);
    return spin;
}

QWidget *CongressPanel::buildForm()
{
    auto *form = new QWidget(this);

    // Fields in the order of the paper form, so Tab walks them as the clerk reads the minutes.
    auto *congressBox = new QGroupBox(tr("Congress"), form);
    auto *congressForm = new QFormLayout(congressBox);
    m_status = new QComboBox(congressBox);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItem(tr("Planned"), int(Congress::Status::Planned));
    m_status->addItem(tr("Held"), int(Congress::Status::Held));
    m_status->addItem(tr("Postponed"), int(Congress::Status::Postponed));
    connect(m_status, &QComboBox::activated, this, [this] { commit(QStringLiteral("status")); });
    m_plannedDate = new OptionalDateEdit(congressBox);
    m_heldFrom = new OptionalDateEdit(congressBox);
    m_heldTo = new OptionalDateEdit(congressBox);
    m_plannedDate->setObjectName(QStringLiteral("plannedDateEdit"));
    m_heldFrom->setObjectName(QStringLiteral("heldFromEdit"));
    m_heldTo->setObjectName(QStringLiteral("heldToEdit"));
    const QList<QPair<QString, OptionalDateEdit *>> dates = {{QStringLiteral("plannedDate"), m_plannedDate},
                                                             {QStringLiteral("heldFrom"), m_heldFrom},
                                                             {QStringLiteral("heldTo"), m_heldTo}};
    for (const auto &[key, edit] : dates) {
        m_fields.insert(key, edit);
        const QString fieldKey = key;
        connect(edit, &OptionalDateEdit::editingFinished, this, [this, fieldKey] { commit(fieldKey); });
    }
    m_place = new QLineEdit(congressBox);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    connect(m_place, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("place")); });
    m_number = new CountSpinBox(congressBox);
    m_number->setRange(0, 200);
    m_number->setSpecialValueText(QStringLiteral(" "));
    m_fields.insert(QStringLiteral("number"), m_number);
    connect(m_number, &QSpinBox::editingFinished, this, [this] { commit(QStringLiteral("number")); });
    m_kind = new QComboBox(congressBox);
    m_kind->addItem(tr("Congress of all members"), int(CongressKind::PartyMembers));
    m_kind->addItem(tr("Congress of delegates"), int(CongressKind::Delegates));
    connect(m_kind, &QComboBox::activated, this, [this] { commit(QStringLiteral("kind")); });
    congressForm->addRow(tr("&Status:"), m_status);
    congressForm->addRow(tr("Pl&anned date:"), m_plannedDate);
    congressForm->addRow(tr("Hel&d from:"), m_heldFrom);
    congressForm->addRow(tr("Held to:"), m_heldTo);
    congressForm->addRow(tr("P&lace:"), m_place);
    congressForm->addRow(tr("Congress &number:"), m_number);
    congressForm->addRow(tr("&Kind:"), m_kind);

    auto *membersBox = new QGroupBox(tr("Members and attendance"), form);
    auto *membersForm = new QFormLayout(membersBox);
    membersForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    membersForm->addRow(tr("&Official members:"), addCount(QStringLiteral("officialMembers")));
    membersForm->addRow(tr("Pro&bationary members:"), addCount(QStringLiteral("probationaryMembers")));
    membersForm->addRow(tr("Su&mmoned (official):"), addCount(QStringLiteral("summoned")));
    membersForm->addRow(tr("&Present (official):"), addCount(QStringLiteral("present")));
    m_absentLabel = new QLabel(membersBox);
    m_absentLabel->setObjectName(QStringLiteral("absentLabel"));
    membersForm->addRow(tr("Absent:"), m_absentLabel);
    auto *excludedTitle = new QLabel(tr("<b>Absences excluded from the base</b>"), membersBox);
    membersForm->addRow(excludedTitle);
    membersForm->addRow(tr("Absent with an accepted reason:"), addCount(QStringLiteral("absentWithReason")));
    membersForm->addRow(tr("Excused from activity, absent:"), addCount(QStringLiteral("excusedAbsent")));
    membersForm->addRow(tr("Suspended, prosecuted or detained:"), addCount(QStringLiteral("suspended")));
    membersForm->addRow(tr("Temporarily attached elsewhere:"), addCount(QStringLiteral("temporary")));
    membersForm->addRow(tr("Delegates absent without an alternate:"), addCount(QStringLiteral("absentWithoutAlternate")));
    m_baseLabel = new QLabel(membersBox);
    m_baseLabel->setObjectName(QStringLiteral("baseLabel"));
    m_quorumLabel = new QLabel(membersBox);
    m_quorumLabel->setObjectName(QStringLiteral("quorumLabel"));
    m_quorumLabel->setWordWrap(true);
    m_baseLabel->setWordWrap(true);
    membersForm->addRow(tr("Base for the vote:"), m_baseLabel);
    membersForm->addRow(tr("Quorum:"), m_quorumLabel);

    m_conduct = new CongressConductBox(form);
    connect(m_conduct, &CongressConductBox::fieldEdited, this, &CongressPanel::commit);
    connect(m_conduct, &CongressConductBox::typing, this, &CongressPanel::updateComputed);
    const QHash<QString, QWidget *> conductFields = m_conduct->fields();
    for (auto it = conductFields.constBegin(); it != conductFields.constEnd(); ++it)
        m_fields.insert(it.key(), it.value());

    auto *guestBox = new QGroupBox(tr("Guests from the higher committee"), form);
    auto *guestLayout = new QGridLayout(guestBox);
    m_guestModel = new GuestTableModel(this);
    connect(m_guestModel, &GuestTableModel::guestsEdited, this,
            [this](const QList<CongressGuest> &guests) { saveGuests(guests, tr("Edit a guest")); },
            Qt::QueuedConnection);
    m_guestView = new QTableView(guestBox);
    m_guestView->setModel(m_guestModel);
    m_guestView->horizontalHeader()->setStretchLastSection(true);
    m_guestView->verticalHeader()->hide();
    m_guestView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_guestView->setMinimumHeight(90);
    m_guestView->setMaximumHeight(150);
    m_guestView->horizontalHeader()->setSectionResizeMode(GuestTableModel::NameColumn, QHeaderView::ResizeToContents);
    m_guestName = new QLineEdit(guestBox);
    m_guestName->setPlaceholderText(tr("Full name"));
    m_guestTitle = new QLineEdit(guestBox);
    m_guestTitle->setPlaceholderText(tr("Title, e.g. Deputy Secretary of the Party Committee"));
    auto *addGuestButton = new QPushButton(tr("Add &guest"), guestBox);
    auto *removeGuestButton = new QPushButton(tr("Remove guest"), guestBox);
    connect(addGuestButton, &QPushButton::clicked, this, &CongressPanel::addGuest);
    connect(m_guestTitle, &QLineEdit::returnPressed, this, &CongressPanel::addGuest);
    connect(removeGuestButton, &QPushButton::clicked, this, &CongressPanel::removeGuest);
    guestLayout->addWidget(m_guestView, 0, 0, 1, 3);
    guestLayout->addWidget(m_guestName, 1, 0);
    guestLayout->addWidget(m_guestTitle, 1, 1);
    guestLayout->addWidget(addGuestButton, 1, 2);
    guestLayout->addWidget(removeGuestButton, 2, 2);
    guestLayout->setColumnStretch(1, 1);

    auto *documentsBox = new QGroupBox(tr("Congress documents"), form);
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    m_politicalReport = new CommitTextEdit(documentsBox);
    m_politicalReport->setObjectName(QStringLiteral("politicalReportEdit"));
    m_selfReview = new CommitTextEdit(documentsBox);
    connect(m_politicalReport, &CommitTextEdit::editingFinished, this,
            [this] { commit(QStringLiteral("politicalReportSummary")); });
    connect(m_selfReview, &CommitTextEdit::editingFinished, this,
            [this] { commit(QStringLiteral("selfReviewSummary")); });
    documentsLayout->addWidget(new QLabel(tr("Political report (review of the last term), summary:"), documentsBox));
    documentsLayout->addWidget(m_politicalReport);
    documentsLayout->addWidget(new QLabel(tr("The committee's self-review, summary:"), documentsBox));
    documentsLayout->addWidget(m_selfReview);

    auto *grid = new QGridLayout(form);
    grid->addWidget(congressBox, 0, 0);
    grid->addWidget(membersBox, 0, 1);
    grid->addWidget(m_conduct, 1, 0, 1, 2);
    grid->addWidget(guestBox, 2, 0, 1, 2);
    grid->addWidget(documentsBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return form;
}

void CongressPanel::showCongress(const Unit &unit, const Term &term)
{
    m_unit = unit;
    m_term = term;
    reload();
}

void CongressPanel::reload()
{
    m_congress = Congress();
    m_conflictBar->hide();
    markInvalid({});
    if (!m_unit.isValid() || !m_term.isValid()) {
        m_emptyLabel->setText(tr("Choose a term and a unit."));
        m_createButton->hide();
        m_pages->setCurrentIndex(0);
        return;
    }
    QString error;
    if (!CongressRepository(m_workspace->database().connection()).find(m_unit.id, m_term.id, &m_congress, &error)) {
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        m_emptyLabel->setText(tr("%1 has no congress recorded for the term %2.").arg(m_unit.name, m_term.label()));
        m_createButton->show();
        m_pages->setCurrentIndex(0);
        return;
    }
    populate();
    m_pages->setCurrentIndex(1);
}

bool CongressPanel::hasUnsavedInput() const
{
    return m_congress.isValid() && m_pages->currentIndex() == 1 && (!textErrors().isEmpty() || readForm() != m_congress);
}

void CongressPanel::populate()
{
    m_populating = true;
    const Congress &c = m_congress;
    m_status->setCurrentIndex(m_status->findData(int(c.status)));
    m_plannedDate->setValue(c.plannedDate);
    m_heldFrom->setValue(c.heldFrom);
    m_heldTo->setValue(c.heldTo);
    // An empty date's calendar opens beside the dates already known, not at today's month.
    m_plannedDate->setReferenceDate(c.heldFrom);
    m_heldFrom->setReferenceDate(c.plannedDate);
    m_heldTo->setReferenceDate(c.heldFrom.isValid() ? c.heldFrom : c.plannedDate);
    m_place->setText(c.place);
    m_number->setValue(c.number);
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    const QHash<QString, int> counts = {
        {QStringLiteral("officialMembers"), c.officialMembers},
        {QStringLiteral("probationaryMembers"), c.probationaryMembers},
        {QStringLiteral("summoned"), c.summoned},
        {QStringLiteral("present"), c.present},
        {QStringLiteral("absentWithReason"), c.exclusions.absentWithReason},
        {QStringLiteral("excusedAbsent"), c.exclusions.excusedAbsent},
        {QStringLiteral("suspended"), c.exclusions.suspended},
        {QStringLiteral("temporary"), c.exclusions.temporary},
        {QStringLiteral("absentWithoutAlternate"), c.exclusions.absentWithoutAlternate},
    };
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        m_counts.value(it.key())->setValue(it.value());
    const bool delegates = c.kind == CongressKind::Delegates;
    m_counts.value(QStringLiteral("absentWithoutAlternate"))->setEnabled(delegates);
    for (const QString &key : {QStringLiteral("absentWithReason"), QStringLiteral("excusedAbsent"),
                               QStringLiteral("suspended"), QStringLiteral("temporary")})
        m_counts.value(key)->setEnabled(!delegates);
    m_conduct->populate(c);
    m_guestModel->setGuests(c.guests);
    m_politicalReport->setPlainText(c.politicalReportSummary);
    m_selfReview->setPlainText(c.selfReviewSummary);
    m_politicalReport->document()->setModified(false);
    m_selfReview->document()->setModified(false);
    m_populating = false;
    m_saveRefused = false;
    updateComputed();
}

Congress CongressPanel::readForm() const
{
    Congress c = m_congress;
    c.status = Congress::Status(m_status->currentData().toInt());
    c.plannedDate = m_plannedDate->value();
    c.heldFrom = m_heldFrom->value();
    c.heldTo = m_heldTo->value();
    c.place = m_place->text().trimmed();
    c.number = m_number->value();
    c.kind = CongressKind(m_kind->currentData().toInt());
    c.officialMembers = m_counts.value(QStringLiteral("officialMembers"))->value();
    c.probationaryMembers = m_counts.value(QStringLiteral("probationaryMembers"))->value();
    c.summoned = m_counts.value(QStringLiteral("summoned"))->value();
    c.present = m_counts.value(QStringLiteral("present"))->value();
    // Only the categories of this kind of congress count; the others are cleared with the switch.
    const QList<QPair<BaseExclusions::Category, QString>> categories = {
        {BaseExclusions::Category::AbsentWithReason, QStringLiteral("absentWithReason")},
        {BaseExclusions::Category::ExcusedAbsent, QStringLiteral("excusedAbsent")},
        {BaseExclusions::Category::Suspended, QStringLiteral("suspended")},
        {BaseExclusions::Category::Temporary, QStringLiteral("temporary")},
        {BaseExclusions::Category::AbsentWithoutAlternate, QStringLiteral("absentWithoutAlternate")}};
    for (const auto &[category, key] : categories)
        c.exclusions.setCount(category, BaseExclusions::appliesTo(category, c.kind) ? m_counts.value(key)->value() : 0);
    c.politicalReportSummary = m_politicalReport->toPlainText().trimmed();
    c.selfReviewSummary = m_selfReview->toPlainText().trimmed();
    m_conduct->readInto(&c);
    return c;
}

void CongressPanel::commit(const QString &fieldKey)
{
    if (m_populating || !m_congress.isValid())
        return;
    const Congress edited = readForm();
    // A date field holding text that is no date keeps its last date in readForm(), so it is
    // checked first: otherwise the form would look unchanged and the typo pass in silence.
    FieldErrors errors = textErrors();
    if (errors.isEmpty() && edited == m_congress) {
        // Back to what is saved: a refusal shown for an earlier value no longer applies.
        markInvalid({});
        if (m_refusalShown)
            m_messageBar->hide();
        m_refusalShown = m_saveRefused = false;
        updateComputed();
        return;
    }
    if (errors.isEmpty())
        errors = CongressValidator::validate(edited, m_term);
    if (!errors.isEmpty()) {
        QStringList messages;
        QStringList fields;
        for (const FieldError &error : errors) {
            messages.append(error.message);
            fields.append(error.field);
        }
        markInvalid(fields);
        m_messageBar->showMessage(tr("Not saved: %1").arg(messages.join(QLatin1Char(' '))));
        m_refusalShown = true;
        updateComputed();
        return;
    }
    markInvalid({});
    m_messageBar->hide();
    m_refusalShown = false;
    const QString change = CongressConductBox::changeText(fieldKey, m_congress, edited);
    const QString label = fieldKey == QLatin1String("status") ? tr("Status")
                          : fieldKey == QLatin1String("kind") ? tr("Kind")
                          : fieldKey == QLatin1String("place") ? tr("Place")
                          : fieldKey.endsWith(QLatin1String("Summary")) ? tr("Document summary")
                                                                       : CongressValidator::fieldLabel(fieldKey);
    const QString text = change.isEmpty() ? tr("Edit %1 of %2").arg(label, m_unit.name) : change;
    if (!m_workspace->run(new SaveCongressEdit(m_workspace, m_congress, edited, text)) && !showConflict(edited)) {
        // Refused by a rule beyond the form (e.g. the ballots of a recorded election): the
        // window shows why; the field stays as typed and marked, its figures withheld.
        markInvalid({fieldKey});
        m_refusalShown = m_saveRefused = true;
        updateComputed();
    }
}

FieldErrors CongressPanel::textErrors() const
{
    FieldErrors errors = m_conduct->textErrors();
    const QList<QPair<QString, OptionalDateEdit *>> dates = {{QStringLiteral("plannedDate"), m_plannedDate},
                                                             {QStringLiteral("heldFrom"), m_heldFrom},
                                                             {QStringLiteral("heldTo"), m_heldTo}};
    for (const auto &[key, edit] : dates) {
        if (!edit->isAcceptable())
            errors.append({key, tr("%1 “%2” is not a date: %3.")
                                    .arg(CongressValidator::fieldLabel(key), edit->text().trimmed(), edit->problem())});
    }
    return errors;
}

void CongressPanel::createRecord()
{
    Congress created;
    created.unitId = m_unit.id;
    created.termId = m_term.id;
    created.status = Congress::Status::Planned;
    created.kind = UnitLevels::isBranch(m_unit.level) ? CongressKind::PartyMembers : CongressKind::Delegates;
    m_workspace->run(new SaveCongressEdit(m_workspace, Congress(), created,
                                          tr("Create the congress record of %1").arg(m_unit.name)));
}

void CongressPanel::saveGuests(const QList<CongressGuest> &guests, const QString &text)
{
    Congress edited = m_congress;
    edited.guests = guests;
    // Refused because another clerk changed the record, the guests stay as the clerk made them until Reload.
    if (!m_workspace->run(new SaveCongressEdit(m_workspace, m_congress, edited, text)) && !showConflict(edited))
        m_guestModel->setGuests(m_congress.guests);
}

bool CongressPanel::showConflict(const Congress &typed)
{
    QSqlDatabase db = m_workspace->database().connection();
    Congress saved;
    QString error;
    const bool exists = CongressRepository(db).find(m_unit.id, m_term.id, &saved, &error);
    if (exists && saved.id == m_congress.id && saved.rowVersion == m_congress.rowVersion)
        return false;
    m_conflictBar->showConflict(RowVersions::refusal(db, RowVersions::Kind::Congress, m_congress.id),
                                exists ? CongressDifferences::list(typed, saved) : QStringList());
    return true;
}

void CongressPanel::addGuest()
{
    const QString name = m_guestName->text().trimmed();
    if (name.isEmpty()) {
        m_messageBar->showMessage(tr("Guests: type the guest's full name first."));
        m_guestName->setFocus();
        return;
    }
    QList<CongressGuest> guests = m_congress.guests;
    guests.append({name, m_guestTitle->text().trimmed()});
    saveGuests(guests, tr("Add guest %1").arg(name));
    m_guestName->clear();
    m_guestTitle->clear();
    m_guestName->setFocus();
}

void CongressPanel::removeGuest()
{
    const QModelIndex current = m_guestView->currentIndex();
    if (!current.isValid())
        return;
    QList<CongressGuest> guests = m_congress.guests;
    const QString name = guests.at(current.row()).name;
    guests.removeAt(current.row());
    saveGuests(guests, tr("Remove guest %1").arg(name));
}

void CongressPanel::updateComputed()
{
    if (m_populating)
        return;
    const Congress c = readForm();
    const QString none = QStringLiteral("—");
    m_quorumLabel->setStyleSheet({});
    // Figures come only from a form the rules accept: beside a refusal they would contradict it
    // (a present above the summoned, or a "held" congress whose opening date is still refused).
    const FieldErrors problems = textErrors() + CongressValidator::validate(c, m_term);
    m_conduct->showRate(c, !m_saveRefused && problems.isEmpty());
    // The attendance figures do not depend on the conduct fields: a resolution's votes above a lower
    // attendance being typed withhold the approval rate, not the quorum.
    const QHash<QString, QWidget *> conductFields = m_conduct->fields();
    const bool attendanceRefused = std::any_of(problems.cbegin(), problems.cend(), [&](const FieldError &problem) {
        return !conductFields.contains(problem.field);
    });
    if (m_saveRefused || attendanceRefused) {
        m_absentLabel->setText(none);
        m_baseLabel->setText(none);
        m_quorumLabel->setText(tr("— (not judged while an entry is refused)"));
        return;
    }
    const bool held = c.status == Congress::Status::Held;
    // Before the congress is held nobody is present yet, so nobody is absent either.
    m_absentLabel->setText(held ? QString::number(c.summoned - c.present) : none);
    const int base = c.base();
    m_baseLabel->setText(tr("%1 (summoned %2 − excluded %3)").arg(base).arg(c.summoned).arg(c.exclusions.applicableTotal(c.kind)));
    if (!held) {
        m_quorumLabel->setText(tr("— (judged once the congress is held)"));
        return;
    }
    const QuorumRule rule = m_workspace->quorumRule();
    if (base <= 0) {
        m_quorumLabel->setText(tr("no base yet"));
        return;
    }
    const bool reached = rule.isReached(c.present, base);
    m_quorumLabel->setText(reached ? tr("reached: %1/%2 present (%3 %), at least %4 needed")
                                         .arg(c.present)
                                         .arg(base)
                                         .arg(DisplayFormat::percent(c.present, base), rule.label())
                                   : tr("NOT reached: %1/%2 present (%3 %), at least %4 needed")
                                         .arg(c.present)
                                         .arg(base)
                                         .arg(DisplayFormat::percent(c.present, base), rule.label()));
    m_quorumLabel->setStyleSheet(reached ? QStringLiteral("color: #1d6b2a;") : QStringLiteral("color: #b02a1a; font-weight: bold;"));
}

void CongressPanel::markInvalid(const QStringList &fields)
{
    const QStringList exclusionKeys = {QStringLiteral("absentWithReason"), QStringLiteral("excusedAbsent"),
                                       QStringLiteral("suspended"), QStringLiteral("temporary"),
                                       QStringLiteral("absentWithoutAlternate")};
    const bool exclusions = fields.contains(QStringLiteral("exclusions"));
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const bool refused = fields.contains(it.key()) || (exclusions && exclusionKeys.contains(it.key()));
        FieldMark::setInvalid(it.value(), refused);
    }
}

} // namespace daihoi

namespace daihoi {

void CongressPanel::showHistory()
{
    if (!m_congress.isValid())
        return;
    auto *dialog = new HistoryDialog(m_workspace->database().connection(), m_congress.id,
                                     tr("Congress of %1 (%2), term %3").arg(m_unit.name, m_unit.code, m_term.label()),
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace daihoi
