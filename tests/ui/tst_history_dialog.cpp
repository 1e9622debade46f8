#include "ClerkInput.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "history/HistoryDialog.h"
#include "services/AppSettings.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// A clerk moves a congress to another hall, then opens the congress's change history with Ctrl+H and
// reads who changed the place, from what to what.
class TestHistoryDialog : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    HistoryDialog *openDialog()
    {
        QDeadlineTimer deadline(3000);
        while (!m_window->findChild<HistoryDialog *>() && !deadline.hasExpired())
            QTest::qWait(20);
        return m_window->findChild<HistoryDialog *>();
    }

    static QStringList rows(QTreeWidget *view)
    {
        QStringList lines;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = view->topLevelItem(i);
            lines.append(item->text(1) + QStringLiteral(" | ") + item->text(2));
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings().setClerkName(QStringLiteral("Nguyễn Văn A"));
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        QVERIFY(showWindow(m_window, QSize(1280, 720)));
    }
    void cleanupTestCase() { delete m_window; }

    void theTypedPlaceIsInTheHistory()
    {
        auto *place = m_window->findChild<QLineEdit *>(QStringLiteral("placeEdit"));
        QVERIFY(place && place->isVisible());
        const QString before = place->text();
        typeInto(place, QStringLiteral("Nhà văn hoá khu 3"));
        QTest::keyClick(place, Qt::Key_Tab);
        settle();

        place->setFocus();
        QTest::keyClick(place, Qt::Key_H, Qt::ControlModifier);
        HistoryDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Readable on a 1280×720 screen.
        QVERIFY(dialog->width() <= 1280 && dialog->height() <= 720);
        const QStringList lines = rows(dialog->view());
        QVERIFY(!lines.isEmpty());
        const QString expected = QStringLiteral("Nguyễn Văn A | Congress changed\n    Place: '%1' → 'Nhà văn hoá khu 3'").arg(before);
        QVERIFY2(lines.first() == expected, qPrintable(lines.join(QStringLiteral("\n---\n")).left(2000)));
        QVERIFY(!dialog->view()->topLevelItem(0)->text(0).isEmpty());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(m_window->findChild<HistoryDialog *>() == nullptr);

        // The button on the page opens the same history.
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("historyButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(rows(dialog->view()).first() == expected);
        QTest::keyClick(dialog, Qt::Key_Escape);
    }
};

QTEST_MAIN(TestHistoryDialog)
#include "tst_history_dialog.moc"
