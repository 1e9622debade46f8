// Golden tests of `daihoi-cli tally FILE.json`: tests/data/tally/NAME.json is tallied and
// the output compared with NAME.expected.json, in process and through the real executable.
#include "cli/TallyCommand.h"

#include <QtTest>

using namespace daihoi;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(DAIHOI_TEST_DATA "/tally/") + name;
}

QString readExpected(const QString &name)
{
    QFile file(dataPath(name + QStringLiteral(".expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// Key order aside, the same JSON: QJsonDocument sorts object keys when it writes compactly.
QString canonical(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: ") + error.errorString();
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

class TestTallyCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The messages are the English source strings: no translator may be installed.
        QVERIFY(QCoreApplication::translate("daihoi::RoundTally", "Seats (%1) must be at least 1.") ==
                QLatin1String("Seats (%1) must be at least 1."));
    }

    void tally_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart"); // for exit 1: what the message must say

        QTest::newRow("computed") << QStringLiteral("computed") << 0 << QString();
        QTest::newRow("tie") << QStringLiteral("tie") << 0 << QString();
        QTest::newRow("shortfall") << QStringLiteral("shortfall") << 0 << QString();
        QTest::newRow("secretary with a surplus: warning")
            << QStringLiteral("secretary-surplus") << 0 << QString();
        QTest::newRow("delegates congress") << QStringLiteral("delegates") << 0 << QString();
        QTest::newRow("refused") << QStringLiteral("refused") << 2 << QString();
        QTest::newRow("refused without a base") << QStringLiteral("refused-no-base") << 2 << QString();
        QTest::newRow("exclusions whose sum overflows an int") << QStringLiteral("refused-overflow") << 2 << QString();
        QTest::newRow("missing file") << QStringLiteral("no-such-file") << 1 << QStringLiteral("cannot read");
        QTest::newRow("broken JSON") << QStringLiteral("broken") << 1 << QStringLiteral("is not valid JSON");
        QTest::newRow("wrong type") << QStringLiteral("wrong-type") << 1
                                    << QStringLiteral("\"seats\" in the file must be a whole number.");
        QTest::newRow("misspelt key")
            << QStringLiteral("unknown-key") << 1 << QStringLiteral("Unknown key \"exluded\" in the file.");

        // Ballots entered one by one (issue 15): the counts come from the agreed batches.
        QTest::newRow("entries agree: counted and complete") << QStringLiteral("entries-agreed") << 0 << QString();
        QTest::newRow("entries differ on one name: that batch waits")
            << QStringLiteral("entries-one-name") << 0 << QString();
        QTest::newRow("a ballot in one entry only, a ballot declared invalid in one entry only")
            << QStringLiteral("entries-whole-ballot") << 0 << QString();
        QTest::newRow("entered once: every batch waits") << QStringLiteral("entries-waiting") << 0 << QString();
        QTest::newRow("no surplus: agree, disagree, both boxes, neither, three entries")
            << QStringLiteral("entries-secretary") << 0 << QString();
        QTest::newRow("fewer ballots entered than collected: not complete")
            << QStringLiteral("entries-short") << 0 << QString();
        QTest::newRow("a letter that does not fit, marks of the wrong length")
            << QStringLiteral("entries-bad-marks") << 2 << QString();
        QTest::newRow("more ballots in an entry than collected")
            << QStringLiteral("entries-over-collected") << 2 << QString();
        QTest::newRow("one operator entering twice") << QStringLiteral("entries-same-operator") << 2 << QString();
        QTest::newRow("a reason the board does not declare")
            << QStringLiteral("entries-unknown-reason") << 1
            << QStringLiteral("\"invalid\" in ballot number 1 of entry number 1 must be \"not-issued\", \"marked\" or "
                              "\"other\".");
        QTest::newRow("a reason the rules judge, given as the board's")
            << QStringLiteral("entries-declared-rule") << 1
            << QStringLiteral("\"invalid\" in ballot number 1 of entry number 1 must be \"not-issued\", \"marked\" or "
                              "\"other\".");
    }

    void tally()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);

        QString output;
        QString errors;
        QTextStream out(&output);
        QTextStream err(&errors);
        QCOMPARE(TallyCommand::run(dataPath(name + QStringLiteral(".json")), out, err), exitCode);
        out.flush();
        err.flush();
        check(name, exitCode, stderrPart, output, errors);
    }

    void executable_data() { tally_data(); }
    void executable()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DAIHOI_CLI_PATH),
                      {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("tally"),
                       dataPath(name + QStringLiteral(".json"))});
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == exitCode,
                 qPrintable(QStringLiteral("exit code %1, expected %2; stderr: %3")
                                .arg(process.exitCode())
                                .arg(exitCode)
                                .arg(errors)));
        check(name, exitCode, stderrPart, output, errors);
    }

private:
    void check(const QString &name, int exitCode, const QString &stderrPart, const QString &output,
               const QString &errors)
    {
        if (exitCode == TallyCommand::Unreadable) {
            QCOMPARE(output, QString());
            QVERIFY2(errors.contains(stderrPart), qPrintable(errors));
            return;
        }
        QCOMPARE(errors, QString());
        const QString expected = readExpected(name);
        QVERIFY2(!expected.isEmpty(), qPrintable(name + QStringLiteral(".expected.json is missing")));
        QCOMPARE(canonical(output), canonical(expected));
        QCOMPARE(output, expected); // key order and layout too: the output is meant to be stable
    }
};

QTEST_GUILESS_MAIN(TestTallyCli)
#include "tst_elections_tally_cli.moc"
