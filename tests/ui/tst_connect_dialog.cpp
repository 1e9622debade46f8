#include "ClerkInput.h"
#include "CliRunner.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "Workspace.h"
#include "office/ConnectDialog.h"
#include "services/AppSettings.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>

// A clerk connects to the office database with File → Connect to office database…, typing the server, the
// database, their login and password, and sees the office's units; the password is never written to settings.
using namespace daihoi;
using namespace daihoi::test;

namespace {

const QString password = QStringLiteral("Hoa-sen-2025");

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/daihoi/daihoi.conf");
}

QByteArray settingsBytes()
{
    QFile file(settingsFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the clerk does in the dialog once it is up, run while the dialog's own event loop waits for them.
void whenDialogShows(const std::function<void(ConnectDialog *)> &clerk)
{
    auto *poll = new QTimer;
    auto *waited = new QElapsedTimer;
    waited->start();
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, waited, clerk] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog && waited->elapsed() < 20000)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        QVERIFY2(dialog, "no connection dialog came up");
        clerk(dialog);
        if (dialog->isVisible())
            dialog->reject(); // a failed step leaves no dialog blocking the test
    });
    poll->start();
}

template<typename T>
T *field(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no field %s", name);
    return widget;
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    PgTestServer m_server;
    QString m_office;     // the office database's URL, as the superuser
    QString m_socket;     // the test server's socket folder
    QString m_login;      // a clerk's login that must give its password
    QString m_rootUnit;   // what the clerk should see first in the tree

    void fillIn(ConnectDialog *dialog, const QString &host, const QString &typedPassword)
    {
        typeInto(field<QLineEdit>(dialog, "hostEdit"), host);
        typeNumber(field<QSpinBox>(dialog, "portSpin"), 5432);
        typeInto(field<QLineEdit>(dialog, "databaseEdit"), QUrl(m_office).path().mid(1));
        typeInto(field<QLineEdit>(dialog, "userEdit"), m_login);
        QLineEdit *passwordEdit = field<QLineEdit>(dialog, "passwordEdit");
        passwordEdit->setFocus();
        typeText(passwordEdit, typedPassword);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        settle();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings().clear();
        if (PgTestServer::serverUrl().isEmpty())
            return; // the server tests skip themselves below
        QString error;
        m_office = m_server.createDatabase(&error);
        QVERIFY2(!m_office.isEmpty(), qPrintable(error));
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(m_cli.run({QStringLiteral("demo"), QStringLiteral("--force"), demo}).exitCode, 0);
        QCOMPARE(m_cli.run({QStringLiteral("office"), QStringLiteral("init"), m_office}).exitCode, 0);
        QCOMPARE(m_cli.run({QStringLiteral("office"), QStringLiteral("copy"), demo, m_office}).exitCode, 0);
        m_socket = QUrlQuery(QUrl(m_office)).queryItemValue(QStringLiteral("host"));
        QVERIFY(m_socket.startsWith(QLatin1Char('/')));
        // tools/pg-test-server.sh asks the members of daihoi_password_login for their password.
        m_login = QStringLiteral("daihoi_test_clerk_%1").arg(QCoreApplication::applicationPid());
        QVERIFY2(m_server.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname ="
                                              " 'daihoi_password_login') THEN CREATE ROLE daihoi_password_login;"
                                              " END IF; END $$"),
                               &error),
                 qPrintable(error));
        QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2' IN ROLE daihoi_password_login")
                                   .arg(m_login, password),
                               &error),
                 qPrintable(error));
        Database superuser;
        QVERIFY2(superuser.connectServer(m_office, &error), qPrintable(error));
        QSqlQuery query(superuser.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM units WHERE parent_id IS NULL ORDER BY position, id")));
        QVERIFY(query.next());
        m_rootUnit = query.value(0).toString();
    }

    void cleanupTestCase()
    {
        if (!m_login.isEmpty()) {
            QString error;
            m_server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login), &error);
        }
    }

    void theClerkConnectsAndSeesTheOffice()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        {
            // The server really checks this login's password, or the test below would prove nothing.
            Database wrong;
            QString error;
            QUrl url(m_office);
            url.setUserName(m_login);
            QVERIFY2(!wrong.openServer(url.toString(), &error, QStringLiteral("not-it")),
                     "tools/pg-test-server.sh must ask daihoi_password_login's members for a password");
        }
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *connectAction = window.findChild<QAction *>(QStringLiteral("connectAction"));
        QVERIFY(connectAction);
        whenDialogShows([this](ConnectDialog *dialog) {
            // No keychain here (offscreen, no session bus): the tick says so instead of failing later.
            auto *remember = field<QCheckBox>(dialog, "rememberPassword");
            if (!remember->isEnabled())
                QVERIFY(!field<QLabel>(dialog, "keychainNote")->text().isEmpty());
            fillIn(dialog, m_socket, password);
        });
        connectAction->trigger();
        settle();

        QVERIFY2(workspace.isOpen(), "the dialog did not connect");
        QVERIFY(!workspace.database().isSqlite());
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("unitTree"));
        QVERIFY(tree->model()->rowCount() > 0);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), m_rootUnit);
        QVERIFY(window.windowTitle().contains(QUrl(m_office).path().mid(1)));

        // The settings remember where, never the password.
        AppSettings().setLastPage(QStringLiteral("progress")); // forces the file out
        const QByteArray stored = settingsBytes();
        QVERIFY2(stored.contains(QUrl(m_office).path().mid(1).toUtf8()), stored.constData());
        QVERIFY2(stored.contains(m_login.toUtf8()), stored.constData());
        QVERIFY2(!stored.contains(password.toUtf8()), stored.constData());
        QCOMPARE(AppSettings().recentConnections().size(), 1);

        // Next time the remembered connection asks only for the password.
        whenDialogShows([this](ConnectDialog *dialog) {
            QCOMPARE(field<QLineEdit>(dialog, "hostEdit")->text(), m_socket);
            QCOMPARE(field<QLineEdit>(dialog, "userEdit")->text(), m_login);
            QCOMPARE(field<QLineEdit>(dialog, "databaseEdit")->text(), QUrl(m_office).path().mid(1));
            QLineEdit *passwordEdit = field<QLineEdit>(dialog, "passwordEdit");
            QTRY_VERIFY(passwordEdit->hasFocus());
            typeText(passwordEdit, password);
            QTest::keyClick(passwordEdit, Qt::Key_Return);
            settle();
        });
        QVERIFY(ConnectDialog::connectWorkspace(&workspace, AppSettings().recentConnections().first(), &window));
        QVERIFY(workspace.isOpen());
        QVERIFY(!settingsBytes().contains(password.toUtf8()));
    }

    void aWrongPasswordIsSaidInTheDialog()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillIn(&dialog, m_socket, QStringLiteral("hoa-sen"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString message = dialog.findChild<MessageBar *>()->text();
        QVERIFY2(message.contains(QStringLiteral("password")), qPrintable(message));
        QVERIFY2(message.contains(QUrl(m_office).path().mid(1)), qPrintable(message));
        QVERIFY2(message.contains(m_socket), qPrintable(message));
        // The password field is ready for another try.
        QTRY_VERIFY(field<QLineEdit>(&dialog, "passwordEdit")->hasFocus());
    }

    void aDeadServerFailsWithinTheTimeout()
    {
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QElapsedTimer timer;
        timer.start();
        // 192.0.2.1 is reserved for documentation: nothing ever answers there.
        typeInto(field<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("192.0.2.1"));
        typeInto(field<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("daihoi"));
        typeInto(field<QLineEdit>(&dialog, "userEdit"), QStringLiteral("clerk"));
        QLineEdit *passwordEdit = field<QLineEdit>(&dialog, "passwordEdit");
        passwordEdit->setFocus();
        typeText(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        settle();
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(dialog.isVisible());
        const QString message = dialog.findChild<MessageBar *>()->text();
        QVERIFY2(message.contains(QStringLiteral("192.0.2.1")) && message.contains(QStringLiteral("daihoi")),
                 qPrintable(message));
        // Over the network the address requires TLS.
        QVERIFY2(dialog.address().contains(QStringLiteral("sslmode=require")), qPrintable(dialog.address()));
        QVERIFY(!dialog.address().contains(password));
    }

    void aCaFileAsksForTheServersIdentity()
    {
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(field<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("office.example.vn"));
        typeInto(field<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("daihoi"));
        typeInto(field<QLineEdit>(&dialog, "userEdit"), QStringLiteral("clerk"));
        typeInto(field<QLineEdit>(&dialog, "caFileEdit"), QStringLiteral("/etc/daihoi/office-ca.crt"));
        const QString address = dialog.address();
        QVERIFY2(address.contains(QStringLiteral("sslmode=verify-full")), qPrintable(address));
        QVERIFY2(address.contains(QStringLiteral("sslrootcert=/etc/daihoi/office-ca.crt")), qPrintable(address));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connect_dialog.moc"
