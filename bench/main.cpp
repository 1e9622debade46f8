// daihoi-bench: generates national-shape databases of several sizes and measures import, export, the
// summary figures, the window, search, the summary PDF and peak memory, each stage in its own process.
// Usage: daihoi-bench [--sizes 3000,30000,300000] [--work DIR] [--seed 7] [--reuse] [--out FILE.md]
//                     [--pg-url postgresql://SUPERUSER@/postgres?host=/SOCKET/DIR] [--pg-only]
// With --pg-url (or DAIHOI_TEST_PG_URL, which tools/pg-test-server.sh run sets) each database is also copied
// to an office database on that server and the summary and window stages run again on it.

#include "BenchTable.h"
#include "BallotStage.h"
#include "ExchangeStage.h"
#include "FiguresStage.h"
#include "OfficeStage.h"
#include "StageRunner.h"
#include "WindowStage.h"
#include "services/LanguageLoader.h"
#include "services/SyntheticDataGenerator.h"
#include "storage/Database.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <cstring>

using namespace daihoi;
using namespace daihoi::bench;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

bool generate(const QString &path, int branches, int perCommittee, quint32 seed, BenchFigures *figures,
              QString *error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    Database db;
    if (!db.openSqlite(path, error))
        return false;
    QElapsedTimer timer;
    timer.start();
    SyntheticDataGenerator::Counts counts;
    if (!SyntheticDataGenerator::generate(db.connection(), branches, seed, &counts, error, {}, perCommittee))
        return false;
    figures->set(QStringLiteral("generate_ms"), double(timer.elapsed()));
    figures->set(QStringLiteral("units"), double(counts.units));
    return true;
}

// One stage, in this process: what StageRunner started.
int runStage(const QStringList &args)
{
    QTextStream out(stdout);
    const QString stage = option(args, QStringLiteral("--stage"));
    const QString database = option(args, QStringLiteral("--db"));
    const QString unit = option(args, QStringLiteral("--unit"));
    const int startYear = option(args, QStringLiteral("--start")).toInt();
    const int endYear = option(args, QStringLiteral("--end")).toInt();
    const QString folder = option(args, QStringLiteral("--folder"));
    BenchFigures figures;
    QString error;
    bool ok = false;
    if (stage == QLatin1String("generate"))
        ok = generate(database, option(args, QStringLiteral("--branches")).toInt(),
                      option(args, QStringLiteral("--per-committee"), QStringLiteral("5")).toInt(),
                      option(args, QStringLiteral("--seed")).toUInt(), &figures, &error);
    else if (stage == QLatin1String("export"))
        ok = ExchangeStage::exportAll(database, unit, startYear, endYear, folder, &figures, &error);
    else if (stage == QLatin1String("import"))
        ok = ExchangeStage::importAll(folder, database, &figures, &error);
    else if (stage == QLatin1String("summary"))
        ok = FiguresStage::summary(database, unit, startYear, endYear, &figures, &error);
    else if (stage == QLatin1String("pdf"))
        ok = FiguresStage::summaryPdf(database, unit, startYear, endYear, folder, &figures, &error);
    else if (stage == QLatin1String("office"))
        ok = OfficeStage::copy(database, option(args, QStringLiteral("--server")), option(args, QStringLiteral("--name")),
                               args.contains(QStringLiteral("--reuse")), &figures, &error);
    else if (stage == QLatin1String("window"))
        ok = WindowStage::run(database, &figures, &error);
    else if (stage == QLatin1String("ballots"))
        ok = BallotStage::run(&figures, &error);
    else
        error = QStringLiteral("unknown stage %1").arg(stage);
    figures.print(out);
    if (!ok)
        out << "error: " << error << Qt::endl;
    return ok ? 0 : 1;
}

