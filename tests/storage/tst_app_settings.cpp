#include "services/AppSettings.h"

#include <QStandardPaths>
#include <QtTest>

using namespace daihoi;

// What the program remembers between sessions.
class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings().clear();
    }

    void defaults()
    {
        const AppSettings settings;
        QCOMPARE(settings.language(), QStringLiteral("vi"));
        QCOMPARE(settings.quorumRule().label(), QStringLiteral("2/3"));
        QCOMPARE(settings.youngAgeLimit(), 40);
        QVERIFY(settings.recentDatabases().isEmpty());
    }

    void rememberedAcrossInstances()
    {
        {
            AppSettings settings;
            settings.setQuorumRule(QuorumRule(1, 2));
            settings.setYoungAgeLimit(35);
            settings.setLanguage(QStringLiteral("en"));
        }
        const AppSettings again;
        QCOMPARE(again.quorumRule().label(), QStringLiteral("1/2"));
        QVERIFY(again.quorumRule().isReached(5, 10));
        QCOMPARE(again.youngAgeLimit(), 35);
        QCOMPARE(again.language(), QStringLiteral("en"));
    }

    void recentDatabasesNewestFirstWithoutRepeats()
    {
        AppSettings settings;
        for (int i = 1; i <= 10; ++i)
            settings.addRecentDatabase(QStringLiteral("/data/%1.db").arg(i));
        settings.addRecentDatabase(QStringLiteral("/data/5.db"));
        const QStringList recent = settings.recentDatabases();
        QCOMPARE(recent.size(), 8);
        QCOMPARE(recent.first(), QStringLiteral("/data/5.db"));
        QCOMPARE(recent.at(1), QStringLiteral("/data/10.db"));
        QCOMPARE(recent.count(QStringLiteral("/data/5.db")), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
