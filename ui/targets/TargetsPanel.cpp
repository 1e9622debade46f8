#include "TargetsPanel.h"

#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "domain/targets/RatingEvaluation.h"
#include "domain/targets/TargetTally.h"
#include "domain/targets/TargetValidator.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/targets/DirectionRepository.h"
#include "storage/targets/RatingRepository.h"
#include "storage/targets/TargetRepository.h"
#include "targets/CopyTargetsEdit.h"
#include "targets/DirectionTableModel.h"
#include "targets/KeyChoiceDelegate.h"
#include "targets/RatingTableModel.h"
#include "targets/SaveDirectionEdit.h"
#include "targets/SaveRatingEdit.h"
#include "targets/SaveTargetEdit.h"
#include "targets/SwapTargetItemsEdit.h"
#include "targets/TargetColumnFit.h"
#include "targets/TargetEvents.h"
#include "targets/TargetTableModel.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace daihoi {

namespace {

const char *const invalidStyle = "border: 2px solid #d04030; border-radius: 3px;";

// Group names and units are data printed in the resolution, so they are Vietnamese whatever the
// interface language; these are only suggestions, any text may be typed.
const QStringList suggestedGroups = {QStringLiteral("Xây dựng Đảng"), QStringLiteral("Kinh tế – xã hội"),
                                     QStringLiteral("Văn hóa – xã hội"),
                                     QStringLiteral("Quốc phòng – an ninh")};
const QStringList suggestedUnits = {QStringLiteral("%"),     QStringLiteral("đảng viên"),
                                    QStringLiteral("người"), QStringLiteral("hộ"),
                                    QStringLiteral("vụ"),    QStringLiteral("triệu đồng/người/năm")};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->verticalHeader()->hide();
    view->setTabKeyNavigation(false); // Tab leaves the table for the entry fields below
    view->setWordWrap(true);
    return view;
}

void addShortcut(QWidget *widget, const QKeySequence &keys, QObject *context,
                 const std::function<void()> &slot)
{
    auto *action = new QAction(widget);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, context, slot);
    widget->addAction(action);
}

} // namespace

TargetsPanel::TargetsPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_messageBar(messageBar), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_pages(new QStackedWidget(this)), m_emptyLabel(new QLabel(this)),
      m_sections(new QTabWidget(this)), m_targetModel(new TargetTableModel(this)),
      m_directionModel(new DirectionTableModel(this)), m_ratingModel(new RatingTableModel(this))
{
    m_title->setObjectName(QStringLiteral("targetsTitleLabel"));
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("targetsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_sections->addTab(buildTargetsPage(), tr("&Targets and review"));
    m_sections->addTab(buildDirectionsPage(), tr("&Direction, tasks, solutions"));
    m_sections->addTab(buildRatingsPage(), tr("&Yearly ratings"));
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_sections);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_pages, 1);

    // Edits from the models are saved after the view's editor has closed: a reload during commitData
    // would delete the editor under the delegate.
    connect(m_targetModel, &TargetTableModel::targetEdited, this, &TargetsPanel::saveTarget,
            Qt::QueuedConnection);
    connect(m_targetModel, &TargetTableModel::refused, this, [this](const QString &m) { refuse(m); });
    connect(m_directionModel, &DirectionTableModel::itemEdited, this, &TargetsPanel::saveDirection,
            Qt::QueuedConnection);
    connect(m_directionModel, &DirectionTableModel::refused, this, [this](const QString &m) { refuse(m); });
    connect(m_ratingModel, &RatingTableModel::ratingEdited, this, &TargetsPanel::saveRating,
            Qt::QueuedConnection);
    connect(m_ratingModel, &RatingTableModel::refused, this, [this](const QString &m) { refuse(m); });

    TargetEvents *events = TargetEvents::of(workspace);
    connect(events, &TargetEvents::changed, this, [this](qint64 congressId) {
        if (congressId == m_congress.id && m_congress.isValid())
            reloadContent();
    });
    connect(events, &TargetEvents::ratingsChanged, this, [this](qint64 unitId) {
        if (unitId == m_unit.id && m_congress.isValid())
            reloadContent();
    });
    connect(workspace, &Workspace::congressChanged, this, [this](qint64 unitId, qint64 termId) {
        if (unitId == m_unit.id && termId == m_term.id)
            reload();
    });
    reload();
}

