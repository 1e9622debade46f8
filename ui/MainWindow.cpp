#include "MainWindow.h"

#include "CommitteePanel.h"
#include "CongressPanel.h"
#include "ElectionPanel.h"
#include "FirstStartPage.h"
#include "LiveUpdates.h"
#include "ProgressPanel.h"
#include "charts/ChartsPanel.h"
#include "SettingsDialog.h"
#include "UnitEditActions.h"
#include "Workspace.h"
#include "office/UsersDialog.h"
#include "plans/PlanPanel.h"
#include "exchange/ExchangeDialogs.h"
#include "reports/ReportDialog.h"
#include "targets/CommitteeTargetsPanel.h"
#include "targets/TargetsPanel.h"
#include "models/SearchResultsModel.h"
#include "models/UnitTreeModel.h"
#include "office/ConnectDialog.h"
#include "office/ReadOnlyLock.h"
#include "office/RecentDatabasesMenu.h"
#include "services/AppSettings.h"
#include "storage/Database.h"
#include "storage/HistorySession.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "widgets/MessageBar.h"
#include "widgets/UnitStatusLegend.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace daihoi {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_treeModel(new UnitTreeModel(workspace, this))
    , m_tree(new QTreeView(this))
    , m_termCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_searchModel(new SearchResultsModel(workspace, this))
    , m_searchView(new QListView(this))
    , m_treeOrResults(new QStackedWidget(this))
    , m_messageBar(new MessageBar(this))
    , m_unitTitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_firstStart(new FirstStartPage(workspace, this))
    , m_pages(new QStackedWidget(this))
    , m_congressPanel(new CongressPanel(workspace, m_messageBar, this))
    , m_electionPanel(new ElectionPanel(workspace, m_messageBar, this))
    , m_committeePanel(new CommitteePanel(workspace, m_messageBar, this))
    , m_targetsPanel(new TargetsPanel(workspace, m_messageBar, this))
    , m_committeeTargetsPanel(new CommitteeTargetsPanel(workspace, m_messageBar, this))
    , m_progressPanel(new ProgressPanel(workspace, this))
    , m_chartsPanel(new ChartsPanel(workspace, this))
    , m_splitter(new QSplitter(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("daihoi — Party congresses"));
    m_tree->setObjectName(QStringLiteral("unitTree"));
    m_termCombo->setObjectName(QStringLiteral("termCombo"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *left = new QWidget(this);
    auto *termRow = new QHBoxLayout;
    auto *termLabel = new QLabel(tr("Te&rm:"), left);
    termLabel->setBuddy(m_termCombo);
    termRow->addWidget(termLabel);
    termRow->addWidget(m_termCombo, 1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search units and people (Ctrl+F), accents optional"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchView->setObjectName(QStringLiteral("searchResults"));
    m_searchView->setModel(m_searchModel);
    m_searchView->setUniformItemSizes(true);
    m_treeOrResults->addWidget(m_tree);
    m_treeOrResults->addWidget(m_searchView);
    // Typing pauses briefly before the query runs, so each keystroke does not hit the database.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_searchModel->rowCount() > 0)
            openSearchHit(m_searchModel->index(0, 0));
    });
    connect(m_searchView, &QListView::activated, this, &MainWindow::openSearchHit);
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_searchEdit, &QLineEdit::clear);
    auto *intoResults = new QShortcut(QKeySequence(Qt::Key_Down), m_searchEdit);
    intoResults->setContext(Qt::WidgetShortcut);
    connect(intoResults, &QShortcut::activated, this, [this] {
        if (m_treeOrResults->currentWidget() == m_searchView)
            m_searchView->setFocus();
    });
    leftLayout->addLayout(termRow);
    leftLayout->addWidget(m_searchEdit);
    leftLayout->addWidget(m_treeOrResults, 1);
    leftLayout->addWidget(new UnitStatusLegend(left));

    auto *right = new QWidget(this);
    QFont titleFont = m_unitTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_unitTitle->setFont(titleFont);
    m_unitTitle->setWordWrap(true);
    // Short titles, so every tab fits beside the tree at 1280 px in Vietnamese; the tooltip says it in full.
    m_tabs->addTab(m_progressPanel, tr("Progress"));
    m_tabs->setTabToolTip(0, tr("Progress of subordinate units"));
    m_planPanel = new PlanPanel(workspace, m_messageBar, this);
    m_planPanel->setObjectName(QStringLiteral("plan"));
    m_tabs->addTab(m_planPanel, tr("Plan"));
    m_tabs->addTab(m_congressPanel, tr("Congress"));
    m_tabs->addTab(m_electionPanel, tr("Elections"));
    m_tabs->addTab(m_committeePanel, tr("Committee"));
    m_tabs->addTab(m_targetsPanel, tr("Resolution and targets"));
    m_tabs->insertTab(1, m_committeeTargetsPanel, tr("Units' targets"));
    m_tabs->setTabToolTip(1, tr("Targets of subordinate units"));
    m_tabs->insertTab(m_tabs->indexOf(m_progressPanel) + 1, m_chartsPanel, tr("Charts"));
    m_targetsPanel->setObjectName(QStringLiteral("targets"));
    m_committeeTargetsPanel->setObjectName(QStringLiteral("unitTargets"));
    m_progressPanel->setObjectName(QStringLiteral("progress"));
    m_congressPanel->setObjectName(QStringLiteral("congress"));
    m_electionPanel->setObjectName(QStringLiteral("elections"));
    m_committeePanel->setObjectName(QStringLiteral("committee"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 6);
    // The message bar floats over the title row: showing a refusal never moves the field being typed in.
    m_messageBar->floatOver(right);
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(m_firstStart);
    m_readOnlyLock = new ReadOnlyLock(workspace, right);
    rightLayout->addWidget(m_readOnlyLock->banner());
    rightLayout->addWidget(m_unitTitle);
    rightLayout->addWidget(m_pages, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(260);
    m_tabs->setUsesScrollButtons(true);
    m_splitter->setSizes({380, 900});
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_databaseLabel);
    // Other clerks' changes on an office server, and the banner while it cannot be reached.
    new LiveUpdates(workspace, this, {m_tree, m_treeModel, m_progressPanel, m_congressPanel, m_electionPanel,
                                      m_committeePanel, m_targetsPanel, right, m_messageBar, m_planPanel});

    m_unitEdits = new UnitEditActions(workspace, this);
    createActions();
    m_readOnlyLock->guard({m_firstStart, m_planPanel, m_congressPanel, m_electionPanel, m_committeePanel, m_targetsPanel},
                          m_unitEdits->unitActions() + QList<QAction *>{m_unitEdits->addTermAction(), m_importAction});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_unit = m_treeModel->unitAt(index);
        // The term list follows the unit; reloadTerms shows the selection.
        reloadTerms(m_wantedTermKey);
    });
    connect(m_termCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_term = index >= 0 && index < m_terms.size() ? m_terms.at(index) : Term();
        if (m_term.isValid())
            m_wantedTermKey = m_term.key();
        showSelection();
    });
    connect(m_progressPanel, &ProgressPanel::unitActivated, this, &MainWindow::selectUnitId);
    connect(m_planPanel, &PlanPanel::unitActivated, this, &MainWindow::selectUnitId);
    connect(m_committeeTargetsPanel, &CommitteeTargetsPanel::unitActivated, this, &MainWindow::selectUnitId);
    connect(workspace, &Workspace::failed, this, [this](const QString &message) { m_messageBar->showMessage(message); });
    connect(workspace, &Workspace::termsChanged, this, [this] { reloadTerms(m_term.key()); });
    // Opening a file and reopening it after an import both bring every view back to the database.
    connect(workspace, &Workspace::opened, this, &MainWindow::showOpenedDatabase);
    connect(workspace, &Workspace::unitRemoved, this, &MainWindow::updateFirstStart);
    connect(m_firstStart, &FirstStartPage::committeeCreated, this, [this](qint64 unitId, const QString &termKey) {
        selectTerm(termKey);
        selectUnitId(unitId);
    });
    connect(m_firstStart, &FirstStartPage::addUnitRequested, m_unitEdits, &UnitEditActions::addUnit);
    connect(m_unitEdits, &UnitEditActions::unitAdded, this, [this](qint64 unitId, qint64 parentId) {
        if (parentId > 0)
            m_tree->expand(m_treeModel->indexOfUnit(parentId));
        selectUnitId(unitId);
    });
    connect(m_unitEdits, &UnitEditActions::termAdded, this, [this](const QString &key) { selectTerm(key); });
    connect(m_unitEdits, &UnitEditActions::refused, this,
            [this](const QString &message) { m_messageBar->showMessage(message); });
    connect(m_firstStart, &FirstStartPage::importRequested, this, &MainWindow::importData);
    connect(m_firstStart, &FirstStartPage::dismissed, this, [this] {
        m_firstStartDismissed = true;
        updateFirstStart();
        m_tabs->setFocus();
    });
    connect(workspace, &Workspace::unitChanged, this, [this](const Unit &unit) {
        if (unit.id == m_unit.id) {
            m_unit = unit;
            showSelection();
        }
    });

    AppSettings settings;
    // The clerk comes back to the page they were working on.
    if (auto *page = m_tabs->findChild<QWidget *>(settings.lastPage()))
        m_tabs->setCurrentWidget(page);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget())
            AppSettings().setLastPage(m_tabs->currentWidget()->objectName());
        refreshUnitTargetsIfShown();
    });
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 760);
    m_splitter->restoreState(settings.splitterState());
    updateActions();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open database…"), this, [this] { chooseDatabase(false); });
    openAction->setShortcut(QKeySequence::Open);
    QAction *newAction = fileMenu->addAction(tr("&New database…"), this, [this] { chooseDatabase(true); });
    newAction->setShortcut(QKeySequence::New);
    fileMenu->addAction(tr("&Connect to office database…"), this,
                        [this] { ConnectDialog::connectWorkspace(m_workspace, {}, this); })
        ->setObjectName(QStringLiteral("connectAction"));
    fileMenu->addMenu(new RecentDatabasesMenu(tr("&Recent databases"), m_workspace,
                                              [this](const QString &path) { return openDatabase(path); }, this));
    fileMenu->addSeparator();
    m_printAction = fileMenu->addAction(tr("&Print documents…"), this,
                                        [this] { ReportDialog::open(m_workspace, m_unit, m_term, this); });
    m_printAction->setShortcut(QKeySequence::Print);
    m_exportAction = fileMenu->addAction(tr("E&xport data for the committee above…"), this,
                                         [this] { ExchangeDialogs::exportUnit(m_workspace, m_unit, m_term, this); });
    m_importAction = fileMenu->addAction(tr("&Import data from units below…"), this, &MainWindow::importData);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y on every platform; a key the platform's Redo already has is not added twice.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // The toolbar shows a short word; the full "Undo …" text stays in the menu and the tooltip.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *unitMenu = menuBar()->addMenu(tr("&Unit"));
    unitMenu->addActions(m_unitEdits->unitActions());
    m_tree->addActions(m_unitEdits->unitActions());

    QMenu *termMenu = menuBar()->addMenu(tr("&Term"));
    termMenu->addAction(m_unitEdits->addTermAction());

    // Shown only on an office server, to its administrators.
    UsersDialog::addMenu(menuBar(), m_workspace, this);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About daihoi"), this, &MainWindow::about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_unitEdits->addUnitAction());
    toolBar->addAction(m_unitEdits->addTermAction());
    toolBar->addSeparator();
    toolBar->addAction(m_printAction);
}

