#include "BenchTable.h"

#include <QLocale>
#include <QStringList>

namespace daihoi::bench {

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString milliseconds(double ms)
{
    return ms >= 10000 ? number(ms / 1000, 1) + QStringLiteral(" s") : number(ms, ms < 10 ? 1 : 0) + QStringLiteral(" ms");
}

QString met(bool yes)
{
    return yes ? QStringLiteral("yes") : QStringLiteral("**no**");
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

// A rate of ours beside the shell's on the same rows, and the share of its speed that is the target.
QString rateRow(const QString &what, const QString &reference, double rows, double ms, double referenceRows,
                double referenceMs, double share)
{
    const double ours = rows / (ms / 1000);
    const double theirs = referenceRows / (referenceMs / 1000);
    return row({what, number(ours) + QStringLiteral(" rows/s (") + number(rows) + QStringLiteral(" rows in ") +
                          milliseconds(ms) + QStringLiteral(")"),
                reference + QStringLiteral(": ") + number(theirs) + QStringLiteral(" rows/s (") + milliseconds(referenceMs) +
                    QStringLiteral(")"),
                number(ours / theirs, 2) + QStringLiteral("×"), QStringLiteral("≥ ") + number(share, 1) + QStringLiteral("×"),
                met(ours / theirs >= share)});
}

bool isOffice(const QString &stage)
{
    return stage.startsWith(QLatin1String("pg-"));
}

// One figure of the office column: on the server, on the file, the target and whether the server meets it.
QString officeRow(const QString &what, double server, double file, double targetMs, const QString &target,
                  const QString &note = QString())
{
    return row({what, milliseconds(server) + note, milliseconds(file), number(server / file, 1) + QStringLiteral("×"),
                target, met(server < targetMs)});
}

} // namespace

QString BenchTable::officeMarkdown(int branches, const SizeFigures &figures)
{
    const BenchFigures copy = figures.value(QStringLiteral("pg-office"));
    const double copyMs = copy.value(QStringLiteral("copy_ms"));
    QString text = QStringLiteral("#### %1 chi bộ on the office server (%2 units; %3, %4 MB on the server)\n\n")
                       .arg(number(branches), number(copy.value(QStringLiteral("copied_units"))),
                            copyMs < 0 ? QStringLiteral("copied by an earlier run")
                                       : QStringLiteral("`office copy` in ") + milliseconds(copyMs)
                                             + QStringLiteral(", ANALYZE ")
                                             + milliseconds(copy.value(QStringLiteral("analyze_ms"))),
                            number(copy.value(QStringLiteral("database_mb"))));
    text += row({QStringLiteral("Figure"), QStringLiteral("PostgreSQL"), QStringLiteral("SQLite, same run"),
                 QStringLiteral("Ratio"), QStringLiteral("Target"), QStringLiteral("Met on PostgreSQL")});
    text += row({QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"),
                 QStringLiteral("---"), QStringLiteral("---")});
    const BenchFigures server = figures.value(QStringLiteral("pg-window"));
    const BenchFigures file = figures.value(QStringLiteral("window"));
    text += officeRow(QStringLiteral("Open: window with the tree's first level and the progress figures"),
                      server.value(QStringLiteral("open_ms")), file.value(QStringLiteral("open_ms")), 1000,
                      QStringLiteral("< 1 s"));
    const BenchFigures serverSummary = figures.value(QStringLiteral("pg-summary"));
    const BenchFigures fileSummary = figures.value(QStringLiteral("summary"));
    text += officeRow(QStringLiteral("Top committee's summary figures (median of 7)"),
                      serverSummary.value(QStringLiteral("summary_ms")), fileSummary.value(QStringLiteral("summary_ms")),
                      300, QStringLiteral("< 300 ms"),
                      QStringLiteral(" (first run ") + milliseconds(serverSummary.value(QStringLiteral("summary_first_ms")))
                          + QStringLiteral("; the server counting the term's congresses: ")
                          + milliseconds(serverSummary.value(QStringLiteral("ref_count_ms"))) + QStringLiteral(")"));
    const bool reached = server.value(QStringLiteral("unit_list_reached_end")) > 0;
    text += row({QStringLiteral("Committee-wide unit list: slowest scroll step (median)"),
                 milliseconds(server.value(QStringLiteral("unit_list_max_step_ms"))) + QStringLiteral(" (")
                     + milliseconds(server.value(QStringLiteral("unit_list_median_step_ms"))) + QStringLiteral("), ")
                     + number(server.value(QStringLiteral("unit_list_rows"))) + QStringLiteral(" rows in ")
                     + number(server.value(QStringLiteral("unit_list_steps"))) + QStringLiteral(" steps")
                     + (reached ? QString() : QStringLiteral(", **end not reached in 2 min**")),
                 milliseconds(file.value(QStringLiteral("unit_list_max_step_ms"))) + QStringLiteral(" (")
                     + milliseconds(file.value(QStringLiteral("unit_list_median_step_ms"))) + QStringLiteral(")"),
                 number(server.value(QStringLiteral("unit_list_max_step_ms"))
                            / file.value(QStringLiteral("unit_list_max_step_ms")),
                        1)
                     + QStringLiteral("×"),
                 QStringLiteral("< 100 ms a step"),
                 met(server.value(QStringLiteral("unit_list_max_step_ms")) < 100 && reached)});
    text += officeRow(QStringLiteral("Committee-wide unit list: to open (not a target)"),
                      server.value(QStringLiteral("unit_list_open_ms")), file.value(QStringLiteral("unit_list_open_ms")),
                      1e12, QStringLiteral("—"));
    text += officeRow(QStringLiteral("Search box, slowest of 4 words"), server.value(QStringLiteral("search_max_step_ms")),
                      file.value(QStringLiteral("search_max_step_ms")), 100, QStringLiteral("< 100 ms a step"));
    text += row({QStringLiteral("Peak memory of the window stage"),
                 number(server.value(QStringLiteral("peak_kb")) / 1024) + QStringLiteral(" MB"),
                 number(file.value(QStringLiteral("peak_kb")) / 1024) + QStringLiteral(" MB"), QString(),
                 QStringLiteral("< 300 MB"), met(server.value(QStringLiteral("peak_kb")) / 1024 < 300)});
    return text + QLatin1Char('\n');
}

QString BenchTable::markdown(int branches, const SizeFigures &figures)
{
    const BenchFigures generate = figures.value(QStringLiteral("generate"));
    const double generated = generate.value(QStringLiteral("generate_ms"));
    QString text = QStringLiteral("### %1 chi bộ (%2 units in all; %3)\n\n")
                       .arg(number(branches), number(generate.value(QStringLiteral("units"))),
                            generated < 0 ? QStringLiteral("generated by an earlier run")
                                          : QStringLiteral("generated in ") + milliseconds(generated));
    text += row({QStringLiteral("Figure"), QStringLiteral("daihoi"), QStringLiteral("Reference, same run"),
                 QStringLiteral("Ratio"), QStringLiteral("Target"), QStringLiteral("Met")});
    text += row({QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"),
                 QStringLiteral("---"), QStringLiteral("---")});

    if (figures.contains(QStringLiteral("import"))) {
        const BenchFigures f = figures.value(QStringLiteral("import"));
        text += rateRow(QStringLiteral("Import of the national export, validated"), QStringLiteral("sqlite3 `.import`"),
                        f.value(QStringLiteral("import_rows")), f.value(QStringLiteral("import_ms")),
                        f.value(QStringLiteral("import_rows")), f.value(QStringLiteral("ref_import_ms")), 0.5);
    }
    if (figures.contains(QStringLiteral("export"))) {
        const BenchFigures f = figures.value(QStringLiteral("export"));
        text += rateRow(QStringLiteral("Export of the top unit"), QStringLiteral("`sqlite3 -csv` of the tables"),
                        f.value(QStringLiteral("export_rows")), f.value(QStringLiteral("export_ms")),
                        f.value(QStringLiteral("ref_export_rows")), f.value(QStringLiteral("ref_export_ms")), 0.7);
    }
    if (figures.contains(QStringLiteral("summary"))) {
        const BenchFigures f = figures.value(QStringLiteral("summary"));
        const double ms = f.value(QStringLiteral("summary_ms"));
        const double count = f.value(QStringLiteral("ref_count_ms"));
        text += row({QStringLiteral("Top committee's summary figures (median of 7; first run)"),
                     milliseconds(ms) + QStringLiteral("; ") + milliseconds(f.value(QStringLiteral("summary_first_ms"))),
                     QStringLiteral("sqlite3 counting the congresses of the term: ") + milliseconds(count),
                     number(ms / count, 1) + QStringLiteral("×"), QStringLiteral("< 300 ms"), met(ms < 300)});
    }
    if (figures.contains(QStringLiteral("window"))) {
        const BenchFigures f = figures.value(QStringLiteral("window"));
        const double open = f.value(QStringLiteral("open_ms"));
        text += row({QStringLiteral("Open: window with the tree's first level and the progress figures"),
                     milliseconds(open),
                     number(f.value(QStringLiteral("open_first_level_rows"))) + QStringLiteral(" first-level row(s)"),
                     QString(), QStringLiteral("< 1 s"), met(open < 1000)});
        const double step = f.value(QStringLiteral("unit_list_max_step_ms"));
        const bool reached = f.value(QStringLiteral("unit_list_reached_end")) > 0;
        text += row({QStringLiteral("Committee-wide unit list: opened, then scrolled to its end"),
                     milliseconds(f.value(QStringLiteral("unit_list_open_ms"))) + QStringLiteral(" to open; slowest step ") +
                         milliseconds(step) + QStringLiteral(", median ") +
                         milliseconds(f.value(QStringLiteral("unit_list_median_step_ms"))),
                     number(f.value(QStringLiteral("unit_list_rows"))) + QStringLiteral(" rows in ") +
                         number(f.value(QStringLiteral("unit_list_steps"))) + QStringLiteral(" steps") +
                         (reached ? QString() : QStringLiteral(", **end not reached in 2 min**")),
                     QString(), QStringLiteral("< 100 ms a step"), met(step < 100 && reached)});
        const double search = f.value(QStringLiteral("search_max_step_ms"));
        text += row({QStringLiteral("Search box, slowest of 4 words"), milliseconds(search), QString(), QString(),
                     QStringLiteral("< 100 ms a step"), met(search < 100)});
    }
    if (figures.contains(QStringLiteral("pdf"))) {
        const BenchFigures f = figures.value(QStringLiteral("pdf"));
        const double ms = f.value(QStringLiteral("pdf_ms"));
        text += row({QStringLiteral("Summary PDF of a committee of %1 units").arg(number(f.value(QStringLiteral("pdf_units")))),
                     milliseconds(ms) + QStringLiteral(", ") + number(f.value(QStringLiteral("pdf_pages"))) +
                         QStringLiteral(" pages"),
                     QStringLiteral("building the document: ") + milliseconds(f.value(QStringLiteral("pdf_build_ms"))),
                     QString(), QStringLiteral("< 10 s"), met(ms < 10000)});
    }
    QString peakStage;
    double peak = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (isOffice(it.key()))
            continue;
        if (it.key() != QStringLiteral("generate") && it.value().value(QStringLiteral("peak_kb")) > peak) {
            peak = it.value().value(QStringLiteral("peak_kb"));
            peakStage = it.key();
        }
    }
    QStringList each;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (it.key() != QStringLiteral("generate") && !isOffice(it.key()))
            each.append(it.key() + QStringLiteral(" ") + number(it.value().value(QStringLiteral("peak_kb")) / 1024) +
                        QStringLiteral(" MB"));
    }
    text += row({QStringLiteral("Peak memory (largest stage: %1)").arg(peakStage),
                 number(peak / 1024) + QStringLiteral(" MB"), each.join(QStringLiteral(", ")), QString(),
                 QStringLiteral("< 300 MB"), met(peak / 1024 < 300)});
    return text + QLatin1Char('\n');
}

} // namespace daihoi::bench
