#include "ClerkInput.h"
#include "MainWindow.h"
#include "StoredCongress.h"
#include "TestDatabase.h"
#include "Workspace.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QLabel>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

// A database written by a newer daihoi opens in the window for reading only: a banner says why, nothing the
// clerk types is saved, and the documents still print.
using namespace daihoi;
using namespace daihoi::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_future;
    TestDatabase m_current;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    QAction *actionWithText(const QString &text) const
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_future.openDemo());
        QSqlQuery query(m_future.connection());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE congresses ADD COLUMN weather TEXT")));
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_info SET version = 99")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(openWindow(m_future, this, m_workspace, m_window));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        QVERIFY(showWindow(m_window, QSize(1280, 760)));
        settle();
    }
    void cleanupTestCase() { delete m_window; }

    void theBannerSaysWhy()
    {
        QVERIFY(m_workspace->database().isReadOnly());
        auto *banner = m_window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("newer version")) && banner->text().contains(QStringLiteral("99")),
                 qPrintable(banner->text()));
        // Reading the newer file raised no error anywhere in the window.
        QVERIFY2(m_window->findChild<MessageBar *>()->text().isEmpty(),
                 qPrintable(m_window->findChild<MessageBar *>()->text()));
    }

    void typingChangesNothingSaved()
    {
        const QByteArray before = fileHash(m_future.path());
        const Congress stored = storedCongress(m_workspace, m_window);
        QVERIFY(stored.id > 0);
        auto *place = m_window->findChild<QLineEdit *>(QStringLiteral("placeEdit"));
        auto *probationary = m_window->findChild<QSpinBox *>(QStringLiteral("probationaryMembersSpin"));
        QVERIFY(place && place->isVisible() && probationary);
        typeInto(place, QStringLiteral("Hội trường mới"));
        typeNumber(probationary, stored.probationaryMembers + 3);
        settle();
        QVERIFY(storedCongress(m_workspace, m_window) == stored);
        QCOMPARE(place->text(), stored.place);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
        QCOMPARE(fileHash(m_future.path()), before);
    }

    void editActionsAreOffAndPrintingStaysOn()
    {
        for (const char *name : {"undoAction", "redoAction", "importAction"}) {
            QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->isEnabled(), name);
        }
        for (const QString &text : {QStringLiteral("&Rename…"), QStringLiteral("&Add subordinate unit…"),
                                    QStringLiteral("&Add term…"), QStringLiteral("R&etire")}) {
            QAction *action = actionWithText(text);
            QVERIFY2(action && !action->isEnabled(), qPrintable(text));
        }
        QAction *print = actionWithText(QStringLiteral("&Print documents…"));
        QVERIFY(print && print->isEnabled());
        // The page's own buttons that would change the record are off; the export of the list stays on.
        QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
        QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("exportMembersButton")));
    }

    void aCurrentDatabaseIsWritableAgain()
    {
        QVERIFY(m_current.openDemo());
        m_current.db().close();
        QVERIFY(m_window->openDatabase(m_current.path()));
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-03")));
        QVERIFY(m_window->showPage(QStringLiteral("congress")));
        settle();
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        auto *place = m_window->findChild<QLineEdit *>(QStringLiteral("placeEdit"));
        QVERIFY(!place->isReadOnly());
        typeInto(place, QStringLiteral("Hội trường mới"));
        QCOMPARE(storedCongress(m_workspace, m_window).place, QStringLiteral("Hội trường mới"));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    }
};

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_read_only_window.moc"
