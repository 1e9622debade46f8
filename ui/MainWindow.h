#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLineEdit;
class QMenu;
class QListView;
class QStackedWidget;
class QTimer;
class QLabel;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace daihoi {

class CommitteePanel;
class FirstStartPage;
class CommitteeTargetsPanel;
class TargetsPanel;
class CongressPanel;
class ElectionPanel;
class MessageBar;
class ChartsPanel;
class PlanPanel;
class ProgressPanel;
class ReadOnlyLock;
class SearchResultsModel;
class UnitEditActions;
class UnitTreeModel;
class Workspace;

// The clerk's window: the unit tree and term on the left, the selected unit's congress or
// its subordinate units' progress on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);

    bool openDatabase(const QString &path);
    // Opens the tree down to the unit with this code and selects it.
    bool selectUnit(const QString &code);
    // Chooses the term now when the selected unit offers it, else as soon as a unit that offers it
    // is selected; false when the database has no such term.
    bool selectTerm(const QString &termKey);
    // Shows what the search box finds for `text` in place of the tree.
    void search(const QString &text);
    // Shows one of the pages: progress, unitTargets, congress, elections, committee, targets.
    bool showPage(const QString &name);
    Unit currentUnit() const { return m_unit; }
    Term currentTerm() const { return m_term; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void reloadTerms(const QString &preferredKey = {});
    void showOpenedDatabase();
    void updateFirstStart();
    void importData();
    void showSelection();
    void updateActions();
    void refreshUnitTargetsIfShown();
    void chooseDatabase(bool createNew);
    void about();
    void editSettings();
    bool selectUnitId(qint64 unitId);
    void runSearch();
    void openSearchHit(const QModelIndex &index);

    Workspace *m_workspace;
    UnitTreeModel *m_treeModel;
    QTreeView *m_tree;
    QComboBox *m_termCombo;
    QLineEdit *m_searchEdit;
    QTimer *m_searchTimer;
    SearchResultsModel *m_searchModel;
    QListView *m_searchView;
    QStackedWidget *m_treeOrResults;
    MessageBar *m_messageBar;
    QLabel *m_unitTitle;
    QTabWidget *m_tabs;
    FirstStartPage *m_firstStart;
    QStackedWidget *m_pages;
    CongressPanel *m_congressPanel;
    ElectionPanel *m_electionPanel;
    CommitteePanel *m_committeePanel;
    TargetsPanel *m_targetsPanel;
    CommitteeTargetsPanel *m_committeeTargetsPanel;
    ProgressPanel *m_progressPanel;
    ChartsPanel *m_chartsPanel;
    PlanPanel *m_planPanel;
    QSplitter *m_splitter;
    QLabel *m_databaseLabel;
    QList<Term> m_terms;
    Unit m_unit;
    Term m_term;
    QString m_wantedTermKey; // the term the clerk chose; kept while the selected units offer it
    bool m_firstStartDismissed = false;
    bool m_unitTargetsStale = true;

    UnitEditActions *m_unitEdits = nullptr;
    QAction *m_printAction;
    QAction *m_exportAction;
    QAction *m_importAction;
    ReadOnlyLock *m_readOnlyLock = nullptr;
};

} // namespace daihoi
