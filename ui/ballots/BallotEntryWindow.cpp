#include "BallotEntryWindow.h"

#include "BallotComparisonView.h"
#include "BallotSheetModel.h"
#include "BallotSheetView.h"
#include "Workspace.h"
#include "domain/elections/ballots/BallotMarks.h"
#include "storage/BallotRepository.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daihoi {

namespace {

// The operator at this machine is remembered beside the program's other choices (AppSettings' file).
QSettings operatorSettings()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                         QStringLiteral("/daihoi/daihoi.conf"),
                     QSettings::IniFormat);
}

const auto operatorKey = QStringLiteral("ballots/operator");

} // namespace

BallotEntryWindow::BallotEntryWindow(Workspace *workspace, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace)
{
    setObjectName(QStringLiteral("ballotEntryWindow"));
    setWindowTitle(tr("Ballot entry"));
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("ballotMessageBar"));
    m_messageBar->hide();
    m_titleLabel = new QLabel(this);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_titleLabel->setFont(bold);

    m_operator = new QLineEdit(this);
    m_operator->setObjectName(QStringLiteral("operatorEdit"));
    m_operator->setText(operatorSettings().value(operatorKey).toString());
    connect(m_operator, &QLineEdit::editingFinished, this, [this] {
        operatorSettings().setValue(operatorKey, m_operator->text().simplified());
        showEntry();
    });
    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batchSpin"));
    m_batch->setRange(1, 999);
    m_pass = new QSpinBox(this);
    m_pass->setObjectName(QStringLiteral("passSpin"));
    m_pass->setRange(1, 3);
    for (QSpinBox *spin : {m_batch, m_pass}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_populating) {
                showEntry();
                startBallot(0);
            }
        });
    }
    auto *who = new QHBoxLayout;
    auto *operatorLabel = new QLabel(tr("&Operator:"), this);
    operatorLabel->setBuddy(m_operator);
    auto *batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batch);
    auto *passLabel = new QLabel(tr("E&ntry:"), this);
    passLabel->setBuddy(m_pass);
    who->addWidget(operatorLabel);
    who->addWidget(m_operator, 1);
    who->addWidget(batchLabel);
    who->addWidget(m_batch);
    who->addWidget(passLabel);
    who->addWidget(m_pass);
    m_ownerLabel = new QLabel(this);
    m_ownerLabel->setObjectName(QStringLiteral("entryOwnerLabel"));

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("ballotPositionLabel"));
    QFont large = m_position->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.6);
    m_position->setFont(large);

    m_sheet = new BallotSheetModel(this);
    m_sheetView = new BallotSheetView(this);
    m_sheetView->setObjectName(QStringLiteral("ballotSheet"));
    m_sheetView->setSheet(m_sheet);
    connect(m_sheetView, &BallotSheetView::saveRequested, this, &BallotEntryWindow::saveBallot);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("invalidReasonCombo"));
    m_reason->addItem(tr("No: as marked"), QString());
    for (BallotInvalidReason reason : BallotReasons::declarable())
        m_reason->addItem(BallotReasons::name(reason), BallotReasons::key(reason));
    // A declared ballot carries no marks: the names are greyed while a reason is chosen.
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_sheetView->setEnabled(index <= 0); });
    auto *reasonLabel = new QLabel(tr("&Declared invalid by the board:"), this);
    reasonLabel->setBuddy(m_reason);
    m_saveButton = new QPushButton(tr("&Save ballot (Enter)"), this);
    m_saveButton->setObjectName(QStringLiteral("saveBallotButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &BallotEntryWindow::saveBallot);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_saveButton);
    auto *keys =
        new QLabel(tr("Keys: Up/Down move · Space or 1–9 mark the name of that row · Enter saves the "
                      "ballot and shows the next · pick a ballot on the right to correct it"),
                   this);
    keys->setWordWrap(true);

    auto *ballotSide = new QWidget(this);
    auto *left = new QVBoxLayout(ballotSide);
    left->addWidget(m_titleLabel);
    left->addLayout(who);
    left->addWidget(m_ownerLabel);
    left->addWidget(m_position);
    left->addWidget(m_sheetView, 1);
    left->addLayout(reasonRow);
    left->addWidget(keys);

    auto *enteredBox = new QGroupBox(tr("Ballots of this entry"), this);
    m_entered = new QListWidget(enteredBox);
    m_entered->setObjectName(QStringLiteral("enteredBallotsList"));
    connect(m_entered, &QListWidget::itemClicked, this, &BallotEntryWindow::reopen);
    connect(m_entered, &QListWidget::itemActivated, this, &BallotEntryWindow::reopen);
    (new QVBoxLayout(enteredBox))->addWidget(m_entered);
    auto *compareBox = new QGroupBox(tr("Comparison of the entries"), this);
    m_comparison = new BallotComparisonView(compareBox);
    m_comparison->setObjectName(QStringLiteral("ballotComparison"));
    m_progress = new QLabel(compareBox);
    m_progress->setObjectName(QStringLiteral("entryProgressLabel"));
    m_progress->setWordWrap(true);
    auto *logButton = new QPushButton(tr("Entry &log…"), compareBox);
    logButton->setObjectName(QStringLiteral("printEntryLogButton"));
    connect(logButton, &QPushButton::clicked, this, &BallotEntryWindow::entryLogRequested);
    auto *hallButton = new QPushButton(tr("&Hall screen"), compareBox);
    hallButton->setObjectName(QStringLiteral("openHallButton"));
    connect(hallButton, &QPushButton::clicked, this, &BallotEntryWindow::hallRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(logButton);
    buttons->addWidget(hallButton);
    buttons->addStretch();
    auto *compareLayout = new QVBoxLayout(compareBox);
    compareLayout->addWidget(m_comparison, 1);
    compareLayout->addWidget(m_progress);
    compareLayout->addLayout(buttons);
    auto *checkSide = new QSplitter(Qt::Vertical, this);
    checkSide->addWidget(enteredBox);
    checkSide->addWidget(compareBox);

    auto *split = new QSplitter(this);
    split->addWidget(ballotSide);
    split->addWidget(checkSide);
    split->setSizes({520, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(split, 1);
    resize(1100, 700);
}

void BallotEntryWindow::setRound(qint64 electionId, int round, const QString &title, const RoundInput &input)
{
    const bool sameRound = electionId == m_electionId && round == m_round;
    m_electionId = electionId;
    m_round = round;
    m_title = title;
    m_input = input;
    m_titleLabel->setText(title);
    setWindowTitle(tr("Ballot entry: %1").arg(title));
    QStringList names;
    for (const CandidateVotes &candidate : input.candidates)
        names << candidate.name;
    const bool listChanged = names != m_sheet->candidates() ||
                             BallotMarks::hasSurplus(int(names.size()), input.seats) != m_sheet->hasSurplus();
    m_sheet->setList(names, BallotMarks::hasSurplus(int(names.size()), input.seats));
    if (!sameRound) {
        m_messageBar->hide();
        // Another round starts at its first batch, first entry; the operator stays.
        m_populating = true;
        m_batch->setValue(1);
        m_pass->setValue(1);
        m_populating = false;
    }
    reload();
    if (!sameRound || listChanged)
        startBallot(0);
    else
        showPosition();
}

void BallotEntryWindow::reload()
{
    QString error;
    BallotCounting counting;
    if (!BallotRepository(m_workspace->database().connection())
             .load(m_electionId, m_round, &counting, &error)) {
        m_messageBar->showMessage(error);
        return;
    }
    m_counting = counting;
    m_count = CountedRound::ofBatches(m_input, m_counting.batches);
    m_populating = true;
    const int collected = m_input.ballots.collected;
    const int size = qMax(1, m_counting.batchSize);
    m_batch->setMaximum(qMax(collected > 0 ? (collected + size - 1) / size : 1,
                             m_counting.batches.isEmpty() ? 1 : m_counting.batches.lastKey()));
    m_populating = false;
    m_comparison->showCount(m_counting, m_count, m_sheet->candidates());
    QStringList lines = m_count.progress();
    // Refusals of the entries themselves come first in the count's errors.
    for (const QString &refusal : m_count.result.errors)
        lines << refusal;
    m_progress->setText(lines.join(QLatin1Char('\n')));
    showEntry();
}

int BallotEntryWindow::batch() const
{
    return m_batch->value();
}

int BallotEntryWindow::pass() const
{
    return m_pass->value();
}

const BallotPass *BallotEntryWindow::shownPass() const
{
    const auto found = m_counting.batches.constFind(batch());
    if (found == m_counting.batches.cend())
        return nullptr;
    for (const BallotPass &entry : *found) {
        if (entry.pass == pass())
            return &entry;
    }
    return nullptr;
}

int BallotEntryWindow::enteredCount() const
{
    const BallotPass *entry = shownPass();
    return entry ? int(entry->ballots.size()) : 0;
}

int BallotEntryWindow::expectedInBatch() const
{
    // The last batch holds what is left of the ballots collected.
    const int size = qMax(1, m_counting.batchSize);
    const int collected = m_input.ballots.collected;
    if (collected <= 0)
        return size;
    return qBound(0, collected - (batch() - 1) * size, size);
}

void BallotEntryWindow::showEntry()
{
    const BallotPass *entry = shownPass();
    m_ownerLabel->setText(
        entry ? tr("Entry %1 of batch %2 is keyed by %3.").arg(pass()).arg(batch()).arg(entry->operatorName)
              : tr("Entry %1 of batch %2 is not started yet.").arg(pass()).arg(batch()));
    m_entered->clear();
    if (entry) {
        QList<EnteredBallot> ballots = entry->ballots;
        std::sort(ballots.begin(), ballots.end(),
                  [](const EnteredBallot &a, const EnteredBallot &b) { return a.number < b.number; });
        for (const EnteredBallot &ballot : ballots) {
            auto *item =
                new QListWidgetItem(tr("Ballot %1: %2").arg(ballot.number).arg(shortly(ballot)), m_entered);
            item->setToolTip(BallotMarks::describe(ballot, m_sheet->candidates()));
            item->setData(Qt::UserRole, ballot.number);
        }
    }
    showPosition();
}

QString BallotEntryWindow::shortly(const EnteredBallot &ballot) const
{
    if (ballot.isDeclaredInvalid())
        return BallotMarks::describe(ballot, m_sheet->candidates());
    QString text;
    if (!m_sheet->hasSurplus()) {
        text = BallotMarks::describe(ballot, m_sheet->candidates());
    } else {
        // With a surplus most names are kept: the struck ones tell the ballots apart at a glance.
        QStringList struck;
        for (int i = 0; i < ballot.marks.size() && i < m_sheet->candidates().size(); ++i) {
            if (ballot.marks.at(i) == QChar(BallotMarks::struck))
                struck << m_sheet->candidates().at(i);
        }
        text = struck.isEmpty() ? tr("every name kept") : tr("struck %1").arg(struck.join(QStringLiteral(", ")));
    }
    // The operator sees at once that the rules make this ballot invalid, as the board will.
    const BallotInvalidReason reason = BallotMarks::judge(ballot, m_input.seats, m_sheet->hasSurplus());
    return reason == BallotInvalidReason::None ? text : tr("%1 (invalid: %2)").arg(text, BallotReasons::name(reason));
}

void BallotEntryWindow::showPosition()
{
    const QString position = tr("Batch %1 · ballot %2 · entered %3/%4")
                                 .arg(batch())
                                 .arg(m_number)
                                 .arg(enteredCount())
                                 .arg(expectedInBatch());
    m_position->setText(enteredCount() >= expectedInBatch() && m_number > expectedInBatch()
                            ? tr("%1 · batch complete").arg(position)
                            : position);
}

void BallotEntryWindow::startBallot(int number)
{
    // 0: the ballot after the last one of the entry.
    if (number <= 0) {
        number = 1;
        if (const BallotPass *entry = shownPass()) {
            for (const EnteredBallot &ballot : entry->ballots)
                number = qMax(number, ballot.number + 1);
        }
    }
    m_number = number;
    m_sheet->clear();
    m_reason->setCurrentIndex(0);
    m_entered->clearSelection();
    m_sheetView->setCurrentIndex(m_sheet->index(0, BallotSheetModel::NameColumn));
    showPosition();
}

void BallotEntryWindow::reopen(QListWidgetItem *item)
{
    const BallotPass *entry = shownPass();
    if (!item || !entry)
        return;
    const int number = item->data(Qt::UserRole).toInt();
    for (const EnteredBallot &ballot : entry->ballots) {
        if (ballot.number != number)
            continue;
        m_number = number;
        m_sheet->setMarks(ballot.marks);
        const int reason = m_reason->findData(BallotReasons::key(ballot.declaredInvalid));
        m_reason->setCurrentIndex(qMax(0, reason));
        showPosition();
        m_sheetView->setFocus();
        m_sheetView->setCurrentIndex(m_sheet->index(0, BallotSheetModel::NameColumn));
        return;
    }
}

void BallotEntryWindow::saveBallot()
{
    const QString name = m_operator->text().simplified();
    if (name.isEmpty()) {
        m_messageBar->showMessage(
            tr("Type the operator's name first: each entry is recorded under who keyed it."));
        m_operator->setFocus();
        return;
    }
    EnteredBallot ballot;
    ballot.batch = batch();
    ballot.number = m_number;
    BallotInvalidReason reason = BallotInvalidReason::None;
    if (!BallotReasons::fromKey(m_reason->currentData().toString(), &reason))
        reason = BallotInvalidReason::None;
    ballot.declaredInvalid = reason;
    if (reason == BallotInvalidReason::None)
        ballot.marks = m_sheet->marks();
    ballot.enteredAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!BallotRepository(m_workspace->database().connection())
             .saveBallot(m_electionId, m_round, pass(), name, ballot, &error)) {
        m_messageBar->showMessage(error);
        return;
    }
    m_messageBar->hide();
    reload();
    emit ballotsChanged(m_electionId, m_round);
    startBallot(0);
    m_sheetView->setFocus();
}

void BallotEntryWindow::keyPressEvent(QKeyEvent *event)
{
    // Enter in the reason saves the ballot; in the operator, batch or entry field it goes to the ballot.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        QWidget *focus = focusWidget();
        if (focus == m_reason || focus == m_saveButton) {
            saveBallot();
        } else {
            m_sheetView->setFocus();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace daihoi
