#include "ClerkInput.h"
#include "CliRunner.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "Workspace.h"
#include "office/UsersDialog.h"
#include "storage/Database.h"
#include "storage/OfficeUsers.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

// The administrator manages the office's clerks in the Users dialog, by keyboard and mouse, on a real server.
using namespace daihoi;
using namespace daihoi::test;

class TestUsersDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    PgTestServer m_server;
    QString m_url;
    QString m_demo;
    QStringList m_roles;

    static QPushButton *button(QWidget *dialog, const QString &text)
    {
        for (QPushButton *candidate : dialog->findChildren<QPushButton *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    static void click(QWidget *widget)
    {
        QVERIFY(widget);
        QVERIFY(widget->isEnabled());
        QTest::mouseClick(widget, Qt::LeftButton);
        settle();
    }

    OfficeUser stored(const QString &name)
    {
        Database db;
        QString error;
        QList<OfficeUser> users;
        if (!db.openServer(m_url, &error) || !OfficeUsers(db.connection()).list(&users, &error))
            qWarning("%s", qPrintable(error));
        for (const OfficeUser &user : std::as_const(users)) {
            if (user.name == name)
                return user;
        }
        return {};
    }

    static QStringList rows(QTableWidget *table)
    {
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->text() + QLatin1Char(' ') + table->item(row, 2)->text());
        return rows;
    }

    static bool officeMenuShown(MainWindow &window)
    {
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->objectName() == QLatin1String("officeUsersAction"))
                    return menu->menuAction()->isVisible();
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(m_cli.run({QStringLiteral("demo"), QStringLiteral("--force"), m_demo}).exitCode, 0);
        QString error;
        m_url = m_server.createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        QCOMPARE(m_cli.run({QStringLiteral("office"), QStringLiteral("init"), m_url}).exitCode, 0);
        QCOMPARE(m_cli.run({QStringLiteral("office"), QStringLiteral("copy"), m_demo, m_url}).exitCode, 0);
    }

    void cleanupTestCase()
    {
        QString error;
        for (const QString &role : std::as_const(m_roles))
            m_server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &error);
    }

    void theMenuIsOnlyForTheOfficesAdministrator()
    {
        const QString clerk = QStringLiteral("menu_clerk_%1").arg(QCoreApplication::applicationPid());
        m_roles.append(clerk);
        QString error;
        {
            Database admin;
            QVERIFY2(admin.openServer(m_url, &error), qPrintable(error));
            QVERIFY2(OfficeUsers(admin.connection()).addUser(clerk, QStringLiteral("x"), false, &error),
                     qPrintable(error));
        }
        QUrl asClerk(m_url);
        asClerk.setUserName(clerk);
        const QList<std::pair<QString, bool>> cases{
            {m_demo, false}, {asClerk.toString(), false}, {m_url, true}};
        for (const auto &[location, shown] : cases) {
            Workspace workspace;
            MainWindow window(&workspace);
            QVERIFY2(window.openDatabase(location), qPrintable(location));
            QCOMPARE(officeMenuShown(window), shown);
        }
    }

    void theAdministratorAddsAClerkAndGrantsUnits()
    {
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(m_url, &error), qPrintable(error));
        UsersDialog dialog(&workspace);
        QVERIFY(showWindow(&dialog));
        auto *bar = dialog.findChild<MessageBar *>();
        auto *users = dialog.findChild<QListWidget *>(QStringLiteral("userList"));
        auto *grants = dialog.findChild<QTableWidget *>(QStringLiteral("grantTable"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("againEdit"));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("unitTree"));
        QVERIFY(bar && users && grants && name && password && again && code && tree);
        const QString clerk = QStringLiteral("gui_clerk_%1").arg(QCoreApplication::applicationPid());
        m_roles.append(clerk);

        // Two different passwords: refused inline, nobody created.
        typeInto(name, clerk);
        typeInto(password, QStringLiteral("Mật khẩu 1"));
        typeInto(again, QStringLiteral("Mật khẩu 2"));
        click(button(&dialog, tr("&Add user")));
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("two passwords differ")), qPrintable(bar->text()));
        QVERIFY(stored(clerk).name.isEmpty());

        typeInto(again, QStringLiteral("Mật khẩu 1"));
        click(button(&dialog, tr("&Add user")));
        QCOMPARE(stored(clerk).name, clerk);
        QCOMPARE(dialog.currentUser(), clerk);
        QCOMPARE(users->currentItem()->text(), clerk);
        QCOMPARE(grants->rowCount(), 0);

        // A code that names no unit: refused inline.
        typeInto(code, QStringLiteral("XX-99"));
        click(button(&dialog, tr("&Grant")));
        QVERIFY2(bar->text().contains(QStringLiteral("XX-99")), qPrintable(bar->text()));
        QVERIFY(stored(clerk).grants.isEmpty());

        typeInto(code, QStringLiteral("VH-01"));
        click(button(&dialog, tr("&Grant")));
        QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));
        QCOMPARE(rows(grants), QStringList{QStringLiteral("VH-01 read and write")});
        QCOMPARE(stored(clerk).grants.size(), 1);
        QVERIFY(stored(clerk).grants.first().mayWrite);

        // Read only, then picked from the tree: the top unit VH, read only.
        clickCell(grants, grants->model()->index(0, 0));
        click(button(&dialog, tr("Read &only / read and write")));
        QCOMPARE(rows(grants), QStringList{QStringLiteral("VH-01 read only")});
        QVERIFY(!stored(clerk).grants.first().mayWrite);

        clickCell(tree, tree->model()->index(0, 0));
        QCOMPARE(code->text(), QStringLiteral("VH"));
        QCheckBox *readOnly = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text() == tr("Read onl&y"))
                readOnly = box;
        }
        click(readOnly);
        click(button(&dialog, tr("&Grant")));
        QCOMPARE(rows(grants),
                 (QStringList{QStringLiteral("VH read only"), QStringLiteral("VH-01 read only")}));
        if (const QString grab = qEnvironmentVariable("DAIHOI_TEST_GRAB"); !grab.isEmpty())
            dialog.grab().save(grab);

        // Revoked: VH-01 goes, VH stays.
        clickCell(grants, grants->model()->index(1, 0));
        click(button(&dialog, tr("&Revoke")));
        QCOMPARE(rows(grants), QStringList{QStringLiteral("VH read only")});
        QCOMPARE(stored(clerk).grants.size(), 1);
        QCOMPARE(stored(clerk).grants.first().unitCode, QStringLiteral("VH"));

        // A user name that is no role name: refused inline, naming it.
        typeInto(name, QStringLiteral("Nguyễn Văn A"));
        typeInto(password, QStringLiteral("a"));
        typeInto(again, QStringLiteral("a"));
        click(button(&dialog, tr("&Add user")));
        QVERIFY2(bar->text().contains(QStringLiteral("Nguyễn Văn A is not a valid user name")),
                 qPrintable(bar->text()));
    }
};

QTEST_MAIN(TestUsersDialog)
#include "tst_users_dialog.moc"
