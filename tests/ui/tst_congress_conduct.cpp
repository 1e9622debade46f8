#include "ClerkInput.h"
#include "CongressPanel.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "domain/DisplayFormat.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk records how the congress was run: its times, the presidium, the secretary, the counting board
// and the resolution's votes, each saved as it is left and undone by name.
class TestCongressConduct : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    template <typename T> T *field(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget || !widget->isVisible())
            qWarning() << name << "not visible";
        return widget;
    }
    Congress stored() { return storedCongress(m_workspace, m_window); }
    QString lastUndoText() { return m_workspace->undoStack()->text(m_workspace->undoStack()->index() - 1); }
    MessageBar *bar() { return m_window->findChild<MessageBar *>(); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        QVERIFY(showWindow(m_window, QSize(1280, 760)));
    }
    void cleanupTestCase() { delete m_window; }

    void demoConductIsShown()
    {
        const Congress c = stored();
        QCOMPARE(c.openingTime, QTime(7, 30));
        QCOMPARE(field<QLineEdit>("openingTimeEdit")->text(), QStringLiteral("07:30"));
        QCOMPARE(field<QLineEdit>("closingTimeEdit")->text(), QStringLiteral("11:30"));
        QCOMPARE(field<QLineEdit>("countingBoardHeadEdit")->text(), c.countingBoardHead);
        QCOMPARE(field<QLineEdit>("countingBoardMembersEdit")->text(),
                 c.countingBoardMembers.join(QStringLiteral("; ")));
        QCOMPARE(field<QSpinBox>("resolutionVotesForSpin")->value(), c.present);
        QCOMPARE(field<QLabel>("resolutionRateLabel")->text(),
                 QStringLiteral("%1 % of the %2 present").arg(DisplayFormat::percent(1, 1)).arg(c.present));
    }

    void timesAreTypedTheShortWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QTime>("time");
        QTest::newRow("three digits") << "745" << QTime(7, 45);
        QTest::newRow("hour with h") << "8h" << QTime(8, 0);
        QTest::newRow("colon") << "7:30" << QTime(7, 30);
    }
    void timesAreTypedTheShortWay()
    {
        QFETCH(QString, typed);
        QFETCH(QTime, time);
        auto *opening = field<QLineEdit>("openingTimeEdit");
        const QTime before = stored().openingTime;
        typeInto(opening, typed);
        QCOMPARE(stored().openingTime, time);
        QCOMPARE(opening->text(), time.toString(QStringLiteral("HH:mm")));
        if (before != time)
            QCOMPARE(lastUndoText(), QStringLiteral("Opening time: %1 → %2")
                                         .arg(before.toString(QStringLiteral("HH:mm")),
                                              time.toString(QStringLiteral("HH:mm"))));
    }

    void badTimeIsRefusedByName()
    {
        auto *closing = field<QLineEdit>("closingTimeEdit");
        const Congress before = stored();
        const int undoCount = m_workspace->undoStack()->count();
        typeInto(closing, QStringLiteral("25:00"));
        QVERIFY(bar()->isVisible());
        QVERIFY2(bar()->text().contains(
                     QStringLiteral("Closing time “25:00” is not a time: there is no hour 25.")),
                 qPrintable(bar()->text()));
        QVERIFY(closing->property("daihoiInvalid").toBool());
        QVERIFY(stored() == before);

        // Closing before opening on a one-day congress.
        typeInto(closing, QStringLiteral("6:45"));
        QVERIFY2(bar()->text().contains(QStringLiteral(
                     "Closing time (06:45) is before opening time (07:30) on a one-day congress.")),
                 qPrintable(bar()->text()));
        QVERIFY(stored() == before);
        QCOMPARE(m_workspace->undoStack()->count(), undoCount);

        // Put right with Enter, the refusal goes.
        closing->setFocus();
        QTest::keyClick(closing, Qt::Key_A, Qt::ControlModifier);
        typeText(closing, QStringLiteral("1145"));
        QTest::keyClick(closing, Qt::Key_Return);
        settle();
        QCOMPARE(stored().closingTime, QTime(11, 45));
        QVERIFY(!bar()->isVisible());
        QVERIFY(!closing->property("daihoiInvalid").toBool());
    }

    void countingBoardByName()
    {
        auto *head = field<QLineEdit>("countingBoardHeadEdit");
        auto *members = field<QLineEdit>("countingBoardMembersEdit");
        QVERIFY(!members->placeholderText().isEmpty());
        const QString oldHead = stored().countingBoardHead;
        typeInto(head, QStringLiteral("Lê Thị Hoa"));
        QCOMPARE(stored().countingBoardHead, QStringLiteral("Lê Thị Hoa"));
        QCOMPARE(lastUndoText(), QStringLiteral("Head of the counting board: %1 → Lê Thị Hoa").arg(oldHead));

        typeInto(members, QStringLiteral(" Phạm  Thị Mai;Đỗ Văn Hùng ; "));
        QCOMPARE(stored().countingBoardMembers,
                 (QStringList{QStringLiteral("Phạm Thị Mai"), QStringLiteral("Đỗ Văn Hùng")}));
        QCOMPARE(members->text(), QStringLiteral("Phạm Thị Mai; Đỗ Văn Hùng"));

        // The head is not also a member.
        const Congress before = stored();
        typeInto(members, QStringLiteral("Phạm Thị Mai; Lê Thị Hoa"));
        QVERIFY2(
            bar()->text().contains(QStringLiteral(
                "Lê Thị Hoa is the head of the counting board and cannot also be listed among its members.")),
            qPrintable(bar()->text()));
        QVERIFY(members->property("daihoiInvalid").toBool());
        QVERIFY(stored() == before);
        typeInto(members, QStringLiteral("Phạm Thị Mai; Đỗ Văn Hùng"));
        QVERIFY(!bar()->isVisible());

        // Undo brings back the head and the field shows it.
        action("undoAction")->trigger(); // the members
        action("undoAction")->trigger(); // the head
        QCOMPARE(stored().countingBoardHead, oldHead);
        QCOMPARE(head->text(), oldHead);
        action("redoAction")->trigger();
        QCOMPARE(head->text(), QStringLiteral("Lê Thị Hoa"));
    }

    void presidiumAndSecretary()
    {
        auto *presidium = field<QLineEdit>("presidiumEdit");
        auto *secretaries = field<QLineEdit>("secretariesEdit");
        typeInto(presidium, QStringLiteral("Trần Văn Dũng; Nguyễn Thị Hương; Bùi Quang Huy"));
        QCOMPARE(stored().presidium,
                 (QStringList{QStringLiteral("Trần Văn Dũng"), QStringLiteral("Nguyễn Thị Hương"),
                              QStringLiteral("Bùi Quang Huy")}));
        typeInto(secretaries, QStringLiteral("Ngô Thu Hà"));
        QCOMPARE(stored().secretaries, QStringList{QStringLiteral("Ngô Thu Hà")});
        QVERIFY2(lastUndoText().startsWith(QStringLiteral("Secretaries: ")) &&
                     lastUndoText().endsWith(QStringLiteral(" → Ngô Thu Hà")),
                 qPrintable(lastUndoText()));
    }

    void resolutionVotesAndRate()
    {
        auto *votes = field<QSpinBox>("resolutionVotesForSpin");
        auto *rate = field<QLabel>("resolutionRateLabel");
        const Congress before = stored();
        typeNumber(votes, before.present + 1);
        settle();
        QVERIFY2(bar()->text().contains(QStringLiteral("Resolution votes for (%1) exceeds present (%2)")
                                            .arg(before.present + 1)
                                            .arg(before.present)),
                 qPrintable(bar()->text()));
        QVERIFY(stored() == before);
        QCOMPARE(rate->text(), QStringLiteral("—"));

        typeNumber(votes, before.present - 1);
        settle();
        QCOMPARE(stored().resolutionVotesFor, before.present - 1);
        QVERIFY2(rate->text().endsWith(QStringLiteral(" % of the %1 present").arg(before.present)) &&
                     rate->text().startsWith(DisplayFormat::percent(before.present - 1, before.present)),
                 qPrintable(rate->text()));
        QCOMPARE(lastUndoText(),
                 QStringLiteral("Resolution votes for: %1 → %2").arg(before.present).arg(before.present - 1));
    }
};

QTEST_MAIN(TestCongressConduct)
#include "tst_congress_conduct.moc"
