#include "PlanPanel.h"

#include "PlanAgendaBox.h"
#include "PlanEvents.h"
#include "PlanScheduleModel.h"
#include "SavePlanEdit.h"
#include "WorkItemTableModel.h"
#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "domain/plans/PlanValidator.h"
#include "domain/plans/ScheduleSpread.h"
#include "domain/plans/WorkItemTally.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "widgets/ChoiceDelegate.h"
#include "widgets/EntryTableView.h"
#include "widgets/FieldMark.h"
#include "widgets/MessageBar.h"
#include "widgets/OptionalDateEdit.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace daihoi {

namespace {

// The plan as it is stored: no blank timetable lines, work items by number; what the form shows compares
// equal to the saved plan exactly when nothing was changed.
Plan normalised(Plan plan)
{
    plan.schedule.erase(std::remove_if(plan.schedule.begin(), plan.schedule.end(),
                                       [](const ScheduledCongress &line) { return line.isBlank(); }),
                        plan.schedule.end());
    std::stable_sort(plan.workItems.begin(), plan.workItems.end(),
                     [](const WorkItem &a, const WorkItem &b) { return a.number < b.number; });
    return plan;
}

QString fieldLabel(const QString &key)
{
    if (key == QLatin1String("issuedOn"))
        return PlanPanel::tr("The plan's date");
    if (key == QLatin1String("periodFrom"))
        return PlanPanel::tr("The period's first day");
    if (key == QLatin1String("deadline"))
        return PlanPanel::tr("The deadline");
    return PlanPanel::tr("The pilot congresses' deadline");
}

} // namespace

PlanPanel::PlanPanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messageBar(messageBar)
    , m_intro(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_schedule(new PlanScheduleModel(this))
    , m_items(new WorkItemTableModel(this))
    , m_tally(new QLabel(this))
    , m_agenda(new PlanAgendaBox(this))
    , m_state(new QLabel(this))
    , m_saveButton(new QPushButton(tr("S&ave the plan"), this))
    , m_discardButton(new QPushButton(tr("Discard changes"), this))
{
    m_intro->setObjectName(QStringLiteral("planIntro"));
    m_intro->setWordWrap(true);
    m_sections->setObjectName(QStringLiteral("planSections"));
    m_sections->addTab(buildTimetable(), tr("Timetable"));
    m_sections->addTab(buildWorkItems(), tr("Work items"));
    m_sections->addTab(m_agenda, tr("Next 14 days"));
    connect(m_agenda, &PlanAgendaBox::unitActivated, this, &PlanPanel::unitActivated);

    const QKeySequence saveKeys(Qt::CTRL | Qt::Key_S);
    m_saveButton->setObjectName(QStringLiteral("savePlanButton"));
    m_saveButton->setToolTip(tr("Save the plan, its timetable and work items as one change (%1); Undo takes it back")
                                 .arg(saveKeys.toString(QKeySequence::NativeText)));
    m_discardButton->setObjectName(QStringLiteral("discardPlanButton"));
    m_state->setObjectName(QStringLiteral("planState"));
    connect(m_saveButton, &QPushButton::clicked, this, &PlanPanel::save);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        m_messageBar->hide();
        reload();
    });
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(saveKeys);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &PlanPanel::save);
    addAction(saveAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_discardButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(buildHeader());
    layout->addWidget(m_sections, 1);
    layout->addLayout(buttons);

    connect(m_schedule, &PlanScheduleModel::edited, this, &PlanPanel::updateState);
    connect(m_items, &WorkItemTableModel::edited, this, &PlanPanel::updateState);
    PlanEvents *events = PlanEvents::of(workspace);
    // This window's saves, undos and redos: the form shows what is now stored.
    connect(events, &PlanEvents::planChanged, this, [this](qint64 unitId, qint64 termId) {
        if ((unitId == 0 || unitId == m_committee.id) && (termId == 0 || termId == m_term.id))
            reload();
    });
    connect(events, &PlanEvents::todayChanged, this, [this] {
        m_agenda->setDay(PlanEvents::of(m_workspace)->today());
        refresh();
    });
    connect(workspace, &Workspace::opened, this, [this] { showPlan({}, {}); });
    // A congress held or rescheduled moves the agenda and the overdue marks of the work items' day.
    connect(workspace, &Workspace::congressChanged, this, [this](qint64, qint64 termId) {
        if (termId == m_term.id)
            refresh();
    });
    showPlan({}, {});
}

