#include "ClerkInput.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "storage/CongressRepository.h"
#include "widgets/MessageBar.h"
#include "widgets/OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

namespace {

// WCAG contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

// A clerk records the dates of UBND-15's congress (planned for 06/07/2017) by keyboard.
class TestDateEntry : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    Congress m_demo;

    OptionalDateEdit *field(const char *name) { return m_window->findChild<OptionalDateEdit *>(QLatin1String(name)); }
    QComboBox *statusCombo() { return m_window->findChild<QComboBox *>(QStringLiteral("statusCombo")); }
    MessageBar *bar() { return m_window->findChild<MessageBar *>(); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
        QApplication::processEvents();
    }
    // As a clerk reaches a field: from the status box, Tab by Tab.
    bool tabInto(QWidget *target)
    {
        statusCombo()->setFocus();
        for (int i = 0; i < 8 && QApplication::focusWidget() != target; ++i)
            key(Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }
    void typeInto(QWidget *target, const QString &text, int leaveWith = Qt::Key_Tab)
    {
        QVERIFY(tabInto(target));
        QTest::keyClicks(target, text);
        key(leaveWith);
    }
    // The status box set to Held the way a clerk does: focus it, arrow down from Planned.
    void chooseHeld()
    {
        statusCombo()->setFocus();
        key(Qt::Key_Down);
        QCOMPARE(statusCombo()->currentText(), QStringLiteral("Held"));
    }
    QCalendarWidget *openCalendar()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        QWidget *popup = QApplication::activePopupWidget();
        return popup ? popup->findChild<QCalendarWidget *>() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2017-2020")));
        QVERIFY(m_window->selectUnit(QStringLiteral("UBND-15")));
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        QVERIFY(showWindow(m_window));
        m_demo = storedCongress(m_workspace, m_window);
        QCOMPARE(m_demo.status, Congress::Status::Planned);
        QCOMPARE(m_demo.plannedDate, QDate(2017, 7, 6));
    }
    // Every case starts from the demo's planned congress, shown afresh.
    void init()
    {
        Congress congress = m_demo;
        const Congress stored = storedCongress(m_workspace, m_window);
        congress.id = stored.id;
        congress.rowVersion = stored.rowVersion; // put back over the record as the last case left it
        QString error;
        QVERIFY2(m_workspace->saveCongress(&congress, &error), qPrintable(error));
        bar()->hide();
        QVERIFY(field("heldFromEdit")->value().isNull());
    }
    void cleanupTestCase() { delete m_window; }

