#include "services/LanguageLoader.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Fails when a user-visible string is missing from a translation: lupdate is run over the
// sources into a copy of each .ts file, and every message must come out finished.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Vietnamese") << "vi";
        QTest::newRow("English") << "en";
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString source = QStringLiteral(DAIHOI_SOURCE_DIR "/translations/daihoi_%1.ts").arg(language);
        const QString copy = dir.filePath(QStringLiteral("daihoi_%1.ts").arg(language));
        QVERIFY(QFile::copy(source, copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(DAIHOI_SOURCE_DIR));
        lupdate.start(QStringLiteral(DAIHOI_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("app"),
                       QStringLiteral("ui"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument document;
        QVERIFY(document.setContent(&file));
        const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            if (translation.attribute(QStringLiteral("type")) == QLatin1String("unfinished")
                || translation.text().trimmed().isEmpty())
                missing.append(message.firstChildElement(QStringLiteral("source")).text());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated in %1: %2")
                                                   .arg(language, missing.join(QStringLiteral(" | ")))));
    }

    void vietnameseIsEmbeddedAndLoads()
    {
        QVERIFY(daihoi::LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("vi")));
        QCOMPARE(QCoreApplication::translate("daihoi::MainWindow", "&File"), QStringLiteral("&Tệp"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        // Qt's own dialogs speak Vietnamese too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
        QCOMPARE(QCoreApplication::translate("QPrintPreviewDialog", "Print Preview"), QStringLiteral("Xem trước khi in"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
