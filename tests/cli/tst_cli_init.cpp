#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;

// daihoi-cli init: a new empty database that import accepts; an existing file is refused, untouched.
class TestCliInit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    CliRunner m_cli;

    static QByteArray bytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initThenImport()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(m_cli.run({QStringLiteral("demo"), demo}).exitCode, 0);
        const QString exports = m_dir.filePath(QStringLiteral("out"));
        const CliRunner::Result exported = m_cli.run(
            {QStringLiteral("export"), demo, QStringLiteral("--unit"), QStringLiteral("VH"),
             QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--out"), exports});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        const QString fresh = m_dir.filePath(QStringLiteral("x.db"));
        const CliRunner::Result init = m_cli.run({QStringLiteral("init"), fresh});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(QFile::exists(fresh));
        const CliRunner::Result imported = m_cli.run({QStringLiteral("import"), fresh, exports});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // "VH, nhiệm kỳ 2022–2025 (28/11/2026 09:15): đã nhập 24 đơn vị, 23 đại hội."
        QVERIFY2(imported.out.contains(QStringLiteral("đã nhập 24 đơn vị, 23 đại hội")),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(
                     QRegularExpression(QStringLiteral("\\(\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\)"))),
                 qPrintable(imported.out));
        const CliRunner::Result summary =
            m_cli.run({QStringLiteral("summary"), fresh, QStringLiteral("--unit"), QStringLiteral("VH"),
                       QStringLiteral("--term"), QStringLiteral("2022-2025")});
        QVERIFY2(summary.out.contains(QStringLiteral("23/23 chi bộ")), qPrintable(summary.out + summary.err));
    }

    void existingFileIsRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("a database") << QByteArray();
        QTest::newRow("any other file") << QByteArray("Danh sách chi bộ\n");
    }
    void existingFileIsRefusedUnchanged()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(
            QStringLiteral("existing-%1.db")
                .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (content.isEmpty()) {
            QCOMPARE(m_cli.run({QStringLiteral("demo"), path}).exitCode, 0);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = bytes(path);
        QVERIFY(!before.isEmpty());
        const CliRunner::Result again = m_cli.run({QStringLiteral("init"), path});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(path), qPrintable(again.err));
        QCOMPARE(bytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(TestCliInit)
#include "tst_cli_init.moc"
