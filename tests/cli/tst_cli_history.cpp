#include "CliRunner.h"
#include "services/AppSettings.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// `daihoi-cli history` prints who changed a congress, when and what, from the history the database keeps.
using namespace daihoi;

class TestCliHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;
    CliRunner m_cli;

    CliRunner::Result cli(QStringList args) { return m_cli.run(args << QStringLiteral("--lang") << QStringLiteral("en")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = m_dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(cli({QStringLiteral("demo"), m_database}).exitCode, 0);
        // A clerk moves VH-01's congress of 2022–2025 to another hall in the desktop program.
        AppSettings().setClerkName(QStringLiteral("Nguyễn Văn A"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_database, &error), qPrintable(error));
        Unit unit;
        Term term;
        Congress congress;
        QVERIFY(UnitRepository(db.connection()).byCode(QStringLiteral("VH-01"), &unit, &error));
        QVERIFY(TermRepository(db.connection()).byYears(2022, 2025, &term, &error));
        QVERIFY(CongressRepository(db.connection()).find(unit.id, term.id, &congress, &error));
        QVERIFY(!congress.place.isEmpty());
        m_oldPlace = congress.place;
        congress.place = QStringLiteral("Nhà văn hoá khu 3");
        m_oldNumber = congress.number;
        congress.number += 1;
        QVERIFY2(CongressRepository(db.connection()).save(&congress, &error), qPrintable(error));
    }

    void theChangeIsPrintedNewestFirst()
    {
        const CliRunner::Result run = cli({QStringLiteral("history"), m_database, QStringLiteral("--unit"),
                                           QStringLiteral("VH-01"), QStringLiteral("--term"), QStringLiteral("2022-2025")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 4, qPrintable(run.out));
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("(VH-01), term 2022–2025, newest first")), qPrintable(lines.at(0)));
        // Local time, the clerk's name from Settings, what changed.
        const QRegularExpression header(QStringLiteral("^(\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d)  Nguyễn Văn A  Congress changed$"));
        const QRegularExpressionMatch match = header.match(lines.at(1));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
        const QDateTime shown = QDateTime::fromString(match.captured(1), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        QVERIFY2(qAbs(shown.secsTo(QDateTime::currentDateTime())) < 300, qPrintable(match.captured(1)));
        const QStringList changes = lines.mid(2, 2);
        QVERIFY2(changes.contains(QStringLiteral("    Place: '%1' → 'Nhà văn hoá khu 3'").arg(m_oldPlace)),
                 qPrintable(run.out));
        QVERIFY2(changes.contains(QStringLiteral("    Congress number: %1 → %2").arg(m_oldNumber).arg(m_oldNumber + 1)),
                 qPrintable(run.out));
        // The guests the save wrote back unchanged say nothing; the demo's entry of the congress comes last.
        QVERIFY2(!run.out.contains(QStringLiteral("Guest")) || run.out.indexOf(QStringLiteral("Guest")) > run.out.indexOf(QStringLiteral("Congress number")),
                 qPrintable(run.out));
        QVERIFY2(lines.last().startsWith(QStringLiteral("    ")) || lines.last().contains(QStringLiteral(" added")),
                 qPrintable(lines.last()));
        QVERIFY2(run.out.contains(QStringLiteral("Congress added")), qPrintable(run.out));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no unit") << QStringList{QStringLiteral("history"), QStringLiteral("DB")}
                                 << QStringLiteral("Usage: daihoi-cli history");
        QTest::newRow("unknown unit") << QStringList{QStringLiteral("history"), QStringLiteral("DB"),
                                                     QStringLiteral("--unit"), QStringLiteral("XX-99")}
                                      << QStringLiteral("No unit has the code XX-99.");
        QTest::newRow("bad term") << QStringList{QStringLiteral("history"), QStringLiteral("DB"), QStringLiteral("--unit"),
                                                 QStringLiteral("VH"), QStringLiteral("--term"), QStringLiteral("2022")}
                                  << QStringLiteral("The term \"2022\" is not written as START-END");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replace(1, m_database);
        const CliRunner::Result run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

private:
    QString m_oldPlace;
    int m_oldNumber = 0;
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
