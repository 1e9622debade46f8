#include "ClerkInput.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "storage/CongressRepository.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QStyleOptionSpinBox>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// The figures derived from attendance (absent, base, quorum) never say what the rules refuse,
// and a refused field is marked without losing its arrows.
class TestCongressFigures : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    QSpinBox *spin(const QString &key) { return m_window->findChild<QSpinBox *>(key + QStringLiteral("Spin")); }
    QString label(const char *name)
    {
        auto *found = m_window->findChild<QLabel *>(QLatin1String(name));
        return found ? found->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
    }
    QString absent() { return label("absentLabel"); }
    void show(const char *term, const char *unit)
    {
        QVERIFY(m_window->selectTerm(QLatin1String(term)));
        QVERIFY(m_window->selectUnit(QLatin1String(unit)));
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        m_window->findChild<MessageBar *>()->hide();
    }
    // Share of the pixels of a spin box's arrow buttons that differ from another spin box's.
    static double arrowDifference(QSpinBox *a, QSpinBox *b)
    {
        QStyleOptionSpinBox option;
        option.initFrom(a);
        option.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
        option.frame = true;
        option.stepEnabled = QAbstractSpinBox::StepUpEnabled | QAbstractSpinBox::StepDownEnabled;
        const QRect up = a->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxUp, a);
        const QRect down = a->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxDown, a);
        const QImage imageA = a->grab().toImage();
        const QImage imageB = b->grab().toImage().scaled(imageA.size());
        int differing = 0;
        int total = 0;
        for (const QRect &rect : {up, down}) {
            for (int y = rect.top(); y <= rect.bottom(); ++y)
                for (int x = rect.left(); x <= rect.right(); ++x, ++total)
                    differing += imageA.pixel(x, y) != imageB.pixel(x, y);
        }
        return total == 0 ? 1.0 : double(differing) / total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window));
    }
    void cleanupTestCase() { delete m_window; }

    void heldCongressShowsItsFigures()
    {
        show("2022-2025", "VH-03");
        const Congress c = storedCongress(m_workspace, m_window);
        QCOMPARE(c.status, Congress::Status::Held);
        QCOMPARE(absent(), QString::number(c.summoned - c.present));
        QVERIFY2(label("baseLabel").startsWith(QString::number(c.base())), qPrintable(label("baseLabel")));
        QVERIFY2(label("quorumLabel").startsWith(QStringLiteral("reached")), qPrintable(label("quorumLabel")));
    }

    void refusedAttendanceShowsNoFigures()
    {
        show("2022-2025", "VH-03");
        const Congress before = storedCongress(m_workspace, m_window);
        auto *present = spin(QStringLiteral("present"));
        typeNumber(present, before.summoned + 23);
        QVERIFY(m_window->findChild<MessageBar *>()->isVisible());
        QCOMPARE(storedCongress(m_workspace, m_window).present, before.present);
        QCOMPARE(absent(), QStringLiteral("—"));
        QCOMPARE(label("baseLabel"), QStringLiteral("—"));
        QVERIFY2(!label("quorumLabel").contains(QStringLiteral("reached")), qPrintable(label("quorumLabel")));

        // Typed back to a number the rules accept: the figures return with it.
        typeNumber(present, before.present);
        QCOMPARE(absent(), QString::number(before.summoned - before.present));
        QVERIFY(label("quorumLabel").startsWith(QStringLiteral("reached")));
    }

    void refusedFieldKeepsItsArrows()
    {
        show("2022-2025", "VH-03");
        const Congress before = storedCongress(m_workspace, m_window);
        auto *present = spin(QStringLiteral("present"));
        auto *summoned = spin(QStringLiteral("summoned"));
        typeNumber(present, before.summoned + 1);
        QVERIFY(present->property("daihoiInvalid").toBool());
        QVERIFY(!summoned->property("daihoiInvalid").toBool());
        QCOMPARE(present->size(), summoned->size());
        // The arrows of the marked field are drawn as those of an unmarked one.
        const double difference = arrowDifference(present, summoned);
        QVERIFY2(difference < 0.05, qPrintable(QStringLiteral("%1 of the arrow pixels differ").arg(difference)));
        typeNumber(present, before.present);
        QVERIFY(!present->property("daihoiInvalid").toBool());
    }

    void plannedCongressHasNoQuorumVerdict()
    {
        show("2017-2020", "UBND-15");
        const Congress c = storedCongress(m_workspace, m_window);
        QCOMPARE(c.status, Congress::Status::Planned);
        QVERIFY(c.summoned > 0);
        QVERIFY2(!label("quorumLabel").contains(QStringLiteral("reached")), qPrintable(label("quorumLabel")));
        QVERIFY(!label("quorumLabel").contains(QStringLiteral("%")));
        QCOMPARE(absent(), QStringLiteral("—"));
        QVERIFY2(label("baseLabel").startsWith(QString::number(c.base())), qPrintable(label("baseLabel")));

        // Set to Held by keyboard, refused until its opening date is typed: still no verdict.
        auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentText(), QStringLiteral("Held"));
        QVERIFY(m_window->findChild<MessageBar *>()->isVisible());
        QCOMPARE(storedCongress(m_workspace, m_window).status, Congress::Status::Planned);
        QVERIFY2(!label("quorumLabel").contains(QStringLiteral("reached")), qPrintable(label("quorumLabel")));
        QCOMPARE(absent(), QStringLiteral("—"));
    }
};

QTEST_MAIN(TestCongressFigures)
#include "tst_congress_figures.moc"
