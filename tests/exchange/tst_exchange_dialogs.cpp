#include "exchange/ExchangeDialogs.h"
#include "ExchangeTestSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "storage/Database.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::exchangetest;

// The File menu's export and import with the choosers answered by the test hook: nothing blocks.
class TestExchangeDialogs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool lookUp(Workspace &workspace, const QString &code, int start, int end, Unit *unit, Term *term)
    {
        QString error;
        return UnitRepository(workspace.database().connection()).byCode(code, unit, &error)
               && TermRepository(workspace.database().connection()).byYears(start, end, term, &error);
    }

private slots:
    void cleanup() { ExchangeDialogs::clearTestAnswers(); }

    void exportThenImport()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        Workspace source;
        QString error;
        QVERIFY(source.open(demo.path(), &error));
        Unit unit;
        Term term;
        QVERIFY(lookUp(source, QStringLiteral("VH"), 2022, 2025, &unit, &term));
        ExchangeDialogs::setTestAnswers({m_dir.path()});
        QVERIFY2(ExchangeDialogs::exportUnit(&source, unit, term, nullptr), qPrintable(ExchangeDialogs::lastMessage()));
        const QString folder = m_dir.filePath(QStringLiteral("VH_2022-2025"));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("manifest.json"))));

        TestDatabase empty;
        QVERIFY(empty.open());
        Workspace target;
        QVERIFY(target.open(empty.path(), &error));
        QSignalSpy opened(&target, &Workspace::opened);
        ExchangeDialogs::setTestAnswers({QDir(folder).filePath(QStringLiteral("manifest.json"))});
        QVERIFY2(ExchangeDialogs::importFiles(&target, nullptr), qPrintable(ExchangeDialogs::lastMessage()));
        QCOMPARE(opened.count(), 1); // the window reloads
        Unit imported;
        QVERIFY(lookUp(target, QStringLiteral("VH"), 2022, 2025, &imported, &term));
        QVERIFY(ExchangeDialogs::lastMessage().contains(QLatin1String("imported")));

        // A second unit's export asks where to attach it.
        Unit ubnd;
        Term old;
        QVERIFY(lookUp(source, QStringLiteral("UBND"), 2017, 2020, &ubnd, &old));
        ExchangeDialogs::setTestAnswers({m_dir.path()});
        QVERIFY(ExchangeDialogs::exportUnit(&source, ubnd, old, nullptr));
        ExchangeDialogs::setTestAnswers({m_dir.filePath(QStringLiteral("UBND_2017-2020"))}, QStringLiteral("VH"));
        QVERIFY2(ExchangeDialogs::importFiles(&target, nullptr), qPrintable(ExchangeDialogs::lastMessage()));
        QVERIFY(lookUp(target, QStringLiteral("UBND"), 2017, 2020, &ubnd, &old));
        QCOMPARE(ubnd.parentId, imported.id);
    }

    // File > Import into a new database: the window shows the imported units and their term at once,
    // and says when the export was written as a clerk reads dates.
    void importShowsInTheOpenWindow()
    {
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        Workspace source;
        QString error;
        QVERIFY(source.open(demo.path(), &error));
        Unit unit;
        Term term;
        QVERIFY(lookUp(source, QStringLiteral("VH"), 2022, 2025, &unit, &term));
        QTemporaryDir exports;
        ExchangeDialogs::setTestAnswers({exports.path()});
        QVERIFY(ExchangeDialogs::exportUnit(&source, unit, term, nullptr));

        TestDatabase empty;
        QVERIFY(empty.open());
        empty.db().close();
        Workspace workspace;
        MainWindow window(&workspace);
        QVERIFY(window.openDatabase(empty.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("termCombo"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("unitTree"));
        QCOMPARE(combo->count(), 0);
        QCOMPARE(tree->model()->rowCount(), 0);

        QAction *import = nullptr;
        const QList<QAction *> fileActions = window.menuBar()->actions().first()->menu()->actions();
        for (QAction *action : fileActions) {
            if (action->text() == QStringLiteral("&Import data from units below…"))
                import = action;
        }
        QVERIFY(import && import->isEnabled());
        const QDir folder(exports.filePath(QStringLiteral("VH_2022-2025")));
        ExchangeDialogs::setTestAnswers({folder.filePath(QStringLiteral("manifest.json"))});
        import->trigger();
        QVERIFY2(ExchangeDialogs::lastMessage().contains(QLatin1String("24 units, 23 congresses imported")),
                 qPrintable(ExchangeDialogs::lastMessage()));
        // The date and time of the export as dd/MM/yyyy HH:mm, not an ISO timestamp.
        QVERIFY2(ExchangeDialogs::lastMessage().contains(
                     QRegularExpression(QStringLiteral("\\(\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\)"))),
                 qPrintable(ExchangeDialogs::lastMessage()));

        // Without a restart: the tree holds the committee, the term list its term.
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), unit.name);
        QCOMPARE(window.currentUnit().code, QStringLiteral("VH"));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), QStringLiteral("2022–2025"));
        QCOMPARE(window.currentTerm().key(), QStringLiteral("2022-2025"));
        QVERIFY(window.selectUnit(QStringLiteral("VH-03")));
        QCOMPARE(window.currentTerm().key(), QStringLiteral("2022-2025"));
    }

    void cancelledChooserDoesNothing()
    {
        TestDatabase empty;
        QVERIFY(empty.open());
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(empty.path(), &error));
        const QString before = dump(workspace.database().connection());
        ExchangeDialogs::setTestAnswers({});
        QVERIFY(!ExchangeDialogs::importFiles(&workspace, nullptr));
        QVERIFY(!ExchangeDialogs::exportUnit(&workspace, Unit(), Term(), nullptr));
        QCOMPARE(dump(workspace.database().connection()), before);
    }

    void refusalIsShownAndChangesNothing()
    {
        TestDatabase empty;
        QVERIFY(empty.open());
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(empty.path(), &error));
        const QString before = dump(workspace.database().connection());
        ExchangeDialogs::setTestAnswers({m_dir.filePath(QStringLiteral("nowhere/manifest.json"))});
        QVERIFY(!ExchangeDialogs::importFiles(&workspace, nullptr));
        QVERIFY2(ExchangeDialogs::lastMessage().startsWith(QLatin1String("Nothing was imported.")),
                 qPrintable(ExchangeDialogs::lastMessage()));
        QCOMPARE(dump(workspace.database().connection()), before);
    }
};

QTEST_MAIN(TestExchangeDialogs)
#include "tst_exchange_dialogs.moc"