QWidget *PlanPanel::buildHeader()
{
    auto *header = new QWidget(this);
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    m_number = new QLineEdit(header);
    m_number->setObjectName(QStringLiteral("planNumberEdit"));
    m_number->setPlaceholderText(tr("e.g. 74-KH/ĐU"));
    m_issuedOn = new OptionalDateEdit(header);
    m_issuedOn->setObjectName(QStringLiteral("planDateEdit"));
    m_subject = new QLineEdit(header);
    m_subject->setObjectName(QStringLiteral("planSubjectEdit"));
    m_subject->setPlaceholderText(tr("e.g. on organising the congresses of the party cells, term 2022–2025"));
    m_periodFrom = new OptionalDateEdit(header);
    m_periodFrom->setObjectName(QStringLiteral("planPeriodFromEdit"));
    m_deadline = new OptionalDateEdit(header);
    m_deadline->setObjectName(QStringLiteral("planDeadlineEdit"));
    m_pilotDeadline = new OptionalDateEdit(header);
    m_pilotDeadline->setObjectName(QStringLiteral("planPilotDeadlineEdit"));
    const auto label = [header](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, header);
        l->setBuddy(buddy);
        return l;
    };
    // In the order the plan's heading reads: number, date, subject; then its period.
    grid->addWidget(label(tr("&Plan no.:"), m_number), 0, 0);
    grid->addWidget(m_number, 0, 1);
    grid->addWidget(label(tr("Date&d:"), m_issuedOn), 0, 2);
    grid->addWidget(m_issuedOn, 0, 3);
    grid->addWidget(label(tr("Su&bject:"), m_subject), 0, 4);
    grid->addWidget(m_subject, 0, 5);
    grid->addWidget(label(tr("Period fr&om:"), m_periodFrom), 1, 0);
    grid->addWidget(m_periodFrom, 1, 1);
    grid->addWidget(label(tr("Dead&line:"), m_deadline), 1, 2);
    grid->addWidget(m_deadline, 1, 3);
    auto *pilotRow = new QHBoxLayout;
    pilotRow->addWidget(label(tr("Pilot congresses b&y:"), m_pilotDeadline));
    pilotRow->addWidget(m_pilotDeadline);
    pilotRow->addStretch();
    grid->addLayout(pilotRow, 1, 4, 1, 2);
    grid->setColumnStretch(5, 1);
    for (QLineEdit *edit : {m_number, m_subject})
        connect(edit, &QLineEdit::textEdited, this, &PlanPanel::updateState);
    for (OptionalDateEdit *edit : {m_issuedOn, m_periodFrom, m_deadline, m_pilotDeadline})
        connect(edit, &OptionalDateEdit::editingFinished, this, &PlanPanel::updateState);
    return header;
}

