#include "domain/targets/RatingEvaluation.h"
#include "domain/targets/ReachedValue.h"
#include "domain/targets/TargetEvaluator.h"
#include "domain/targets/TargetTally.h"
#include "domain/targets/TargetValidator.h"

#include <QtTest>

using namespace daihoi;

Q_DECLARE_METATYPE(daihoi::Target::Comparison)
Q_DECLARE_METATYPE(daihoi::TargetResult)

namespace {

ExactDecimal number(const char *text)
{
    ExactDecimal value;
    QString error;
    if (!ExactDecimal::parse(QString::fromUtf8(text), &value, &error))
        qFatal("bad test number %s: %s", text, qPrintable(error));
    return value;
}

YearRating year(int y, int excellent, int good, int completed, int notCompleted)
{
    YearRating r;
    r.year = y;
    r.members = {{QualityRating::Excellent, excellent},
                 {QualityRating::Good, good},
                 {QualityRating::Completed, completed},
                 {QualityRating::NotCompleted, notCompleted}};
    return r;
}

} // namespace

// The evaluation rules of domain.md §5, at and around every boundary.
class TestTargetsRules : public QObject
{
    Q_OBJECT
private slots:
    void evaluate_data()
    {
        QTest::addColumn<Target::Comparison>("comparison");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reached");
        QTest::addColumn<TargetResult>("expected");
        const auto ge = Target::Comparison::AtLeast;
        const auto le = Target::Comparison::AtMost;
        const auto eq = Target::Comparison::Exactly;
        QTest::newRow("≥ just below") << ge << "100"
                                      << "99,9999" << TargetResult::NotAchieved;
        QTest::newRow("≥ at") << ge << "100"
                              << "100" << TargetResult::Achieved;
        QTest::newRow("≥ just above") << ge << "100"
                                      << "100,0001" << TargetResult::Exceeded;
        QTest::newRow("≥ 2 members, 1") << ge << "2"
                                        << "1" << TargetResult::NotAchieved;
        QTest::newRow("≥ 2 members, 3") << ge << "2"
                                        << "3" << TargetResult::Exceeded;
        QTest::newRow("≥ same value, other writing") << ge << "62,5"
                                                     << "62.50" << TargetResult::Achieved;
        QTest::newRow("≥ 0.1 + 0.2 is 0.3 exactly") << ge << "0,3"
                                                    << "0.3000" << TargetResult::Achieved;
        QTest::newRow("≤ just below: lower is better") << le << "1"
                                                       << "0,9999" << TargetResult::Exceeded;
        QTest::newRow("≤ at") << le << "1"
                              << "1" << TargetResult::Achieved;
        QTest::newRow("≤ just above") << le << "1"
                                      << "1,0001" << TargetResult::NotAchieved;
        QTest::newRow("≤ 0 cases, 0") << le << "0"
                                      << "0" << TargetResult::Achieved;
        QTest::newRow("≤ 0 cases, 1") << le << "0"
                                      << "1" << TargetResult::NotAchieved;
        QTest::newRow("= just below") << eq << "100"
                                      << "99,9999" << TargetResult::NotAchieved;
        QTest::newRow("= at") << eq << "100"
                              << "100" << TargetResult::Achieved;
        QTest::newRow("= just above is not exceeded") << eq << "100"
                                                      << "100,0001" << TargetResult::NotAchieved;
        QTest::newRow("≥ negative growth") << ge << "-2"
                                           << "-1,5" << TargetResult::Exceeded;
    }
    void evaluate()
    {
        QFETCH(Target::Comparison, comparison);
        QFETCH(QString, value);
        QFETCH(QString, reached);
        QFETCH(TargetResult, expected);
        QCOMPARE(TargetEvaluator::evaluate(comparison, number(value.toUtf8().constData()),
                                           number(reached.toUtf8().constData())),
                 expected);
    }

