#include "PgTestServer.h"
#include "TestDatabase.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/RowVersions.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <functional>

// Two clerks on one database, each with a connection of their own: the second save of a row the first
// one changed meanwhile is refused with the first clerk's name and time, and nothing of it is written.
using namespace daihoi;

namespace {

struct Clerk
{
    QSqlDatabase db;
    QString name;
};

Congress congressOf(QSqlDatabase db, const QString &code)
{
    Unit unit;
    Term term;
    Congress congress;
    QString error;
    UnitRepository(db).byCode(code, &unit, &error);
    TermRepository(db).byYears(2022, 2025, &term, &error);
    CongressRepository(db).find(unit.id, term.id, &congress, &error);
    return congress;
}

Election committeeElectionOf(QSqlDatabase db, const QString &code)
{
    QList<Election> elections;
    QString error;
    ElectionRepository(db).forCongress(congressOf(db, code).id, &elections, &error);
    return elections.value(0);
}

// The edit is read first and saved later, as a clerk's form does.
struct PendingEdit
{
    std::function<bool(QString *)> save;
};

using Reader = std::function<PendingEdit(QSqlDatabase, const QString &tag)>;

Reader congressPlace()
{
    return [](QSqlDatabase db, const QString &tag) {
        auto congress = std::make_shared<Congress>(congressOf(db, QStringLiteral("VH-03")));
        return PendingEdit{[db, congress, tag](QString *error) {
            congress->place = tag;
            congress->guests.append({tag, QStringLiteral("Bí thư")});
            return CongressRepository(db).save(congress.get(), error);
        }};
    };
}

Reader electionCandidate()
{
    return [](QSqlDatabase db, const QString &tag) {
        auto election = std::make_shared<Election>(committeeElectionOf(db, QStringLiteral("VH-03")));
        return PendingEdit{[db, election, tag](QString *error) {
            election->rounds[0].candidates[0].name = tag;
            return ElectionRepository(db).save(election.get(), error);
        }};
    };
}

Reader unitRename()
{
    return [](QSqlDatabase db, const QString &tag) {
        auto unit = std::make_shared<Unit>();
        QString error;
        UnitRepository(db).byCode(QStringLiteral("VH-03"), unit.get(), &error);
        return PendingEdit{[db, unit, tag](QString *error) {
            return UnitRepository(db).rename(unit->id, tag, error, unit->rowVersion);
        }};
    };
}

QString storedPlace(QSqlDatabase db)
{
    const Congress congress = congressOf(db, QStringLiteral("VH-03"));
    QStringList guests;
    for (const CongressGuest &guest : congress.guests)
        guests.append(guest.name);
    return congress.place + QLatin1Char('|') + guests.join(QLatin1Char(','));
}

QString storedCandidate(QSqlDatabase db)
{
    return committeeElectionOf(db, QStringLiteral("VH-03")).rounds.value(0).candidates.value(0).name;
}

QString storedUnitName(QSqlDatabase db)
{
    Unit unit;
    QString error;
    UnitRepository(db).byCode(QStringLiteral("VH-03"), &unit, &error);
    return unit.name;
}

} // namespace

Q_DECLARE_METATYPE(Reader)
Q_DECLARE_METATYPE(std::function<QString(QSqlDatabase)>)

class TestRowVersions : public QObject
{
    Q_OBJECT
private:
    using Stored = std::function<QString(QSqlDatabase)>;

    // Both clerks read the row; A saves; B's save is refused naming A; the database keeps A's values.
    static void secondSaveIsRefused(const Clerk &a, const Clerk &b, const Reader &read, const Stored &stored,
                                    const QString &what, const QString &kept)
    {
        PendingEdit first = read(a.db, QStringLiteral("Hội trường A"));
        PendingEdit second = read(b.db, QStringLiteral("Nhà văn hóa B"));
        QString error;
        QVERIFY2(first.save(&error), qPrintable(error));
        const QString afterFirst = stored(a.db);
        QVERIFY2(afterFirst.contains(QStringLiteral("Hội trường A")), qPrintable(afterFirst));

        QVERIFY(!second.save(&error));
        const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm"));
        QVERIFY2(error.startsWith(QStringLiteral("This %1 was just changed by %2 at ").arg(what, a.name)),
                 qPrintable(error));
        // Minutes may have turned between the save and this line.
        QVERIFY2(error.contains(time) || error.contains(QTime::currentTime().addSecs(-60).toString(QStringLiteral("HH:mm"))),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("Your data has not been saved.")), qPrintable(error));
        QCOMPARE(stored(b.db), afterFirst);
        QVERIFY(stored(b.db).contains(kept));

        // Read again, B's next save goes through.
        PendingEdit again = read(b.db, QStringLiteral("Nhà văn hóa B"));
        QVERIFY2(again.save(&error), qPrintable(error));
        QVERIFY(stored(a.db).contains(QStringLiteral("Nhà văn hóa B")));
    }

