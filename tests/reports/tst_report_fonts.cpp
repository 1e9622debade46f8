#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/PartyDocument.h"
#include "reports/ReportBuilder.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QFontDatabase>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

Q_DECLARE_METATYPE(daihoi::ReportKind)

using namespace daihoi;

// Every letter of every document is in the one typeface the program ships (Liberation Serif 2.1),
// whatever Liberation Serif the machine has: `pdffonts` lists no other family, Vietnamese included.
class TestReportFonts : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;

    // The fonts pdffonts lists, by name without the subset prefix ("LiberationSerif-Bold").
    static QStringList pdfFonts(const QString &pdf)
    {
        QProcess process;
        process.start(PdfText::tool(QStringLiteral("pdffonts")), {pdf});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        QStringList fonts;
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (qsizetype i = 2; i < lines.size(); ++i) { // after the heading and its rule
            const QString name = lines.at(i).section(QLatin1Char(' '), 0, 0);
            if (!name.isEmpty())
                fonts << name.section(QLatin1Char('+'), -1);
        }
        return fonts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(!PdfText::tool(QStringLiteral("pdffonts")).isEmpty());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_database.openDemo());
    }

    // Every kind the builder prints, of a Việt Hưng unit: the committee for the committee's documents.
    void onlyTheShippedTypeface_data()
    {
        QTest::addColumn<ReportKind>("kind");
        for (ReportKind kind : ReportKinds::all())
            QTest::newRow(qPrintable(ReportKinds::key(kind))) << kind;
    }
    void onlyTheShippedTypeface()
    {
        QFETCH(ReportKind, kind);
        QSqlDatabase db = m_database.connection();
        Unit unit;
        Term term;
        QString error;
        const QString code = ReportKinds::isForCommittee(kind) ? QStringLiteral("VH") : QStringLiteral("VH-05");
        QVERIFY2(UnitRepository(db).byCode(code, &unit, &error), qPrintable(error));
        QVERIFY2(TermRepository(db).byYears(2022, 2025, &term, &error), qPrintable(error));
        ReportBuilder builder(db);
        DocumentHeader header = builder.defaultHeader(kind, unit, term);
        header.place = QStringLiteral("Long Biên");
        header.date = QDate(2022, 9, 23);
        QTextDocument document;
        if (builder.build(kind, unit, term, header, &document, &error) != ReportBuilder::Outcome::Built)
            QSKIP(qPrintable(QStringLiteral("not printed: ") + error));
        const QString path = m_dir.filePath(ReportKinds::key(kind) + QStringLiteral(".pdf"));
        QVERIFY2(DocumentWriter::writePdf(&document, path, ReportKinds::key(kind), &error), qPrintable(error));

        const QStringList fonts = pdfFonts(path);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.startsWith(QLatin1String("LiberationSerif")), qPrintable(fonts.join(QLatin1String(", "))));
        // The Vietnamese letters are really there, and read back as typed.
        const QString text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        for (const QString &word : {QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("PHƯỜNG VIỆT HƯNG"),
                                   QStringLiteral("Long Biên, ngày 23 tháng 9 năm 2022"),
                                   QStringLiteral("nhiệm kỳ 2022–2025")})
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" missing in: ") + text.left(2000)));
    }

    // The faces Qt resolves for the document font are the shipped ones: they have the letters 1.07 lacks.
    void facesHaveVietnameseLetters()
    {
        for (bool bold : {false, true}) {
            for (bool italic : {false, true}) {
                QFont font = PartyDocument::baseFont(14);
                font.setBold(bold);
                font.setItalic(italic);
                // The face itself, not the fallbacks a QFontMetrics would also ask.
                const QRawFont face = QRawFont::fromFont(font);
                QVERIFY(face.isValid());
                QCOMPARE(face.familyName(), QStringLiteral("Liberation Serif"));
                for (const QChar letter : QStringLiteral("ơưạếỹĐ"))
                    QVERIFY2(face.supportsCharacter(letter),
                             qPrintable(QStringLiteral("%1 missing (bold %2, italic %3)").arg(letter).arg(bold).arg(italic)));
            }
        }
    }
};

QTEST_MAIN(TestReportFonts)
#include "tst_report_fonts.moc"
