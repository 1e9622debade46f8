#pragma once

#include "TestDatabase.h"
#include "storage/BallotRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QtTest>

// What the ballot count's tests share: three operators, ballots, the count in words, and the demo's election.
namespace daihoi::ballottest {

inline const QString binh = QStringLiteral("Lê Văn Bình");
inline const QString cuc = QStringLiteral("Trần Thị Cúc");
inline const QString ha = QStringLiteral("Phạm Thu Hà");

inline EnteredBallot ballot(int batch, int number, const QString &marks,
                            BallotInvalidReason declared = BallotInvalidReason::None)
{
    EnteredBallot b;
    b.batch = batch;
    b.number = number;
    b.marks = marks;
    b.declaredInvalid = declared;
    return b;
}

// What the entries say, ballot by ballot: "batch/pass operator: number=marks-or-reason …".
inline QStringList described(const BallotCounting &counting)
{
    QStringList lines;
    for (auto it = counting.batches.cbegin(); it != counting.batches.cend(); ++it) {
        for (const BallotPass &pass : it.value()) {
            QStringList ballots;
            for (const EnteredBallot &b : pass.ballots)
                ballots.append(QStringLiteral("%1=%2").arg(b.number).arg(
                    b.isDeclaredInvalid() ? BallotReasons::key(b.declaredInvalid) : b.marks));
            lines.append(QStringLiteral("%1/%2 %3: %4")
                             .arg(it.key())
                             .arg(pass.pass)
                             .arg(pass.operatorName, ballots.join(QLatin1Char(' '))));
        }
    }
    return lines;
}

inline QStringList describedCorrections(const BallotCounting &counting)
{
    const auto says = [](const EnteredBallot &b) {
        return b.isDeclaredInvalid() ? BallotReasons::key(b.declaredInvalid) : b.marks;
    };
    QStringList lines;
    for (auto it = counting.corrections.cbegin(); it != counting.corrections.cend(); ++it) {
        for (const BallotCorrection &c : it.value())
            lines.append(QStringLiteral("%1/%2 %3 #%4: %5 -> %6")
                             .arg(it.key())
                             .arg(c.pass)
                             .arg(c.operatorName)
                             .arg(c.before.number)
                             .arg(says(c.before), says(c.after)));
    }
    return lines;
}

// The demo's committee election of VH-01's congress 2022–2025.
inline Election electionOf(TestDatabase &test, const QString &unitCode = QStringLiteral("VH-01"))
{
    Unit unit;
    Term term;
    Congress congress;
    QString error;
    UnitRepository(test.connection()).byCode(unitCode, &unit, &error);
    TermRepository(test.connection()).byYears(2022, 2025, &term, &error);
    CongressRepository(test.connection()).find(unit.id, term.id, &congress, &error);
    QList<Election> elections;
    ElectionRepository(test.connection()).forCongress(congress.id, &elections, &error);
    return elections.value(0);
}

inline BallotCounting loaded(QSqlDatabase db, qint64 election, int round = 1)
{
    BallotCounting counting;
    QString error;
    if (!BallotRepository(db).load(election, round, &counting, &error))
        qWarning("load: %s", qPrintable(error));
    return counting;
}

inline int rowsOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// Batch 3 of round 1 in batches of 10: entry 1 by Lê Văn Bình (ballots 1, 2), entry 2 by Trần Thị Cúc (1).
inline void enterBatchThree(BallotRepository &ballots, qint64 election)
{
    QString error;
    QVERIFY2(ballots.choose(election, 1, 10, &error), qPrintable(error));
    QVERIFY2(ballots.saveBallot(election, 1, 1, binh, ballot(3, 1, QStringLiteral("KKS")), &error),
             qPrintable(error));
    QVERIFY2(ballots.saveBallot(election, 1, 1, binh, ballot(3, 2, QStringLiteral("SKK")), &error),
             qPrintable(error));
    QVERIFY2(ballots.saveBallot(election, 1, 2, cuc, ballot(3, 1, QStringLiteral("KKS")), &error),
             qPrintable(error));
}

} // namespace daihoi::ballottest
