#include "FiguresStage.h"

#include "SqliteShell.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportKind.h"
#include "reports/SummaryData.h"
#include "storage/Database.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>
#include <algorithm>

namespace daihoi::bench {

namespace {

bool find(QSqlDatabase db, const QString &unitCode, int startYear, int endYear, Unit *unit, Term *term,
          QString *error)
{
    if (!UnitRepository(db).byCode(unitCode, unit, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("no unit %1").arg(unitCode);
        return false;
    }
    if (!TermRepository(db).byYears(startYear, endYear, term, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("no term %1-%2").arg(startYear).arg(endYear);
        return false;
    }
    return true;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// On a server the floor is the same count through the same connection (median of 7).
bool countOnServer(QSqlDatabase db, qint64 termId, BenchFigures *figures, QString *error)
{
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM congresses WHERE term_id = ?"));
        query.addBindValue(termId);
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        times.append(elapsedMs(timer));
    }
    std::sort(times.begin(), times.end());
    figures->set(QStringLiteral("ref_count_ms"), times.at(times.size() / 2));
    return true;
}

} // namespace

bool FiguresStage::summary(const QString &database, const QString &unitCode, int startYear, int endYear,
                           BenchFigures *figures, QString *error)
{
    Database db;
    if (!db.open(database, error)) // a file, or the office database's URL of the PostgreSQL column
        return false;
    Unit unit;
    Term term;
    if (!find(db.connection(), unitCode, startYear, endYear, &unit, &term, error))
        return false;
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        SummaryData data;
        if (!SummaryData::load(db.connection(), unit, term, 40, &data, error))
            return false;
        times.append(elapsedMs(timer));
        figures->set(QStringLiteral("summary_units"), data.progress.unitCount);
    }
    figures->set(QStringLiteral("summary_first_ms"), times.first());
    std::sort(times.begin(), times.end());
    figures->set(QStringLiteral("summary_ms"), times.at(times.size() / 2));
    figures->addPeakMemory();
    if (!db.isSqlite())
        return countOnServer(db.connection(), term.id, figures, error);
    // The floor: the shell counting the term's congresses, every one of which the figures cover.
    const double count = SqliteShell::run({QStringLiteral("-readonly"), database},
                                          QStringLiteral("SELECT count(*) FROM congresses WHERE term_id = %1;\n").arg(term.id),
                                          error);
    figures->set(QStringLiteral("ref_count_ms"), count);
    return count >= 0;
}

bool FiguresStage::summaryPdf(const QString &database, const QString &unitCode, int startYear, int endYear,
                              const QString &pdfPath, BenchFigures *figures, QString *error)
{
    Database db;
    if (!db.openSqlite(database, error))
        return false;
    Unit unit;
    Term term;
    if (!find(db.connection(), unitCode, startYear, endYear, &unit, &term, error))
        return false;
    QElapsedTimer timer;
    timer.start();
    ReportBuilder builder(db.connection());
    QTextDocument document;
    const DocumentHeader header = builder.defaultHeader(ReportKind::Summary, unit, term);
    if (builder.build(ReportKind::Summary, unit, term, header, &document, error) != ReportBuilder::Outcome::Built)
        return false;
    figures->set(QStringLiteral("pdf_build_ms"), elapsedMs(timer));
    if (!DocumentWriter::writePdf(&document, pdfPath, QStringLiteral("summary"), error))
        return false;
    figures->set(QStringLiteral("pdf_ms"), elapsedMs(timer));
    figures->set(QStringLiteral("pdf_pages"), DocumentWriter::pageCount(&document));
    SummaryData data;
    if (!SummaryData::load(db.connection(), unit, term, 40, &data, error))
        return false;
    figures->set(QStringLiteral("pdf_units"), data.progress.unitCount);
    figures->addPeakMemory();
    return true;
}

} // namespace daihoi::bench