    void notReviewedWithoutValue()
    {
        Target t;
        t.value = number("2");
        QCOMPARE(TargetEvaluator::evaluate(t), TargetResult::NotReviewed);
        t.reached = number("2");
        QCOMPARE(TargetEvaluator::evaluate(t), TargetResult::Achieved);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("scaled");
        QTest::newRow("integer") << "62" << true << qint64(620000);
        QTest::newRow("comma") << "62,5" << true << qint64(625000);
        QTest::newRow("dot") << " 62.5 " << true << qint64(625000);
        QTest::newRow("four decimals") << "0,0001" << true << qint64(1);
        QTest::newRow("leading separator") << ",5" << true << qint64(5000);
        QTest::newRow("negative") << "-1,25" << true << qint64(-12500);
        QTest::newRow("five decimals refused") << "0,00001" << false << qint64(0);
        QTest::newRow("grouping refused") << "1.500.000" << false << qint64(0);
        QTest::newRow("letters refused") << "12a" << false << qint64(0);
        QTest::newRow("empty refused") << "" << false << qint64(0);
        QTest::newRow("too large refused") << "1000000000000" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, scaled);
        ExactDecimal value;
        QString error;
        QCOMPARE(ExactDecimal::parse(text, &value, &error), ok);
        if (ok)
            QCOMPARE(value.scaled(), scaled);
        else
            QVERIFY(!error.isEmpty());
    }

    void format()
    {
        QCOMPARE(number("62,50").toString(QLatin1Char(',')), QStringLiteral("62,5"));
        QCOMPARE(number("100").toString(QLatin1Char(',')), QStringLiteral("100"));
        QCOMPARE(number("-0,0001").toString(), QStringLiteral("-0.0001"));
    }

    void reachedInAnotherUnit_data()
    {
        QTest::addColumn<QString>("targetUnit");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("scaled");
        QTest::newRow("number alone") << "đảng viên"
                                      << "3" << true << "3";
        QTest::newRow("same unit") << "đảng viên"
                                   << "3 đảng viên" << true << "3";
        QTest::newRow("same unit, other case and spacing")
            << "triệu đồng/người/năm"
            << "62,5 Triệu đồng / người / năm" << true << "62,5";
        QTest::newRow("percent glued") << "%"
                                       << "98%" << true << "98";
        QTest::newRow("percent for members") << "đảng viên"
                                             << "3 %" << false << "";
        QTest::newRow("members for percent") << "%"
                                             << "96 người" << false << "";
        QTest::newRow("unit where the target has none") << ""
                                                        << "3 vụ" << false << "";
    }
    void reachedInAnotherUnit()
    {
        QFETCH(QString, targetUnit);
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, scaled);
        Target t;
        t.name = QStringLiteral("Kết nạp 2 đảng viên mới");
        t.unit = targetUnit;
        ExactDecimal value;
        QString error;
        QCOMPARE(ReachedValue::parse(typed, t, &value, &error), accepted);
        if (accepted) {
            QCOMPARE(value, number(scaled.toUtf8().constData()));
            return;
        }
        // The refusal names the target, the unit typed and the target's unit.
        QVERIFY2(error.contains(t.name), qPrintable(error));
        QString typedUnit;
        QString unused;
        QVERIFY(ReachedValue::split(typed, &value, &typedUnit, &unused));
        QString message;
        ReachedValue::parse(typed, t, &value, &message);
        QVERIFY2(message.contains(typedUnit), qPrintable(message));
        if (!targetUnit.isEmpty())
            QVERIFY2(message.contains(targetUnit), qPrintable(message));
    }

    void termYears()
    {
        QCOMPARE(RatingEvaluation::termYears(2022, 2025), (QList<int>{2022, 2023, 2024}));
        QCOMPARE(RatingEvaluation::termYears(2020, 2025), (QList<int>{2020, 2021, 2022, 2023, 2024}));
    }

    void memberRatingTarget_data()
    {
        QTest::addColumn<Target::Comparison>("comparison");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("level");
        QTest::addColumn<QList<YearRating>>("ratings");
        QTest::addColumn<QString>("reached"); // empty: not reviewed
        QTest::addColumn<TargetResult>("expected");
        const auto good = int(QualityRating::Good);
        const auto ge = Target::Comparison::AtLeast;
        QTest::newRow("every year all good or above")
            << ge << "100" << good
            << QList<YearRating>{year(2022, 5, 25, 0, 0), year(2023, 6, 24, 0, 0), year(2024, 4, 27, 0, 0)}
            << "100" << TargetResult::Achieved;
        QTest::newRow("one member only fulfilled tasks in one year: 29/30")
            << ge << "100" << good
            << QList<YearRating>{year(2022, 5, 25, 0, 0), year(2023, 6, 23, 1, 0), year(2024, 4, 27, 0, 0)}
            << "96,6666" << TargetResult::NotAchieved;
        QTest::newRow("≥ 95 %: 19/20 exactly at the boundary")
            << ge << "95" << good
            << QList<YearRating>{year(2022, 2, 17, 1, 0), year(2023, 2, 18, 0, 0), year(2024, 2, 18, 0, 0)}
            << "95" << TargetResult::Achieved;
        QTest::newRow("≥ 95 %: 18/19 just below")
            << ge << "95" << good
            << QList<YearRating>{year(2022, 2, 16, 1, 0), year(2023, 2, 18, 0, 0), year(2024, 2, 18, 0, 0)}
            << "94,7368" << TargetResult::NotAchieved;
        QTest::newRow("≥ 90 %: worst year 27/29 exceeds")
            << ge << "90" << good
            << QList<YearRating>{year(2022, 2, 25, 2, 0), year(2023, 2, 27, 0, 0), year(2024, 2, 27, 0, 0)}
            << "93,1034" << TargetResult::Exceeded;
        QTest::newRow("a year missing: not reviewed")
            << ge << "100" << good << QList<YearRating>{year(2022, 5, 25, 0, 0), year(2024, 4, 27, 0, 0)}
            << "" << TargetResult::NotReviewed;
        QTest::newRow("≤ 20 % excellent: the highest year counts")
            << Target::Comparison::AtMost << "20" << int(QualityRating::Excellent)
            << QList<YearRating>{year(2022, 3, 17, 0, 0), year(2023, 4, 16, 0, 0), year(2024, 5, 15, 0, 0)}
            << "25" << TargetResult::NotAchieved;
        QTest::newRow("≥ 10 % excellent, at or above counts only excellent")
            << ge << "10" << int(QualityRating::Excellent)
            << QList<YearRating>{year(2022, 2, 18, 0, 0), year(2023, 3, 17, 0, 0), year(2024, 2, 18, 0, 0)}
            << "10" << TargetResult::Achieved;
        QTest::newRow("not completed counts below completed")
            << ge << "100" << int(QualityRating::Completed)
            << QList<YearRating>{year(2022, 2, 17, 1, 0), year(2023, 2, 17, 0, 1), year(2024, 2, 18, 0, 0)}
            << "95" << TargetResult::NotAchieved;
    }
    void memberRatingTarget()
    {
        QFETCH(Target::Comparison, comparison);
        QFETCH(QString, value);
        QFETCH(int, level);
        QFETCH(QList<YearRating>, ratings);
        QFETCH(QString, reached);
        QFETCH(TargetResult, expected);
        Target t;
        t.name = QStringLiteral("Hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên");
        t.basis = Target::Basis::MemberRating;
        t.comparison = comparison;
        t.value = number(value.toUtf8().constData());
        t.unit = QStringLiteral("%");
        t.ratingLevel = QualityRating(level);
        const RatingEvaluation::Outcome outcome = RatingEvaluation::evaluate(t, ratings, {2022, 2023, 2024});
        QCOMPARE(bool(outcome.reached), !reached.isEmpty());
        if (outcome.reached)
            QCOMPARE(outcome.reached->toString(QLatin1Char(',')), reached);
        else
            QCOMPARE(outcome.missingYears, QList<int>{2023});
        t.reached = outcome.reached;
        QCOMPARE(TargetEvaluator::evaluate(t), expected);
    }

    void unitRatingTarget()
    {
        Target t;
        t.name = QStringLiteral("Hằng năm chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên");
        t.basis = Target::Basis::UnitRating;
        t.value = ExactDecimal::fromInteger(100);
        t.unit = QStringLiteral("%");
        QList<YearRating> ratings(3);
        ratings[0].year = 2017;
        ratings[0].unitLevel = QualityRating::CleanStrong; // the former top level counts as at or above
        ratings[1].year = 2018;
        ratings[1].unitLevel = QualityRating::Good;
        ratings[2].year = 2019;
        ratings[2].unitLevel = QualityRating::Excellent;
        RatingEvaluation::Outcome outcome = RatingEvaluation::evaluate(t, ratings, {2017, 2018, 2019});
        QVERIFY(outcome.reached);
        QCOMPARE(*outcome.reached, ExactDecimal::fromInteger(100));
        ratings[1].unitLevel = QualityRating::Completed;
        outcome = RatingEvaluation::evaluate(t, ratings, {2017, 2018, 2019});
        QCOMPARE(outcome.reached->toString(QLatin1Char(',')), QStringLiteral("66,6666"));
        t.reached = outcome.reached;
        QCOMPARE(TargetEvaluator::evaluate(t), TargetResult::NotAchieved);
    }

    void tallySentence()
    {
        TargetTally tally;
        tally.add(TargetResult::Exceeded, 4);
        tally.add(TargetResult::Achieved, 5);
        tally.add(TargetResult::NotAchieved, 2);
        QCOMPARE(tally.sentence(), QStringLiteral("9/11 targets achieved or exceeded"));
        QVERIFY(!tally.details().contains(QStringLiteral("not reviewed")));
        tally.add(TargetResult::NotReviewed);
        QCOMPARE(tally.sentence(), QStringLiteral("9/12 targets achieved or exceeded"));
        QVERIFY(tally.details().contains(QStringLiteral("1 not reviewed yet")));
    }

    void validation()
    {
        Target t;
        t.name = QStringLiteral("Hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên");
        t.group = QStringLiteral("Xây dựng Đảng");
        t.basis = Target::Basis::MemberRating;
        t.unit = QStringLiteral("người");
        t.value = ExactDecimal::fromInteger(120);
        const FieldErrors errors = TargetValidator::validate(t);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, QStringLiteral("unit"));
        QVERIFY(errors.at(0).message.contains(QStringLiteral("người")));
        QCOMPARE(errors.at(1).field, QStringLiteral("value"));
        QVERIFY(errors.at(1).message.contains(QStringLiteral("120")));

        Target unnamed;
        unnamed.group = t.group;
        QCOMPARE(TargetValidator::validate(unnamed).value(0).field, QStringLiteral("name"));

        YearRating rating = year(2023, 2, -1, 0, 0);
        const FieldErrors ratingErrors = TargetValidator::validate(rating);
        QCOMPARE(ratingErrors.size(), 1);
        QVERIFY(ratingErrors.at(0).message.contains(QStringLiteral("(-1)")));
        QVERIFY(ratingErrors.at(0).message.contains(QStringLiteral("2023")));
    }
};

QTEST_GUILESS_MAIN(TestTargetsRules)
#include "tst_targets_rules.moc"
