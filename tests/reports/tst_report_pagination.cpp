#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/PartyDocument.h"
#include "reports/ReportBuilder.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QtTest>
#include <functional>

using namespace daihoi;

// Committees of 300 and 1,000 chi bộ: the summary's table runs over many pages, repeats its header on
// each and never splits a row. Past a hundred pages a small error in where Qt breaks the pages adds up.
class TestReportPagination : public QObject
{
    Q_OBJECT
private:
    struct Printed
    {
        QString pdf;
        QStringList pageTexts; // raw text of each page, white space folded
        QList<double> pageTops; // where the table's first row on each of its pages starts
    };
    TestDatabase m_database;
    Term m_term;
    QTemporaryDir m_dir;
    QHash<int, Printed> m_printed; // by number of units

    // Long enough to wrap onto a second line in its cell, ending in a marker of its own: a row split
    // over a page break leaves its first and last words on different pages.
    static QString number(int i) { return QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')); }
    static QString unitName(int i)
    {
        return QStringLiteral("Chi bộ KDC %1 khu dân cư mới phường Thử Nghiệm TN%1").arg(number(i));
    }
    static QString unitMarker(int i) { return QStringLiteral("KDC %1 ").arg(number(i)); }
    static QString tailMarker(int i) { return QStringLiteral("TN%1").arg(number(i)); }
    static QString secretaryName(int i) { return QStringLiteral("Trần Văn B%1").arg(number(i)); }

    static void unitCounts()
    {
        QTest::addColumn<int>("units");
        QTest::newRow("300 units") << 300;
        QTest::newRow("1000 units") << 1000;
    }

    void print(int units)
    {
        QSqlDatabase db = m_database.connection();
        QString error;
        Unit committee;
        committee.code = QStringLiteral("BIG%1").arg(units);
        committee.name = QStringLiteral("Đảng bộ xã Thử Nghiệm");
        committee.level = UnitLevel::GrassrootsCommittee;
        QVERIFY2(UnitRepository(db).add(&committee, &error), qPrintable(error));
        for (int i = 1; i <= units; ++i) {
            Unit unit;
            unit.parentId = committee.id;
            unit.code = QStringLiteral("%1-%2").arg(committee.code, number(i));
            unit.name = unitName(i);
            unit.level = UnitLevel::Branch;
            QVERIFY2(UnitRepository(db).add(&unit, &error), qPrintable(error));
            Congress congress;
            congress.unitId = unit.id;
            congress.termId = m_term.id;
            congress.status = Congress::Status::Held;
            congress.heldFrom = congress.heldTo = QDate(2022, 8, 1).addDays(i % 60);
            congress.officialMembers = 20;
            congress.summoned = 20;
            congress.present = 19;
            congress.number = 3;
            QVERIFY2(CongressRepository(db).save(&congress, &error), qPrintable(error));
            CommitteeMember secretary;
            secretary.person.fullName = secretaryName(i);
            secretary.person.birthYear = 1970;
            secretary.role = CommitteeRole::Secretary;
            secretary.votes = secretary.roleVotes = 20;
            secretary.percentHundredths = secretary.rolePercentHundredths = 10000;
            QList<CommitteeMember> members{secretary};
            QVERIFY2(CommitteeRepository(db).replace(congress.id, &members, &error), qPrintable(error));
        }

        ReportBuilder builder(db);
        QTextDocument document;
        DocumentHeader header = builder.defaultHeader(ReportKind::Summary, committee, m_term);
        QCOMPARE(builder.build(ReportKind::Summary, committee, m_term, header, &document, &error),
                 ReportBuilder::Outcome::Built);
        Printed &printed = m_printed[units];
        printed.pageTops = pageTops(&document, units);
        printed.pdf = m_dir.filePath(QStringLiteral("big%1.pdf").arg(units));
        QVERIFY2(DocumentWriter::writePdf(&document, printed.pdf, QStringLiteral("big"), &error),
                 qPrintable(error));
        const int pages = PdfText::pages(printed.pdf);
        QCOMPARE(pages, DocumentWriter::pageCount(&document));
        QVERIFY2(pages >= units / 40, qPrintable(QString::number(pages)));
        // One run of pdftotext for all pages, which it ends with a form feed each.
        const QStringList pageTexts = PdfText::text(printed.pdf, 0, PdfText::Raw).split(QLatin1Char('\f'));
        QCOMPARE(pageTexts.size(), pages + 1);
        for (int page = 0; page < pages; ++page)
            printed.pageTexts << PdfText::flat(pageTexts.at(page));
    }

    // Where the table's first row on each of its pages starts, in the layout the PDF was printed from.
    static QList<double> pageTops(QTextDocument *document, int units)
    {
        QTextTable *table = nullptr;
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            if (auto *candidate = qobject_cast<QTextTable *>(frame); candidate && candidate->rows() > units)
                table = candidate;
        }
        QList<double> tops;
        const double pageHeight = document->pageSize().height();
        int lastPage = -1;
        for (int row = 1; table && row < table->rows(); ++row) {
            const QTextBlock block = table->cellAt(row, 0).firstCursorPosition().block();
            if (block.text().isEmpty()) // a spacer row
                continue;
            const double top = document->documentLayout()->blockBoundingRect(block).top();
            if (int(top / pageHeight) != lastPage)
                tops.append(top);
            lastPage = int(top / pageHeight);
        }
        return tops;
    }

