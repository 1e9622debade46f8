#include "TestDatabase.h"
#include "services/CommitteeService.h"
#include "domain/committee/CommitteeBuilder.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QtTest>

using namespace daihoi;

class TestElectionRepository : public QObject
{
    Q_OBJECT
private:
    Congress congressOf(TestDatabase &test, const QString &code, int start, int end)
    {
        Unit unit;
        Term term;
        Congress congress;
        QString error;
        UnitRepository(test.connection()).byCode(code, &unit, &error);
        TermRepository(test.connection()).byYears(start, end, &term, &error);
        CongressRepository(test.connection()).find(unit.id, term.id, &congress, &error);
        return congress;
    }

private slots:
    void roundTrip()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Congress congress = congressOf(test, QStringLiteral("BT-DDT-02"), 2020, 2025);
        ElectionRepository elections(test.connection());
        QList<Election> stored;
        QString error;
        QVERIFY(elections.forCongress(congress.id, &stored, &error));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.first().office, ElectionOffice::Committee);
        QCOMPARE(stored.first().rounds.size(), 2);
        QCOMPARE(stored.first().rounds.at(1).seats, 1);
        QCOMPARE(stored.first().rounds.first().candidates.size(), 6);

        Election edited = stored.first();
        edited.rounds[1].candidates.first().votes -= 1;
        QVERIFY2(elections.save(&edited, &error), qPrintable(error));
        QList<Election> again;
        QVERIFY(elections.forCongress(congress.id, &again, &error));
        QVERIFY(again.first() == edited);
    }

    void refusedRoundWritesNothing()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Congress congress = congressOf(test, QStringLiteral("VH-01"), 2022, 2025);
        ElectionRepository elections(test.connection());
        QList<Election> before;
        QString error;
        QVERIFY(elections.forCongress(congress.id, &before, &error));
        Election broken = before.first();
        const int valid = broken.rounds.first().ballots.valid;
        broken.rounds.first().candidates.first().votes = valid + 1;
        QVERIFY(!elections.save(&broken, &error));
        QVERIFY2(error.contains(QString::number(valid + 1)) && error.contains(QString::number(valid)), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("Round 1: ")), qPrintable(error));
        QList<Election> after;
        QVERIFY(elections.forCongress(congress.id, &after, &error));
        QVERIFY(after == before);
    }

    void removeAndRestoreRebuildTheCommittee()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Congress congress = congressOf(test, QStringLiteral("VH-02"), 2022, 2025);
        CommitteeService service(test.connection());
        CommitteeRepository committees(test.connection());
        QList<Election> elections;
        QList<CommitteeMember> before;
        QString error;
        QVERIFY(ElectionRepository(test.connection()).forCongress(congress.id, &elections, &error));
        QVERIFY(committees.members(congress.id, &before, &error));
        QCOMPARE(before.first().role, CommitteeRole::Secretary);
        const Election secretary = elections.at(1);
        QCOMPARE(secretary.office, ElectionOffice::Secretary);

        QVERIFY(service.removeElection(secretary, &error));
        QList<CommitteeMember> without;
        QVERIFY(committees.members(congress.id, &without, &error));
        QCOMPARE(without.size(), before.size());
        for (const CommitteeMember &member : without)
            QVERIFY(member.role != CommitteeRole::Secretary);

        Election restored = secretary;
        restored.rowVersion = Election::restoring; // an undo of the removal brings it back under its id
        QVERIFY(service.saveElection(&restored, &error));
        QCOMPARE(restored.id, secretary.id);
        QList<CommitteeMember> after;
        QVERIFY(committees.members(congress.id, &after, &error));
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).person, before.at(i).person); // the same people, details kept
            QCOMPARE(after.at(i).role, before.at(i).role);
            QCOMPARE(after.at(i).reelected, before.at(i).reelected);
        }
    }

    void compositionOverACommittee()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        Unit vh;
        Term term;
        QString error;
        QVERIFY(UnitRepository(test.connection()).byCode(QStringLiteral("VH"), &vh, &error));
        QVERIFY(TermRepository(test.connection()).byYears(2022, 2025, &term, &error));
        CompositionFigures figures;
        QVERIFY(CommitteeRepository(test.connection()).composition(vh.id, term.id, 40, &figures, &error));
        QCOMPARE(figures.congresses, 23);
        QCOMPARE(figures.members, 69);
        QCOMPARE(figures.seats, 69);
        QCOMPARE(figures.secretaries, 23);
        QCOMPARE(figures.secretariesElectedAtCongress, 23);
        // Each 2022 committee keeps two of the three people of its 2020–2022 committee.
        QCOMPARE(figures.reelected, 46);

        // The same figures summed congress by congress from the members.
        CompositionFigures summed;
        QList<Unit> branches;
        QVERIFY(UnitRepository(test.connection()).children(vh.id, 0, 100, &branches, &error));
        for (const Unit &branch : branches) {
            const Congress congress = congressOf(test, branch.code, 2022, 2025);
            QList<CommitteeMember> members;
            QList<Election> elections;
            QVERIFY(CommitteeRepository(test.connection()).members(congress.id, &members, &error));
            QVERIFY(ElectionRepository(test.connection()).forCongress(congress.id, &elections, &error));
            summed.add(CompositionFigures::of(members, CommitteeBuilder::seats(elections), congress.heldFrom, 40));
        }
        QCOMPARE(figures.women, summed.women);
        QCOMPARE(figures.young, summed.young);
        QCOMPARE(figures.secretariesWithFullApproval, summed.secretariesWithFullApproval);
        QCOMPARE(figures.lowestSecretaryPercent, summed.lowestSecretaryPercent);
    }
};

QTEST_GUILESS_MAIN(TestElectionRepository)
#include "tst_election_repository.moc"
