#include "TestDatabase.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressOverviewQuery.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace daihoi;

class TestCongressRepository : public QObject
{
    Q_OBJECT
private:
    Unit unitByCode(TestDatabase &test, const QString &code)
    {
        Unit unit;
        QString error;
        UnitRepository(test.connection()).byCode(code, &unit, &error);
        return unit;
    }
    Term term(TestDatabase &test, int start, int end)
    {
        Term term;
        QString error;
        TermRepository(test.connection()).byYears(start, end, &term, &error);
        return term;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); }

    void progress_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("startYear");
        QTest::addColumn<int>("endYear");
        QTest::addColumn<int>("held");
        QTest::addColumn<int>("units");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QStringList>("pending");
        QTest::newRow("Việt Hưng complete") << "VH" << 2022 << 2025 << 23 << 23 << QDate(2022, 8, 20)
                                            << QDate(2022, 9, 11) << QStringList();
        QTest::newRow("UBND 14 of 15") << "UBND" << 2017 << 2020 << 14 << 15 << QDate(2017, 6, 21) << QDate(2017, 6, 27)
                                       << QStringList{QStringLiteral("UBND-15")};
        QTest::newRow("Bình Thạnh with a sub-committee") << "BT-DDT" << 2020 << 2025 << 7 << 7 << QDate(2020, 4, 16)
                                                         << QDate(2020, 5, 12) << QStringList();
        QTest::newRow("a term with nothing held") << "VH" << 2025 << 2030 << 0 << 23 << QDate() << QDate()
                                                  << QStringList{QStringLiteral("VH-01")};
    }
    void progress()
    {
        QFETCH(QString, code);
        QFETCH(int, startYear);
        QFETCH(int, endYear);
        QFETCH(int, held);
        QFETCH(int, units);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QStringList, pending);
        TestDatabase test;
        QVERIFY(test.openDemo());
        CongressRepository congresses(test.connection());
        const Unit committee = unitByCode(test, code);
        const Term t = term(test, startYear, endYear);
        QVERIFY(committee.isValid() && t.isValid());
        Progress figures;
        QString error;
        QVERIFY2(congresses.progress(committee.id, t.id, &figures, &error), qPrintable(error));
        QCOMPARE(figures.heldCount, held);
        QCOMPARE(figures.unitCount, units);
        QCOMPARE(figures.firstHeld, first);
        QCOMPARE(figures.lastHeld, last);
        QList<PendingCongress> notHeld;
        QVERIFY(congresses.pending(committee.id, t.id, 0, 1000, &notHeld, &error));
        QCOMPARE(notHeld.size(), units - held);
        for (int i = 0; i < pending.size(); ++i)
            QCOMPARE(notHeld.at(i).unit.code, pending.at(i));
    }

    void retiredUnitsDoNotCount()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Unit committee = unitByCode(test, QStringLiteral("UBND"));
        const Term t = term(test, 2017, 2020);
        QString error;
        QVERIFY(UnitRepository(test.connection()).setRetired(unitByCode(test, QStringLiteral("UBND-15")).id, true, &error));
        Progress figures;
        QVERIFY(CongressRepository(test.connection()).progress(committee.id, t.id, &figures, &error));
        QCOMPARE(figures.heldCount, 14);
        QCOMPARE(figures.unitCount, 14);
        QVERIFY(figures.isComplete());
    }

    void roundTripWithGuests()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Unit branch = unitByCode(test, QStringLiteral("VH-05"));
        const Term t = term(test, 2022, 2025);
        CongressRepository congresses(test.connection());
        Congress c;
        QString error;
        QVERIFY(congresses.find(branch.id, t.id, &c, &error));
        QCOMPARE(c.status, Congress::Status::Held);
        QCOMPARE(c.heldFrom, QDate(2022, 8, 24));
        c.place = QStringLiteral("Nhà văn hóa Tổ dân phố số 3");
        c.guests = {{QStringLiteral("Nguyễn Thị Hồng Vân"), QStringLiteral("Phó Bí thư Thường trực Đảng ủy phường")},
                    {QStringLiteral("Lê Minh Đức"), QString()}};
        c.exclusions.suspended = 0;
        QVERIFY2(congresses.save(&c, &error), qPrintable(error));
        Congress read;
        QVERIFY(congresses.find(branch.id, t.id, &read, &error));
        QVERIFY(read == c);
    }

    void refusedSaveWritesNothing()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Unit branch = unitByCode(test, QStringLiteral("VH-05"));
        const Term t = term(test, 2022, 2025);
        CongressRepository congresses(test.connection());
        Congress original;
        QString error;
        QVERIFY(congresses.find(branch.id, t.id, &original, &error));
        Congress edited = original;
        edited.present = edited.summoned + 1;
        edited.place = QStringLiteral("changed");
        edited.guests.append({QStringLiteral("Người mới"), QString()});
        QVERIFY(!congresses.save(&edited, &error));
        QCOMPARE(error, QStringLiteral("Present (%1) exceeds summoned (%2).").arg(edited.present).arg(edited.summoned));
        Congress read;
        QVERIFY(congresses.find(branch.id, t.id, &read, &error));
        QVERIFY(read == original);
    }

    void removeAndRestoreKeepTheId()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Unit branch = unitByCode(test, QStringLiteral("UBND-15"));
        const Term t = term(test, 2017, 2020);
        CongressRepository congresses(test.connection());
        Congress c;
        QString error;
        QVERIFY(congresses.find(branch.id, t.id, &c, &error));
        QVERIFY(congresses.remove(c.id, &error));
        Congress none;
        QVERIFY(!congresses.find(branch.id, t.id, &none, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(congresses.restore(c, &error));
        Congress back;
        QVERIFY(congresses.find(branch.id, t.id, &back, &error));
        QVERIFY(back == c);
    }

    void marksOfAPageOfUnits()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Term t = term(test, 2017, 2020);
        const Unit held = unitByCode(test, QStringLiteral("UBND-01"));
        const Unit planned = unitByCode(test, QStringLiteral("UBND-15"));
        const Unit none = unitByCode(test, QStringLiteral("VH-01"));
        QHash<qint64, CongressMark> marks;
        QString error;
        QVERIFY2(CongressOverviewQuery(test.connection())
                     .marks(t.id, {held.id, planned.id, none.id}, &marks, &error),
                 qPrintable(error));
        QCOMPARE(marks.value(held.id).state, CongressMark::State::Held);
        QCOMPARE(marks.value(held.id).date, QDate(2017, 6, 21));
        QCOMPARE(marks.value(planned.id).state, CongressMark::State::Planned);
        QCOMPARE(marks.value(planned.id).date, QDate(2017, 7, 6));
        QVERIFY(!marks.contains(none.id)); // no record in that term: the caller shows "not scheduled"

        // Planned without a date is not scheduled; postponed keeps the date it had.
        CongressRepository congresses(test.connection());
        Congress c;
        QVERIFY(congresses.find(planned.id, t.id, &c, &error));
        c.plannedDate = QDate();
        QVERIFY2(congresses.save(&c, &error), qPrintable(error));
        QVERIFY(CongressOverviewQuery(test.connection()).marks(t.id, {planned.id}, &marks, &error));
        QCOMPARE(marks.value(planned.id).state, CongressMark::State::NotScheduled);
        c.status = Congress::Status::Postponed;
        c.plannedDate = QDate(2017, 7, 6);
        QVERIFY2(congresses.save(&c, &error), qPrintable(error));
        QVERIFY(CongressOverviewQuery(test.connection()).marks(t.id, {planned.id}, &marks, &error));
        QCOMPARE(marks.value(planned.id),
                 (CongressMark{CongressMark::State::Postponed, QDate(2017, 7, 6), QDate()}));

        // More units than one statement binds are read in parts.
        QList<qint64> many;
        for (int i = 0; i < 1200; ++i)
            many.append(-i);
        many.append(held.id);
        QVERIFY2(CongressOverviewQuery(test.connection()).marks(t.id, many, &marks, &error),
                 qPrintable(error));
        QCOMPARE(marks.size(), 1);
    }

    void heldCongressesSortedAndPaged()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        const Unit committee = unitByCode(test, QStringLiteral("UBND"));
        const Term t = term(test, 2017, 2020);
        CongressOverviewQuery query(test.connection());
        QList<HeldCongress> rows;
        QString error;
        QVERIFY2(query.held(committee.id, t.id, HeldCongress::SortKey::Unit, Qt::AscendingOrder, 0, 100,
                            &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), 14);
        QCOMPARE(rows.first().unit.code, QStringLiteral("UBND-01"));
        QCOMPARE(rows.last().unit.code, QStringLiteral("UBND-14"));
        // As the printed summary: attendance, the Bí thư and the Bí thư's own election.
        Congress first;
        QVERIFY(CongressRepository(test.connection()).find(rows.first().unit.id, t.id, &first, &error));
        QCOMPARE(rows.first().present, first.present);
        QCOMPARE(rows.first().summoned, first.summoned);
        QList<CommitteeMember> members;
        QVERIFY(CommitteeRepository(test.connection()).members(first.id, &members, &error));
        for (const CommitteeMember &member : std::as_const(members)) {
            if (member.role == CommitteeRole::Secretary) {
                QCOMPARE(rows.first().secretary, member.person.fullName);
                QCOMPARE(rows.first().secretaryPercent, member.rolePercentHundredths);
            }
        }

        const auto column = [&](HeldCongress::SortKey key, Qt::SortOrder order) {
            QList<HeldCongress> all;
            QList<HeldCongress> page;
            // Pages of five, as a view fetches them.
            for (int offset = 0;; offset += 5) {
                if (!query.held(committee.id, t.id, key, order, offset, 5, &page, &error))
                    return QList<HeldCongress>();
                all += page;
                if (page.size() < 5)
                    return all;
            }
        };
        const QList<HeldCongress> byDate = column(HeldCongress::SortKey::Date, Qt::DescendingOrder);
        QCOMPARE(byDate.size(), 14);
        for (int i = 1; i < byDate.size(); ++i)
            QVERIFY(byDate.at(i - 1).heldFrom >= byDate.at(i).heldFrom);
        QCOMPARE(byDate.first().heldFrom, QDate(2017, 6, 27));
        QSet<qint64> seen;
        for (const HeldCongress &row : byDate)
            seen.insert(row.unit.id);
        QCOMPARE(seen.size(), 14); // no row twice, none lost between pages

        const QList<HeldCongress> byVote =
            column(HeldCongress::SortKey::SecretaryPercent, Qt::AscendingOrder);
        for (int i = 1; i < byVote.size(); ++i)
            QVERIFY(byVote.at(i - 1).secretaryPercent <= byVote.at(i).secretaryPercent);
        QCOMPARE(byVote.first().secretaryPercent, 8750); // the lowest, as the composition says: 87,50 %
        const QList<HeldCongress> byAttendance =
            column(HeldCongress::SortKey::Attendance, Qt::AscendingOrder);
        for (int i = 1; i < byAttendance.size(); ++i)
            QVERIFY(qint64(byAttendance.at(i - 1).present) * byAttendance.at(i).summoned <=
                    qint64(byAttendance.at(i).present) * byAttendance.at(i - 1).summoned);
        QCOMPARE(column(HeldCongress::SortKey::Secretary, Qt::AscendingOrder).size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestCongressRepository)
#include "tst_congress_repository.moc"
