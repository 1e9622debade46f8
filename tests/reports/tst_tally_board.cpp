#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace daihoi;

// The tally minutes name the counting board the congress elected (domain.md §6), and its head signs by name.
class TestTallyBoard : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;

    bool find(const QString &code, Unit *unit, Term *term, Congress *congress)
    {
        QString error;
        return UnitRepository(m_database.connection()).byCode(code, unit, &error) &&
               TermRepository(m_database.connection()).byYears(2022, 2025, term, &error) &&
               CongressRepository(m_database.connection()).find(unit->id, term->id, congress, &error);
    }
    QString tallyPdf(const QString &code, const QString &name)
    {
        Unit unit;
        Term term;
        Congress congress;
        if (!find(code, &unit, &term, &congress))
            return {};
        ReportBuilder builder(m_database.connection());
        const DocumentHeader header = builder.defaultHeader(ReportKind::Tally, unit, term);
        QTextDocument document;
        QString error;
        if (builder.build(ReportKind::Tally, unit, term, header, &document, &error) !=
            ReportBuilder::Outcome::Built) {
            qWarning("build refused: %s", qPrintable(error));
            return {};
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        if (!DocumentWriter::writePdf(&document, path, name, &error))
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_database.openDemo());
    }

    void boardIsNamed()
    {
        Unit unit;
        Term term;
        Congress congress;
        QVERIFY(find(QStringLiteral("VH-05"), &unit, &term, &congress));
        QVERIFY(!congress.countingBoardHead.isEmpty());
        QCOMPARE(congress.countingBoardMembers.size(), 2);
        const QString path = tallyPdf(QStringLiteral("VH-05"), QStringLiteral("tally-vh05"));
        QVERIFY(!path.isEmpty());
        const QString text = PdfText::flat(PdfText::text(path));
        const QString board = QStringLiteral("1. Ban kiểm phiếu gồm các đồng chí: - Đồng chí %1, Trưởng ban; "
                                             "- Đồng chí %2, Ủy viên; - Đồng chí %3, Ủy viên.")
                                  .arg(congress.countingBoardHead, congress.countingBoardMembers.at(0),
                                       congress.countingBoardMembers.at(1));
        QVERIFY2(text.contains(board), qPrintable(text.left(2500)));
        QVERIFY(!text.contains(QStringLiteral("Đồng chí ……")));
        // Each election's minutes carry the board; the head's name stands under "TRƯỞNG BAN" to sign.
        const QString raw = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        QCOMPARE(raw.count(board), raw.count(QStringLiteral("BIÊN BẢN KIỂM PHIẾU")));
        const QString signatures = raw.mid(raw.lastIndexOf(QStringLiteral("CÁC THÀNH VIÊN")));
        QVERIFY2(signatures.endsWith(QStringLiteral("T/M BAN KIỂM PHIẾU TRƯỞNG BAN ") +
                                     congress.countingBoardHead),
                 qPrintable(signatures));
        for (const QString &name : congress.countingBoardMembers)
            QVERIFY2(signatures.contains(name), qPrintable(signatures));
    }

    void unrecordedBoardKeepsDottedLines()
    {
        Unit unit;
        Term term;
        Congress congress;
        QVERIFY(find(QStringLiteral("VH-06"), &unit, &term, &congress));
        const QString head = congress.countingBoardHead;
        congress.countingBoardHead.clear();
        congress.countingBoardMembers.clear();
        QString error;
        QVERIFY2(CongressRepository(m_database.connection()).save(&congress, &error), qPrintable(error));
        const QString text =
            PdfText::flat(PdfText::text(tallyPdf(QStringLiteral("VH-06"), QStringLiteral("tally-vh06"))));
        const QRegularExpression dotted(
            QStringLiteral("1\\. Ban kiểm phiếu gồm các đồng chí: - Đồng chí …+, Trưởng ban; "
                           "- Đồng chí …+, Ủy viên; - Đồng chí …+, Ủy viên\\."));
        QVERIFY2(text.contains(dotted), qPrintable(text.left(2500)));
        QVERIFY(!text.contains(head));
    }
};

QTEST_MAIN(TestTallyBoard)
#include "tst_tally_board.moc"
