#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "models/CommitteeTableModel.h"
#include "services/LanguageLoader.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace daihoi;

namespace {

// The Alt+letter of a text with a mnemonic ("Đơn &vị" → 'v'), or a null char.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

} // namespace

// The keys a clerk presses in the window do what they say where the focus is: F2 edits the cell
// it is in (it renames a unit only from the tree), and no Alt+letter on a page is also a menu's.
class TestWindowKeys : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;

    QString unitName(Workspace *workspace, const QString &code)
    {
        Unit unit;
        QString error;
        UnitRepository(workspace->database().connection()).byCode(code, &unit, &error);
        return unit.name;
    }
    void clickTab(QTabWidget *tabs, int index)
    {
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QApplication::processEvents();
    }
    // Every visible label, button and box title of the current page against the menu bar and each other.
    void checkMnemonics(MainWindow *window, const QString &where, QStringList *clashes)
    {
        QHash<QChar, QString> menus;
        for (QAction *menu : window->menuBar()->actions())
            menus.insert(mnemonic(menu->text()), menu->text());
        QHash<QChar, QString> seen;
        auto check = [&](QWidget *widget, const QString &text) {
            const QChar key = mnemonic(text);
            if (key.isNull() || !widget->isVisible() || !widget->isEnabled())
                return;
            if (menus.contains(key))
                clashes->append(QStringLiteral("%1: Alt+%2 of \"%3\" is also the menu \"%4\"")
                                    .arg(where, key, text, menus.value(key)));
            else if (seen.contains(key))
                clashes->append(QStringLiteral("%1: Alt+%2 of \"%3\" is also \"%4\"").arg(where, key, text, seen.value(key)));
            seen.insert(key, text);
        };
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy())
                check(label, label->text());
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
            check(button, button->text());
        for (QGroupBox *box : window->findChildren<QGroupBox *>())
            check(box, box->title());
    }
    void checkEveryPage(const QString &language)
    {
        Workspace workspace;
        MainWindow window(&workspace);
        QVERIFY(window.openDatabase(m_test.path()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        QStringList clashes;
        for (const QString &code : {QStringLiteral("VH"), QStringLiteral("VH-03")}) {
            QVERIFY(window.selectUnit(code));
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                clickTab(tabs, i);
                checkMnemonics(&window, QStringLiteral("%1, %2, %3").arg(language, code, tabs->tabText(i)), &clashes);
            }
        }
        // The first-start form of an empty database.
        TestDatabase empty;
        QVERIFY(empty.open());
        empty.db().close();
        QVERIFY(window.openDatabase(empty.path()));
        checkMnemonics(&window, QStringLiteral("%1, first start").arg(language), &clashes);
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_test.openDemo());
        m_test.db().close();
    }

    void f2EditsTheCellNotTheUnit()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        QVERIFY(window.openDatabase(m_test.path()));
        QVERIFY(window.selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(window.selectUnit(QStringLiteral("VH-03")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("committee")));
        const QString name = unitName(&workspace, QStringLiteral("VH-03"));

        auto *table = window.findChild<QTableView *>(QStringLiteral("committeeTable"));
        const QModelIndex cell = table->model()->index(0, CommitteeTableModel::PositionColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table && table->isAncestorOf(editor));
        QVERIFY(!QApplication::activeModalWidget());
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(unitName(&workspace, QStringLiteral("VH-03")), name);

        // In the tree, F2 still asks for the unit's new name.
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("unitTree"));
        tree->setFocus();
        bool asked = false;
        QTimer::singleShot(50, this, [&asked] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->reject();
            }
        });
        QTest::keyClick(tree, Qt::Key_F2);
        QVERIFY(asked);
        QCOMPARE(unitName(&workspace, QStringLiteral("VH-03")), name);
    }

    void emptyDatabaseStartsFromItsCommittee()
    {
        TestDatabase empty;
        QVERIFY(empty.open());
        empty.db().close();
        Workspace workspace;
        MainWindow window(&workspace);
        QVERIFY(window.openDatabase(empty.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *addUnit = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))
                addUnit = action;
        }
        QVERIFY(addUnit);
        QVERIFY(!addUnit->isEnabled());
    }

    void noAltLetterIsTakenTwice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Vietnamese") << QStringLiteral("vi");
    }
    void noAltLetterIsTakenTwice()
    {
        QFETCH(QString, language);
        if (language != QLatin1String("en"))
            QVERIFY(LanguageLoader::install(QCoreApplication::instance(), language));
        checkEveryPage(language);
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_window_keys.moc"
