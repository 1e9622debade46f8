#include "ExchangeTestSupport.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "TestDatabase.h"
#include "storage/UnitRepository.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>
#include <memory>

using namespace daihoi;
using namespace daihoi::exchangetest;

// daihoi-cli export and import: exit codes 0 (done), 1 (unreadable database), 2 (refused, with messages).
class TestExchangeCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_empty;
    std::unique_ptr<TestDatabase[]> m_servers{TestDatabase::onServer() ? new TestDatabase[2] : nullptr};

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    template<typename Command>
    static Run run(const QStringList &args)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = Command::run(args, out, err);
        out.flush();
        err.flush();
        return result;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        if (TestDatabase::onServer()) {
            // Server databases are not files to copy: they stay for the whole test, the commands get their URLs.
            QVERIFY(m_servers[0].openDemo());
            QVERIFY(m_servers[1].open());
            m_demo = m_servers[0].path();
            m_empty = m_servers[1].path();
            m_servers[0].db().close();
            m_servers[1].db().close();
            return;
        }
        TestDatabase demo;
        QVERIFY(demo.openDemo());
        m_demo = path(QStringLiteral("demo.db"));
        demo.db().close();
        QVERIFY(QFile::copy(demo.path(), m_demo));
        TestDatabase empty;
        QVERIFY(empty.open());
        m_empty = path(QStringLiteral("empty.db"));
        empty.db().close();
        QVERIFY(QFile::copy(empty.path(), m_empty));
    }

    void exportCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("DB");
        QTest::newRow("excel") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"), QStringLiteral("OUT/a")} << 0
                               << "VH";
        QTest::newRow("data") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("UBND"), QStringLiteral("--term"), QStringLiteral("2017-2020"), QStringLiteral("--out"), QStringLiteral("OUT/b"),
                                             QStringLiteral("--dialect"), QStringLiteral("data")}
                              << 0 << "UBND";
        QTest::newRow("excel comma") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"), QStringLiteral("OUT/c"),
                                                    QStringLiteral("--dialect"), QStringLiteral("excel"), QStringLiteral("--separator"), QStringLiteral(",")}
                                     << 0 << "VH";
        QTest::newRow("missing out") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025")} << 2 << "Usage";
        QTest::newRow("bad term") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022"), QStringLiteral("--out"), QStringLiteral("OUT/d")} << 2
                                  << "START-END";
        QTest::newRow("data with ;") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"), QStringLiteral("OUT/e"),
                                                    QStringLiteral("--dialect"), QStringLiteral("data"), QStringLiteral("--separator"), QStringLiteral(";")}
                                     << 2 << "dialect";
        QTest::newRow("unknown unit") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("NOPE"), QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"), QStringLiteral("OUT/f")}
                                      << 2 << "NOPE";
        QTest::newRow("unknown term") << QStringList{db, QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2030-2035"), QStringLiteral("--out"), QStringLiteral("OUT/g")}
                                      << 2 << "2030";
        QTest::newRow("no database") << QStringList{QStringLiteral("MISSING"), QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"),
                                                    QStringLiteral("OUT/h")}
                                     << 1 << "does not exist";
    }
    void exportCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        for (QString &arg : args) {
            arg.replace(QLatin1String("OUT"), m_dir.path());
            if (arg == QLatin1String("DB"))
                arg = m_demo;
            if (arg == QLatin1String("MISSING"))
                arg = path(QStringLiteral("missing.db"));
        }
        const Run r = run<ExportCommand>(args);
        QCOMPARE(r.code, code);
        QVERIFY2((code == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
    }

    void importCodes()
    {
        const QString vh = path(QStringLiteral("vh"));
        QCOMPARE(run<ExportCommand>({m_demo, QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"), vh}).code, 0);
        Run r = run<ImportCommand>({m_empty, vh});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("VH, term 2022–2025")), qPrintable(r.out));
        r = run<ImportCommand>({m_empty, vh + QStringLiteral("/manifest.json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("already imported")), qPrintable(r.out));

        // Into a database that has other units: refused without a place, accepted with one.
        const QString ubnd = path(QStringLiteral("ubnd"));
        QCOMPARE(run<ExportCommand>({m_demo, QStringLiteral("--unit"), QStringLiteral("UBND"), QStringLiteral("--term"), QStringLiteral("2017-2020"), QStringLiteral("--out"), ubnd}).code, 0);
        r = run<ImportCommand>({m_empty, ubnd});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("attach")) && r.err.contains(QLatin1String("Nothing was imported")),
                 qPrintable(r.err));
        QCOMPARE(run<ImportCommand>({m_empty, ubnd, QStringLiteral("--attach-under"), QStringLiteral("NOPE")}).code, 2);
        QCOMPARE(run<ImportCommand>({m_empty, ubnd, QStringLiteral("--attach-under"), QStringLiteral("VH")}).code, 0);

        // Tampered, missing path, usage, unreadable database.
        QByteArray bytes = readAll(QDir(vh).filePath(QStringLiteral("congresses.csv")));
        bytes.replace("held", "hel0");
        writeAll(QDir(vh).filePath(QStringLiteral("congresses.csv")), bytes);
        r = run<ImportCommand>({m_empty, vh});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("SHA-256")), qPrintable(r.err));
        QCOMPARE(run<ImportCommand>({m_empty, path(QStringLiteral("nowhere"))}).code, 1);
        QVERIFY(QFile::remove(QDir(ubnd).filePath(QStringLiteral("ratings.csv"))));
        QCOMPARE(run<ImportCommand>({m_empty, ubnd}).code, 1);
        QCOMPARE(run<ImportCommand>({m_empty}).code, 2);
        QCOMPARE(run<ImportCommand>({path(QStringLiteral("missing.db")), vh}).code, 1);
    }

    // The real executable, once main.cpp dispatches the commands.
    void realExecutable()
    {
        QProcess process;
        const QString out = path(QStringLiteral("real"));
        process.start(QStringLiteral(DAIHOI_CLI_PATH),
                      {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"), m_demo,
                       QStringLiteral("--unit"), QStringLiteral("VH"), QStringLiteral("--term"),
                       QStringLiteral("2022-2025"), QStringLiteral("--out"), out});
        QVERIFY(process.waitForFinished(60000));
        if (!QFile::exists(QDir(out).filePath(QStringLiteral("manifest.json"))))
            QSKIP("daihoi-cli does not dispatch export yet (app/cli/main.cpp)");
        QCOMPARE(process.exitCode(), 0);
        const QString target = TestDatabase::onServer() ? m_empty : path(QStringLiteral("real.db"));
        if (!TestDatabase::onServer()) {
            QVERIFY(QFile::copy(m_empty, target));
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        process.start(QStringLiteral(DAIHOI_CLI_PATH), {QStringLiteral("import"), target, out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0); // a newer export of VH: replaces the one imported above
        writeAll(QDir(out).filePath(QStringLiteral("units.csv")), "tampered");
        process.start(QStringLiteral(DAIHOI_CLI_PATH), {QStringLiteral("import"), target, out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchange_cli.moc"