QWidget *PlanPanel::buildTimetable()
{
    auto *page = new QWidget(this);
    m_scheduleView = new EntryTableView(page);
    m_scheduleView->setObjectName(QStringLiteral("planScheduleView"));
    m_scheduleView->setModel(m_schedule);
    m_scheduleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scheduleView->setWordWrap(false);
    QHeaderView *header = m_scheduleView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PlanScheduleModel::UnitColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PlanScheduleModel::PilotColumn, QHeaderView::ResizeToContents);
    const QFontMetrics metrics = m_scheduleView->fontMetrics();
    m_scheduleView->setColumnWidth(PlanScheduleModel::AttendingColumn, metrics.averageCharWidth() * 22);
    m_scheduleView->setColumnWidth(PlanScheduleModel::DateColumn, metrics.horizontalAdvance(QStringLiteral("00/00/00000")) + 16);
    m_scheduleView->setColumnWidth(PlanScheduleModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:000")) + 16);
    m_scheduleView->setColumnWidth(PlanScheduleModel::PlaceColumn, metrics.averageCharWidth() * 24);
    connect(m_scheduleView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == PlanScheduleModel::UnitColumn)
            emit unitActivated(index.data(PlanScheduleModel::UnitIdRole).toLongLong());
    });
    auto *spreadButton = new QPushButton(tr("Spread over &working days"), page);
    spreadButton->setObjectName(QStringLiteral("spreadButton"));
    spreadButton->setToolTip(tr("Gives every unit a date on the weekdays of the period: the pilot congresses "
                                "first, by their deadline, then the others by the plan's deadline"));
    connect(spreadButton, &QPushButton::clicked, this, &PlanPanel::spread);
    auto *copyButton = new QPushButton(tr("&Copy from the last term's plan"), page);
    copyButton->setObjectName(QStringLiteral("copyPreviousButton"));
    copyButton->setToolTip(tr("Takes the timetable of this committee's plan of the term before: the same days "
                              "moved on by the terms' years, with their times, places and members attending"));
    connect(copyButton, &QPushButton::clicked, this, &PlanPanel::copyPrevious);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(spreadButton);
    buttons->addWidget(copyButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_scheduleView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PlanPanel::buildWorkItems()
{
    auto *page = new QWidget(this);
    m_tally->setObjectName(QStringLiteral("workItemTally"));
    QFont bold = m_tally->font();
    bold.setBold(true);
    m_tally->setFont(bold);
    m_itemsView = new EntryTableView(page);
    m_itemsView->setObjectName(QStringLiteral("workItemsView"));
    m_itemsView->setModel(m_items);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->setItemDelegateForColumn(
        WorkItemTableModel::StateColumn,
        new ChoiceDelegate({{WorkItem::stateLabel(WorkItem::State::NotStarted), int(WorkItem::State::NotStarted)},
                            {WorkItem::stateLabel(WorkItem::State::InProgress), int(WorkItem::State::InProgress)},
                            {WorkItem::stateLabel(WorkItem::State::Done), int(WorkItem::State::Done)}},
                           m_itemsView));
    QHeaderView *header = m_itemsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WorkItemTableModel::TitleColumn, QHeaderView::Stretch);
    auto *addButton = new QPushButton(tr("Add a wor&k item"), page);
    addButton->setObjectName(QStringLiteral("addWorkItemButton"));
    connect(addButton, &QPushButton::clicked, this, &PlanPanel::addWorkItem);
    auto *removeButton = new QPushButton(tr("&Remove the work item"), page);
    removeButton->setObjectName(QStringLiteral("removeWorkItemButton"));
    connect(removeButton, &QPushButton::clicked, this, &PlanPanel::removeWorkItem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_tally);
    layout->addWidget(m_itemsView, 1);
    layout->addLayout(buttons);
    return page;
}

void PlanPanel::showPlan(const Unit &committee, const Term &term)
{
    const bool other = committee.id != m_committee.id || term.id != m_term.id;
    m_committee = committee;
    m_term = term;
    if (other)
        m_agenda->setDay(PlanEvents::of(m_workspace)->today());
    reload();
}

void PlanPanel::refresh()
{
    if (hasUnsavedInput()) {
        m_state->setText(tr("Another change to this plan was saved meanwhile: Discard changes shows it."));
        return;
    }
    reload();
}

void PlanPanel::reload()
{
    m_plan = Plan();
    m_units.clear();
    const bool shown = m_committee.isValid() && m_term.isValid() && m_workspace->isOpen();
    setEnabled(shown);
    if (shown) {
        PlanRepository plans(m_workspace->database().connection());
        QString error;
        if (!plans.plan(m_committee.id, m_term.id, &m_plan, &error)
            || !plans.units(m_committee.id, m_term.id, &m_units, &error))
            m_messageBar->showMessage(error);
    }
    if (!m_plan.isValid()) {
        m_plan.unitId = m_committee.id;
        m_plan.termId = m_term.id;
    }
    populate();
}

void PlanPanel::populate()
{
    const QDate today = PlanEvents::of(m_workspace)->today();
    if (m_plan.isValid()) {
        m_intro->setText(QStringLiteral("<b>%1</b> %2").arg(m_plan.title().toHtmlEscaped(),
                                                            m_plan.subject.toHtmlEscaped()));
    } else if (m_committee.isValid() && m_term.isValid()) {
        m_intro->setText(tr("%1 has no plan recorded for the term %2. Type its number and date, fill in the "
                            "timetable, then save.")
                             .arg(m_committee.name, m_term.label()));
    } else {
        m_intro->setText(tr("Choose a committee and a term."));
    }
    m_number->setText(m_plan.number);
    m_issuedOn->setValue(m_plan.issuedOn);
    m_subject->setText(m_plan.subject);
    m_subject->setCursorPosition(0); // a long subject shows its beginning
    m_periodFrom->setValue(m_plan.periodFrom);
    m_deadline->setValue(m_plan.deadline);
    m_pilotDeadline->setValue(m_plan.pilotDeadline);
    // An empty date's calendar opens at the plan's period.
    m_deadline->setReferenceDate(m_plan.periodFrom);
    m_pilotDeadline->setReferenceDate(m_plan.periodFrom);
    m_schedule->setUnits(m_units, m_plan.schedule);
    m_items->setItems(WorkItemTally::of(m_plan.workItems, today).items(), today);
    m_agenda->showAgenda(m_plan, m_units);
    markInvalid({});
    updateState();
}

