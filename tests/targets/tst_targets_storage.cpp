#include "TargetsTestSupport.h"
#include "Workspace.h"
#include "domain/targets/TargetEvaluator.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "storage/QuerySnapshot.h"
#include "storage/targets/CommitteeTargetQuery.h"
#include "storage/targets/DirectionRepository.h"
#include "storage/targets/RatingRepository.h"
#include "storage/targets/TargetRepository.h"
#include "targets/CopyTargetsEdit.h"
#include "targets/SaveRatingEdit.h"
#include "targets/SaveTargetEdit.h"
#include "targets/SwapTargetItemsEdit.h"
#include "targets/TargetEvents.h"

#include <QUndoStack>
#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::CommitteeTargetFilter::Result)

// Targets, directions and ratings written, read back, undone and redone; the committee-wide query
// checked against the domain's own evaluation of every target.
class TestTargetsStorage : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_plain; // the base demo, no targets
    TestDatabase m_demo;  // with the demo targets
    Term m_term2022;
    Unit m_branch;
    Congress m_congress;

    Unit unit(TestDatabase &db, const char *code)
    {
        Unit u;
        QString error;
        UnitRepository(db.connection()).byCode(QLatin1String(code), &u, &error);
        return u;
    }
    Term term(TestDatabase &db, int start, int end)
    {
        Term t;
        QString error;
        TermRepository(db.connection()).byYears(start, end, &t, &error);
        return t;
    }
    Target admissions(qint64 congressId)
    {
        Target t;
        t.congressId = congressId;
        t.group = QStringLiteral("Xây dựng Đảng");
        t.name = QStringLiteral("Kết nạp 2 đảng viên mới");
        t.value = ExactDecimal::fromInteger(2);
        t.unit = QStringLiteral("đảng viên");
        return t;
    }
    Target memberRating(qint64 congressId)
    {
        Target t = admissions(congressId);
        t.name = QStringLiteral("Hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên");
        t.value = ExactDecimal::fromInteger(100);
        t.unit = QStringLiteral("%");
        t.basis = Target::Basis::MemberRating;
        t.ratingLevel = QualityRating::Good;
        return t;
    }
    QList<Target> stored(qint64 congressId)
    {
        QList<Target> targets;
        QString error;
        TargetRepository(m_plain.connection()).targets(congressId, &targets, &error);
        return targets;
    }

    // The domain's answer, the slow way: every congress below the committee, every target evaluated in C++.
    void expected(TestDatabase &db, qint64 parentId, qint64 termId, const CommitteeTargetFilter &filter,
                  QList<qint64> *ids, TargetTally *tally)
    {
        QList<Unit> children;
        QString error;
        QVERIFY(UnitRepository(db.connection()).children(parentId, 0, 100000, &children, &error));
        for (const Unit &child : children) {
            Congress c;
            if (CongressRepository(db.connection()).find(child.id, termId, &c, &error)) {
                QList<Target> targets;
                QVERIFY(TargetRepository(db.connection()).targets(c.id, &targets, &error));
                for (const Target &t : targets) {
                    if (!filter.group.isEmpty() && t.group != filter.group)
                        continue;
                    const TargetResult r = TargetEvaluator::evaluate(t);
                    tally->add(r);
                    using F = CommitteeTargetFilter::Result;
                    const bool keep = filter.result == F::Any ||
                                      (filter.result == F::AchievedOrExceeded &&
                                       (r == TargetResult::Achieved || r == TargetResult::Exceeded)) ||
                                      (filter.result == F::Exceeded && r == TargetResult::Exceeded) ||
                                      (filter.result == F::Achieved && r == TargetResult::Achieved) ||
                                      (filter.result == F::NotAchieved && r == TargetResult::NotAchieved) ||
                                      (filter.result == F::NotReviewed && r == TargetResult::NotReviewed);
                    if (keep)
                        ids->append(t.id);
                }
            }
            expected(db, child.id, termId, filter, ids, tally);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_plain.openDemo());
        QVERIFY(removeDemoTargets(m_plain.connection()));
        QVERIFY(openTargetsDemo(m_demo));
        m_term2022 = term(m_plain, 2022, 2025);
        m_branch = unit(m_plain, "VH-01");
        QString error;
        QVERIFY(
            CongressRepository(m_plain.connection()).find(m_branch.id, m_term2022.id, &m_congress, &error));
    }

    void roundTrip()
    {
        TargetRepository repository(m_plain.connection());
        QString error;
        Target t = admissions(m_congress.id);
        QVERIFY2(repository.save(&t, &error), qPrintable(error));
        QVERIFY(t.id > 0);
        Target read;
        QVERIFY(repository.byId(t.id, &read, &error));
        QCOMPARE(read, t);

        t.reached = ExactDecimal::fromInteger(3);
        t.value = ExactDecimal::fromScaled(25000); // 2,5: exact, no float
        QVERIFY(repository.save(&t, &error));
        QVERIFY(repository.byId(t.id, &read, &error));
        QCOMPARE(read, t);
        QCOMPARE(TargetEvaluator::evaluate(read), TargetResult::Exceeded);

        Target second = admissions(m_congress.id);
        second.name = QStringLiteral("Tỷ lệ hộ nghèo");
        second.comparison = Target::Comparison::AtMost;
        QVERIFY(repository.save(&second, &error));
        QCOMPARE(second.position, t.position + 1);
        QVERIFY(repository.swapPositions(t.id, second.id, &error));
        QCOMPARE(stored(m_congress.id).first().id, second.id);

        QVERIFY(repository.remove(t.id, &error));
        QCOMPARE(stored(m_congress.id).size(), 1);
        QVERIFY(repository.restore(&read, &error));
        QCOMPARE(stored(m_congress.id).size(), 2);
        QVERIFY(repository.removeAll({t.id, second.id}, &error));
        QVERIFY(stored(m_congress.id).isEmpty());
    }

    void refusalsNameTheField()
    {
        TargetRepository repository(m_plain.connection());
        QString error;
        Target t = memberRating(m_congress.id);
        t.value = ExactDecimal::fromInteger(120);
        QVERIFY(!repository.save(&t, &error));
        QVERIFY2(error.contains(QStringLiteral("120")), qPrintable(error));
        QCOMPARE(t.id, 0);
        Target orphan = admissions(987654);
        QVERIFY(!repository.save(&orphan, &error));
        QVERIFY2(error.contains(QStringLiteral("987654")), qPrintable(error));

        YearRating negative;
        negative.year = 2023;
        negative.members.insert(QualityRating::Good, -2);
        QVERIFY(!RatingRepository(m_plain.connection()).save(m_branch.id, negative, &error));
        QVERIFY2(error.contains(QStringLiteral("(-2)")), qPrintable(error));
    }

    void directionsRoundTrip()
    {
        DirectionRepository repository(m_plain.connection());
        QString error;
        DirectionItem solution{0, m_congress.id, DirectionItem::Group::Solution, 0,
                               QStringLiteral("Giải pháp 1")};
        DirectionItem direction{0, m_congress.id, DirectionItem::Group::Direction, 0,
                                QStringLiteral("Phương hướng 1")};
        QVERIFY(repository.save(&solution, &error));
        QVERIFY(repository.save(&direction, &error));
        QList<DirectionItem> items;
        QVERIFY(repository.items(m_congress.id, &items, &error));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.first().id, direction.id); // by group first
        DirectionItem empty = direction;
        empty.text = QStringLiteral("  ");
        QVERIFY(!repository.save(&empty, &error));
        QVERIFY(repository.remove(solution.id, &error));
        QVERIFY(repository.remove(direction.id, &error));
    }

    void ratingTargetFollowsTheRatings()
    {
        QString error;
        Target t = memberRating(m_congress.id);
        QVERIFY(TargetRepository(m_plain.connection()).save(&t, &error));
        QVERIFY(!t.reached); // no ratings yet: not reviewed
        RatingRepository ratings(m_plain.connection());
        for (int year : {2022, 2023, 2024}) {
            YearRating r;
            r.year = year;
            r.unitLevel = QualityRating::Good;
            r.members = {{QualityRating::Excellent, 3}, {QualityRating::Good, 27}};
            QVERIFY2(ratings.save(m_branch.id, r, &error), qPrintable(error));
        }
        QCOMPARE(stored(m_congress.id).first().reached, std::optional(ExactDecimal::fromInteger(100)));
        YearRating worse;
        worse.year = 2023;
        worse.members = {
            {QualityRating::Excellent, 3}, {QualityRating::Good, 26}, {QualityRating::Completed, 1}};
        QVERIFY(ratings.save(m_branch.id, worse, &error));
        const Target after = stored(m_congress.id).first();
        QCOMPARE(after.reached->toString(QLatin1Char(',')), QStringLiteral("96,6666"));
        QCOMPARE(TargetEvaluator::evaluate(after), TargetResult::NotAchieved);
        QList<YearRating> read;
        QVERIFY(ratings.ratings(m_branch.id, 2022, 2024, &read, &error));
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(1), worse);
        QVERIFY(TargetRepository(m_plain.connection()).remove(t.id, &error));
        for (int year : {2022, 2023, 2024}) {
            YearRating cleared;
            cleared.year = year;
            QVERIFY(ratings.save(m_branch.id, cleared, &error));
        }
    }

    void undoAndRedo()
    {
        m_plain.db().close();
        Workspace workspace;
        QString error;
        QVERIFY(workspace.open(m_plain.path(), &error));
        QSignalSpy changed(TargetEvents::of(&workspace), &TargetEvents::changed);
        QSqlDatabase db = workspace.database().connection();
        auto read = [&] {
            QList<Target> targets;
            QString e;
            TargetRepository(db).targets(m_congress.id, &targets, &e);
            return targets;
        };

        auto *add =
            new SaveTargetEdit(&workspace, Target(), admissions(m_congress.id), QStringLiteral("add"));
        QVERIFY(workspace.run(add));
        const Target added = add->target();
        QCOMPARE(read().size(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_congress.id);

        Target reviewed = added;
        reviewed.reached = ExactDecimal::fromInteger(1);
        QVERIFY(workspace.run(new SaveTargetEdit(&workspace, added, reviewed, QStringLiteral("review"))));
        QCOMPARE(read().first().reached, reviewed.reached);

        Target second = admissions(m_congress.id);
        second.name = QStringLiteral("Thu nhập bình quân 62 triệu đồng/người/năm");
        auto *addSecond = new SaveTargetEdit(&workspace, Target(), second, QStringLiteral("add 2"));
        QVERIFY(workspace.run(addSecond));
        QVERIFY(workspace.run(new SwapTargetItemsEdit(&workspace, SwapTargetItemsEdit::Kind::Target,
                                                      m_congress.id, added.id, addSecond->target().id,
                                                      QStringLiteral("move"))));
        QCOMPARE(read().first().id, addSecond->target().id);

        QUndoStack *stack = workspace.undoStack();
        stack->undo(); // move
        QCOMPARE(read().first().id, added.id);
        stack->undo(); // add 2
        QCOMPARE(read().size(), 1);
        stack->undo(); // review
        QVERIFY(!read().first().reached);
        stack->undo(); // add
        QVERIFY(read().isEmpty());
        stack->redo();
        QCOMPARE(read().size(), 1);
        QCOMPARE(read().first().id, added.id); // the same id after a redo
        stack->redo();
        QCOMPARE(read().first().reached, reviewed.reached);
        stack->redo();
        stack->redo();
        QCOMPARE(read().first().id, addSecond->target().id);

        // Copies: one edit, all undone together.
        const int before = int(read().size());
        QVERIFY(
            workspace.run(new CopyTargetsEdit(&workspace, m_congress.id, read(), QStringLiteral("copy"))));
        QCOMPARE(read().size(), before * 2);
        for (const Target &t : read().mid(before))
            QVERIFY(!t.reached);
        stack->undo();
        QCOMPARE(read().size(), before);
        stack->redo();
        QCOMPARE(read().size(), before * 2);

        // Ratings: undoing them brings back the rating-based value.
        auto *rated =
            new SaveTargetEdit(&workspace, Target(), memberRating(m_congress.id), QStringLiteral("rating"));
        QVERIFY(workspace.run(rated));
        QSignalSpy ratingsChanged(TargetEvents::of(&workspace), &TargetEvents::ratingsChanged);
        for (int year : {2022, 2023, 2024}) {
            YearRating r;
            r.year = year;
            r.members = {{QualityRating::Good, 20}};
            QVERIFY(workspace.run(new SaveRatingEdit(&workspace, m_branch.id, YearRating{year, {}, {}}, r,
                                                     QStringLiteral("rate"))));
        }
        QCOMPARE(ratingsChanged.count(), 3);
        Target computed;
        QVERIFY(TargetRepository(db).byId(rated->target().id, &computed, &error));
        QCOMPARE(computed.reached, std::optional(ExactDecimal::fromInteger(100)));
        stack->undo();
        QVERIFY(TargetRepository(db).byId(rated->target().id, &computed, &error));
        QVERIFY(!computed.reached); // 2024 is missing again

        while (stack->canUndo())
            stack->undo();
        QVERIFY(read().isEmpty());
        QVERIFY(m_plain.open());
    }

    void previousTermTargets()
    {
        QString error;
        TargetRepository repository(m_demo.connection());
        const Unit branch = unit(m_demo, "VH-02");
        const Term next = term(m_demo, 2025, 2030);
        const Term held = term(m_demo, 2022, 2025);
        Congress heldCongress;
        QVERIFY(CongressRepository(m_demo.connection()).find(branch.id, held.id, &heldCongress, &error));
        Congress planned;
        planned.unitId = branch.id;
        planned.termId = next.id;
        QVERIFY2(CongressRepository(m_demo.connection()).save(&planned, &error), qPrintable(error));
        QList<Target> previous;
        Term previousTerm;
        QVERIFY2(repository.previousTermTargets(planned.id, &previous, &previousTerm, &error),
                 qPrintable(error));
        QCOMPARE(previousTerm.id, held.id);
        QList<Target> heldTargets;
        QVERIFY(repository.targets(heldCongress.id, &heldTargets, &error));
        QCOMPARE(previous, heldTargets);
        // A unit's first congress (UBND's units start in 2017) has nothing before it.
        Congress first;
        QVERIFY(CongressRepository(m_demo.connection())
                    .find(unit(m_demo, "UBND-03").id, term(m_demo, 2017, 2020).id, &first, &error));
        QVERIFY(!repository.previousTermTargets(first.id, &previous, &previousTerm, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(CongressRepository(m_demo.connection()).remove(planned.id, &error));
    }

    void demoIsRealistic()
    {
        QString error;
        for (const char *code : {"VH-01", "UBND-03", "BT-DDT-02", "BT-DDT-MT-01"}) {
            const Unit u = unit(m_demo, code);
            QList<Term> terms;
            QVERIFY(TermRepository(m_demo.connection()).all(&terms, &error));
            for (const Term &t : terms) {
                Congress c;
                if (!CongressRepository(m_demo.connection()).find(u.id, t.id, &c, &error))
                    continue;
                QList<Target> targets;
                QVERIFY(TargetRepository(m_demo.connection()).targets(c.id, &targets, &error));
                QVERIFY2(targets.size() >= 8 && targets.size() <= 12, code);
                if (t.startYear == 2017) {
                    for (const Target &target : targets)
                        QVERIFY2(target.reached,
                                 qPrintable(target.name)); // UBND's last term is fully reviewed
                }
            }
        }
        // Deterministic: building it again gives the same counts.
        TestDatabase again;
        QVERIFY(openTargetsDemo(again));
        const Unit vh = unit(m_demo, "VH");
        TargetTally first;
        TargetTally second;
        QVERIFY(CommitteeTargetQuery(m_demo.connection())
                    .tally(vh.id, term(m_demo, 2022, 2025).id, {}, &first, &error));
        QVERIFY(CommitteeTargetQuery(again.connection())
                    .tally(vh.id, term(again, 2022, 2025).id, {}, &second, &error));
        QCOMPARE(first, second);
        QVERIFY(first.total() > 0 && first.notAchieved > 0 && first.exceeded > 0);
    }

    void committeeQuery_data()
    {
        QTest::addColumn<QString>("committee");
        QTest::addColumn<int>("startYear");
        QTest::addColumn<int>("endYear");
        QTest::addColumn<QString>("group");
        QTest::addColumn<CommitteeTargetFilter::Result>("result");
        using R = CommitteeTargetFilter::Result;
        QTest::newRow("VH all") << "VH" << 2022 << 2025 << "" << R::Any;
        QTest::newRow("VH not achieved") << "VH" << 2022 << 2025 << "" << R::NotAchieved;
        QTest::newRow("VH party building, achieved or exceeded")
            << "VH" << 2022 << 2025 << "Xây dựng Đảng" << R::AchievedOrExceeded;
        QTest::newRow("VH not reviewed") << "VH" << 2022 << 2025 << "" << R::NotReviewed;
        QTest::newRow("UBND exceeded") << "UBND" << 2017 << 2020 << "" << R::Exceeded;
        QTest::newRow("UBND security, achieved")
            << "UBND" << 2017 << 2020 << "Quốc phòng – an ninh" << R::Achieved;
        QTest::newRow("BT-DDT nested units") << "BT-DDT" << 2020 << 2025 << "" << R::Any;
        QTest::newRow("BT-DDT other term: none") << "BT-DDT" << 2017 << 2020 << "" << R::Any;
    }
    void committeeQuery()
    {
        QFETCH(QString, committee);
        QFETCH(int, startYear);
        QFETCH(int, endYear);
        QFETCH(QString, group);
        QFETCH(CommitteeTargetFilter::Result, result);
        const Unit top = unit(m_demo, committee.toLatin1().constData());
        const Term t = term(m_demo, startYear, endYear);
        CommitteeTargetFilter filter;
        filter.group = group;
        filter.result = result;
        QList<qint64> expectedIds;
        TargetTally expectedTally;
        expected(m_demo, top.id, t.id, filter, &expectedIds, &expectedTally);

        CommitteeTargetQuery query(m_demo.connection());
        QString error;
        int count = -1;
        QVERIFY2(query.count(top.id, t.id, filter, &count, &error), qPrintable(error));
        QCOMPARE(count, int(expectedIds.size()));
        // Paged in pieces of 7, the pages add up to the whole, each row once.
        QList<qint64> ids;
        for (int offset = 0;; offset += 7) {
            QList<CommitteeTargetRow> page;
            QVERIFY2(query.rows(top.id, t.id, filter, offset, 7, &page, &error), qPrintable(error));
            for (const CommitteeTargetRow &row : page) {
                ids.append(row.target.id);
                QCOMPARE(row.result, TargetEvaluator::evaluate(row.target)); // SQL and C++ agree
                if (!group.isEmpty())
                    QCOMPARE(row.target.group, group);
            }
            if (page.size() < 7)
                break;
        }
        std::sort(ids.begin(), ids.end());
        std::sort(expectedIds.begin(), expectedIds.end());
        QCOMPARE(ids, expectedIds);

        TargetTally tally;
        QVERIFY(query.tally(top.id, t.id, group, &tally, &error));
        QCOMPARE(tally, expectedTally);
        // Read back from the snapshot in pages of 7, ordered by unit code.
        QuerySnapshot snapshot(m_demo.connection());
        QVERIFY(query.unitTallies(top.id, t.id, group, &snapshot, &error));
        QList<UnitTargetTally> perUnit;
        for (QList<UnitTargetTally> page;; perUnit += page) {
            QVERIFY(CommitteeTargetQuery::unitTallyPage(snapshot, int(perUnit.size()), 7, &page, &error));
            if (page.isEmpty())
                break;
        }
        QCOMPARE(perUnit.size(), snapshot.rowCount());
        if (!(expectedTally == TargetTally()))
            QVERIFY2(perUnit.size() > 7, "the rows must span several pages");
        for (int i = 1; i < perUnit.size(); ++i)
            QVERIFY(perUnit.at(i - 1).unit.code < perUnit.at(i).unit.code);
        TargetTally summed;
        for (const UnitTargetTally &u : perUnit) {
            summed.exceeded += u.tally.exceeded;
            summed.achieved += u.tally.achieved;
            summed.notAchieved += u.tally.notAchieved;
            summed.notReviewed += u.tally.notReviewed;
        }
        QCOMPARE(summed, expectedTally);
    }

    void committeeGroups()
    {
        QStringList groups;
        QString error;
        QVERIFY(CommitteeTargetQuery(m_demo.connection())
                    .groups(unit(m_demo, "VH").id, term(m_demo, 2022, 2025).id, &groups, &error));
        QCOMPARE(groups,
                 (QStringList{QStringLiteral("Kinh tế – xã hội"), QStringLiteral("Quốc phòng – an ninh"),
                              QStringLiteral("Xây dựng Đảng")}));
    }
};

QTEST_MAIN(TestTargetsStorage)
#include "tst_targets_storage.moc"
