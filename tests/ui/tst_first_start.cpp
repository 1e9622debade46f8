#include "ClerkInput.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "models/UnitTreeModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A new, empty database: the clerk creates the committee and its first term from the keyboard on
// the page the window opens on, then goes on to its units.
class TestFirstStart : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    template <typename T> T *child(const char *name) { return m_window->findChild<T *>(QLatin1String(name)); }
    // Vietnamese letters arrive as key events carrying their text, as a Vietnamese keyboard sends them.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
    void typeInto(QWidget *widget, const QString &text)
    {
        QCOMPARE(QApplication::focusWidget(), widget);
        typeText(widget, text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.open());
        QVERIFY(openWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window));
        QApplication::setActiveWindow(m_window);
    }
    void cleanupTestCase() { delete m_window; }

    void refusalsAreNamedBesideTheFields()
    {
        auto *name = child<QLineEdit>("firstStartName");
        QVERIFY2(name && name->isVisible(), "an empty database opens on the form that creates the committee");
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
        auto *problem = child<QLabel>("firstStartProblem");
        QVERIFY(problem->text().startsWith(QLatin1String("Name:")));
        typeText(name, QStringLiteral("Đảng bộ phường Việt Hưng"));
        QTest::keyClick(name, Qt::Key_Tab);
        typeInto(child<QLineEdit>("firstStartCode"), QStringLiteral("VH"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(child<QLineEdit>("firstStartTerm"), QStringLiteral("2025"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY2(problem->text().startsWith(QLatin1String("First term:")), qPrintable(problem->text()));
        // Years in the wrong order are named as such, not as a badly written term.
        auto *term = child<QLineEdit>("firstStartTerm");
        QCOMPARE(QApplication::focusWidget(), term); // the refusal put the clerk back in the field
        QTest::keyClick(term, Qt::Key_End);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(term, Qt::Key_Backspace);
        typeText(term, QStringLiteral("2030-2025"));
        QTest::keyClick(term, Qt::Key_Return);
        QVERIFY2(problem->text().contains(QStringLiteral("2030–2025 is not a term (the end year must follow the start year")),
                 qPrintable(problem->text()));
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        QCOMPARE(m_window->findChild<UnitTreeModel *>()->rowCount(), 0);
        // Back to an empty form for the next test.
        for (const char *field : {"firstStartName", "firstStartCode", "firstStartTerm"}) {
            child<QLineEdit>(field)->setFocus();
            QTest::keyClick(child<QLineEdit>(field), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(child<QLineEdit>(field), Qt::Key_Delete);
        }
    }

    void committeeAndFirstTermByKeyboard()
    {
        auto *name = child<QLineEdit>("firstStartName");
        QVERIFY(name && name->isVisible());
        name->setFocus();
        typeInto(name, QStringLiteral("Đảng bộ phường Việt Hưng"));
        QTest::keyClick(name, Qt::Key_Tab);
        typeInto(child<QLineEdit>("firstStartCode"), QStringLiteral("VH"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *level = child<QComboBox>("firstStartLevel");
        QCOMPARE(QApplication::focusWidget(), level);
        QCOMPARE(level->currentText(), UnitLevels::displayName(UnitLevel::GrassrootsCommittee));
        QTest::keyClick(level, Qt::Key_Up);
        QCOMPARE(level->currentText(), UnitLevels::displayName(UnitLevel::CommitteeAboveGrassroots));
        QTest::keyClick(level, Qt::Key_Tab);
        typeInto(child<QLineEdit>("firstStartTerm"), QStringLiteral("2025-2030"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *create = child<QPushButton>("firstStartCreate");
        QCOMPARE(QApplication::focusWidget(), create);
        QTest::keyClick(create, Qt::Key_Space);

        // The tree shows the committee, selected, and the new term is chosen.
        auto *tree = child<QTreeView>("unitTree");
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Đảng bộ phường Việt Hưng"));
        QCOMPARE(m_window->currentUnit().code, QStringLiteral("VH"));
        QCOMPARE(m_window->currentUnit().level, UnitLevel::CommitteeAboveGrassroots);
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2025-2030"));
        QCOMPARE(child<QComboBox>("termCombo")->currentText(), QStringLiteral("2025–2030"));
        // Two steps, each undoable; then the page offers the units.
        QCOMPARE(m_workspace->undoStack()->count(), 2);
        auto *addUnit = child<QPushButton>("firstStartAddUnit");
        QVERIFY(addUnit->isVisible());
        QCOMPARE(QApplication::focusWidget(), addUnit);
        QVERIFY(child<QPushButton>("firstStartImport"));
    }

    void undoReturnsToTheEmptyForm()
    {
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(child<QTreeView>("unitTree")->model()->rowCount(), 0);
        QCOMPARE(child<QComboBox>("termCombo")->count(), 0);
        QVERIFY(child<QLineEdit>("firstStartName")->isVisible());
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_first_start.moc"