Plan PlanPanel::readForm() const
{
    Plan plan = m_plan;
    plan.number = m_number->text().trimmed();
    plan.issuedOn = m_issuedOn->value();
    plan.subject = m_subject->text().trimmed();
    plan.periodFrom = m_periodFrom->value();
    plan.deadline = m_deadline->value();
    plan.pilotDeadline = m_pilotDeadline->value();
    plan.schedule = m_schedule->lines();
    plan.workItems = m_items->items();
    return plan;
}

FieldErrors PlanPanel::problems() const
{
    FieldErrors errors;
    const QList<QPair<QString, OptionalDateEdit *>> dates = {{QStringLiteral("issuedOn"), m_issuedOn},
                                                             {QStringLiteral("periodFrom"), m_periodFrom},
                                                             {QStringLiteral("deadline"), m_deadline},
                                                             {QStringLiteral("pilotDeadline"), m_pilotDeadline}};
    for (const auto &[key, edit] : dates) {
        if (!edit->isAcceptable())
            errors.append({key, tr("%1 “%2” is not a date: %3.")
                                    .arg(fieldLabel(key), edit->text().trimmed(), edit->problem())});
    }
    return errors + m_schedule->problems() + m_items->problems();
}

bool PlanPanel::hasUnsavedInput() const
{
    if (!m_committee.isValid() || !m_term.isValid())
        return false;
    return !problems().isEmpty() || normalised(readForm()) != normalised(m_plan);
}

void PlanPanel::finishTyping()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return;
    // Leaving the widget ends the edit: a field reads its text, an open cell gives it to its table and closes.
    QAbstractItemView *table = nullptr;
    for (QWidget *w = focus->parentWidget(); w && !table; w = w->parentWidget())
        table = qobject_cast<QAbstractItemView *>(w);
    QPointer<QWidget> field(focus);
    focus->clearFocus();
    if (table)
        table->setFocus();
    else if (field)
        field->setFocus();
}

bool PlanPanel::save()
{
    finishTyping();
    if (!m_committee.isValid() || !m_term.isValid())
        return false;
    const Plan edited = readForm();
    FieldErrors errors = problems();
    if (errors.isEmpty())
        errors = PlanValidator::validate(edited, m_schedule->unitNames());
    if (!errors.isEmpty()) {
        showRefusal(errors);
        return false;
    }
    markInvalid({});
    m_messageBar->hide();
    if (normalised(edited) == normalised(m_plan)) {
        updateState();
        return true;
    }
    const QString text = m_plan.isValid() ? tr("Edit plan %1 of %2").arg(edited.number, m_committee.name)
                                          : tr("Record plan %1 of %2").arg(edited.number, m_committee.name);
    // A refusal from the database comes back through the workspace's failed() to the message bar.
    return m_workspace->run(new SavePlanEdit(m_workspace, m_plan, edited, text));
}

void PlanPanel::showRefusal(const FieldErrors &errors)
{
    QStringList messages;
    QStringList fields;
    QSet<qint64> refusedUnits;
    for (const FieldError &error : errors) {
        if (!error.message.isEmpty())
            messages.append(error.message);
        fields.append(error.field);
        if (error.field.startsWith(QLatin1String("schedule:")))
            refusedUnits.insert(error.field.section(QLatin1Char(':'), 1).toLongLong());
    }
    markInvalid(fields);
    m_schedule->setRefused(refusedUnits);
    // The table that holds the first refusal comes to the front.
    const QString first = fields.value(0);
    if (first.startsWith(QLatin1String("schedule:")))
        m_sections->setCurrentIndex(0);
    else if (first.startsWith(QLatin1String("item:")))
        m_sections->setCurrentIndex(1);
    m_messageBar->showMessage(tr("Plan not saved: %1").arg(messages.join(QLatin1Char(' '))));
}

