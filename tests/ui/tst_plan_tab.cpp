#include "ClerkInput.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "domain/plans/ScheduleSpread.h"
#include "plans/PlanEvents.h"
#include "plans/PlanPanel.h"
#include "plans/PlanScheduleModel.h"
#include "plans/WorkItemTableModel.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "widgets/FieldMark.h"
#include "widgets/MessageBar.h"
#include "widgets/OptionalDateEdit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk of the Việt Hưng ward committee records its plan for the term 2025–2030 on the Plan tab: the heading,
// the timetable typed or spread over working days or copied from the plan of 2022, saved and undone.
class TestPlanTab : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_vh = 0;
    Term m_term;

    template <typename T> T *child(const char *name)
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    PlanPanel *panel() { return m_window->findChild<PlanPanel *>(); }
    QTableView *timetable() { return child<QTableView>("planScheduleView"); }
    MessageBar *bar() { return m_window->findChild<MessageBar *>(); }
    Plan stored(const QString &code = QStringLiteral("VH"), const Term &term = {})
    {
        Unit unit;
        Plan plan;
        QString error;
        UnitRepository(m_workspace->database().connection()).byCode(code, &unit, &error);
        PlanRepository(m_workspace->database().connection())
            .plan(unit.id, term.isValid() ? term.id : m_term.id, &plan, &error);
        return plan;
    }
    qint64 unitId(const QString &code)
    {
        Unit unit;
        QString error;
        UnitRepository(m_workspace->database().connection()).byCode(code, &unit, &error);
        return unit.id;
    }
    int rowOf(const QString &code)
    {
        const qint64 id = unitId(code);
        QAbstractItemModel *model = timetable()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PlanScheduleModel::UnitIdRole).toLongLong() == id)
                return row;
        }
        return -1;
    }
    QString cell(int row, int column) { return timetable()->model()->index(row, column).data().toString(); }
    void click(const char *button)
    {
        auto *widget = child<QPushButton>(button);
        QVERIFY(widget && widget->isVisible());
        QTest::mouseClick(widget, Qt::LeftButton);
        settle();
    }
    void clickUndo()
    {
        auto *undoAction = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QWidget *undo = nullptr;
        for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
            undo = undo ? undo : toolBar->widgetForAction(undoAction);
        QVERIFY(undo && undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        settle();
    }
    // The heading typed into the empty fields, field by field, as on paper.
    void typeHeading(const QString &from, const QString &pilotsBy, const QString &deadline)
    {
        typeInto(child<QLineEdit>("planNumberEdit"), QStringLiteral("12-KH/ĐU"));
        typeInto(child<QWidget>("planDateEdit"), QStringLiteral("10/3/2025"));
        typeInto(child<QLineEdit>("planSubjectEdit"), QStringLiteral("về việc tổ chức Đại hội chi bộ trực thuộc"));
        typeInto(child<QWidget>("planPeriodFromEdit"), from);
        typeInto(child<QWidget>("planDeadlineEdit"), deadline);
        typeInto(child<QWidget>("planPilotDeadlineEdit"), pilotsBy);
    }
    // As a keyboard does: each key goes to whatever has the focus (the first opens the cell's editor).
    void typeAtFocus(const QString &text)
    {
        for (const QChar ch : text)
            typeText(QApplication::focusWidget(), QString(ch));
    }
    // Types into a cell of the timetable: walks to it by keyboard, types, leaves with `key`.
    void typeCell(int row, int column, const QString &text, Qt::Key key = Qt::Key_Return)
    {
        keyToCell(timetable(), row, column);
        typeAtFocus(text);
        QTest::keyClick(QApplication::focusWidget(), key);
        settle();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QString error;
        QVERIFY(TermRepository(m_workspace->database().connection()).byYears(2025, 2030, &m_term, &error));
        m_vh = unitId(QStringLiteral("VH"));
        QVERIFY(showWindow(m_window, QSize(1366, 768)));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    // Each case starts from no plan for 2025–2030, shown afresh.
    void init()
    {
        if (const Plan plan = stored(); plan.isValid()) {
            QString error;
            QVERIFY(PlanRepository(m_workspace->database().connection()).remove(plan.id, &error));
        }
        m_workspace->undoStack()->clear();
        QVERIFY(m_window->selectTerm(QStringLiteral("2025-2030")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH")));
        QVERIFY(clickTab(m_window, panel()));
        settle();
        panel()->reload();
        bar()->hide();
        QCOMPARE(m_window->currentTerm().id, m_term.id);
    }
    void cleanupTestCase() { delete m_window; }

    void typedPlanIsSavedAndUndone()
    {
        QVERIFY(child<QLineEdit>("planNumberEdit")->text().isEmpty());
        QCOMPARE(timetable()->model()->rowCount(), 23); // every chi bộ of the ward, none scheduled
        typeHeading(QStringLiteral("01/04/2025"), QString(), QStringLiteral("30052025"));
        // The date typed as on paper is shown back in full.
        QCOMPARE(child<QLineEdit>("planDateEdit")->text(), QStringLiteral("10/03/2025"));
        QVERIFY(stored().id == 0); // nothing is written before Save
        click("savePlanButton");
        const Plan plan = stored();
        QVERIFY2(plan.isValid(), qPrintable(bar()->text()));
        QCOMPARE(plan.number, QStringLiteral("12-KH/ĐU"));
        QCOMPARE(plan.issuedOn, QDate(2025, 3, 10));
        QCOMPARE(plan.periodFrom, QDate(2025, 4, 1));
        QCOMPARE(plan.deadline, QDate(2025, 5, 30));
        QVERIFY(plan.schedule.isEmpty());
        QVERIFY2(child<QLabel>("planIntro")->text().contains(QStringLiteral("Plan no. 12-KH/ĐU of 10/3/2025")),
                 qPrintable(child<QLabel>("planIntro")->text()));
        QCOMPARE(m_workspace->undoStack()->count(), 1);

        // Undo removes the new plan; the form is empty again.
        clickUndo();
        QVERIFY(!stored().isValid());
        QVERIFY(child<QLineEdit>("planNumberEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>("planDateEdit")->text().isEmpty());
    }

    void changeIsUndoneToThePreviousPlan()
    {
        typeHeading(QStringLiteral("01/04/2025"), QString(), QStringLiteral("30/05/2025"));
        click("savePlanButton");
        QVERIFY(stored().isValid());
        // A second save changes the deadline; its undo gives back the first one, not an empty plan.
        typeInto(child<QWidget>("planDeadlineEdit"), QStringLiteral("13/6/2025"));
        QVERIFY(child<QLabel>("planState")->text().contains(QStringLiteral("not saved")));
        QTest::keyClick(child<QWidget>("planDeadlineEdit"), Qt::Key_S, Qt::ControlModifier);
        settle();
        QCOMPARE(stored().deadline, QDate(2025, 6, 13));
        clickUndo();
        QCOMPARE(stored().deadline, QDate(2025, 5, 30));
        QCOMPARE(stored().number, QStringLiteral("12-KH/ĐU"));
        QCOMPARE(child<QLineEdit>("planDeadlineEdit")->text(), QStringLiteral("30/05/2025"));
    }

    void scheduledDateIsTypedInTheTimetable()
    {
        typeHeading(QStringLiteral("01/04/2025"), QString(), QStringLiteral("30/05/2025"));
        const int row = rowOf(QStringLiteral("VH-03"));
        QVERIFY(row >= 0);
        typeCell(row, PlanScheduleModel::DateColumn, QStringLiteral("15/4/2025"));
        QCOMPARE(cell(row, PlanScheduleModel::DateColumn), QStringLiteral("15/04/2025"));
        // Enter moved down and opened the cell below, as in a spreadsheet.
        QCOMPARE(timetable()->currentIndex().row(), row + 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        // Time, place and the member attending, Tab from cell to cell.
        keyToCell(timetable(), row, PlanScheduleModel::TimeColumn);
        typeAtFocus(QStringLiteral("1930"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeAtFocus(QStringLiteral("Nhà văn hóa tổ dân phố 1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeAtFocus(QStringLiteral("Lê Quang Minh"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        settle();
        QCOMPARE(cell(row, PlanScheduleModel::TimeColumn), QStringLiteral("19:30"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

        // A day that does not exist stays as typed, tinted, and Save refuses it by the unit's name.
        const int next = rowOf(QStringLiteral("VH-04"));
        typeCell(next, PlanScheduleModel::DateColumn, QStringLiteral("31/4/2025"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(cell(next, PlanScheduleModel::DateColumn), QStringLiteral("31/4/2025"));
        QVERIFY(timetable()->model()->index(next, PlanScheduleModel::DateColumn).data(Qt::BackgroundRole).isValid());
        click("savePlanButton");
        QVERIFY(!stored().isValid());
        QVERIFY2(bar()->isVisible()
                     && bar()->text().contains(QStringLiteral("The date of Chi bộ Tổ dân phố số 2 “31/4/2025” is not a date")),
                 qPrintable(bar()->text()));

        // Corrected, it saves with the line typed above.
        typeCell(next, PlanScheduleModel::DateColumn, QStringLiteral("16/4/2025"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        click("savePlanButton");
        const Plan plan = stored();
        QVERIFY2(plan.isValid(), qPrintable(bar()->text()));
        const ScheduledCongress *line = plan.scheduleOf(unitId(QStringLiteral("VH-03")));
        QVERIFY(line);
        QCOMPARE(line->date, QDate(2025, 4, 15));
        QCOMPARE(line->time, QTime(19, 30));
        QCOMPARE(line->place, QStringLiteral("Nhà văn hóa tổ dân phố 1"));
        QCOMPARE(line->attending, QStringLiteral("Lê Quang Minh"));
        QCOMPARE(plan.scheduleOf(unitId(QStringLiteral("VH-04")))->date, QDate(2025, 4, 16));
        QCOMPARE(plan.schedule.size(), 2); // the untouched units have no line

        // Ctrl+S while a cell is still being typed in saves what it holds.
        const int fifth = rowOf(QStringLiteral("VH-05"));
        keyToCell(timetable(), fifth, PlanScheduleModel::DateColumn);
        typeAtFocus(QStringLiteral("17/4/2025"));
        QVERIFY(QApplication::focusWidget() != timetable()); // the cell's editor
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        settle();
        QVERIFY2(stored().scheduleOf(unitId(QStringLiteral("VH-05"))), qPrintable(bar()->text()));
        QCOMPARE(stored().scheduleOf(unitId(QStringLiteral("VH-05")))->date, QDate(2025, 4, 17));
        QCOMPARE(QApplication::focusWidget(), timetable());
    }

    void spreadPutsThePilotsFirst()
    {
        typeHeading(QStringLiteral("01/04/2025"), QStringLiteral("11/04/2025"), QStringLiteral("30/05/2025"));
        // Two pilot congresses, ticked with the space bar.
        const QList<QString> pilots{QStringLiteral("VH-17"), QStringLiteral("VH-18")};
        for (const QString &code : pilots) {
            keyToCell(timetable(), rowOf(code), PlanScheduleModel::PilotColumn);
            QTest::keyClick(timetable(), Qt::Key_Space);
        }
        QCOMPARE(timetable()->model()->index(rowOf(QStringLiteral("VH-17")), PlanScheduleModel::PilotColumn)
                     .data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        click("spreadButton");
        click("savePlanButton");
        const Plan plan = stored();
        QVERIFY2(plan.isValid(), qPrintable(bar()->text()));
        QCOMPARE(plan.schedule.size(), 23);
        QDate lastPilot;
        QDate firstOther;
        for (const ScheduledCongress &line : plan.schedule) {
            QVERIFY(line.date.isValid() && line.date.dayOfWeek() <= 5);
            QVERIFY(line.date >= QDate(2025, 4, 1) && line.date <= QDate(2025, 5, 30));
            if (line.pilot)
                lastPilot = qMax(lastPilot, line.date);
            else if (!firstOther.isValid() || line.date < firstOther)
                firstOther = line.date;
        }
        QCOMPARE(plan.scheduleOf(unitId(QStringLiteral("VH-17")))->date, QDate(2025, 4, 1));
        QVERIFY(lastPilot <= QDate(2025, 4, 11));
        QVERIFY2(firstOther > lastPilot && firstOther > QDate(2025, 4, 11), qPrintable(firstOther.toString()));
        // The table shows what was saved.
        QCOMPARE(cell(rowOf(QStringLiteral("VH-17")), PlanScheduleModel::DateColumn), QStringLiteral("01/04/2025"));
    }

    void copyTakesTheLastTermsTimetable()
    {
        typeInto(child<QLineEdit>("planNumberEdit"), QStringLiteral("12-KH/ĐU"));
        typeInto(child<QWidget>("planDateEdit"), QStringLiteral("10/3/2025"));
        click("copyPreviousButton");
        Term earlier;
        QString error;
        QVERIFY(TermRepository(m_workspace->database().connection()).byYears(2022, 2025, &earlier, &error));
        const Plan previous = stored(QStringLiteral("VH"), earlier);
        QCOMPARE(previous.number, QStringLiteral("74-KH/ĐU"));
        // The period comes with it, three years on.
        QCOMPARE(child<QLineEdit>("planPeriodFromEdit")->text(), QStringLiteral("15/08/2025"));
        click("savePlanButton");
        const Plan plan = stored();
        QVERIFY2(plan.isValid(), qPrintable(bar()->text()));
        QCOMPARE(plan.schedule.size(), previous.schedule.size());
        for (const ScheduledCongress &old : previous.schedule) {
            const ScheduledCongress *line = plan.scheduleOf(old.unitId);
            QVERIFY(line);
            QCOMPARE(line->date, ScheduleSpread::carriedForward(old.date, 3));
            QCOMPARE(line->time, old.time);
            QCOMPARE(line->place, old.place);
            QCOMPARE(line->attending, old.attending);
            QCOMPARE(line->pilot, old.pilot);
        }
    }

    void refusalNamesTheField()
    {
        // A deadline before the period's first day: refused inline, the field marked, nothing written.
        typeHeading(QStringLiteral("01/05/2025"), QString(), QStringLiteral("01/04/2025"));
        click("savePlanButton");
        QVERIFY(!stored().isValid());
        QVERIFY(bar()->isVisible());
        QVERIFY2(bar()->text().contains(QStringLiteral("The deadline 1/4/2025 is before the period's first day 1/5/2025")),
                 qPrintable(bar()->text()));
        QVERIFY(FieldMark::isInvalid(child<QWidget>("planDeadlineEdit")));
        QVERIFY(!FieldMark::isInvalid(child<QWidget>("planNumberEdit")));

        // A date that is no date is named with the field it was typed in.
        typeInto(child<QWidget>("planDeadlineEdit"), QStringLiteral("31/02/2025"));
        click("savePlanButton");
        QVERIFY(!stored().isValid());
        QVERIFY2(bar()->text().contains(QStringLiteral("The deadline “31/02/2025” is not a date")), qPrintable(bar()->text()));

        // An empty number: the rule's own words.
        typeInto(child<QWidget>("planDeadlineEdit"), QStringLiteral("30/05/2025"));
        auto *number = child<QLineEdit>("planNumberEdit");
        number->setFocus();
        QTest::keyClick(number, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(number, Qt::Key_Delete);
        click("savePlanButton");
        QVERIFY(!stored().isValid());
        QVERIFY2(bar()->text().contains(QStringLiteral("The plan's number is empty")), qPrintable(bar()->text()));
        QVERIFY(FieldMark::isInvalid(number));
        QVERIFY(!FieldMark::isInvalid(child<QWidget>("planDeadlineEdit")));
    }
};

QTEST_MAIN(TestPlanTab)
#include "tst_plan_tab.moc"
