#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/PartyDocument.h"
#include "reports/ReportBuilder.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QFontDatabase>
#include <QAbstractTextDocumentLayout>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>
#include <QTextDocument>
#include <QtTest>

Q_DECLARE_METATYPE(daihoi::ReportKind)

using namespace daihoi;

// Every document's type: every letter of every document is in the one typeface the program ships (Liberation Serif 2.1),
// whatever Liberation Serif the machine has: `pdffonts` lists no other family, Vietnamese included.
class TestReportFonts : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;

    // The document of a kind for a Việt Hưng unit (the committee for the committee's documents);
    // nullptr when the builder does not print that kind.
    std::unique_ptr<QTextDocument> build(ReportKind kind, const QString &place, const QDate &date, QString *error)
    {
        QSqlDatabase db = m_database.connection();
        Unit unit;
        Term term;
        const QString code = ReportKinds::isForCommittee(kind) ? QStringLiteral("VH") : QStringLiteral("VH-05");
        if (!UnitRepository(db).byCode(code, &unit, error) || !TermRepository(db).byYears(2022, 2025, &term, error))
            return nullptr;
        ReportBuilder builder(db);
        DocumentHeader header = builder.defaultHeader(kind, unit, term);
        header.place = place;
        header.date = date;
        auto document = std::make_unique<QTextDocument>();
        if (builder.build(kind, unit, term, header, document.get(), error) != ReportBuilder::Outcome::Built)
            return nullptr;
        return document;
    }

    static void everyKind()
    {
        QTest::addColumn<ReportKind>("kind");
        for (ReportKind kind : ReportKinds::all())
            QTest::newRow(qPrintable(ReportKinds::key(kind))) << kind;
    }

    // Every line of the blocks from `from` to `to` (positions), in document coordinates.
    struct Line
    {
        QString text;
        QRectF rect;
    };
    static QList<Line> lines(QTextDocument *document, int from, int to)
    {
        QList<Line> result;
        for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() <= to;
             block = block.next()) {
            const QPointF origin = document->documentLayout()->blockBoundingRect(block).topLeft();
            const QTextLayout *layout = block.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                result.append({block.text().mid(line.textStart(), line.textLength()),
                               line.naturalTextRect().translated(origin)});
            }
        }
        return result;
    }
    static QTextTable *headerTable(QTextDocument *document)
    {
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                return table;
        }
        return nullptr;
    }
    static QList<Line> cellLines(QTextDocument *document, const QTextTableCell &cell)
    {
        return lines(document, cell.firstCursorPosition().position(), cell.lastCursorPosition().position());
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
    void onlyTheShippedTypeface_data() { everyKind(); }
    void onlyTheShippedTypeface()
    {
        QFETCH(ReportKind, kind);
        QString error;
        const std::unique_ptr<QTextDocument> document = build(kind, QStringLiteral("Long Biên"), QDate(2022, 9, 23), &error);
        if (!document)
            QSKIP(qPrintable(QStringLiteral("not printed: ") + error));
        const QString path = m_dir.filePath(ReportKinds::key(kind) + QStringLiteral(".pdf"));
        QVERIFY2(DocumentWriter::writePdf(document.get(), path, ReportKinds::key(kind), &error), qPrintable(error));

        const QStringList fonts = PdfText::fonts(path);
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

    // The place and date stay on one line, even for a long place name and a two-digit day and month,
    // and the header's two blocks keep a clear gap; the parent body stands above the issuing body.
    void headerLaidOut_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("place");
        for (ReportKind kind : ReportKinds::all()) {
            for (const QString &place : {QStringLiteral("Long Biên"), QStringLiteral("Thành phố Thủ Dầu Một")})
                QTest::newRow(qPrintable(ReportKinds::key(kind) + QLatin1Char(' ') + place)) << kind << place;
        }
    }
    void headerLaidOut()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, place);
        QString error;
        const std::unique_ptr<QTextDocument> document = build(kind, place, QDate(2026, 11, 28), &error);
        if (!document)
            QSKIP(qPrintable(QStringLiteral("not printed: ") + error));
        QTextTable *header = headerTable(document.get());
        QVERIFY(header);
        const QList<Line> left = cellLines(document.get(), header->cellAt(0, 0));
        const QList<Line> right = cellLines(document.get(), header->cellAt(0, header->columns() - 1));
        const QString dateLine = place + QStringLiteral(", ngày 28 tháng 11 năm 2026");
        const auto date = std::find_if(right.cbegin(), right.cend(), [&](const Line &line) {
            return line.text.startsWith(place);
        });
        QVERIFY(date != right.cend());
        QCOMPARE(date->text.trimmed(), dateLine);

        double leftEnd = 0;
        for (const Line &line : left)
            leftEnd = qMax(leftEnd, line.rect.right());
        double rightStart = PartyDocument::bodySize().width();
        for (const Line &line : right)
            rightStart = qMin(rightStart, line.rect.left());
        QVERIFY2(rightStart - leftEnd >= PartyDocument::toLayout(4),
                 qPrintable(QStringLiteral("gap of %1 mm").arg((rightStart - leftEnd) * 25.4 / PartyDocument::layoutDpi)));
        QVERIFY2(rightStart + 0.5 >= 0 && date->rect.right() <= PartyDocument::bodySize().width() + 0.5,
                 "the date line runs past the margin");

        const QString parent = left.value(0).text.trimmed();
        QVERIFY2(parent.startsWith(QStringLiteral("ĐẢNG BỘ")) || parent.startsWith(QStringLiteral("QUẬN ỦY"))
                     || parent.startsWith(QStringLiteral("ĐẢNG ỦY")),
                 qPrintable(parent));
    }

    // A table's column headings wrap between words only ("Dưới 40", never "Dướ" / "i 40").
    void headingsBreakBetweenWords_data() { everyKind(); }
    void headingsBreakBetweenWords()
    {
        QFETCH(ReportKind, kind);
        QString error;
        const std::unique_ptr<QTextDocument> document = build(kind, QStringLiteral("Long Biên"), QDate(2026, 11, 28), &error);
        if (!document)
            QSKIP(qPrintable(QStringLiteral("not printed: ") + error));
        int tables = 0;
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || table->format().border() <= 0) // the header and signature are borderless
                continue;
            ++tables;
            for (int column = 0; column < table->columns(); ++column) {
                const QList<Line> heading = cellLines(document.get(), table->cellAt(0, column));
                for (qsizetype i = 0; i + 1 < heading.size(); ++i) {
                    const QString &text = heading.at(i).text;
                    QVERIFY2(text.endsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char('-')),
                             qPrintable(QStringLiteral("column %1 breaks after «%2»").arg(column).arg(text)));
                }
            }
        }
        if (tables == 0)
            QSKIP("no table in this document");
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