private slots:
    void initTestCase() { qRegisterMetaType<Reader>(); }

    void staleSaveIsRefused_data()
    {
        QTest::addColumn<Reader>("read");
        QTest::addColumn<Stored>("stored");
        QTest::addColumn<QString>("what");
        QTest::newRow("congress") << congressPlace() << Stored(storedPlace) << QStringLiteral("congress");
        QTest::newRow("election") << electionCandidate() << Stored(storedCandidate) << QStringLiteral("election");
        QTest::newRow("unit rename") << unitRename() << Stored(storedUnitName) << QStringLiteral("unit");
    }

    void staleSaveIsRefused()
    {
        QFETCH(Reader, read);
        QFETCH(Stored, stored);
        QFETCH(QString, what);
        TestDatabase test;
        QVERIFY(test.openDemo());
        Database second;
        QString error;
        QVERIFY2(second.open(test.path(), &error), qPrintable(error));
        RowVersions::setClerk(test.connection(), QStringLiteral("Nguyễn Văn A"));
        RowVersions::setClerk(second.connection(), QStringLiteral("Trần Thị B"));
        // On an office server the login names the clerk, whatever Settings say.
        const QString nameOfA =
            TestDatabase::onServer() ? QUrl(test.path()).userName() : QStringLiteral("Nguyễn Văn A");
        secondSaveIsRefused({test.connection(), nameOfA},
                            {second.connection(), QStringLiteral("Trần Thị B")}, read, stored, what,
                            QStringLiteral("Hội trường A"));
    }

    void theVersionFollowsEachSave()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        QString error;
        Congress congress = congressOf(test.connection(), QStringLiteral("VH-03"));
        const int read = congress.rowVersion;
        congress.place = QStringLiteral("Hội trường");
        QVERIFY2(CongressRepository(test.connection()).save(&congress, &error), qPrintable(error));
        QCOMPARE(congress.rowVersion, read + 1);
        QCOMPARE(congressOf(test.connection(), QStringLiteral("VH-03")).rowVersion, read + 1);
        // The same object saves again: it carries the version it wrote.
        congress.place = QStringLiteral("Nhà văn hóa");
        QVERIFY2(CongressRepository(test.connection()).save(&congress, &error), qPrintable(error));
        QCOMPARE(congress.rowVersion, read + 2);
    }

    void aCongressDeletedMeanwhileIsNamed()
    {
        TestDatabase test;
        QVERIFY(test.openDemo());
        Database second;
        QString error;
        QVERIFY2(second.open(test.path(), &error), qPrintable(error));
        Congress stale = congressOf(second.connection(), QStringLiteral("VH-01"));
        QVERIFY(stale.isValid());
        QVERIFY2(CongressRepository(test.connection()).remove(stale.id, &error), qPrintable(error));
        stale.place = QStringLiteral("Hội trường");
        QVERIFY(!CongressRepository(second.connection()).save(&stale, &error));
        QCOMPARE(error, QStringLiteral("This congress was deleted meanwhile. Your data has not been saved."));
        QVERIFY(!congressOf(second.connection(), QStringLiteral("VH-01")).isValid());
    }

    // Two real login roles on PostgreSQL: the name in the refusal is the other clerk's login, which the
    // database itself records; neither clerk can write another name.
    void twoLoginRolesOnPostgresql()
    {
        DAIHOI_REQUIRE_PG_SERVER();
        PgTestServer server;
        QString error;
        const QString url = TestDatabase::demoOffice(server, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        for (const QString &role : {QStringLiteral("clerk_ha"), QStringLiteral("clerk_binh")}) {
            server.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &error);
            QVERIFY2(server.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE daihoi_clerks").arg(role), &error),
                     qPrintable(error));
        }
        // Both clerks may write the whole office, through its row-level rights.
        Database owner;
        QVERIFY2(owner.connectServer(url, &error), qPrintable(error));
        QSqlQuery grant(owner.connection());
        QVERIFY2(grant.exec(QStringLiteral("INSERT INTO office_grants (login, unit_id, may_write)"
                                           " SELECT login, id, true FROM units,"
                                           " (VALUES ('clerk_ha'), ('clerk_binh')) AS clerks (login)"
                                           " WHERE parent_id IS NULL")),
                 qPrintable(grant.lastError().text()));
        owner.close();

        QUrl ha(url);
        ha.setUserName(QStringLiteral("clerk_ha"));
        QUrl binh(url);
        binh.setUserName(QStringLiteral("clerk_binh"));
        Database first;
        Database second;
        QVERIFY2(first.open(ha.toString(), &error), qPrintable(error));
        QVERIFY2(second.open(binh.toString(), &error), qPrintable(error));
        // What a clerk's settings say is not what the server records.
        RowVersions::setClerk(first.connection(), QStringLiteral("Giả danh"));
        secondSaveIsRefused({first.connection(), QStringLiteral("clerk_ha")},
                            {second.connection(), QStringLiteral("clerk_binh")}, congressPlace(), storedPlace,
                            QStringLiteral("congress"), QStringLiteral("Hội trường A"));
    }
};

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_row_versions.moc"
