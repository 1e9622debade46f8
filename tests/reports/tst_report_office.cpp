#include "OfficeFiles.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/CongressRecord.h"
#include "reports/DocumentText.h"
#include "reports/DocumentWriter.h"
#include "reports/MembersTable.h"
#include "reports/OdtWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTables.h"
#include "reports/TargetsTable.h"
#include "reports/XlsxWriter.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

Q_DECLARE_METATYPE(daihoi::ReportKind)

using namespace daihoi;

// The Word and Excel copies opened by a real office suite (LibreOffice, headless): the .odt
// converted to PDF reads like the program's own PDF, the .xlsx converted to CSV has its numbers,
// percentages and dates as such.
class TestReportOffice : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;

    bool find(const QString &code, int start, int end, Unit *unit, Term *term)
    {
        QString error;
        return UnitRepository(m_database.connection()).byCode(code, unit, &error)
               && TermRepository(m_database.connection()).byYears(start, end, term, &error);
    }

    // Text as a reader compares it: printing's joiners and no-break spaces folded, every run of
    // white space one space.
    static QString normalised(QString text)
    {
        text.remove(QChar(0x2060));
        text.remove(QChar(0x00AD));
        text.replace(QChar(0x00A0), QLatin1Char(' '));
        return text.simplified();
    }
    // Without any white space: a justified line set partly in a fallback font comes back from
    // pdftotext with spaces inside words ("Chi b ộ T ổ dân ph ố").
    static QString compact(const QString &text)
    {
        return normalised(text).remove(QLatin1Char(' '));
    }

    static QString tool(const QString &name, const QStringList &args)
    {
        QProcess process;
        process.start(PdfText::tool(name), args);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QSharedPointer<QTextDocument> build(ReportKind kind, const Unit &unit, const Term &term, QSqlDatabase db,
                                               DocumentHeader *header)
    {
        ReportBuilder builder(db);
        *header = builder.defaultHeader(kind, unit, term);
        header->number = QStringLiteral("12") + header->numberSuffix;
        header->place = QStringLiteral("Long Biên");
        header->date = QDate(2022, 9, 23);
        header->signerName = QStringLiteral("Nguyễn Văn Ký");
        auto document = QSharedPointer<QTextDocument>::create();
        QString error;
        if (builder.build(kind, unit, term, *header, document.get(), &error) != ReportBuilder::Outcome::Built) {
            qWarning("build refused: %s", qPrintable(error));
            return {};
        }
        return document;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(OfficeFiles::available());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_database.openDemo());
    }

    void odtReadsLikeThePdf_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("lines"); // besides the header and the signer
        QTest::newRow("summary") << ReportKind::Summary << "VH" << "BÁO CÁO"
                                 << QStringList{QStringLiteral("23/23 chi bộ trực thuộc đã tổ chức đại hội, đạt 100,00 %"),
                                                QStringLiteral("Chi bộ Trạm Y tế phường"), QStringLiteral("Ngô Quang Việt")};
        QTest::newRow("congress") << ReportKind::Congress << "VH-05" << "BÁO CÁO"
                                  << QStringList{QStringLiteral("Đồng chí Lê Đức Việt được bầu làm Bí thư chi bộ với "
                                                                "21/21 phiếu, đạt 100,00 %."),
                                                 QStringLiteral("Dương Quang Hùng")};
        QTest::newRow("approval") << ReportKind::Approval << "VH-05" << "TỜ TRÌNH"
                                  << QStringList{QStringLiteral("Quyết định số 244-QĐ/TW")};
        QTest::newRow("tally") << ReportKind::Tally << "VH-05" << "BIÊN BẢN KIỂM PHIẾU"
                               << QStringList{QStringLiteral("Số phiếu hợp lệ:")};
        QTest::newRow("statistics") << ReportKind::Statistics << "VH" << "BIỂU THỐNG KÊ"
                                    << QStringList{QStringLiteral("TỔNG SỐ 69 23 23"), QStringLiteral("NGƯỜI LẬP BIỂU"),
                                                   QStringLiteral("Lần đầu tham gia cấp ủy 23 0 0")};
    }
    void odtReadsLikeThePdf()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, code);
        QFETCH(QString, title);
        QFETCH(QStringList, lines);
        Unit unit;
        Term term;
        QVERIFY(find(code, 2022, 2025, &unit, &term));
        DocumentHeader header;
        const QSharedPointer<QTextDocument> document = build(kind, unit, term, m_database.connection(), &header);
        QVERIFY(document);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        const QString odt = m_dir.filePath(name + QStringLiteral("-copy.odt"));
        QString error;
        QVERIFY2(DocumentWriter::writePdf(document.get(), pdf, name, &error), qPrintable(error));
        QVERIFY2(OdtWriter::write(document.get(), odt, &error), qPrintable(error));
        const QString converted = OfficeFiles::convert(odt, QStringLiteral("pdf"));
        QVERIFY2(!converted.isEmpty(), "LibreOffice did not open the .odt");

        QStringList keys{QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), DocumentText::capitals(header.issuingBody),
                         QStringLiteral("Long Biên, ngày 23 tháng 9 năm 2022"), title};
        if (kind != ReportKind::Tally)
            keys << QStringLiteral("Số ") + header.number << QStringLiteral("Nguyễn Văn Ký");
        if (kind != ReportKind::Summary && kind != ReportKind::Statistics) {
            CongressRecord record;
            QVERIFY(CongressRecord::load(m_database.connection(), unit, term, &record, &error));
            for (const CommitteeMember &member : record.members)
                keys << member.person.fullName;
        }
        keys << lines;
        const QString printed = normalised(PdfText::text(pdf, 0, PdfText::Raw));
        // Reading order: LibreOffice draws the letters the system's Liberation Serif lacks apart from
        // their words, so the drawing order (raw) would tear "ĐẢNG" into "Đ NG Ả".
        const QString office = normalised(tool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), converted, QStringLiteral("-")}));
        for (const QString &key : std::as_const(keys)) {
            QVERIFY2(printed.contains(key), qPrintable(QStringLiteral("PDF lacks «%1»: %2").arg(key, printed.left(1500))));
            QVERIFY2(compact(office).contains(compact(key)), qPrintable(QStringLiteral("the .odt lacks «%1»: %2").arg(key, office.left(1500))));
        }

        // The header block keeps its two columns: the party's name beside the issuing body, the
        // number below them (Qt alone writes every line of a cell as a column of its own).
        const QStringList firstLines = PdfText::text(converted, 1).split(QLatin1Char('\n'));
        const auto partyLine = std::find_if(firstLines.cbegin(), firstLines.cend(), [](const QString &line) {
            return line.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
        });
        QVERIFY(partyLine != firstLines.cend());
        QVERIFY2(!partyLine->contains(QStringLiteral("Số ")) && !partyLine->contains(QStringLiteral("*")),
                 qPrintable(*partyLine));

        // A4, with the document's margins: 35 mm left (99.2 pt), 15 mm right.
        QVERIFY2(tool(QStringLiteral("pdfinfo"), {converted}).contains(QStringLiteral("(A4)")), "not A4");
        const QString boxes = tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), converted, QStringLiteral("-")});
        double left = 1e9;
        double right = 0;
        static const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\""));
        for (QRegularExpressionMatchIterator it = word.globalMatch(boxes); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            left = std::min(left, match.captured(1).toDouble());
            right = std::max(right, match.captured(2).toDouble());
        }
        QVERIFY2(left > 96 && left < 110, qPrintable(QString::number(left)));
        QVERIFY2(right < 595.3 - 42.5 + 1, qPrintable(QString::number(right)));

        // The body starts 25 mm down (70.9 pt); from page 2 on the page number stands centred in the top margin.
        static const QRegularExpression firstWord(
            QStringLiteral("<page [^>]*>\\s*(?:<flow>\\s*<block [^>]*>\\s*<line [^>]*>\\s*)?<word xMin=\"([\\d.]+)\" "
                           "yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>"));
        QList<QRegularExpressionMatch> pages;
        for (QRegularExpressionMatchIterator it = firstWord.globalMatch(boxes); it.hasNext();)
            pages.append(it.next());
        QVERIFY(!pages.isEmpty());
        QVERIFY2(std::abs(pages.first().captured(2).toDouble() - 70.9) < 4, qPrintable(pages.first().captured()));
        for (int page = 1; page < pages.size(); ++page) {
            const QRegularExpressionMatch &top = pages.at(page);
            QCOMPARE(top.captured(4), QString::number(page + 1));
            QVERIFY2(top.captured(2).toDouble() < 60, qPrintable(top.captured()));
            const double middle = (top.captured(1).toDouble() + top.captured(3).toDouble()) / 2;
            QVERIFY2(std::abs(middle - (99.2 + (595.3 - 42.5)) / 2) < 5, qPrintable(top.captured()));
        }

        // The table's heading row repeats at the top of the next page, as it does in the PDF.
        if (kind == ReportKind::Summary) {
            const QString second = PdfText::text(converted, 2);
            QVERIFY2(second.contains(QStringLiteral("Tên chi bộ")), qPrintable(second.left(500)));
        }

        // Times-metric serif, bold where the document is bold; never the writer's default "Sans".
        const QString fonts = tool(QStringLiteral("pdffonts"), {converted});
        QVERIFY2(fonts.contains(QStringLiteral("LiberationSerif-Bold")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("Sans")), qPrintable(fonts));
    }

    void summaryTableAsExcel()
    {
        Unit unit;
        Term term;
        QVERIFY(find(QStringLiteral("VH"), 2022, 2025, &unit, &term));
        SheetTable table;
        QString error;
        QCOMPARE(ReportTables(m_database.connection()).build(ReportKind::Summary, unit, term, &table, &error),
                 ReportBuilder::Outcome::Built);
        const QString xlsx = m_dir.filePath(QStringLiteral("summary.xlsx"));
        QVERIFY2(XlsxWriter::write(table, xlsx, &error), qPrintable(error));
        QString raw;
        const QList<QStringList> rows = OfficeFiles::csv(xlsx, &raw);
        QVERIFY2(rows.size() >= 26, qPrintable(raw));
        QVERIFY(rows.at(0).at(0).startsWith(QStringLiteral("Kết quả đại hội các tổ chức đảng trực thuộc Đảng bộ phường Việt Hưng")));
        QCOMPARE(rows.at(2).mid(0, 4), (QStringList{QStringLiteral("STT"), QStringLiteral("Tên tổ chức đảng"),
                                                    QStringLiteral("Tình trạng"), QStringLiteral("Ngày đại hội")}));
        QCOMPARE(rows.at(2).at(9), QStringLiteral("Tỷ lệ % phiếu bầu Bí thư"));
        // Numbers unquoted and bare, the percentage with two decimals, the date as a date.
        QVERIFY2(raw.contains(QStringLiteral("\n1,Chi bộ Khu đô thị Việt Hưng 1,Đã tổ chức,20/08/2022,34,35,3,3,Vũ Văn Sơn,100.00,0,0,1")),
                 qPrintable(raw));
        QCOMPARE(rows.last().at(1), QStringLiteral("Chi bộ Trạm Y tế phường"));
        const QString typed = typedCells(xlsx);
        QVERIFY2(typed.contains(QStringLiteral("office:value-type=\"date\" office:date-value=\"2022-08-20")), "no date cell");
        QVERIFY(typed.contains(QStringLiteral("office:value-type=\"float\" office:value=\"34\"")));
    }

    void statisticsTableAsExcel()
    {
        Unit unit;
        Term term;
        QVERIFY(find(QStringLiteral("VH"), 2022, 2025, &unit, &term));
        SheetTable table;
        QString error;
        QCOMPARE(ReportTables(m_database.connection()).build(ReportKind::Statistics, unit, term, &table, &error),
                 ReportBuilder::Outcome::Built);
        const QString xlsx = m_dir.filePath(QStringLiteral("statistics.xlsx"));
        QVERIFY2(XlsxWriter::write(table, xlsx, &error), qPrintable(error));
        QString raw;
        const QList<QStringList> rows = OfficeFiles::csv(xlsx, &raw);
        QVERIFY2(raw.contains(QStringLiteral("\nSTT,Chỉ tiêu,Cấp ủy viên,Bí thư,Phó Bí thư\n")), qPrintable(raw));
        QVERIFY2(raw.contains(QStringLiteral("\n1,TỔNG SỐ,69,23,23\n")), qPrintable(raw));
        QVERIFY2(raw.contains(QStringLiteral("Trong đó: - Nữ,4,4,0\n")), qPrintable(raw));
        // A refusal for what is not a table names the kind.
        QCOMPARE(ReportTables(m_database.connection()).build(ReportKind::Approval, unit, term, &table, &error),
                 ReportBuilder::Outcome::Refused);
        QVERIFY2(error.contains(ReportKinds::displayName(ReportKind::Approval)), qPrintable(error));
    }

    void membersAsExcel()
    {
        Unit unit;
        Term term;
        QVERIFY(find(QStringLiteral("VH-05"), 2022, 2025, &unit, &term));
        SheetTable table;
        QString error;
        QVERIFY2(MembersTable::load(m_database.connection(), unit, term, &table, &error), qPrintable(error));
        const QString xlsx = m_dir.filePath(QStringLiteral("members.xlsx"));
        QVERIFY2(XlsxWriter::write(table, xlsx, &error), qPrintable(error));
        QString raw;
        const QList<QStringList> rows = OfficeFiles::csv(xlsx, &raw);
        QVERIFY2(rows.size() >= 6, qPrintable(raw));
        QCOMPARE(rows.at(2).mid(0, 3),
                 (QStringList{QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ")}));
        QCOMPARE(rows.at(2).last(), QStringLiteral("Tỷ lệ %"));
        QCOMPARE(rows.at(3).mid(1, 2), (QStringList{QStringLiteral("Lê Đức Việt"), QStringLiteral("Bí thư")}));
        QVERIFY2(raw.contains(QRegularExpression(QStringLiteral("\n1,Lê Đức Việt,Bí thư,[^\n]*,\\d+,\\d+\\.\\d\\d\n"))),
                 qPrintable(raw));
        QVERIFY2(raw.contains(QRegularExpression(QStringLiteral("\n2,Dương Quang Hùng,Phó Bí thư,[^\n]*,17,80.95\n"))),
                 qPrintable(raw));
    }

    void targetsAsExcel()
    {
        Unit unit;
        Term term;
        QVERIFY(find(QStringLiteral("BT-DDT"), 2020, 2025, &unit, &term));
        SheetTable table;
        QString error;
        QVERIFY2(TargetsTable::load(m_database.connection(), unit, term, CommitteeTargetFilter(), &table, &error), qPrintable(error));
        QVERIFY(table.rows.size() > 20);
        const QString xlsx = m_dir.filePath(QStringLiteral("targets.xlsx"));
        QVERIFY2(XlsxWriter::write(table, xlsx, &error), qPrintable(error));
        QString raw;
        const QList<QStringList> rows = OfficeFiles::csv(xlsx, &raw);
        QCOMPARE(rows.at(2).mid(0, 5), (QStringList{QStringLiteral("STT"), QStringLiteral("Mã"), QStringLiteral("Tổ chức đảng"),
                                                    QStringLiteral("Nhóm"), QStringLiteral("Chỉ tiêu")}));
        QVERIFY2(raw.contains(QStringLiteral("\n1,BT-DDT-01,Chi bộ Văn phòng Quận ủy,Xây dựng Đảng,Hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên,≥,100,%,97.9166,Không đạt\n")),
                 qPrintable(raw.left(3000)));
    }

private:
    // The cells as Calc reads them, with their types, from its flat OpenDocument copy.
    static QString typedCells(const QString &xlsx)
    {
        const QString fods = OfficeFiles::convert(xlsx, QStringLiteral("fods"));
        QFile file(fods);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
};

QTEST_MAIN(TestReportOffice)
#include "tst_report_office.moc"
