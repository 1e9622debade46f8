#include "TargetsTestSupport.h"
#include "Workspace.h"
#include "domain/targets/RatingEvaluation.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"
#include "storage/targets/CommitteeTargetQuery.h"
#include "storage/targets/RatingRepository.h"
#include "storage/targets/TargetRepository.h"
#include "targets/CommitteeTargetModel.h"
#include "targets/CommitteeUnitTallyModel.h"
#include "targets/DirectionTableModel.h"
#include "targets/RatingTableModel.h"
#include "targets/TargetTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace daihoi;

// Every targets model under QAbstractItemModelTester, and what their edits announce.
class TestTargetsModels : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_demo;
    Workspace *m_workspace = nullptr;
    Unit m_vh;
    Unit m_branch;
    Term m_term;

    Unit unit(const char *code)
    {
        Unit u;
        QString error;
        UnitRepository(m_workspace->database().connection()).byCode(QLatin1String(code), &u, &error);
        return u;
    }
    QList<Target> branchTargets()
    {
        Congress c;
        QList<Target> targets;
        QString error;
        CongressRepository(m_workspace->database().connection()).find(m_branch.id, m_term.id, &c, &error);
        TargetRepository(m_workspace->database().connection()).targets(c.id, &targets, &error);
        return targets;
    }
    static void fetchAll(QAbstractItemModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openTargetsDemo(m_demo));
        m_demo.db().close();
        m_workspace = new Workspace(this);
        QString error;
        QVERIFY(m_workspace->open(m_demo.path(), &error));
        m_vh = unit("VH");
        m_branch = unit("VH-03");
        QVERIFY(TermRepository(m_workspace->database().connection()).byYears(2022, 2025, &m_term, &error));
    }

    void targetTable()
    {
        TargetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Target> targets = branchTargets();
        QVERIFY(targets.size() >= 8);
        QList<YearRating> ratings;
        QString error;
        QVERIFY(RatingRepository(m_workspace->database().connection())
                    .ratings(m_branch.id, 2022, 2024, &ratings, &error));
        model.setTargets(targets, ratings, RatingEvaluation::termYears(2022, 2025));
        QCOMPARE(model.rowCount(), targets.size());
        // The first demo target is computed from the members' ratings: read-only, explained per year.
        const QModelIndex computed = model.index(0, TargetTableModel::ReachedColumn);
        QVERIFY(!(model.flags(computed) & Qt::ItemIsEditable));
        QVERIFY2(model.data(computed, Qt::ToolTipRole).toString().contains(QStringLiteral("2023")),
                 qPrintable(model.data(computed, Qt::ToolTipRole).toString()));

        int manualRow = -1;
        for (int row = targets.size() - 1; row >= 0; --row) {
            if (!targets.at(row).isRatingBased())
                manualRow = row;
        }
        QVERIFY(manualRow >= 0);
        const QString unit = targets.at(manualRow).unit;
        const QString otherUnit = unit == QLatin1String("%") ? QStringLiteral("người") : QStringLiteral("%");
        QSignalSpy edited(&model, &TargetTableModel::targetEdited);
        QSignalSpy refused(&model, &TargetTableModel::refused);
        const QModelIndex reached = model.index(manualRow, TargetTableModel::ReachedColumn);
        QVERIFY(model.setData(reached, QStringLiteral("7,25 ") + unit));
        QCOMPARE(edited.count(), 1);
        const Target after = edited.first().at(1).value<Target>();
        QCOMPARE(after.reached, std::optional(ExactDecimal::fromScaled(72500)));
        // A value in another unit is refused with both units named, and nothing is announced.
        QVERIFY(!model.setData(reached, QStringLiteral("7 ") + otherUnit));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(refused.count(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("“%1”").arg(otherUnit)) &&
                     message.contains(QStringLiteral("“%1”").arg(unit)),
                 qPrintable(message));
        QVERIFY(!model.setData(model.index(manualRow, TargetTableModel::ValueColumn),
                               QStringLiteral("1.500.000")));
        QCOMPARE(refused.count(), 2);
        QVERIFY(
            model.setData(model.index(manualRow, TargetTableModel::ComparisonColumn), QStringLiteral("le")));
        QCOMPARE(edited.last().at(1).value<Target>().comparison, Target::Comparison::AtMost);
        model.setTargets({});
        QCOMPARE(model.rowCount(), 0);
    }

    void directionTable()
    {
        DirectionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DirectionItem a{1, 5, DirectionItem::Group::Direction, 0, QStringLiteral("Phương hướng")};
        DirectionItem b{2, 5, DirectionItem::Group::Task, 1, QStringLiteral("Nhiệm vụ")};
        model.setItems({a, b});
        QSignalSpy edited(&model, &DirectionTableModel::itemEdited);
        QVERIFY(model.setData(model.index(1, DirectionTableModel::GroupColumn), QStringLiteral("solution")));
        QCOMPARE(edited.first().at(1).value<DirectionItem>().group, DirectionItem::Group::Solution);
        QVERIFY(!model.setData(model.index(0, DirectionTableModel::TextColumn), QStringLiteral(" ")));
        QCOMPARE(model.rowOf(2), 1);
    }

    void ratingTable()
    {
        RatingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        YearRating r2023;
        r2023.year = 2023;
        r2023.unitLevel = QualityRating::Good;
        r2023.members = {
            {QualityRating::Excellent, 2}, {QualityRating::Good, 17}, {QualityRating::Completed, 1}};
        model.setRatings({2022, 2023, 2024}, {r2023});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, RatingTableModel::TotalColumn)).toInt(), 20);
        QVERIFY(model.data(model.index(1, RatingTableModel::GoodOrAboveColumn))
                    .toString()
                    .startsWith(QStringLiteral("95")));
        QCOMPARE(model.data(model.index(0, RatingTableModel::TotalColumn)).toInt(), 0);
        QSignalSpy edited(&model, &RatingTableModel::ratingEdited);
        QSignalSpy refused(&model, &RatingTableModel::refused);
        QVERIFY(model.setData(model.index(0, RatingTableModel::GoodColumn), 12));
        QCOMPARE(edited.first().at(1).value<YearRating>().memberCount(QualityRating::Good), 12);
        QVERIFY(!model.setData(model.index(0, RatingTableModel::GoodColumn), QStringLiteral("-3")));
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("-3")));
        QVERIFY(
            model.setData(model.index(1, RatingTableModel::UnitLevelColumn), QStringLiteral("clean-strong")));
        QCOMPARE(edited.last().at(1).value<YearRating>().unitLevel,
                 std::optional(QualityRating::CleanStrong));
    }

    void committeeTargets()
    {
        CommitteeTargetModel model(m_workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.show(m_vh.id, m_term.id, {});
        // 23 branches × 8–11 targets: more than a page, fetched lazily.
        QCOMPARE(model.rowCount(), CommitteeTargetModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        fetchAll(model);
        int total = 0;
        QString error;
        QVERIFY(CommitteeTargetQuery(m_workspace->database().connection())
                    .count(m_vh.id, m_term.id, {}, &total, &error));
        QCOMPARE(model.rowCount(), total);
        CommitteeTargetFilter notAchieved;
        notAchieved.result = CommitteeTargetFilter::Result::NotAchieved;
        model.show(m_vh.id, m_term.id, notAchieved);
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, 0), CommitteeTargetModel::ResultKeyRole).toString(),
                     QStringLiteral("not-achieved"));
        model.show(0, 0, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void committeeUnitTallies()
    {
        CommitteeUnitTallyModel model(m_workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.show(m_vh.id, m_term.id, {});
        fetchAll(model);
        QCOMPARE(model.rowCount(), 23);
        QVERIFY2(model.data(model.index(0, CommitteeUnitTallyModel::SentenceColumn))
                     .toString()
                     .contains(QStringLiteral("targets achieved or exceeded")),
                 qPrintable(model.data(model.index(0, CommitteeUnitTallyModel::SentenceColumn)).toString()));
        model.show(m_vh.id, m_term.id, QStringLiteral("Quốc phòng – an ninh"));
        QCOMPARE(model.rowCount(), 23);
    }
};

QTEST_MAIN(TestTargetsModels)
#include "tst_targets_models.moc"