QWidget *TargetsPanel::buildTargetsPage()
{
    auto *page = new QWidget(this);
    m_targetView = makeTable(m_targetModel, page, QStringLiteral("targetsView"));
    const KeyChoiceDelegate::Choices comparisons = {{Target::comparisonSymbol(Target::Comparison::AtLeast),
                                                     Target::comparisonKey(Target::Comparison::AtLeast)},
                                                    {Target::comparisonSymbol(Target::Comparison::AtMost),
                                                     Target::comparisonKey(Target::Comparison::AtMost)},
                                                    {Target::comparisonSymbol(Target::Comparison::Exactly),
                                                     Target::comparisonKey(Target::Comparison::Exactly)}};
    m_targetView->setItemDelegateForColumn(TargetTableModel::ComparisonColumn,
                                           new KeyChoiceDelegate(comparisons, this));
    new TargetColumnFit(
        m_targetView, TargetTableModel::NameColumn,
        {TargetTableModel::GroupColumn, TargetTableModel::UnitColumn, TargetTableModel::BasisColumn});
    addShortcut(m_targetView, QKeySequence::Delete, this, [this] { removeTarget(); });
    addShortcut(m_targetView, QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveTarget(-1); });
    addShortcut(m_targetView, QKeySequence(Qt::CTRL | Qt::Key_Down), this, [this] { moveTarget(1); });

    // The entry row, in the order a resolution states a target: group, name, comparison, value, unit.
    m_groupCombo = new QComboBox(page);
    m_groupCombo->setObjectName(QStringLiteral("targetGroupCombo"));
    m_groupCombo->setEditable(true);
    m_groupCombo->setInsertPolicy(QComboBox::NoInsert);
    m_groupCombo->addItems(suggestedGroups);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("targetNameEdit"));
    m_nameEdit->setPlaceholderText(tr("Target, e.g. Admit 2 new members"));
    m_comparisonCombo = new QComboBox(page);
    m_comparisonCombo->setObjectName(QStringLiteral("targetComparisonCombo"));
    for (const auto &[label, key] : comparisons)
        m_comparisonCombo->addItem(label, key);
    m_valueEdit = new QLineEdit(page);
    m_valueEdit->setObjectName(QStringLiteral("targetValueEdit"));
    m_valueEdit->setPlaceholderText(tr("Value"));
    m_valueEdit->setMaximumWidth(110);
    m_unitCombo = new QComboBox(page);
    m_unitCombo->setObjectName(QStringLiteral("targetUnitCombo"));
    m_unitCombo->setEditable(true);
    m_unitCombo->setInsertPolicy(QComboBox::NoInsert);
    m_unitCombo->addItems(suggestedUnits);
    m_basisCombo = new QComboBox(page);
    m_basisCombo->setObjectName(QStringLiteral("targetBasisCombo"));
    for (Target::Basis basis : Target::bases())
        m_basisCombo->addItem(Target::basisLabel(basis), int(basis));
    m_levelCombo = new QComboBox(page);
    m_levelCombo->setObjectName(QStringLiteral("targetLevelCombo"));
    for (QualityRating level : QualityRatings::memberLevels())
        m_levelCombo->addItem(QualityRatings::label(level), int(level));
    m_levelCombo->setCurrentIndex(1); // "hoàn thành tốt nhiệm vụ trở lên", the usual wording
    auto *addButton = new QPushButton(tr("&Add target"), page);
    addButton->setObjectName(QStringLiteral("addTargetButton"));
    connect(m_basisCombo, &QComboBox::currentIndexChanged, this, &TargetsPanel::updateBasisFields);
    connect(addButton, &QPushButton::clicked, this, &TargetsPanel::addTarget);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &TargetsPanel::addTarget);
    connect(m_valueEdit, &QLineEdit::returnPressed, this, &TargetsPanel::addTarget);
    connect(m_unitCombo->lineEdit(), &QLineEdit::returnPressed, this, &TargetsPanel::addTarget);

    auto *upButton = new QPushButton(tr("Move u&p"), page);
    auto *downButton = new QPushButton(tr("Move do&wn"), page);
    auto *removeButton = new QPushButton(tr("Remo&ve target"), page);
    m_copyButton = new QPushButton(tr("&Copy the previous term's targets"), page);
    m_copyButton->setObjectName(QStringLiteral("copyPreviousTargetsButton"));
    upButton->setToolTip(tr("Ctrl+Up"));
    downButton->setToolTip(tr("Ctrl+Down"));
    connect(upButton, &QPushButton::clicked, this, [this] { moveTarget(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveTarget(1); });
    connect(removeButton, &QPushButton::clicked, this, &TargetsPanel::removeTarget);
    connect(m_copyButton, &QPushButton::clicked, this, &TargetsPanel::copyPreviousTargets);

    // Long choices (rating bases, groups) must not widen the window past a laptop screen.
    for (QComboBox *combo : {m_groupCombo, m_unitCombo, m_basisCombo, m_levelCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto *entry = new QGridLayout;
    entry->addWidget(new QLabel(tr("Group:"), page), 0, 0);
    entry->addWidget(m_groupCombo, 0, 1);
    entry->addWidget(new QLabel(tr("Target:"), page), 0, 2);
    entry->addWidget(m_nameEdit, 0, 3, 1, 5);
    entry->addWidget(m_comparisonCombo, 1, 0);
    entry->addWidget(m_valueEdit, 1, 1);
    entry->addWidget(m_unitCombo, 1, 2);
    entry->addWidget(m_basisCombo, 1, 3);
    entry->addWidget(m_levelCombo, 1, 4);
    entry->addWidget(addButton, 1, 5);
    entry->setColumnStretch(3, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(upButton);
    buttons->addWidget(downButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    buttons->addWidget(m_copyButton);

    setTabOrder(m_targetView, m_groupCombo);
    setTabOrder(m_groupCombo, m_nameEdit);
    setTabOrder(m_nameEdit, m_comparisonCombo);
    setTabOrder(m_comparisonCombo, m_valueEdit);
    setTabOrder(m_valueEdit, m_unitCombo);
    setTabOrder(m_unitCombo, m_basisCombo);
    setTabOrder(m_basisCombo, m_levelCombo);
    setTabOrder(m_levelCombo, addButton);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_targetView, 1);
    layout->addLayout(entry);
    layout->addLayout(buttons);
    updateBasisFields();
    return page;
}

QWidget *TargetsPanel::buildDirectionsPage()
{
    auto *page = new QWidget(this);
    m_directionView = makeTable(m_directionModel, page, QStringLiteral("directionsView"));
    KeyChoiceDelegate::Choices groups;
    for (DirectionItem::Group group : DirectionItem::groups())
        groups.append({DirectionItem::groupLabel(group), DirectionItem::groupKey(group)});
    m_directionView->setItemDelegateForColumn(DirectionTableModel::GroupColumn,
                                              new KeyChoiceDelegate(groups, this));
    m_directionView->horizontalHeader()->setSectionResizeMode(DirectionTableModel::GroupColumn,
                                                              QHeaderView::ResizeToContents);
    m_directionView->horizontalHeader()->setStretchLastSection(true);
    addShortcut(m_directionView, QKeySequence::Delete, this, [this] { removeDirection(); });
    addShortcut(m_directionView, QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveDirection(-1); });
    addShortcut(m_directionView, QKeySequence(Qt::CTRL | Qt::Key_Down), this, [this] { moveDirection(1); });

    m_directionGroupCombo = new QComboBox(page);
    m_directionGroupCombo->setObjectName(QStringLiteral("directionGroupCombo"));
    for (const auto &[label, key] : groups)
        m_directionGroupCombo->addItem(label, key);
    m_directionEdit = new QLineEdit(page);
    m_directionEdit->setObjectName(QStringLiteral("directionTextEdit"));
    m_directionEdit->setPlaceholderText(tr("Text of the item, as the resolution words it"));
    auto *addButton = new QPushButton(tr("Add &item"), page);
    connect(addButton, &QPushButton::clicked, this, &TargetsPanel::addDirection);
    connect(m_directionEdit, &QLineEdit::returnPressed, this, &TargetsPanel::addDirection);
    auto *upButton = new QPushButton(tr("Move up"), page);
    auto *downButton = new QPushButton(tr("Move down"), page);
    auto *removeButton = new QPushButton(tr("Remove item"), page);
    connect(upButton, &QPushButton::clicked, this, [this] { moveDirection(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveDirection(1); });
    connect(removeButton, &QPushButton::clicked, this, &TargetsPanel::removeDirection);

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_directionGroupCombo);
    entry->addWidget(m_directionEdit, 1);
    entry->addWidget(addButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(upButton);
    buttons->addWidget(downButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_directionView, 1);
    layout->addLayout(entry);
    layout->addLayout(buttons);
    return page;
}

QWidget *TargetsPanel::buildRatingsPage()
{
    auto *page = new QWidget(this);
    m_ratingView = makeTable(m_ratingModel, page, QStringLiteral("ratingsView"));
    m_ratingView->setTabKeyNavigation(true); // a year's counts are typed one after the other
    KeyChoiceDelegate::Choices levels = {{tr("(not rated)"), QString()}};
    for (QualityRating level : QualityRatings::unitLevels())
        levels.append({QualityRatings::label(level), QualityRatings::key(level)});
    m_ratingView->setItemDelegateForColumn(RatingTableModel::UnitLevelColumn,
                                           new KeyChoiceDelegate(levels, this));
    m_ratingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *note =
        new QLabel(tr("Each year of the term: the unit's own rating and how many members were rated at each "
                      "level. Rating-based targets (such as 100 % of members fulfilling tasks well or above "
                      "every year) are computed from these counts."),
                   page);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_ratingView, 1);
    return page;
}

void TargetsPanel::showCongress(const Unit &unit, const Term &term)
{
    m_unit = unit;
    m_term = term;
    reload();
}

void TargetsPanel::reload()
{
    m_congress = Congress();
    clearMarks();
    if (!m_unit.isValid() || !m_term.isValid() || !m_workspace->isOpen()) {
        m_title->clear();
        m_summary->clear();
        m_emptyLabel->setText(tr("Choose a term and a unit."));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_title->setText(tr("<b>Resolution of the congress of %1, term %2</b>")
                         .arg(m_unit.name.toHtmlEscaped(), m_term.label()));
    QString error;
    if (!CongressRepository(m_workspace->database().connection())
             .find(m_unit.id, m_term.id, &m_congress, &error)) {
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        m_summary->clear();
        m_emptyLabel->setText(
            tr("%1 has no congress recorded for the term %2. Create the congress record first; "
               "its resolution and targets are entered here.")
                .arg(m_unit.name, m_term.label()));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_years = RatingEvaluation::termYears(m_term.startYear, m_term.endYear);
    m_pages->setCurrentIndex(1);
    reloadContent();
}

void TargetsPanel::reloadContent()
{
    const QSqlDatabase db = m_workspace->database().connection();
    QList<Target> targets;
    QList<DirectionItem> items;
    QList<YearRating> ratings;
    QString error;
    if (!TargetRepository(db).targets(m_congress.id, &targets, &error) ||
        !DirectionRepository(db).items(m_congress.id, &items, &error) ||
        (!m_years.isEmpty() &&
         !RatingRepository(db).ratings(m_unit.id, m_years.first(), m_years.last(), &ratings, &error))) {
        m_messageBar->showMessage(error);
        return;
    }
    const qint64 target = currentTargetId();
    const qint64 item = currentDirectionId();
    const QModelIndex ratingCurrent = m_ratingView->currentIndex();
    m_targetModel->setTargets(targets, ratings, m_years);
    m_directionModel->setItems(items);
    m_ratingModel->setRatings(m_years, ratings);
    selectTarget(target);
    selectDirection(item);
    if (ratingCurrent.isValid())
        m_ratingView->setCurrentIndex(m_ratingModel->index(ratingCurrent.row(), ratingCurrent.column()));
    updateSummary();
}

void TargetsPanel::updateSummary()
{
    const TargetTally tally = TargetTally::of(m_targetModel->targets());
    m_summary->setText(tally.total() == 0 ? tr("No targets entered yet.") : tally.details());
}

void TargetsPanel::updateBasisFields()
{
    const auto basis = Target::Basis(m_basisCombo->currentData().toInt());
    const bool rating = basis != Target::Basis::Manual;
    m_levelCombo->setEnabled(rating);
    if (rating) {
        // A rating-based target is a share: % of members (or of years), usually 100.
        m_unitCombo->setCurrentText(QStringLiteral("%"));
        if (m_valueEdit->text().trimmed().isEmpty())
            m_valueEdit->setText(QStringLiteral("100"));
    }
}

void TargetsPanel::refuse(const QString &message, const QList<QWidget *> &fields)
{
    clearMarks();
    for (QWidget *field : fields) {
        field->setStyleSheet(QString::fromLatin1(invalidStyle));
        m_marked.append(field);
    }
    m_messageBar->showMessage(tr("Not saved: %1").arg(message));
    if (!fields.isEmpty())
        fields.first()->setFocus();
}

void TargetsPanel::clearMarks()
{
    for (QWidget *field : std::as_const(m_marked))
        field->setStyleSheet({});
    m_marked.clear();
}

qint64 TargetsPanel::currentTargetId() const
{
    return m_targetView->currentIndex().data(TargetTableModel::TargetIdRole).toLongLong();
}

void TargetsPanel::selectTarget(qint64 id)
{
    const int row = m_targetModel->rowOf(id);
    if (row >= 0)
        m_targetView->setCurrentIndex(
            m_targetModel->index(row, qMax(0, m_targetView->currentIndex().column())));
}

qint64 TargetsPanel::currentDirectionId() const
{
    return m_directionView->currentIndex().data(DirectionTableModel::ItemIdRole).toLongLong();
}

void TargetsPanel::selectDirection(qint64 id)
{
    const int row = m_directionModel->rowOf(id);
    if (row >= 0)
        m_directionView->setCurrentIndex(m_directionModel->index(row, DirectionTableModel::TextColumn));
}

void TargetsPanel::addTarget()
{
    if (!m_congress.isValid())
        return;
    Target target;
    target.congressId = m_congress.id;
    target.group = m_groupCombo->currentText().trimmed();
    target.name = m_nameEdit->text().trimmed();
    Target::comparisonFromKey(m_comparisonCombo->currentData().toString(), &target.comparison);
    target.unit = m_unitCombo->currentText().trimmed();
    target.basis = Target::Basis(m_basisCombo->currentData().toInt());
    target.ratingLevel = QualityRating(m_levelCombo->currentData().toInt());
    QString error;
    if (!ExactDecimal::parse(m_valueEdit->text(), &target.value, &error)) {
        refuse(tr("Value of the target: %1").arg(error), {m_valueEdit});
        return;
    }
    const FieldErrors errors = TargetValidator::validate(target);
    if (!errors.isEmpty()) {
        const QHash<QString, QWidget *> fields = {{QStringLiteral("name"), m_nameEdit},
                                                  {QStringLiteral("group"), m_groupCombo},
                                                  {QStringLiteral("value"), m_valueEdit},
                                                  {QStringLiteral("unit"), m_unitCombo},
                                                  {QStringLiteral("ratingLevel"), m_levelCombo}};
        QList<QWidget *> marked;
        for (const FieldError &e : errors)
            marked.append(fields.value(e.field, m_nameEdit));
        refuse(TargetValidator::joined(errors), marked);
        return;
    }
    clearMarks();
    m_messageBar->hide();
    auto *edit = new SaveTargetEdit(m_workspace, Target(), target, tr("Add target “%1”").arg(target.name));
    if (!m_workspace->run(edit))
        return;
    selectTarget(edit->target().id);
    m_nameEdit->clear();
    m_valueEdit->clear();
    m_nameEdit->setFocus();
}

void TargetsPanel::saveTarget(const Target &before, const Target &after)
{
    clearMarks();
    m_messageBar->hide();
    const QString text = before.reached != after.reached && before.sameDefinition(after)
                             ? tr("Enter the value reached of “%1”").arg(after.name)
                             : tr("Edit target “%1”").arg(after.name);
    if (!m_workspace->run(new SaveTargetEdit(m_workspace, before, after, text)))
        reloadContent(); // the table shows what is stored, not the refused edit
}

void TargetsPanel::removeTarget()
{
    const int row = m_targetView->currentIndex().row();
    if (row < 0)
        return;
    const Target target = m_targetModel->targetAt(row);
    m_workspace->run(
        new SaveTargetEdit(m_workspace, target, Target(), tr("Remove target “%1”").arg(target.name)));
}

void TargetsPanel::moveTarget(int delta)
{
    const int row = m_targetView->currentIndex().row();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_targetModel->rowCount())
        return;
    const Target moved = m_targetModel->targetAt(row);
    m_workspace->run(new SwapTargetItemsEdit(m_workspace, SwapTargetItemsEdit::Kind::Target, m_congress.id,
                                             moved.id, m_targetModel->targetAt(other).id,
                                             tr("Move target “%1”").arg(moved.name)));
    selectTarget(moved.id);
}

void TargetsPanel::copyPreviousTargets()
{
    if (!m_congress.isValid())
        return;
    QList<Target> previous;
    Term previousTerm;
    QString error;
    if (!TargetRepository(m_workspace->database().connection())
             .previousTermTargets(m_congress.id, &previous, &previousTerm, &error)) {
        if (error.isEmpty())
            m_messageBar->showMessage(
                tr("%1 has no congress in an earlier term to copy targets from.").arg(m_unit.name),
                MessageBar::Kind::Information);
        else
            m_messageBar->showMessage(error);
        return;
    }
    if (previous.isEmpty()) {
        m_messageBar->showMessage(
            tr("The congress of the term %1 has no targets to copy.").arg(previousTerm.label()),
            MessageBar::Kind::Information);
        return;
    }
    if (m_workspace->run(new CopyTargetsEdit(
            m_workspace, m_congress.id, previous,
            tr("Copy %n target(s) of the term %1", nullptr, int(previous.size())).arg(previousTerm.label()))))
        m_messageBar->showMessage(
            tr("Copied %n target(s) of the term %1; adjust their values for the new term.", nullptr,
               int(previous.size()))
                .arg(previousTerm.label()),
            MessageBar::Kind::Information);
}

void TargetsPanel::addDirection()
{
    if (!m_congress.isValid())
        return;
    DirectionItem item;
    item.congressId = m_congress.id;
    DirectionItem::groupFromKey(m_directionGroupCombo->currentData().toString(), &item.group);
    item.text = m_directionEdit->text().trimmed();
    const FieldErrors errors = TargetValidator::validate(item);
    if (!errors.isEmpty()) {
        refuse(TargetValidator::joined(errors), {m_directionEdit});
        return;
    }
    clearMarks();
    m_messageBar->hide();
    if (m_workspace->run(new SaveDirectionEdit(
            m_workspace, DirectionItem(), item,
            tr("Add a direction item (%1)").arg(DirectionItem::groupLabel(item.group))))) {
        m_directionEdit->clear();
        m_directionEdit->setFocus();
    }
}

void TargetsPanel::saveDirection(const DirectionItem &before, const DirectionItem &after)
{
    m_messageBar->hide();
    if (!m_workspace->run(new SaveDirectionEdit(
            m_workspace, before, after,
            tr("Edit a direction item (%1)").arg(DirectionItem::groupLabel(after.group)))))
        reloadContent();
}

void TargetsPanel::removeDirection()
{
    const int row = m_directionView->currentIndex().row();
    if (row < 0)
        return;
    const DirectionItem item = m_directionModel->itemAt(row);
    m_workspace->run(
        new SaveDirectionEdit(m_workspace, item, DirectionItem(),
                              tr("Remove a direction item (%1)").arg(DirectionItem::groupLabel(item.group))));
}

void TargetsPanel::moveDirection(int delta)
{
    const int row = m_directionView->currentIndex().row();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_directionModel->rowCount())
        return;
    const DirectionItem moved = m_directionModel->itemAt(row);
    const DirectionItem neighbour = m_directionModel->itemAt(other);
    if (neighbour.group != moved.group)
        return; // items move inside their group; the group itself is changed in its column
    m_workspace->run(new SwapTargetItemsEdit(
        m_workspace, SwapTargetItemsEdit::Kind::Direction, m_congress.id, moved.id, neighbour.id,
        tr("Move a direction item (%1)").arg(DirectionItem::groupLabel(moved.group))));
    selectDirection(moved.id);
}

void TargetsPanel::saveRating(const YearRating &before, const YearRating &after)
{
    m_messageBar->hide();
    if (!m_workspace->run(
            new SaveRatingEdit(m_workspace, m_unit.id, before, after,
                               tr("Edit the %1 ratings of %2").arg(after.year).arg(m_unit.name))))
        reloadContent();
}

} // namespace daihoi
