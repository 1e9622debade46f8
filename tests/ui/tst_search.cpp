#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "storage/SearchRepository.h"

#include <QListView>
#include <QTreeView>
#include <QtTest>

using namespace daihoi;

// The search box finds units and people typed without accents, and takes the clerk there.
class TestSearch : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;

private slots:
    void initTestCase() { QVERIFY(m_test.openDemo()); }

    void repository_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("units");
        QTest::newRow("ward without accents") << "viet hung" << "Đảng bộ phường Việt Hưng" << 6;
        QTest::newRow("by code") << "ubnd-15" << "Chi bộ Ban Quản lý dự án đầu tư xây dựng" << 1;
        QTest::newRow("d for đ") << "doan the" << "Đảng bộ Khối cơ quan Đảng – Đoàn thể quận Bình Thạnh" << 2;
        QTest::newRow("nothing") << "xyz khong co" << "" << 0;
    }
    void repository()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(int, units);
        QList<SearchHit> hits;
        QString error;
        QVERIFY(SearchRepository(m_test.connection()).search(text, 50, &hits, &error));
        int unitHits = 0;
        for (const SearchHit &hit : hits)
            unitHits += hit.kind == SearchHit::Kind::Unit ? 1 : 0;
        QCOMPARE(unitHits, units);
        if (!first.isEmpty())
            QCOMPARE(hits.first().title, first);
    }

    void personTakesTheClerkToTheCommittee()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        QVERIFY(window.openDatabase(m_test.path()));
        QList<SearchHit> hits;
        QString error;
        // A committee member of the demo, typed the way a clerk types on a keyboard without accents.
        QVERIFY(SearchRepository(workspace.database().connection()).search(QStringLiteral("a"), 50, &hits, &error));
        QString person;
        for (const SearchHit &hit : hits) {
            if (hit.kind == SearchHit::Kind::Person) {
                person = hit.title;
                break;
            }
        }
        QVERIFY(!person.isEmpty());
        window.search(person.normalized(QString::NormalizationForm_D).remove(QRegularExpression(QStringLiteral("\\p{Mn}"))));
        auto *results = window.findChild<QListView *>(QStringLiteral("searchResults"));
        QVERIFY(results->isVisibleTo(&window));
        QVERIFY(results->model()->rowCount() >= 1);
        const QModelIndex hit = results->model()->index(0, 0);
        QVERIFY2(hit.data().toString().startsWith(person), qPrintable(hit.data().toString()));
        emit results->activated(hit);
        QVERIFY(!results->isVisibleTo(&window));
        QCOMPARE(window.currentUnit().id, hit.data(Qt::UserRole + 1).toLongLong());
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