// The top unit of a generated database and its term, which every stage measures.
bool topUnitAndTerm(const QString &path, Unit *top, Term *term, qint64 *unitCount, QString *error)
{
    Database db;
    if (!db.openSqlite(path, error))
        return false;
    QSqlQuery count(db.connection());
    *unitCount = count.exec(QStringLiteral("SELECT COUNT(*) FROM units")) && count.next() ? count.value(0).toLongLong() : 0;
    QList<Unit> tops;
    if (!UnitRepository(db.connection()).children(0, 0, 1, &tops, error) || tops.isEmpty())
        return false;
    *top = tops.first();
    return TermRepository(db.connection()).latestInUse(term, error);
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = info.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 logical cores; %3; Qt %4")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

} // namespace

int main(int argc, char *argv[])
{
    bool isStage = false;
    for (int i = 1; i < argc; ++i)
        isStage = isStage || std::strcmp(argv[i], "--stage") == 0;
    if (isStage) {
        QApplication app(argc, argv); // the window and the PDF need one
        LanguageLoader::install(&app, QStringLiteral("vi"));
        return runStage(app.arguments());
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures daihoi at national sizes (docs/performance.md)."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Numbers of chi bộ."),
                                         QStringLiteral("N,N,..."), QStringLiteral("3000,30000,300000"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Folder for the databases and exports."),
                                        QStringLiteral("DIR"), QDir::temp().filePath(QStringLiteral("daihoi-bench")));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data."),
                                        QStringLiteral("S"), QStringLiteral("7"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Keep databases generated by an earlier run."));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the tables to this file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption pgOption(QStringLiteral("pg-url"),
                                      QStringLiteral("A PostgreSQL server (a superuser's URL) for the office column; "
                                                     "DAIHOI_TEST_PG_URL when not given."),
                                      QStringLiteral("URL"), qEnvironmentVariable("DAIHOI_TEST_PG_URL"));
    const QCommandLineOption pgOnlyOption(QStringLiteral("pg-only"),
                                          QStringLiteral("Of the SQLite stages run only those the office column is "
                                                         "compared with (summary, window)."));
    const QCommandLineOption ballotsOnlyOption(QStringLiteral("ballots-only"),
                                               QStringLiteral("Measure only the ballot-by-ballot count."));
    parser.addOptions({sizesOption, workOption, seedOption, reuseOption, outOption, pgOption, pgOnlyOption,
                       ballotsOnlyOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QDir work(parser.value(workOption));
    work.mkpath(QStringLiteral("settings"));
    const StageRunner runner(work.filePath(QStringLiteral("settings")));
    const QString pgUrl = parser.value(pgOption);
    const bool pgOnly = parser.isSet(pgOnlyOption) && !pgUrl.isEmpty();
    QString report = QStringLiteral("Machine: %1.\n\n").arg(machine());
    if (!pgUrl.isEmpty())
        report += QStringLiteral("Office server: %1.\n\n").arg(OfficeStage::serverDescription(pgUrl));
    out << report << Qt::flush;

    // The ballot count needs no database: measured once per run.
    BenchFigures ballots;
    QString ballotError;
    if (!runner.run(QStringLiteral("ballots"), {}, &ballots, &ballotError)) {
        err << ballotError << Qt::endl;
        return 1;
    }
    const QString ballotTable = BallotStage::markdown(ballots);
    out << ballotTable << Qt::flush;
    report += ballotTable;

    const QStringList sizes = parser.isSet(ballotsOnlyOption)
                                  ? QStringList()
                                  : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &sizeText : sizes) {
        const int branches = sizeText.toInt();
        const QString database = work.filePath(QStringLiteral("national-%1.db").arg(branches));
        SizeFigures figures;
        QString error;
        // KEY files the figures apart from NAME: the office column runs the same stages on the server.
        auto stage = [&](const QString &name, const QStringList &args, const QString &key = QString()) {
            err << "  " << branches << ": " << name << "…" << Qt::endl;
            BenchFigures result;
            if (!runner.run(name, args, &result, &error)) {
                err << error << Qt::endl;
                return false;
            }
            figures.insert(key.isEmpty() ? name : key, result);
            return true;
        };
        if (!parser.isSet(reuseOption) || !QFile::exists(database)) {
            if (!stage(QStringLiteral("generate"),
                       {QStringLiteral("--db"), database, QStringLiteral("--branches"), QString::number(branches),
                        QStringLiteral("--seed"), parser.value(seedOption)}))
                return 1;
        }
        Unit top;
        Term term;
        qint64 unitCount = 0;
        if (!topUnitAndTerm(database, &top, &term, &unitCount, &error)) {
            err << database << ": " << error << Qt::endl;
            return 1;
        }
        figures[QStringLiteral("generate")].set(QStringLiteral("units"), double(unitCount));
        const QStringList unitArgs = {QStringLiteral("--db"),    database,
                                      QStringLiteral("--unit"),  top.code,
                                      QStringLiteral("--start"), QString::number(term.startYear),
                                      QStringLiteral("--end"),   QString::number(term.endYear)};
        const QString exportFolder = work.filePath(QStringLiteral("export-%1").arg(branches));
        const bool ok = stage(QStringLiteral("summary"), unitArgs) && stage(QStringLiteral("window"), {QStringLiteral("--db"), database})
                        && (pgOnly
                            || (stage(QStringLiteral("export"), unitArgs + QStringList{QStringLiteral("--folder"), exportFolder})
                                && stage(QStringLiteral("import"),
                                         {QStringLiteral("--folder"), exportFolder, QStringLiteral("--db"),
                                          work.filePath(QStringLiteral("imported-%1.db").arg(branches))})));
        if (!ok)
            return 1;
        if (!pgUrl.isEmpty()) {
            // The same database as an office on the server, measured through Database::open(url).
            const QString name = QStringLiteral("daihoi_bench_%1").arg(branches);
            QStringList copyArgs{QStringLiteral("--db"), database, QStringLiteral("--server"), pgUrl,
                                 QStringLiteral("--name"), name};
            if (parser.isSet(reuseOption))
                copyArgs.append(QStringLiteral("--reuse"));
            QStringList serverArgs = unitArgs;
            serverArgs[1] = OfficeStage::databaseUrl(pgUrl, name);
            const bool onServer = stage(QStringLiteral("office"), copyArgs, QStringLiteral("pg-office"))
                                  && stage(QStringLiteral("summary"), serverArgs, QStringLiteral("pg-summary"))
                                  && stage(QStringLiteral("window"), {QStringLiteral("--db"), serverArgs.at(1)},
                                           QStringLiteral("pg-window"));
            if (!onServer)
                return 1;
        }
        if (sizeText == sizes.first() && !pgOnly) {
            // The summary PDF: one grassroots committee holding 3,000 chi bộ, so its table has 3,000 rows.
            const QString flat = work.filePath(QStringLiteral("committee-3000.db"));
            const bool printed =
                ((parser.isSet(reuseOption) && QFile::exists(flat))
                 || runner.run(QStringLiteral("generate"),
                               {QStringLiteral("--db"), flat, QStringLiteral("--branches"), QStringLiteral("3000"),
                                QStringLiteral("--per-committee"), QStringLiteral("3000"), QStringLiteral("--seed"),
                                parser.value(seedOption)},
                               &figures[QStringLiteral("generate-flat")], &error))
                && stage(QStringLiteral("pdf"), {QStringLiteral("--db"), flat, QStringLiteral("--unit"),
                                                 QStringLiteral("CS000001"), QStringLiteral("--start"),
                                                 QString::number(term.startYear), QStringLiteral("--end"),
                                                 QString::number(term.endYear), QStringLiteral("--folder"),
                                                 work.filePath(QStringLiteral("summary-3000.pdf"))});
            figures.remove(QStringLiteral("generate-flat"));
            if (!printed) {
                err << error << Qt::endl;
                return 1;
            }
        }
        QString table = BenchTable::markdown(branches, figures);
        if (!pgUrl.isEmpty())
            table += BenchTable::officeMarkdown(branches, figures);
        out << table << Qt::flush;
        report += table;
    }
    if (parser.isSet(outOption)) {
        QFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        file.write(report.toUtf8());
    }
    return 0;
}