    void typedDateIsTakenInAnEmptyField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("leaveWith");
        QTest::newRow("6/7/2017, Tab") << "6/7/2017" << int(Qt::Key_Tab);
        QTest::newRow("06/07/2017, Tab") << "06/07/2017" << int(Qt::Key_Tab);
        QTest::newRow("06072017, Tab") << "06072017" << int(Qt::Key_Tab);
        QTest::newRow("06/07/2017, Enter") << "06/07/2017" << int(Qt::Key_Return);
    }
    void typedDateIsTakenInAnEmptyField()
    {
        QFETCH(QString, typed);
        QFETCH(int, leaveWith);
        OptionalDateEdit *heldFrom = field("heldFromEdit");
        chooseHeld();
        // Held without a date is refused until the date is typed; the status waits on the form.
        QVERIFY(bar()->isVisible());
        QCOMPARE(storedCongress(m_workspace, m_window).status, Congress::Status::Planned);

        typeInto(heldFrom, typed, leaveWith);
        QCOMPARE(heldFrom->text(), QStringLiteral("06/07/2017"));
        const Congress after = storedCongress(m_workspace, m_window);
        QCOMPARE(after.heldFrom, QDate(2017, 7, 6));
        QCOMPARE(after.status, Congress::Status::Held);
        QVERIFY2(!bar()->isVisible(), qPrintable(bar()->text()));
        if (leaveWith == Qt::Key_Tab)
            QVERIFY(QApplication::focusWidget() != heldFrom);
    }

    void typedDateReplacesAFilledField()
    {
        Congress held = storedCongress(m_workspace, m_window);
        held.status = Congress::Status::Held;
        held.heldFrom = held.heldTo = QDate(2017, 7, 5);
        QString error;
        QVERIFY2(m_workspace->saveCongress(&held, &error), qPrintable(error));
        OptionalDateEdit *heldTo = field("heldToEdit");
        QCOMPARE(heldTo->text(), QStringLiteral("05/07/2017"));

        typeInto(heldTo, QStringLiteral("06072017"));
        QCOMPARE(heldTo->text(), QStringLiteral("06/07/2017"));
        QCOMPARE(storedCongress(m_workspace, m_window).heldTo, QDate(2017, 7, 6));
        typeInto(heldTo, QStringLiteral("7/7/2017"), Qt::Key_Enter);
        QCOMPARE(heldTo->text(), QStringLiteral("07/07/2017"));
        QCOMPARE(storedCongress(m_workspace, m_window).heldTo, QDate(2017, 7, 7));
    }

    void impossibleDateIsNamedAndNotSaved()
    {
        OptionalDateEdit *planned = field("plannedDateEdit");
        QVERIFY(planned);
        const int undoCount = m_workspace->undoStack()->count();
        typeInto(planned, QStringLiteral("31/02/2022"));
        QVERIFY(bar()->isVisible());
        const QString message = bar()->text();
        QVERIFY2(message.contains(QStringLiteral("Planned date")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("31/02/2022")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("28 days")), qPrintable(message));
        QCOMPARE(planned->text(), QStringLiteral("31/02/2022")); // kept, for the clerk to correct
        QVERIFY(planned->property("daihoiInvalid").toBool());
        QCOMPARE(storedCongress(m_workspace, m_window).plannedDate, QDate(2017, 7, 6));
        QCOMPARE(m_workspace->undoStack()->count(), undoCount);

        // Corrected: taken, and the refusal goes.
        typeInto(planned, QStringLiteral("10/07/2017"));
        QCOMPARE(storedCongress(m_workspace, m_window).plannedDate, QDate(2017, 7, 10));
        QVERIFY(!bar()->isVisible());
        QVERIFY(!planned->property("daihoiInvalid").toBool());
    }

    void dateIsEmptiedFromTheKeyboard()
    {
        OptionalDateEdit *planned = field("plannedDateEdit");
        QVERIFY(planned);
        QVERIFY(tabInto(planned));
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        key(Qt::Key_Tab);
        QVERIFY(storedCongress(m_workspace, m_window).plannedDate.isNull());
        QVERIFY(planned->text().isEmpty());

        typeInto(planned, QStringLiteral("6/7/2017"));
        QCOMPARE(storedCongress(m_workspace, m_window).plannedDate, QDate(2017, 7, 6));
        QVERIFY(tabInto(planned));
        key(Qt::Key_Delete, Qt::ControlModifier);
        QVERIFY(storedCongress(m_workspace, m_window).plannedDate.isNull());
        QVERIFY(planned->text().isEmpty());
    }

    void calendarOpensAtThePlannedDateAndIsReadable()
    {
        OptionalDateEdit *heldFrom = field("heldFromEdit");
        chooseHeld();
        QVERIFY(tabInto(heldFrom));
        QCalendarWidget *calendar = openCalendar();
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2017);
        QCOMPARE(calendar->monthShown(), 7);
        QCOMPARE(calendar->selectedDate(), QDate(2017, 7, 6));

        // The month and year stand out from their bar, whether or not the popup counts as active.
        auto *bar = calendar->findChild<QWidget *>(QStringLiteral("qt_calendar_navigationbar"));
        auto *month = calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_monthbutton"));
        QVERIFY(bar && month);
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            const double ratio = contrast(bar->palette().color(group, bar->backgroundRole()),
                                          month->palette().color(group, month->foregroundRole()));
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("header contrast %1 in group %2").arg(ratio).arg(group)));
        }
        // All six week rows show in full.
        auto *view = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
        QVERIFY(view);
        const int last = view->model()->rowCount() - 1;
        QVERIFY2(view->rowViewportPosition(last) + view->rowHeight(last) <= view->viewport()->height(),
                 qPrintable(QStringLiteral("last row ends at %1, view is %2 high")
                                .arg(view->rowViewportPosition(last) + view->rowHeight(last))
                                .arg(view->viewport()->height())));
        QVERIFY(calendar->window()->geometry().contains(calendar->mapToGlobal(calendar->rect().bottomRight())));

        // Enter on the day shown takes it, and the congress is held on it.
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Return);
        QApplication::processEvents();
        QVERIFY(!QApplication::activePopupWidget());
        QCOMPARE(heldFrom->text(), QStringLiteral("07/07/2017"));
        QCOMPARE(storedCongress(m_workspace, m_window).heldFrom, QDate(2017, 7, 7));
        QCOMPARE(storedCongress(m_workspace, m_window).status, Congress::Status::Held);
    }

    void escapeLeavesTheFieldAsItWas()
    {
        OptionalDateEdit *planned = field("plannedDateEdit");
        QVERIFY(tabInto(planned));
        QVERIFY(openCalendar());
        key(Qt::Key_Escape);
        QVERIFY(!QApplication::activePopupWidget());
        QCOMPARE(QApplication::focusWidget(), planned);
        QCOMPARE(planned->text(), QStringLiteral("06/07/2017"));
        QCOMPARE(storedCongress(m_workspace, m_window).plannedDate, QDate(2017, 7, 6));
    }
};

QTEST_MAIN(TestDateEntry)
#include "tst_date_entry.moc"
