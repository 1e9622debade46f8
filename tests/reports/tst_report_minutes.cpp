#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/CongressRecord.h"
#include "reports/DocumentWriter.h"
#include "reports/MinutesDocument.h"
#include "reports/PartyDocument.h"
#include "reports/ReportBuilder.h"
#include "reports/ResolutionDocument.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

Q_DECLARE_METATYPE(daihoi::ReportKind)

using namespace daihoi;

// The congress's own minutes (Biên bản đại hội) and resolution (Nghị quyết), read back from the PDF.
class TestReportMinutes : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;
    Unit m_unit;
    Term m_term;

    // VH-05's congress as stored, with the conduct of the congress filled in as the clerk records it.
    CongressRecord conducted(bool withConduct)
    {
        CongressRecord record;
        QString error;
        if (!CongressRecord::load(m_database.connection(), m_unit, m_term, &record, &error))
            qWarning("%s", qPrintable(error));
        // What the clerk did not record stays blank, whatever the stored record holds.
        record.congress.openingTime = record.congress.closingTime = QTime();
        record.congress.presidium.clear();
        record.congress.secretaries.clear();
        record.congress.countingBoardHead.clear();
        record.congress.countingBoardMembers.clear();
        record.congress.resolutionVotesFor = 0;
        if (withConduct) {
            record.congress.openingTime = QTime(7, 30);
            record.congress.closingTime = QTime(11, 15);
            record.congress.presidium = {QStringLiteral("Lê Đức Việt"), QStringLiteral("Dương Quang Hùng")};
            record.congress.secretaries = {QStringLiteral("Nguyễn Thị Thu Hà")};
            record.congress.countingBoardHead = QStringLiteral("Phạm Văn Toàn");
            record.congress.countingBoardMembers = {QStringLiteral("Trần Thị Mai"),
                                                    QStringLiteral("Hoàng Văn Nam")};
            record.congress.resolutionVotesFor = 20;
        }
        return record;
    }
    DocumentHeader header(const QString &signer) const
    {
        DocumentHeader header;
        header.parentBody = QStringLiteral("Đảng bộ phường Việt Hưng");
        header.issuingBody = QStringLiteral("Chi bộ Tổ dân phố số 3");
        header.numberSuffix = QStringLiteral("-NQ/CB");
        header.number = QStringLiteral("01-NQ/CB");
        header.place = QStringLiteral("Long Biên");
        header.date = QDate(2022, 8, 24);
        header.signerCapacity = QStringLiteral("T/M Đoàn Chủ tịch");
        header.signerName = signer;
        return header;
    }
    template <typename Write> QString pdfText(const QString &name, Write write)
    {
        QTextDocument document;
        {
            PartyDocument party(&document);
            write(party);
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (!DocumentWriter::writePdf(&document, path, name, &error))
            return {};
        return PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
    }
    static void verifyAll(const QString &text, const QStringList &parts)
    {
        for (const QString &part : parts) {
            // On a miss, show the text from where the longest matching start of the part stops.
            int known = 0;
            while (known < part.size() && text.contains(part.left(known + 1)))
                ++known;
            const int at = text.indexOf(part.left(known));
            QVERIFY2(text.contains(part),
                     qPrintable(QStringLiteral("missing «%1»; the text has «%2»")
                                    .arg(part, text.mid(qMax(0, at), part.size() + 40))));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_database.openDemo());
        QString error;
        QVERIFY(UnitRepository(m_database.connection()).byCode(QStringLiteral("VH-05"), &m_unit, &error));
        QVERIFY(TermRepository(m_database.connection()).byYears(2022, 2025, &m_term, &error));
    }

    void minutesTellTheCongressInOrder()
    {
        const CongressRecord record = conducted(true);
        const QString text = pdfText(QStringLiteral("minutes"), [&](PartyDocument &document) {
            MinutesDocument::write(document, record, header(QString()));
        });
        verifyAll(
            text,
            {QStringLiteral("BIÊN BẢN"),
             QStringLiteral("Đại hội Chi bộ Tổ dân phố số 3 lần thứ IV, nhiệm kỳ 2022–2025 diễn ra vào hồi "
                            "7 giờ 30 ngày 24 tháng 8 năm 2022, tại Nhà văn hóa tổ dân phố."),
             QStringLiteral("Long Biên, ngày 24 tháng 8 năm 2022"),
             QStringLiteral("Có mặt 21/22 đảng viên chính thức được triệu tập; vắng mặt: 1 đồng chí."),
             QStringLiteral("1 đồng chí vắng mặt có lý do được chấp nhận"),
             QStringLiteral(
                 "Khách mời: đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy phường."),
             QStringLiteral("bầu Đoàn Chủ tịch gồm các đồng chí: Lê Đức Việt và Dương Quang Hùng; "
                            "cử Thư ký Đại hội: đồng chí Nguyễn Thị Thu Hà."),
             QStringLiteral("Ban kiểm phiếu gồm các đồng chí: Phạm Văn Toàn, Trưởng ban; Trần Thị Mai và "
                            "Hoàng Văn Nam, Ủy viên."),
             QStringLiteral("Đại hội bầu Bí thư (số lượng 1, 1 lần bầu): trúng cử đồng chí Lê Đức Việt "
                            "(21 phiếu, đạt 100,00 %)."),
             QStringLiteral("Chi ủy nhiệm kỳ 2022–2025 ra mắt Đại hội."),
             QStringLiteral(
                 "thông qua Nghị quyết Đại hội, được 20/21 đảng viên có mặt tán thành, đạt 95,24 %."),
             QStringLiteral("Đại hội bế mạc vào hồi 11 giờ 15 cùng ngày."),
             QStringLiteral("T/M ĐOÀN CHỦ TỊCH"), QStringLiteral("THƯ KÝ ĐẠI HỘI")});
        // The business in the order of domain.md §2.
        const QStringList order{QStringLiteral("chào cờ"),
                                QStringLiteral("Đoàn Chủ tịch"),
                                QStringLiteral("chương trình"),
                                QStringLiteral("Báo cáo tình hình đảng viên"),
                                QStringLiteral("Báo cáo chính trị"),
                                QStringLiteral("thảo luận"),
                                QStringLiteral("phát biểu chỉ đạo"),
                                QStringLiteral("Ban kiểm phiếu"),
                                QStringLiteral("Đại hội bầu Chi ủy"),
                                QStringLiteral("ra mắt"),
                                QStringLiteral("thông qua Nghị quyết"),
                                QStringLiteral("bế mạc")};
        const int business = text.indexOf(QStringLiteral("II. Diễn biến Đại hội"));
        QVERIFY(business > 0);
        int at = business;
        for (const QString &step : order) {
            const int next = text.indexOf(step, at);
            QVERIFY2(next > at, qPrintable(QStringLiteral("«%1» out of order").arg(step)));
            at = next;
        }
    }

    void minutesLeaveDotsForWhatWasNotRecorded()
    {
        const QString text = pdfText(QStringLiteral("minutes-blank"), [&](PartyDocument &document) {
            MinutesDocument::write(document, conducted(false), header(QString()));
        });
        verifyAll(text, {QStringLiteral("diễn ra vào hồi …… giờ …… ngày 24 tháng 8 năm 2022"),
                         QStringLiteral("Đoàn Chủ tịch gồm các đồng chí: ……"),
                         QStringLiteral("được ……/21 đảng viên có mặt tán thành, đạt ……%"),
                         QStringLiteral("bế mạc vào hồi …… giờ …… cùng ngày")});
    }

    void clockWords_data()
    {
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("words");
        QTest::newRow("half past seven") << QTime(7, 30) << "7 giờ 30";
        QTest::newRow("on the hour") << QTime(14, 0) << "14 giờ";
        QTest::newRow("minutes padded") << QTime(8, 5) << "8 giờ 05";
        QTest::newRow("not recorded") << QTime() << "…… giờ ……";
    }
    void clockWords()
    {
        QFETCH(QTime, time);
        QFETCH(QString, words);
        QCOMPARE(MinutesDocument::clock(time), words);
    }

    void approvalRate_data()
    {
        QTest::addColumn<int>("present");
        QTest::addColumn<int>("votesFor");
        QTest::addColumn<QString>("words");
        QTest::newRow("all") << 21 << 21 << "được 21/21 đảng viên có mặt tán thành, đạt 100,00 %";
        QTest::newRow("most, rounded") << 21 << 20 << "được 20/21 đảng viên có mặt tán thành, đạt 95,24 %";
        QTest::newRow("not recorded") << 21 << 0 << "được ……/21 đảng viên có mặt tán thành, đạt ……%";
    }
    void approvalRate()
    {
        QFETCH(int, present);
        QFETCH(int, votesFor);
        QFETCH(QString, words);
        Congress congress;
        congress.present = present;
        congress.resolutionVotesFor = votesFor;
        QCOMPARE(ResolutionDocument::approvalRate(congress).replace(QChar(0x00A0), QLatin1Char(' ')), words);
    }

    void resolutionDecides()
    {
        CongressRecord record = conducted(true);
        const QList<DirectionItem> directions{
            {0, 0, DirectionItem::Group::Direction, 0,
             QStringLiteral("Xây dựng chi bộ trong sạch, vững mạnh.")},
            {0, 0, DirectionItem::Group::Task, 0, QStringLiteral("Làm tốt công tác phát triển đảng viên.")}};
        const QList<PrintedTarget> targets{{QStringLiteral("Xây dựng Đảng"),
                                            QStringLiteral("Kết nạp đảng viên mới"),
                                            QStringLiteral("≥ 3 đảng viên"),
                                            {},
                                            {}},
                                           {QStringLiteral("Xây dựng Đảng"),
                                            QStringLiteral("Đảng viên hoàn thành tốt nhiệm vụ"),
                                            QStringLiteral("≥ 90 %"),
                                            {},
                                            {}},
                                           {QStringLiteral("Kinh tế – xã hội"),
                                            QStringLiteral("Tỷ lệ hộ nghèo"),
                                            QStringLiteral("≤ 1 %"),
                                            {},
                                            {}}};
        const QString text = pdfText(QStringLiteral("resolution"), [&](PartyDocument &document) {
            ResolutionDocument::write(document, record, header(QStringLiteral("Lê Đức Việt")), directions,
                                      targets);
        });
        verifyAll(text, {QStringLiteral("NGHỊ QUYẾT"), QStringLiteral("Số 01-NQ/CB"),
                         QStringLiteral("Long Biên, ngày 24 tháng 8 năm 2022"),
                         QStringLiteral("Đại hội Chi bộ Tổ dân phố số 3 lần thứ IV, nhiệm kỳ 2022–2025 họp "
                                        "ngày 24 tháng 8 năm 2022"),
                         QStringLiteral("Đại hội đã nghe Báo cáo chính trị"), QStringLiteral("QUYẾT NGHỊ:"),
                         QStringLiteral("1. Về đánh giá kết quả nhiệm kỳ qua"),
                         QStringLiteral("Phương hướng: - Xây dựng chi bộ trong sạch, vững mạnh."),
                         QStringLiteral("Nhiệm vụ: - Làm tốt công tác phát triển đảng viên."),
                         QStringLiteral("Các chỉ tiêu chủ yếu:"), QStringLiteral("* Xây dựng Đảng:"),
                         QStringLiteral("1. Kết nạp đảng viên mới (mức phấn đấu: ≥ 3 đảng viên)."),
                         QStringLiteral("2. Đảng viên hoàn thành tốt nhiệm vụ (mức phấn đấu: ≥ 90 %)."),
                         QStringLiteral("* Kinh tế – xã hội: 3. Tỷ lệ hộ nghèo (mức phấn đấu: ≤ 1 %)."),
                         QStringLiteral("Đại hội đã bầu Chi ủy nhiệm kỳ 2022–2025 gồm 3 đồng chí: Lê Đức "
                                        "Việt, Dương Quang Hùng và Bùi Công Sơn."),
                         QStringLiteral("Giao Chi ủy nhiệm kỳ 2022–2025"),
                         QStringLiteral("được 20/21 đảng viên có mặt tán thành, đạt 95,24 %"),
                         QStringLiteral("T/M ĐOÀN CHỦ TỊCH"), QStringLiteral("Lê Đức Việt")});
    }

    // What ReportBuilder gives from the database: dated for the congress, signed for its presidium.
    void builtFromTheDatabase_data()
    {
        CongressRecord stored;
        QString error;
        QVERIFY(CongressRecord::load(m_database.connection(), m_unit, m_term, &stored, &error));
        const Congress &congress = stored.congress;
        QVERIFY(congress.presidium.size() >= 2 && !congress.secretaries.isEmpty());
        QTest::addColumn<ReportKind>("kind");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("minutes") << ReportKind::Minutes << congress.presidium.first()
                                 << QStringList{
                                        QStringLiteral("BIÊN BẢN"),
                                        QStringLiteral("ngày 24 tháng 8 năm 2022"),
                                        QStringLiteral("diễn ra vào hồi 7 giờ 30 ngày 24 tháng 8 năm 2022"),
                                        congress.presidium.at(1),
                                        congress.countingBoardHead + QStringLiteral(", Trưởng ban"),
                                        QStringLiteral("THƯ KÝ ĐẠI HỘI"),
                                        congress.presidium.first(),
                                        congress.secretaries.first()};
        QTest::newRow("resolution") << ReportKind::Resolution << congress.presidium.first()
                                    << QStringList{QStringLiteral("NGHỊ QUYẾT"),
                                                   QStringLiteral("ngày 24 tháng 8 năm 2022"),
                                                   QStringLiteral("Số 02-NQ/CB"),
                                                   QStringLiteral("Các chỉ tiêu chủ yếu:"),
                                                   QStringLiteral("được %1/%2 đảng viên có mặt tán thành")
                                                       .arg(congress.resolutionVotesFor)
                                                       .arg(congress.present),
                                                   QStringLiteral("T/M ĐOÀN CHỦ TỊCH"),
                                                   congress.presidium.first()};
    }
    void builtFromTheDatabase()
    {
        QFETCH(ReportKind, kind);
        QFETCH(QString, signer);
        QFETCH(QStringList, parts);
        ReportBuilder builder(m_database.connection());
        DocumentHeader header = builder.defaultHeader(kind, m_unit, m_term);
        QCOMPARE(header.date, QDate(2022, 8, 24)); // the congress's day, not the day of printing
        QCOMPARE(header.signerCapacity, QStringLiteral("T/M Đoàn Chủ tịch"));
        QCOMPARE(header.signerName, signer); // the presiding member
        header.number = QStringLiteral("02-NQ/CB");
        header.place = QStringLiteral("Long Biên");
        QTextDocument document;
        QString error;
        QCOMPARE(builder.build(kind, m_unit, m_term, header, &document, &error),
                 ReportBuilder::Outcome::Built);
        const QString path = m_dir.filePath(ReportKinds::key(kind) + QStringLiteral("-built.pdf"));
        QVERIFY(DocumentWriter::writePdf(&document, path, ReportKinds::key(kind), &error));
        verifyAll(PdfText::flat(PdfText::text(path, 0, PdfText::Raw)), parts);
    }
};

QTEST_MAIN(TestReportMinutes)
#include "tst_report_minutes.moc"