void PlanPanel::markInvalid(const QStringList &fields)
{
    const QList<QPair<QString, QWidget *>> all = {{QStringLiteral("number"), m_number},
                                                  {QStringLiteral("issuedOn"), m_issuedOn},
                                                  {QStringLiteral("subject"), m_subject},
                                                  {QStringLiteral("periodFrom"), m_periodFrom},
                                                  {QStringLiteral("deadline"), m_deadline},
                                                  {QStringLiteral("pilotDeadline"), m_pilotDeadline}};
    for (const auto &[key, field] : all)
        FieldMark::setInvalid(field, fields.contains(key));
    if (fields.isEmpty())
        m_schedule->setRefused({});
}

void PlanPanel::spread()
{
    finishTyping();
    Plan plan = readForm();
    if (!ScheduleSpread::spreadPlan(&plan, m_schedule->unitIds())) {
        showRefusal({{QStringLiteral("periodFrom"),
                      tr("To spread the dates, type the period's first day and the deadline first, the deadline "
                         "on or after the first day.")},
                     {QStringLiteral("deadline"), QString()}});
        return;
    }
    markInvalid({});
    m_schedule->setLines(plan.schedule);
    m_messageBar->showMessage(tr("Dates spread over the working days from %1 to %2, the pilot congresses first. "
                                 "Save the plan to keep them.")
                                  .arg(DisplayFormat::date(plan.periodFrom), DisplayFormat::date(plan.deadline)),
                              MessageBar::Kind::Information);
}

void PlanPanel::copyPrevious()
{
    finishTyping();
    QSqlDatabase db = m_workspace->database().connection();
    Plan previous;
    Term previousTerm;
    QString error;
    if (!PlanRepository(db).previousPlan(m_committee.id, m_term.id, &previous, &error)
        || (previous.isValid() && !TermRepository(db).byId(previous.termId, &previousTerm, &error))) {
        m_messageBar->showMessage(error);
        return;
    }
    if (!previous.isValid()) {
        m_messageBar->showMessage(tr("%1 has no plan of an earlier term to copy.").arg(m_committee.name),
                                  MessageBar::Kind::Information);
        return;
    }
    const int years = m_term.startYear - previousTerm.startYear;
    const QList<qint64> units = m_schedule->unitIds();
    QList<ScheduledCongress> lines;
    for (ScheduledCongress line : std::as_const(previous.schedule)) {
        if (!units.contains(line.unitId))
            continue; // a unit retired or moved away since
        line.date = ScheduleSpread::carriedForward(line.date, years);
        lines.append(line);
    }
    m_schedule->setLines(lines);
    // An empty period takes the last plan's, moved on as well.
    const QList<QPair<OptionalDateEdit *, QDate>> period = {{m_periodFrom, previous.periodFrom},
                                                            {m_deadline, previous.deadline},
                                                            {m_pilotDeadline, previous.pilotDeadline}};
    for (const auto &[edit, date] : period) {
        if (edit->text().trimmed().isEmpty() && date.isValid())
            edit->setValue(date.addYears(years));
    }
    updateState();
    m_messageBar->showMessage(tr("Timetable lines copied from plan %1 (term %2): %3, the dates moved on %4 years. "
                                 "Save the plan to keep them.")
                                  .arg(previous.number, previousTerm.label())
                                  .arg(lines.size())
                                  .arg(years),
                              MessageBar::Kind::Information);
}

void PlanPanel::addWorkItem()
{
    const int row = m_items->addItem();
    m_sections->setCurrentIndex(1);
    const QModelIndex title = m_items->index(row, WorkItemTableModel::TitleColumn);
    m_itemsView->setFocus();
    m_itemsView->setCurrentIndex(title);
    m_itemsView->edit(title);
}

void PlanPanel::removeWorkItem()
{
    const QModelIndex current = m_itemsView->currentIndex();
    if (current.isValid())
        m_items->removeItem(current.row());
}

void PlanPanel::updateState()
{
    const QDate today = PlanEvents::of(m_workspace)->today();
    const QList<WorkItem> items = m_items->items();
    const WorkItemTally tally = WorkItemTally::of(items, today);
    m_tally->setText(items.isEmpty() ? tr("No work items: add them if the plan lists them.") : tally.headline());
    m_sections->setTabText(1, items.isEmpty() ? tr("Work items") : tr("Work items (%1/%2)").arg(tally.done()).arg(tally.total()));
    const bool unsaved = hasUnsavedInput();
    m_state->setText(unsaved ? tr("Changes not saved yet (Ctrl+S saves them).")
                             : m_plan.isValid() ? tr("Saved.") : QString());
    m_discardButton->setEnabled(unsaved);
}

} // namespace daihoi
