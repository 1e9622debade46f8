#include "ClerkInput.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QComboBox>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The term list offers the terms of the selected unit and its committees, follows the unit, and
// keeps the clerk's term while the unit offers it.
class TestTermChoice : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    QComboBox *m_combo = nullptr;

    QStringList offered() const
    {
        QStringList items;
        for (int i = 0; i < m_combo->count(); ++i)
            items.append(m_combo->itemText(i));
        return items;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window));
        m_combo = m_window->findChild<QComboBox *>(QStringLiteral("termCombo"));
    }
    void cleanupTestCase() { delete m_window; }

    void unitOffersItsOwnAndItsCommitteesTerms()
    {
        // 2025–2030 has no congress anywhere yet, so every unit may begin it.
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QCOMPARE(offered(), (QStringList{QStringLiteral("2025–2030"), QStringLiteral("2022–2025"),
                                         QStringLiteral("2020–2022")}));
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2022-2025"));
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND")));
        QCOMPARE(offered(), (QStringList{QStringLiteral("2025–2030"), QStringLiteral("2017–2020")}));
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2017-2020"));
        QVERIFY(m_window->selectUnit(QStringLiteral("BT-DDT-01")));
        QCOMPARE(offered(), (QStringList{QStringLiteral("2025–2030"), QStringLiteral("2020–2025")}));
    }

    void chosenTermIsKeptWhileOffered()
    {
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        m_combo->setFocus();
        QCOMPARE(m_combo->currentText(), QStringLiteral("2022–2025"));
        QTest::keyClick(m_combo, Qt::Key_Down);
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2020-2022"));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-05")));
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2020-2022"));
        // Another committee's unit does not offer it; coming back brings the clerk's term back.
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND-02")));
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2017-2020"));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH")));
        QCOMPARE(m_window->currentTerm().key(), QStringLiteral("2020-2022"));
    }
};

QTEST_MAIN(TestTermChoice)
#include "tst_term_choice.moc"
