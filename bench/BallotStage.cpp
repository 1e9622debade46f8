#include "BallotStage.h"

#include "domain/elections/ballots/CountedRound.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace daihoi::bench {

namespace {

constexpr int ballotCount = 500;
constexpr int batchSize = 50;
constexpr int candidateCount = 15;
constexpr int seats = 12; // a surplus of 3, the most 30 % allows
constexpr int entries = 3;
constexpr int runs = 11;

RoundInput round()
{
    RoundInput input;
    input.office = ElectionOffice::Delegates;
    input.congressKind = CongressKind::Delegates;
    input.seats = seats;
    input.summoned = ballotCount + 20;
    input.present = ballotCount + 10;
    input.ballots.issued = ballotCount + 5;
    input.ballots.collected = ballotCount;
    for (int i = 0; i < candidateCount; ++i)
        input.candidates << CandidateVotes{QStringLiteral("Ứng cử viên %1").arg(i + 1), 0};
    return input;
}

// Each ballot keeps up to 12 names at random, every 25th none or all 15 (invalid); the same in every entry.
QMap<int, QList<BallotPass>> batches()
{
    QRandomGenerator random(15);
    QList<EnteredBallot> ballots;
    for (int i = 0; i < ballotCount; ++i) {
        EnteredBallot ballot;
        ballot.batch = i / batchSize + 1;
        ballot.number = i % batchSize + 1;
        ballot.marks = QString(candidateCount, QLatin1Char('S'));
        const int kept = 1 + int(random.bounded(seats));
        for (int k = 0; k < kept; ++k)
            ballot.marks[int(random.bounded(candidateCount))] = QLatin1Char('K');
        if (i % 25 == 0)
            ballot.marks.fill(QLatin1Char(i % 50 == 0 ? 'S' : 'K')); // none kept, or all 15 for 12 seats
        ballots << ballot;
    }
    QMap<int, QList<BallotPass>> result;
    for (int pass = 1; pass <= entries; ++pass) {
        for (const EnteredBallot &ballot : ballots) {
            QList<BallotPass> &batch = result[ballot.batch];
            if (batch.size() < pass)
                batch << BallotPass{pass, QStringLiteral("Người nhập %1").arg(pass), {}};
            batch[pass - 1].ballots << ballot;
        }
    }
    return result;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

bool BallotStage::run(BenchFigures *figures, QString *error)
{
    const RoundInput input = round();
    const QMap<int, QList<BallotPass>> entered = batches();
    QList<double> counting;
    QList<double> floor;
    int valid = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CountedRound counted = CountedRound::ofBatches(input, entered);
        counting << double(timer.nsecsElapsed()) / 1e6;
        if (!counted.complete || !counted.result.errors.isEmpty()) {
            *error = QStringLiteral("the synthetic count is not complete: ") + counted.result.errors.join(QLatin1Char(' '));
            return false;
        }
        valid = counted.count.valid;

        // The floor: every mark of every entry read once, compared with the first entry's and counted.
        timer.restart();
        int kept = 0;
        for (const QList<BallotPass> &batch : entered) {
            for (int b = 0; b < batch.first().ballots.size(); ++b) {
                const QString &first = batch.first().ballots.at(b).marks;
                for (const BallotPass &pass : batch)
                    kept += pass.ballots.at(b).marks == first ? int(first.count(QLatin1Char('K'))) : 0;
            }
        }
        floor << double(timer.nsecsElapsed()) / 1e6 + (kept < 0 ? 1 : 0);
    }
    figures->set(QStringLiteral("count_ms"), median(counting));
    figures->set(QStringLiteral("floor_ms"), median(floor));
    figures->set(QStringLiteral("valid"), valid);
    return true;
}

QString BallotStage::markdown(const BenchFigures &figures)
{
    const QLocale c = QLocale::c();
    const double ms = figures.value(QStringLiteral("count_ms"));
    const double floorMs = figures.value(QStringLiteral("floor_ms"));
    return QStringLiteral("#### Ballots counted one by one\n\n"
                          "| Figure | daihoi | Reference, same run | Target | Met |\n"
                          "| --- | --- | --- | --- | --- |\n"
                          "| %1 ballots × %2 names (%3 seats) entered %4 times: compare the entries, count the agreed "
                          "batches (%5 valid), tally the round | %6 ms (median of %7) | every mark read once and "
                          "compared, no rules: %8 ms | < 100 ms | %9 |\n\n")
        .arg(QString::number(ballotCount), QString::number(candidateCount), QString::number(seats),
             QString::number(entries), c.toString(figures.value(QStringLiteral("valid")), 'f', 0),
             c.toString(ms, 'f', 2), QString::number(runs), c.toString(floorMs, 'f', 2),
             ms < 100 ? QStringLiteral("yes") : QStringLiteral("**no**"));
}

} // namespace daihoi::bench
