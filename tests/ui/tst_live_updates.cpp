#include "ClerkInput.h"
#include "PgTestServer.h"
#include "TestDatabase.h"
#include "models/UnitTreeModel.h"
#include "storage/CongressOverviewQuery.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/MessageBar.h"
#include "widgets/RecordChangedBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QUrl>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// Two clerks, each in their own window with their own connection to one office database: what one saves
// shows in the other's window within 2 s, without overwriting what the other is typing; while the server
// cannot be reached a banner says so, and what was typed stays.
class TestLiveUpdates : public QObject
{
    Q_OBJECT
private:
    PgTestServer m_server;
    QString m_url;
    Database m_check; // the test's own look at the database
    MainWindow *m_first = nullptr;
    MainWindow *m_second = nullptr;

    template <typename T> static T *child(MainWindow *window, const char *name)
    {
        auto *widget = window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    MainWindow *openClerk()
    {
        auto *workspace = new Workspace(this);
        auto *window = new MainWindow(workspace);
        if (!window->openDatabase(m_url) || !showWindow(window, QSize(1280, 760)))
            return nullptr;
        return window;
    }
    static void activate(MainWindow *window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    Congress savedCongress()
    {
        Unit unit;
        Term term;
        Congress congress;
        QString error;
        UnitRepository(m_check.connection()).byCode(QStringLiteral("UBND-15"), &unit, &error);
        TermRepository(m_check.connection()).byYears(2017, 2020, &term, &error);
        CongressRepository(m_check.connection()).find(unit.id, term.id, &congress, &error);
        return congress;
    }
    // The clerk of the first window changes a field of its own, without leaving the second window's typing.
    static void saveInFirst(QWidget *field, const QString &text)
    {
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        typeText(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }
    int treeState(MainWindow *window, const QString &code)
    {
        Unit unit;
        QString error;
        UnitRepository(m_check.connection()).byCode(code, &unit, &error);
        auto *model = qobject_cast<UnitTreeModel *>(child<QTreeView>(window, "unitTree")->model());
        return model->indexOfUnit(unit.id).data(UnitTreeModel::CongressStateRole).toInt();
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        QString error;
        m_url = TestDatabase::demoOffice(m_server, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        QVERIFY2(m_check.connectServer(m_url, &error), qPrintable(error));
        m_first = openClerk();
        m_second = openClerk();
        QVERIFY(m_first && m_second);
        for (MainWindow *window : {m_first, m_second}) {
            QVERIFY(window->selectTerm(QStringLiteral("2017-2020")));
            QVERIFY(window->selectUnit(QStringLiteral("UBND-15")));
            QVERIFY(window->showPage(QStringLiteral("congress")));
        }
        activate(m_second);
        child<QTreeView>(m_second, "unitTree")->setFocus();
    }

    void cleanupTestCase()
    {
        delete m_first;
        delete m_second;
    }

    void whatOneClerkSavesAppearsInTheOtherWindow()
    {
        QCOMPARE(treeState(m_second, QStringLiteral("UBND-15")), int(CongressMark::State::Planned));
        // The first clerk marks the congress postponed and types its new place.
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(child<QComboBox>(m_first, "statusCombo"), Qt::Key_End);
        QTRY_COMPARE_WITH_TIMEOUT(treeState(m_second, QStringLiteral("UBND-15")),
                                  int(CongressMark::State::Postponed), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QComboBox>(m_second, "statusCombo")->currentData().toInt(),
                                  int(Congress::Status::Postponed), 2000);
        QVERIFY(clock.elapsed() < 2000);

        clock.restart();
        saveInFirst(child<QLineEdit>(m_first, "placeEdit"), QStringLiteral("Hội trường tầng 2"));
        QCOMPARE(savedCongress().place, QStringLiteral("Hội trường tầng 2"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(m_second, "placeEdit")->text(),
                                  QStringLiteral("Hội trường tầng 2"), 2000);
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(!child<RecordChangedBar>(m_second, "recordChangedBar")->isVisible());
    }

    void whatTheOtherClerkIsTypingIsKept()
    {
        auto *place = child<QLineEdit>(m_second, "placeEdit");
        place->setFocus();
        QTest::keyClick(place, Qt::Key_A, Qt::ControlModifier);
        typeText(place, QStringLiteral("Nhà văn hóa"));
        const int number = child<QSpinBox>(m_second, "officialMembersSpin")->value();

        auto *firstNumber = child<QSpinBox>(m_first, "officialMembersSpin");
        QTest::keyClick(firstNumber, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(firstNumber, QString::number(number + 3));
        QTest::keyClick(firstNumber, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(savedCongress().officialMembers, number + 3, 2000);

        auto *bar = child<RecordChangedBar>(m_second, "recordChangedBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 2000);
        QVERIFY(bar->text().contains(QStringLiteral("changed on another computer")));
        QCOMPARE(place->text(), QStringLiteral("Nhà văn hóa"));
        QVERIFY(place->hasFocus());
        QCOMPARE(child<QSpinBox>(m_second, "officialMembersSpin")->value(), number);

        // Reload shows the first clerk's version.
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("reloadRecordButton")),
                          Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(child<QSpinBox>(m_second, "officialMembersSpin")->value(), number + 3);
        QCOMPARE(place->text(), QStringLiteral("Hội trường tầng 2"));
    }

    void aUnitRenamedElsewhereShowsInATreeThatStaysWhereItWas()
    {
        auto *tree = child<QTreeView>(m_second, "unitTree");
        auto *model = qobject_cast<UnitTreeModel *>(tree->model());
        Unit committee;
        Unit renamed;
        QString error;
        QVERIFY(UnitRepository(m_check.connection()).byCode(QStringLiteral("UBND"), &committee, &error));
        QVERIFY(UnitRepository(m_check.connection()).byCode(QStringLiteral("UBND-03"), &renamed, &error));
        QVERIFY(tree->isExpanded(model->indexOfUnit(committee.id)));
        auto *place = child<QLineEdit>(m_second, "placeEdit");
        place->setFocus();
        QTest::keyClick(place, Qt::Key_End);
        typeText(place, QStringLiteral(" 2"));

        // Another clerk's program renames a chi bộ of the committee.
        QVERIFY2(UnitRepository(m_check.connection())
                     .rename(renamed.id, QStringLiteral("Chi bộ Phòng Tư pháp Quận"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOfUnit(renamed.id).data().toString(),
                                  QStringLiteral("Chi bộ Phòng Tư pháp Quận"), 2000);
        QVERIFY(tree->isExpanded(model->indexOfUnit(committee.id)));
        QCOMPARE(model->unitAt(tree->currentIndex()).code, QStringLiteral("UBND-15"));
        QCOMPARE(m_second->currentUnit().code, QStringLiteral("UBND-15"));
        QCOMPARE(place->text(), QStringLiteral("Hội trường tầng 2 2"));
        QVERIFY(place->hasFocus());
        QTest::keyClick(place, Qt::Key_Backspace);
        QTest::keyClick(place, Qt::Key_Backspace);
    }

    void aBannerShowsWhileTheServerIsAwayAndTypedValuesStay()
    {
        const QString name = QUrl(m_url).path().mid(1);
        QString error;
        // The server refuses the office database's connections, then drops those open: as a restart does.
        QVERIFY2(m_server.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name), &error),
                 qPrintable(error));
        QVERIFY2(m_server.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                              " WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                   .arg(name),
                               &error),
                 qPrintable(error));
        auto *banner = child<ConnectionBanner>(m_second, "connectionBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(QStringLiteral("Lost the connection")));

        // The clerk types a place and leaves the field: not saved, said so, and the typed text stays.
        auto *place = child<QLineEdit>(m_second, "placeEdit");
        place->setFocus();
        QTest::keyClick(place, Qt::Key_A, Qt::ControlModifier);
        typeText(place, QStringLiteral("Trụ sở Đảng ủy"));
        QTest::keyClick(place, Qt::Key_Return);
        settle();
        QVERIFY2(child<MessageBar>(m_second, "messageBar")
                     ->text()
                     .contains(QStringLiteral("server cannot be reached")),
                 qPrintable(child<MessageBar>(m_second, "messageBar")->text()));
        QCOMPARE(place->text(), QStringLiteral("Trụ sở Đảng ủy"));

        QVERIFY2(m_server.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->text().contains(QStringLiteral("Lost the connection")), 10000);
        QCOMPARE(place->text(), QStringLiteral("Trụ sở Đảng ủy"));
        QVERIFY(!child<RecordChangedBar>(m_second, "recordChangedBar")->isVisible());

        // Back online, the same field saved again goes through, and the first window hears of it.
        QTest::keyClick(place, Qt::Key_Return);
        settle();
        QVERIFY2(m_check.reconnect(&error), qPrintable(error));
        QCOMPARE(savedCongress().place, QStringLiteral("Trụ sở Đảng ủy"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(m_first, "placeEdit")->text(),
                                  QStringLiteral("Trụ sở Đảng ủy"), 2000);
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_live_updates.moc"