bool MainWindow::openDatabase(const QString &path)
{
    QString error;
    // Another file starts from what the clerk last looked at, not from the unit shown now.
    const Unit previousUnit = m_unit;
    const QString previousTermKey = m_wantedTermKey;
    m_unit = Unit();
    m_wantedTermKey = AppSettings().lastTermKey();
    m_firstStartDismissed = false;
    if (!m_workspace->open(path, &error)) {
        m_unit = previousUnit;
        m_wantedTermKey = previousTermKey;
        m_messageBar->showMessage(error);
        return false;
    }
    m_messageBar->hide();
    AppSettings settings;
    settings.setLastDatabase(path);
    settings.addRecentDatabase(Database::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::showOpenedDatabase()
{
    const QString path = m_workspace->location();
    const bool server = Database::isServerUrl(path);
    setWindowTitle(tr("%1 — daihoi").arg(server ? path : QFileInfo(path).fileName()));
    m_databaseLabel->setText(tr("Database: %1").arg(server ? path : QDir::toNativeSeparators(path)));
    // Reopened after an import, the window stays on the unit the clerk was looking at.
    const QString unitCode = m_unit.isValid() ? m_unit.code : AppSettings().lastUnitCode();
    QString error;
    if (Term inUse; m_wantedTermKey.isEmpty()
                    && TermRepository(m_workspace->database().connection()).latestInUse(&inUse, &error))
        m_wantedTermKey = inUse.key();
    m_unit = Unit();
    if (m_treeModel->canFetchMore({}))
        m_treeModel->fetchMore({});
    if (!selectUnit(unitCode) && m_treeModel->rowCount() > 0)
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    if (!m_unit.isValid()) {
        // The tree kept its current row through the reset, or it is empty: nothing announced a unit.
        m_unit = m_treeModel->unitAt(m_tree->currentIndex());
        reloadTerms(m_wantedTermKey);
    }
    m_tree->expand(m_tree->currentIndex());
    updateActions();
}

void MainWindow::importData()
{
    ExchangeDialogs::importFiles(m_workspace, this);
}

void MainWindow::updateFirstStart()
{
    // An empty database shows the form that creates the committee; a committee alone, the next step.
    const bool firstStart = m_firstStart->refresh(m_firstStartDismissed);
    m_pages->setCurrentWidget(firstStart ? static_cast<QWidget *>(m_firstStart) : m_tabs);
}

void MainWindow::reloadTerms(const QString &preferredKey)
{
    QString error;
    QList<Term> terms;
    qint64 suggested = 0;
    if (m_workspace->isOpen()) {
        // A unit offers its own terms and its committees' (TermRepository::offeredFor), not every term.
        const TermRepository repository(m_workspace->database().connection());
        if (!(m_unit.isValid() ? repository.offeredFor(m_unit.id, &terms, &suggested, &error)
                               : repository.all(&terms, &error)))
            m_messageBar->showMessage(error);
    }
    const QSignalBlocker blocker(m_termCombo);
    m_terms = terms;
    m_termCombo->clear();
    int chosen = -1;
    for (int i = 0; i < terms.size(); ++i) {
        m_termCombo->addItem(terms.at(i).label());
        if (terms.at(i).key() == preferredKey)
            chosen = i;
    }
    for (int i = 0; chosen < 0 && i < terms.size(); ++i) {
        if (terms.at(i).id == suggested)
            chosen = i;
    }
    if (chosen < 0 && !terms.isEmpty())
        chosen = 0;
    m_termCombo->setCurrentIndex(chosen);
    m_term = chosen >= 0 ? terms.at(chosen) : Term();
    showSelection();
}

bool MainWindow::selectTerm(const QString &termKey)
{
    for (int i = 0; i < m_terms.size(); ++i) {
        if (m_terms.at(i).key() == termKey) {
            m_termCombo->setCurrentIndex(i);
            m_wantedTermKey = termKey;
            return true;
        }
    }
    Term term;
    QString error;
    if (!m_workspace->isOpen() || !Term::parseKey(termKey, &term.startYear, &term.endYear)
        || !TermRepository(m_workspace->database().connection()).byYears(term.startYear, term.endYear, &term, &error))
        return false;
    m_wantedTermKey = termKey; // the next unit that offers it shows it
    return true;
}

bool MainWindow::selectUnit(const QString &code)
{
    if (code.isEmpty() || !m_workspace->isOpen())
        return false;
    Unit unit;
    QString error;
    if (!UnitRepository(m_workspace->database().connection()).byCode(code, &unit, &error))
        return false;
    return selectUnitId(unit.id);
}

bool MainWindow::selectUnitId(qint64 unitId)
{
    QList<qint64> path;
    QString error;
    if (!UnitRepository(m_workspace->database().connection()).pathTo(unitId, &path, &error))
        return false;
    QModelIndex parent;
    for (qint64 id : path) {
        // Fetch pages of the parent's children until the next unit on the path is loaded.
        while (!m_treeModel->indexOfUnit(id).isValid() && m_treeModel->canFetchMore(parent))
            m_treeModel->fetchMore(parent);
        parent = m_treeModel->indexOfUnit(id);
        if (!parent.isValid())
            return false;
        if (id != unitId)
            m_tree->expand(parent);
    }
    m_tree->setCurrentIndex(parent);
    m_tree->scrollTo(parent);
    return true;
}

bool MainWindow::showPage(const QString &name)
{
    QWidget *page = m_tabs->findChild<QWidget *>(name);
    if (!page || !m_tabs->isTabVisible(m_tabs->indexOf(page)))
        return false;
    m_tabs->setCurrentWidget(page);
    return true;
}

void MainWindow::search(const QString &text)
{
    m_searchEdit->setText(text);
    runSearch();
}

void MainWindow::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_searchEdit->text();
    if (text.trimmed().isEmpty()) {
        m_treeOrResults->setCurrentWidget(m_tree);
        return;
    }
    m_searchModel->search(text);
    m_treeOrResults->setCurrentWidget(m_searchView);
    if (m_searchModel->rowCount() > 0)
        m_searchView->setCurrentIndex(m_searchModel->index(0, 0));
}

void MainWindow::openSearchHit(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString termKey = index.data(SearchResultsModel::TermKeyRole).toString();
    if (!termKey.isEmpty())
        selectTerm(termKey);
    const bool person = index.data(SearchResultsModel::IsPersonRole).toBool();
    const qint64 unitId = index.data(SearchResultsModel::UnitIdRole).toLongLong();
    m_searchEdit->clear();
    m_treeOrResults->setCurrentWidget(m_tree);
    if (selectUnitId(unitId)) {
        if (person)
            m_tabs->setCurrentWidget(m_committeePanel);
        m_tree->setFocus();
    }
}

void MainWindow::showSelection()
{
    m_treeModel->setTerm(m_term.id); // the tree marks each unit's congress in the selected term
    updateFirstStart();
    updateActions();
    if (!m_unit.isValid()) {
        const bool firstStart = m_pages->currentWidget() == m_firstStart;
        m_unitTitle->setText(m_workspace->isOpen() && !firstStart ? tr("Choose a unit in the tree.") : QString());
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    m_unitTitle->setText(QStringLiteral("%1  <span style='font-weight:normal; color:#555;'>%2 · %3</span>")
                             .arg(m_unit.name.toHtmlEscaped(), UnitLevels::displayName(m_unit.level), m_unit.code));
    const bool committee = !UnitLevels::isBranch(m_unit.level);
    m_tabs->setTabVisible(m_tabs->indexOf(m_progressPanel), committee);
    m_tabs->setTabVisible(m_tabs->indexOf(m_committeeTargetsPanel), committee);
    m_tabs->setTabVisible(m_tabs->indexOf(m_planPanel), committee);
    m_planPanel->showPlan(committee ? m_unit : Unit(), m_term);
    m_tabs->setTabText(m_tabs->indexOf(m_congressPanel),
                       m_term.isValid() ? tr("Congress %1").arg(m_term.label()) : tr("Congress"));
    m_progressPanel->showProgress(committee ? m_unit : Unit(), m_term);
    m_tabs->setTabVisible(m_tabs->indexOf(m_chartsPanel), committee);
    m_chartsPanel->showCommittee(committee ? m_unit : Unit(), m_term);
    m_congressPanel->showCongress(m_unit, m_term);
    m_electionPanel->showCongress(m_unit, m_term);
    m_committeePanel->showCongress(m_unit, m_term);
    m_targetsPanel->showCongress(m_unit, m_term);
    // Every target below a committee is read only when the clerk looks at that page.
    m_unitTargetsStale = true;
    refreshUnitTargetsIfShown();
    if (!committee && (m_tabs->currentWidget() == m_progressPanel || m_tabs->currentWidget() == m_committeeTargetsPanel
                       || m_tabs->currentWidget() == m_chartsPanel || m_tabs->currentWidget() == m_planPanel))
        m_tabs->setCurrentWidget(m_congressPanel);
    AppSettings().setLastUnitCode(m_unit.code);
    if (m_term.isValid())
        AppSettings().setLastTermKey(m_term.key());
}

void MainWindow::refreshUnitTargetsIfShown()
{
    if (!m_unitTargetsStale || m_tabs->currentWidget() != m_committeeTargetsPanel)
        return;
    m_unitTargetsStale = false;
    m_committeeTargetsPanel->showCommittee(UnitLevels::isBranch(m_unit.level) ? Unit() : m_unit, m_term);
}

void MainWindow::updateActions()
{
    const bool open = m_workspace->isOpen();
    const bool unit = open && m_unit.isValid();
    // An empty database starts from its committee (the first-start form), never from a unit at the top.
    m_unitEdits->update(m_unit, open, !unit && m_pages->currentWidget() == m_firstStart);
    m_printAction->setEnabled(unit && m_term.isValid());
    m_exportAction->setEnabled(unit && m_term.isValid());
    m_importAction->setEnabled(open);
    m_readOnlyLock->apply();
}

void MainWindow::chooseDatabase(bool createNew)
{
    const QString filter = tr("daihoi databases (*.db *.sqlite);;All files (*)");
    const QString path = createNew ? QFileDialog::getSaveFileName(this, tr("New database"), QString(), filter)
                                   : QFileDialog::getOpenFileName(this, tr("Open database"), QString(), filter);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.save();
    const AppSettings settings;
    m_workspace->setQuorumRule(settings.quorumRule());
    m_workspace->setYoungAgeLimit(settings.youngAgeLimit());
    // An SQLite file's changes are signed with the clerk's name from now on, not from the next opening.
    QString error;
    if (m_workspace->isOpen() && m_workspace->database().isSqlite()
        && !HistorySession::setLogin(m_workspace->database().connection(), settings.clerkName(), &error))
        m_messageBar->showMessage(error, MessageBar::Kind::Error);
    showSelection();
    if (languageChanged)
        m_messageBar->showMessage(tr("The new language applies the next time daihoi starts."),
                                  MessageBar::Kind::Information);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About daihoi"),
                       tr("<b>daihoi</b> %1<br>Records the congresses of party units, their elections and "
                          "targets, and the progress of a committee's units.")
                           .arg(QStringLiteral(DAIHOI_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setSplitterState(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace daihoi