    // A document written straight through PartyDocument, printed, and read back page by page.
    QStringList printPages(const std::function<void(PartyDocument &)> &write, const QString &name)
    {
        QTextDocument document;
        {
            PartyDocument party(&document);
            write(party);
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (!DocumentWriter::writePdf(&document, path, name, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QStringList pages = PdfText::text(path, 0, PdfText::Raw).split(QLatin1Char('\f'));
        pages.removeLast(); // after the last form feed
        for (QString &page : pages)
            page = PdfText::flat(page);
        return pages;
    }
    static void writeFiller(PartyDocument &party, int lines, const QString &tag)
    {
        for (int i = 1; i <= lines; ++i)
            party.writeParagraph(QStringLiteral("Dòng %1 %2: nội dung biên bản.").arg(tag).arg(i));
    }
    static DocumentHeader letterhead()
    {
        DocumentHeader header;
        header.parentBody = QStringLiteral("Đảng bộ phường Việt Hưng");
        header.issuingBody = QStringLiteral("Chi bộ Tổ dân phố số 3");
        header.place = QStringLiteral("Long Biên");
        header.date = QDate(2022, 8, 24);
        header.signerCapacity = QStringLiteral("T/M Chi bộ");
        header.signerTitle = QStringLiteral("Bí thư");
        header.signerName = QStringLiteral("Nguyễn Văn Ký");
        header.recipients = {QStringLiteral("Đảng ủy phường"), QStringLiteral("Lưu chi bộ")};
        return header;
    }
    static int pageWith(const QStringList &pages, const QString &text)
    {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (pages.at(i).contains(text))
                return int(i);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_database.open());
        QString error;
        m_term.startYear = 2022;
        m_term.endYear = 2025;
        QVERIFY2(TermRepository(m_database.connection()).add(&m_term, &error), qPrintable(error));
        for (int units : {300, 1000}) {
            print(units);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void everyRowOnceAndWhole_data() { unitCounts(); }
    void everyRowOnceAndWhole()
    {
        QFETCH(int, units);
        const QStringList &pageTexts = m_printed.value(units).pageTexts;
        for (int i = 1; i <= units; ++i) {
            const QString name = unitMarker(i);
            int pagesWithName = 0;
            int occurrences = 0;
            for (const QString &text : pageTexts) {
                const int count = int(text.count(name));
                occurrences += count;
                if (count == 0)
                    continue;
                ++pagesWithName;
                // The rest of the row is on the same page: not split.
                QVERIFY2(text.contains(secretaryName(i)), qPrintable(name + QStringLiteral(" split from its Bí thư")));
                QVERIFY2(text.contains(tailMarker(i)), qPrintable(name + QStringLiteral(" split from its second line")));
            }
            QVERIFY2(occurrences == 1 && pagesWithName == 1,
                     qPrintable(QStringLiteral("%1: %2 times on %3 pages").arg(name).arg(occurrences).arg(pagesWithName)));
        }
    }

    void headerOnEveryTablePage_data() { unitCounts(); }
    void headerOnEveryTablePage()
    {
        QFETCH(int, units);
        const QStringList &pageTexts = m_printed.value(units).pageTexts;
        for (int page = 1; page <= pageTexts.size(); ++page) {
            const QString &text = pageTexts.at(page - 1);
            if (!text.contains(QStringLiteral("Chi bộ KDC")))
                continue;
            QVERIFY2(text.contains(QStringLiteral("Tên chi bộ")), qPrintable(QStringLiteral("page %1").arg(page)));
            QVERIFY2(text.contains(QStringLiteral("Ngày đại hội")), qPrintable(QStringLiteral("page %1").arg(page)));
        }
    }

    // Each page after the table's first starts with a row right under the repeated header: a spacer
    // that slipped past the page foot would leave a gap there instead.
    void rowsStartUnderHeader_data() { unitCounts(); }
    void rowsStartUnderHeader()
    {
        QFETCH(int, units);
        const QList<double> &tops = m_printed.value(units).pageTops;
        QVERIFY(tops.size() > 3);
        for (qsizetype i = 2; i < tops.size(); ++i) {
            const double lower = tops.at(i) - tops.at(i - 1) - PartyDocument::bodySize().height();
            QVERIFY2(qAbs(lower) < 1, qPrintable(QStringLiteral("table page %1 starts %2 lower").arg(i + 1).arg(lower)));
        }
    }

    void pageNumbersFromPageTwo_data() { unitCounts(); }
    void pageNumbersFromPageTwo()
    {
        QFETCH(int, units);
        const Printed &printed = m_printed.value(units);
        QVERIFY(!PdfText::text(printed.pdf, 1).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed().startsWith(QLatin1Char('1')));
        // Page numbers are drawn before the page's text, so raw text starts with them.
        for (int page = 2; page <= printed.pageTexts.size(); ++page)
            QVERIFY2(printed.pageTexts.at(page - 1).startsWith(QString::number(page) + QLatin1Char(' ')),
                     qPrintable(QStringLiteral("page %1").arg(page)));
    }

    void narrativeCountsAll_data() { unitCounts(); }
    void narrativeCountsAll()
    {
        QFETCH(int, units);
        const QString all = m_printed.value(units).pageTexts.join(QLatin1Char(' '));
        QVERIFY(all.contains(
            QStringLiteral("%1/%1 chi bộ trực thuộc Đảng bộ xã Thử Nghiệm đã tổ chức thành công").arg(units)));
    }

    // breakPage() starts a section: a new page whose numbers start again (none on its first page,
    // "2" on its second), as when the minutes of several elections print together.
    void sectionsNumberTheirOwnPages_data()
    {
        QTest::addColumn<QList<int>>("sections"); // lines of each section
        QTest::addColumn<bool>("letterhead");     // each section opens with the header table
        QTest::newRow("two of two pages") << QList<int>{45, 45} << true;
        QTest::newRow("one page, then three") << QList<int>{5, 90} << true;
        QTest::newRow("three, paragraphs only") << QList<int>{40, 10, 60} << false;
    }
    void sectionsNumberTheirOwnPages()
    {
        QFETCH(QList<int>, sections);
        QFETCH(bool, letterhead);
        const QStringList pages = printPages(
            [&](PartyDocument &party) {
                for (qsizetype s = 0; s < sections.size(); ++s) {
                    if (s > 0)
                        party.breakPage();
                    if (letterhead)
                        party.writeHeader(this->letterhead());
                    party.writeParagraph(QStringLiteral("Phần %1 bắt đầu.").arg(s + 1));
                    writeFiller(party, sections.at(s), QString::number(s + 1));
                }
            },
            QStringLiteral("sections"));
        QVERIFY(!pages.isEmpty());
        int first = -1;
        int seen = 0;
        for (int page = 0; page < pages.size(); ++page) {
            const QString &text = pages.at(page);
            if (text.contains(QStringLiteral("Phần %1 bắt đầu.").arg(seen + 1))) {
                first = page;
                ++seen;
                QVERIFY2(!text.at(0).isDigit(), qPrintable(QStringLiteral("page %1, a section's first: %2").arg(page + 1).arg(text.left(40))));
                continue;
            }
            const QString number = QString::number(page - first + 1);
            QVERIFY2(text.startsWith(number + QLatin1Char(' ')),
                     qPrintable(QStringLiteral("page %1 should be numbered %2: %3").arg(page + 1).arg(number, text.left(40))));
        }
        QCOMPARE(seen, int(sections.size()));
    }

    // A heading never stands alone at a page foot: it goes on with the first lines after it. The
    // filler puts the heading at every place near the foot of page 1.
    void headingStaysWithWhatFollows_data()
    {
        QTest::addColumn<int>("lines");
        for (int lines = 24; lines <= 36; ++lines)
            QTest::newRow(qPrintable(QStringLiteral("%1 lines before").arg(lines))) << lines;
    }
    void headingStaysWithWhatFollows()
    {
        QFETCH(int, lines);
        const QStringList pages = printPages(
            [&](PartyDocument &party) {
                writeFiller(party, lines, QStringLiteral("A"));
                party.writeHeading(QStringLiteral("4. Kết quả kiểm phiếu"));
                party.writeParagraph(QStringLiteral("Sau tiêu đề là đoạn văn dài, kéo sang dòng thứ hai và dòng thứ ba "
                                                    "để xem tiêu đề có đứng một mình ở cuối trang hay không; đoạn này "
                                                    "còn tiếp tục thêm một ít nữa cho chắc chắn."));
            },
            QStringLiteral("heading%1").arg(lines));
        const int heading = pageWith(pages, QStringLiteral("4. Kết quả kiểm phiếu"));
        QVERIFY(heading >= 0);
        QVERIFY2(pages.at(heading).contains(QStringLiteral("Sau tiêu đề là đoạn văn dài, kéo sang dòng thứ hai")),
                 qPrintable(QStringLiteral("the heading ends page %1 alone").arg(heading + 1)));
    }

    // The signature block never stands alone on a page: the last paragraph before it comes along.
    void signatureNeverAlone_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<bool>("row"); // the counting board's row of signatures rather than one signer
        for (int lines = 16; lines <= 34; ++lines) {
            QTest::newRow(qPrintable(QStringLiteral("signer after %1 lines").arg(lines))) << lines << false;
            QTest::newRow(qPrintable(QStringLiteral("board after %1 lines").arg(lines))) << lines << true;
        }
    }
    void signatureNeverAlone()
    {
        QFETCH(int, lines);
        QFETCH(bool, row);
        const QStringList pages = printPages(
            [&](PartyDocument &party) {
                writeFiller(party, lines, QStringLiteral("B"));
                party.writeParagraph(QStringLiteral("Đoạn cuối: biên bản lập xong lúc 11 giờ cùng ngày."));
                if (row)
                    party.writeSignatureRow({QStringLiteral("CÁC THÀNH VIÊN"), QStringLiteral("TRƯỞNG BAN")});
                else
                    party.writeSignature(letterhead());
            },
            QStringLiteral("signature%1%2").arg(lines).arg(row));
        const int signature = pageWith(pages, row ? QStringLiteral("TRƯỞNG BAN") : QStringLiteral("Nguyễn Văn Ký"));
        QVERIFY(signature >= 0);
        QVERIFY2(pages.at(signature).contains(QStringLiteral("Đoạn cuối")),
                 qPrintable(QStringLiteral("the signature stands alone on page %1").arg(signature + 1)));
        // Nor is it split.
        QCOMPARE(pageWith(pages, row ? QStringLiteral("CÁC THÀNH VIÊN") : QStringLiteral("BÍ THƯ")), signature);
    }
};

QTEST_MAIN(TestReportPagination)
#include "tst_report_pagination.moc"
