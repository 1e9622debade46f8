#include "TargetsTestSupport.h"
#include "Workspace.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "storage/targets/TargetRepository.h"
#include "targets/CommitteeTargetModel.h"
#include "targets/CommitteeTargetsPanel.h"
#include "targets/TargetTableModel.h"
#include "targets/TargetsPanel.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace daihoi;

// A clerk types a target of the branch's resolution, then at the end of the term the value reached,
// and sees it marked; a value in another unit is refused; undo and redo follow.
class TestTargetsGui : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    QWidget *m_window = nullptr;
    MessageBar *m_bar = nullptr;
    TargetsPanel *m_panel = nullptr;
    Congress m_congress;

    template <typename T> T *child(const char *name)
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    QList<Target> stored()
    {
        QList<Target> targets;
        QString error;
        TargetRepository(m_workspace->database().connection()).targets(m_congress.id, &targets, &error);
        return targets;
    }
    // QTest types ASCII only; Vietnamese text goes in as an input method would commit it.
    void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        auto *edit = qobject_cast<QLineEdit *>(widget);
        if (edit)
            edit->selectAll();
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii || !edit)
            QTest::keyClicks(widget, text);
        else
            edit->insert(text);
    }
    QString cell(int row, int column)
    {
        auto *view = child<QTableView>("targetsView");
        return view->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.openDemo());
        QVERIFY(removeDemoTargets(m_test.connection()));
        m_test.db().close();
        m_workspace = new Workspace(this);
        QString error;
        QVERIFY(m_workspace->open(m_test.path(), &error));
        m_window = new QWidget;
        m_bar = new MessageBar(m_window);
        m_panel = new TargetsPanel(m_workspace, m_bar, m_window);
        auto *layout = new QVBoxLayout(m_window);
        layout->addWidget(m_bar);
        layout->addWidget(m_panel);
        m_window->resize(1100, 700);

        Unit branch;
        Term term;
        QVERIFY(UnitRepository(m_workspace->database().connection())
                    .byCode(QStringLiteral("VH-05"), &branch, &error));
        QVERIFY(TermRepository(m_workspace->database().connection()).byYears(2022, 2025, &term, &error));
        m_panel->showCongress(branch, term);
        m_congress = m_panel->congress();
        QVERIFY(m_congress.isValid());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanupTestCase() { delete m_window; }

    void enterTargetAndReachedValue()
    {
        QVERIFY(stored().isEmpty());
        typeInto(child<QLineEdit>("targetNameEdit"), QStringLiteral("Kết nạp 2 đảng viên mới"));
        typeInto(child<QLineEdit>("targetValueEdit"), QStringLiteral("2"));
        // Keys go to the editable combo, which hands them to its line edit, as with a real keyboard.
        auto *unit = child<QComboBox>("targetUnitCombo");
        unit->setFocus();
        unit->lineEdit()->selectAll();
        unit->lineEdit()->insert(QStringLiteral("đảng viên"));
        QTest::keyClick(unit, Qt::Key_Return);

        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().unit, QStringLiteral("đảng viên"));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QCOMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("not reviewed"));
        QVERIFY(!m_bar->isVisible());
        QVERIFY(child<QLineEdit>("targetNameEdit")->hasFocus()); // ready for the next target

        // The review: select the reached cell, type the value, Enter.
        auto *view = child<QTableView>("targetsView");
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, TargetTableModel::ReachedColumn));
        QTest::keyClicks(view, QStringLiteral("3"));
        QVERIFY(QApplication::focusWidget() != view); // an editor opened
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("exceeded"));
        QCOMPARE(cell(0, TargetTableModel::ReachedColumn), QStringLiteral("3"));
        QCOMPARE(stored().first().reached, std::optional(ExactDecimal::fromInteger(3)));
        QVERIFY2(child<QLabel>("targetsSummaryLabel")
                     ->text()
                     .contains(QStringLiteral("1/1 targets achieved or exceeded")),
                 qPrintable(child<QLabel>("targetsSummaryLabel")->text()));

        // Exactly the target: achieved.
        view->setCurrentIndex(view->model()->index(0, TargetTableModel::ReachedColumn));
        view->edit(view->currentIndex());
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        typeInto(editor, QStringLiteral("2 đảng viên"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("achieved"));
        QCOMPARE(m_workspace->undoStack()->count(), 3);
    }

    void valueInAnotherUnitIsRefused()
    {
        auto *view = child<QTableView>("targetsView");
        const int undoCount = m_workspace->undoStack()->count();
        view->setCurrentIndex(view->model()->index(0, TargetTableModel::ReachedColumn));
        view->edit(view->currentIndex());
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        typeInto(editor, QStringLiteral("1 %"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        QVERIFY(m_bar->isVisible());
        QVERIFY2(m_bar->text().contains(QStringLiteral("“%”")) &&
                     m_bar->text().contains(QStringLiteral("“đảng viên”")),
                 qPrintable(m_bar->text()));
        QCOMPARE(m_workspace->undoStack()->count(), undoCount);
        QCOMPARE(stored().first().reached, std::optional(ExactDecimal::fromInteger(2)));
        QCOMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("achieved"));
    }

    void undoRedoFollowTheTable()
    {
        QUndoStack *stack = m_workspace->undoStack();
        stack->undo();
        QCOMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("exceeded"));
        stack->undo();
        QCOMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("not reviewed"));
        stack->redo();
        stack->redo();
        QCOMPARE(cell(0, TargetTableModel::ResultColumn), QStringLiteral("achieved"));
    }

    void emptyNameIsRefusedInline()
    {
        const int undoCount = m_workspace->undoStack()->count();
        auto *name = child<QLineEdit>("targetNameEdit");
        name->clear();
        typeInto(child<QLineEdit>("targetValueEdit"), QStringLiteral("5"));
        QTest::keyClick(child<QLineEdit>("targetValueEdit"), Qt::Key_Return);
        QVERIFY(m_bar->isVisible());
        QVERIFY(!name->styleSheet().isEmpty());
        QVERIFY(name->hasFocus());
        QCOMPARE(m_workspace->undoStack()->count(), undoCount);
    }

    void committeePanelCountsTheUnits()
    {
        auto *committee = new CommitteeTargetsPanel(m_workspace, m_bar, m_window);
        m_window->layout()->addWidget(committee);
        Unit vh;
        Term term;
        QString error;
        QVERIFY(
            UnitRepository(m_workspace->database().connection()).byCode(QStringLiteral("VH"), &vh, &error));
        QVERIFY(TermRepository(m_workspace->database().connection()).byYears(2022, 2025, &term, &error));
        committee->showCommittee(vh, term);
        auto *tally = committee->findChild<QLabel *>(QStringLiteral("committeeTallyLabel"));
        QVERIFY2(tally->text().contains(QStringLiteral("1/1 targets achieved or exceeded")),
                 qPrintable(tally->text()));
        auto *results = committee->findChild<QComboBox *>(QStringLiteral("committeeResultFilter"));
        auto *targets = committee->findChild<QTableView *>(QStringLiteral("committeeTargetsView"));
        QCOMPARE(targets->model()->rowCount(), 1);
        results->setCurrentIndex(results->findData(int(CommitteeTargetFilter::Result::NotAchieved)));
        emit results->activated(results->currentIndex());
        QCOMPARE(targets->model()->rowCount(), 0);
        // An undo elsewhere reaches the committee view too.
        m_workspace->undoStack()->undo();
        QCOMPARE(targets->model()->rowCount(), 0);
        results->setCurrentIndex(0);
        emit results->activated(0);
        QCOMPARE(targets->model()->index(0, CommitteeTargetModel::ResultColumn).data().toString(),
                 QStringLiteral("exceeded"));
    }
};

QTEST_MAIN(TestTargetsGui)
#include "tst_targets_gui.moc"
