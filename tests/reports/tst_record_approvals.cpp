#include "ClerkInput.h"
#include "PdfText.h"
#include "reports/ReportDialog.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The clerk of the ward committee prints the batch of approval decisions from the window, lets the
// program record them on the chi bộ committees, and takes it back with one Ctrl+Z.
class TestRecordApprovals : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Every member of the term's VH chi bộ committees: unit code → the approval documents seen.
    static QMap<QString, QStringList> approvals(Workspace *workspace)
    {
        QMap<QString, QStringList> seen;
        QSqlDatabase db = workspace->database().connection();
        QString error;
        Unit vh;
        Term term;
        UnitRepository(db).byCode(QStringLiteral("VH"), &vh, &error);
        TermRepository(db).byYears(2022, 2025, &term, &error);
        QList<Unit> children;
        UnitRepository(db).children(vh.id, 0, 100, &children, &error);
        for (const Unit &child : children) {
            Congress congress;
            QList<CommitteeMember> members;
            if (!CongressRepository(db).find(child.id, term.id, &congress, &error) ||
                !CommitteeRepository(db).members(congress.id, &members, &error))
                continue;
            for (const CommitteeMember &member : members)
                seen[child.code].append(member.approval == CommitteeMember::Approval::Approved
                                            ? member.approvalDocument + QLatin1Char('@') +
                                                  member.approvalDate.toString(Qt::ISODate)
                                            : QStringLiteral("elected"));
        }
        return seen;
    }

    // In the print dialog, as the clerk does it: the decision chosen, its first number typed, then
    // "Save as PDF" (the file and the question answered through the dialog's hooks), then Escape.
    void saveDecisionsThroughTheWindow(MainWindow *window, const QString &pdf, bool record, bool *saved)
    {
        QTimer::singleShot(100, this, [=] {
            auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *kind = dialog->findChild<QComboBox *>();
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_End); // the committee's documents: the summary, statistics, then the decisions
            QLineEdit *number = nullptr;
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text() == QStringLiteral("&Number:"))
                    number = qobject_cast<QLineEdit *>(label->buddy());
            }
            if (!number || dialog->kind() != ReportKind::Decision) {
                dialog->reject(); // the decisions are not offered: the test fails on `saved`
                return;
            }
            typeInto(number, QStringLiteral("125-QĐ/ĐU"));
            ReportDialog::setNextFileName(pdf);
            ReportDialog::setNextApprovalAnswer(record);
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("Save as P&DF…")) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    *saved = true;
                }
            }
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier);
        settle();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_dir.isValid());
    }

    void printRecordAndUndoInOneStep()
    {
        TestDatabase test;
        Workspace *workspace = nullptr;
        MainWindow *window = nullptr;
        QVERIFY(openDemoWindow(test, this, workspace, window));
        QVERIFY(showWindow(window, QSize(1280, 760)));
        QVERIFY(window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(window->selectUnit(QStringLiteral("VH")));
        const QMap<QString, QStringList> before = approvals(workspace);
        QCOMPARE(before.size(), 23);
        const int steps = workspace->undoStack()->count();

        const QString pdf = m_dir.filePath(QStringLiteral("decisions.pdf"));
        bool saved = false;
        saveDecisionsThroughTheWindow(window, pdf, true, &saved);
        QVERIFY(saved);
        QVERIFY(PdfText::text(pdf, 0, PdfText::Raw).contains(QStringLiteral("Số 147-QĐ/ĐU")));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QMap<QString, QStringList> recorded = approvals(workspace);
        QCOMPARE(recorded.value(QStringLiteral("VH-01")).first(), QStringLiteral("125-QĐ/ĐU@") + today);
        QCOMPARE(recorded.value(QStringLiteral("VH-05")).first(), QStringLiteral("129-QĐ/ĐU@") + today);
        QCOMPARE(recorded.value(QStringLiteral("VH-23")).last(), QStringLiteral("147-QĐ/ĐU@") + today);
        for (const QStringList &members : recorded)
            QVERIFY(!members.contains(QStringLiteral("elected")));
        QCOMPARE(workspace->undoStack()->count(), steps + 1);
        QCOMPARE(workspace->undoStack()->undoText(),
                 QStringLiteral("Record the approval of 23 committee(s) (125-QĐ/ĐU – 147-QĐ/ĐU)"));

        // One Ctrl+Z on the window puts every committee back as it was.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
        settle();
        QCOMPARE(approvals(workspace), before);
        QCOMPARE(workspace->undoStack()->index(), steps);
        // Redone, the next batch is offered the number after the last one recorded.
        workspace->undoStack()->redo();
        QString error;
        Unit committee;
        Term term;
        QVERIFY(UnitRepository(workspace->database().connection()).byCode(QStringLiteral("VH"), &committee, &error));
        QVERIFY(TermRepository(workspace->database().connection()).byYears(2022, 2025, &term, &error));
        ReportDialog next(workspace, committee, term);
        next.show();
        auto *kind = next.findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_End);
        QCOMPARE(next.kind(), ReportKind::Decision);
        QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("number"))->text(), QStringLiteral("148-QĐ/ĐU"));
    }

    void answeringNoRecordsNothing()
    {
        TestDatabase test;
        Workspace *workspace = nullptr;
        MainWindow *window = nullptr;
        QVERIFY(openDemoWindow(test, this, workspace, window));
        QVERIFY(showWindow(window, QSize(1280, 760)));
        QVERIFY(window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(window->selectUnit(QStringLiteral("VH")));
        const QMap<QString, QStringList> before = approvals(workspace);
        const int steps = workspace->undoStack()->count();
        bool saved = false;
        saveDecisionsThroughTheWindow(window, m_dir.filePath(QStringLiteral("not-recorded.pdf")), false,
                                      &saved);
        QVERIFY(saved);
        QCOMPARE(approvals(workspace), before);
        QCOMPARE(workspace->undoStack()->count(), steps);
    }
};

QTEST_MAIN(TestRecordApprovals)
#include "tst_record_approvals.moc"
