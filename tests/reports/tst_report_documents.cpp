#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

// Declared before the tests use it in QFETCH (a Release build instantiates it there).
Q_DECLARE_METATYPE(daihoi::ReportKind)

using namespace daihoi;

// Each document generated from the demo database, written to PDF and read back as a clerk's reader would.
class TestReportDocuments : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;

    // Builds one document to PDF and returns its path, or an empty string after failing the test.
    QString pdf(ReportKind kind, const QString &code, int start, int end, const QString &name)
    {
        Unit unit;
        Term term;
        QString error;
        if (!UnitRepository(m_database.connection()).byCode(code, &unit, &error)
            || !TermRepository(m_database.connection()).byYears(start, end, &term, &error)) {
            qWarning("no unit %s or term: %s", qPrintable(code), qPrintable(error));
            return {};
        }
        ReportBuilder builder(m_database.connection());
        DocumentHeader header = builder.defaultHeader(kind, unit, term);
        header.number = QStringLiteral("12-BC/ĐU");
        header.place = QStringLiteral("Long Biên");
        header.date = QDate(2022, 9, 23);
        QTextDocument document;
        if (builder.build(kind, unit, term, header, &document, &error) != ReportBuilder::Outcome::Built) {
            qWarning("build refused: %s", qPrintable(error));
            return {};
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        if (!DocumentWriter::writePdf(&document, path, name, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

    static void verifyContains(const QString &text, const QString &part)
    {
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing «%1» in:\n%2").arg(part, text.left(3000))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_database.openDemo());
    }

    void documents_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("start");
        QTest::addColumn<QStringList>("firstPage"); // the header and what page 1 must show
        QTest::addColumn<QStringList>("anywhere");  // figures and sentences, white space folded
        QTest::newRow("summary VH 23/23")
            << ReportKind::Summary << "VH" << 2022
            << QStringList{QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("ĐẢNG ỦY PHƯỜNG VIỆT HƯNG"),
                           QStringLiteral("Long Biên, ngày 23 tháng 9 năm 2022"), QStringLiteral("Số 12-BC/ĐU"),
                           QStringLiteral("BÁO CÁO")}
            << QStringList{QStringLiteral("Từ ngày 20/8 đến hết ngày 11/9/2022, 23/23 chi bộ trực thuộc Đảng bộ phường "
                                          "Việt Hưng đã tổ chức thành công Đại hội chi bộ nhiệm kỳ 2022–2025."),
                           QStringLiteral("Các đồng chí Bí thư chi bộ đều đạt tỷ lệ 100 % phiếu tán thành."),
                           QStringLiteral("23/23 chi bộ trực thuộc đã tổ chức đại hội, đạt 100,00 %"),
                           QStringLiteral("Chi bộ Trạm Y tế phường")};
        QTest::newRow("summary UBND 14/15")
            << ReportKind::Summary << "UBND" << 2017
            << QStringList{QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("ĐẢNG ỦY CƠ QUAN UBND QUẬN")}
            << QStringList{QStringLiteral("Từ ngày 21/6 đến hết ngày 27/6/2017, 14/15 chi bộ trực thuộc Đảng bộ cơ quan "
                                          "UBND Quận đã tổ chức thành công Đại hội chi bộ nhiệm kỳ 2017–2020; còn Chi bộ "
                                          "Ban Quản lý dự án đầu tư xây dựng chưa tổ chức đại hội."),
                           QStringLiteral("14/15 chi bộ trực thuộc đã tổ chức đại hội, đạt 93,33 %"),
                           QStringLiteral("Chưa tổ chức (dự kiến 6/7/2017)")};
        QTest::newRow("congress VH-05")
            << ReportKind::Congress << "VH-05" << 2022
            << QStringList{QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("ĐẢNG BỘ PHƯỜNG VIỆT HƯNG"),
                           QStringLiteral("CHI BỘ TỔ DÂN PHỐ SỐ 3"), QStringLiteral("Long Biên, ngày 23 tháng 9 năm 2022"),
                           QStringLiteral("Kính gửi: Đảng ủy phường Việt Hưng")}
            << QStringList{QStringLiteral("Số đảng viên chính thức làm cơ sở tính tỷ lệ bầu cử: 21 đồng chí."),
                           QStringLiteral("Đồng chí Lê Đức Việt được bầu làm Bí thư chi bộ với 21/21 phiếu, đạt 100,00 %."),
                           QStringLiteral("Dương Quang Hùng Phó Bí thư 17 80,95")};
        QTest::newRow("approval VH-05")
            << ReportKind::Approval << "VH-05" << 2022
            << QStringList{QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("CHI BỘ TỔ DÂN PHỐ SỐ 3"),
                           QStringLiteral("TỜ TRÌNH")}
            << QStringList{QStringLiteral("Đề nghị chuẩn y kết quả bầu Chi ủy, Bí thư và Phó Bí thư Chi bộ Tổ dân phố số 3"),
                           QStringLiteral("Quyết định số 244-QĐ/TW"),
                           QStringLiteral("Đồng chí Lê Đức Việt giữ chức Bí thư Chi bộ Tổ dân phố số 3 nhiệm kỳ 2022–2025 "
                                          "(trúng cử với 21 phiếu, đạt 100,00 %).")};
        QTest::newRow("tally BT-DDT-02, two rounds")
            << ReportKind::Tally << "BT-DDT-02" << 2020
            << QStringList{QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("BIÊN BẢN KIỂM PHIẾU"),
                           QStringLiteral("CHI BỘ BAN TỔ CHỨC QUẬN ỦY")}
            << QStringList{QStringLiteral("(lần bầu thứ 2)"), QStringLiteral("Số phiếu hợp lệ:"),
                           QStringLiteral("Số lượng chưa bầu đủ:"), QStringLiteral("xếp theo số phiếu từ cao xuống thấp")};
    }
    void documents()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, code);
        QFETCH(int, start);
        QFETCH(QStringList, firstPage);
        QFETCH(QStringList, anywhere);
        const int end = code.startsWith(QLatin1String("VH")) ? 2025 : code.startsWith(QLatin1String("UBND")) ? 2020 : 2025;
        const QString path = pdf(kind, code, start, end, QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('/'), QLatin1Char('-')));
        QVERIFY(!path.isEmpty());
        const QString page1 = PdfText::flat(PdfText::text(path, 1, PdfText::Raw));
        for (const QString &part : firstPage)
            verifyContains(page1, part);
        const QString all = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        for (const QString &part : anywhere)
            verifyContains(all, part);
    }

    // Page numbers from page 2, in the top margin; none on page 1. Each round's minutes start their
    // own numbering under their own letterhead.
    void pageNumbers()
    {
        const QString path = pdf(ReportKind::Tally, QStringLiteral("BT-DDT-02"), 2020, 2025, QStringLiteral("numbers"));
        const int pages = PdfText::pages(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY(PdfText::text(path, 1).trimmed().startsWith(QStringLiteral("ĐẢNG BỘ")));
        int first = 1;
        for (int page = 2; page <= pages; ++page) {
            const QString top = PdfText::text(path, page).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
            if (top.startsWith(QStringLiteral("ĐẢNG BỘ")))
                first = page;
            else
                QCOMPARE(top, QString::number(page - first + 1));
        }
        QVERIFY2(first > 1, "the second round's minutes start under their own letterhead");
    }

    void html()
    {
        Unit unit;
        Term term;
        QString error;
        QVERIFY(UnitRepository(m_database.connection()).byCode(QStringLiteral("UBND"), &unit, &error));
        QVERIFY(TermRepository(m_database.connection()).byYears(2017, 2020, &term, &error));
        ReportBuilder builder(m_database.connection());
        QTextDocument document;
        QCOMPARE(builder.build(ReportKind::Summary, unit, term, builder.defaultHeader(ReportKind::Summary, unit, term),
                               &document, &error),
                 ReportBuilder::Outcome::Built);
        const QString path = m_dir.filePath(QStringLiteral("s.html"));
        QVERIFY2(DocumentWriter::writeHtml(&document, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
        QVERIFY(html.contains(QStringLiteral("Chi bộ Ban Quản lý dự án đầu tư xây dựng")));
        QVERIFY(html.contains(QStringLiteral("<thead>")) || html.contains(QStringLiteral("thead")));
    }

    void refusals_data()
    {
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("start");
        QTest::newRow("summary of a chi bộ") << ReportKind::Summary << "VH-01" << 2022;
        QTest::newRow("congress of a đảng bộ") << ReportKind::Congress << "VH" << 2022;
        QTest::newRow("tally of a đảng bộ") << ReportKind::Tally << "UBND" << 2017;
        QTest::newRow("congress not held") << ReportKind::Approval << "UBND-15" << 2017;
    }
    void refusals()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, code);
        QFETCH(int, start);
        Unit unit;
        Term term;
        QString error;
        QVERIFY(UnitRepository(m_database.connection()).byCode(code, &unit, &error));
        QVERIFY(TermRepository(m_database.connection()).byYears(start, start == 2017 ? 2020 : 2025, &term, &error));
        QTextDocument document;
        QCOMPARE(ReportBuilder(m_database.connection()).build(kind, unit, term, DocumentHeader(), &document, &error),
                 ReportBuilder::Outcome::Refused);
        QVERIFY(error.contains(code));
    }
};


QTEST_MAIN(TestReportDocuments)
#include "tst_report_documents.moc"
