#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace daihoi;

// A committee of 300 chi bộ: the summary's table runs over many pages, repeats its header on each and
// never splits a row.
class TestReportPagination : public QObject
{
    Q_OBJECT
private:
    static constexpr int unitCount = 300;
    TestDatabase m_database;
    QTemporaryDir m_dir;
    QString m_pdf;
    int m_pages = 0;

    // Long enough to wrap onto a second line in its cell, ending in a marker of its own: a row split
    // over a page break leaves its first and last words on different pages.
    static QString unitName(int i)
    {
        return QStringLiteral("Chi bộ KDC %1 khu dân cư mới phường Thử Nghiệm TN%1").arg(i, 3, 10, QLatin1Char('0'));
    }
    static QString unitMarker(int i) { return QStringLiteral("KDC %1 ").arg(i, 3, 10, QLatin1Char('0')); }
    static QString tailMarker(int i) { return QStringLiteral("TN%1").arg(i, 3, 10, QLatin1Char('0')); }
    static QString secretaryName(int i) { return QStringLiteral("Trần Văn B%1").arg(i, 3, 10, QLatin1Char('0')); }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_database.open());
        QSqlDatabase db = m_database.connection();
        QString error;
        Term term;
        term.startYear = 2022;
        term.endYear = 2025;
        QVERIFY2(TermRepository(db).add(&term, &error), qPrintable(error));
        Unit committee;
        committee.code = QStringLiteral("BIG");
        committee.name = QStringLiteral("Đảng bộ xã Thử Nghiệm");
        committee.level = UnitLevel::GrassrootsCommittee;
        QVERIFY2(UnitRepository(db).add(&committee, &error), qPrintable(error));
        for (int i = 1; i <= unitCount; ++i) {
            Unit unit;
            unit.parentId = committee.id;
            unit.code = QStringLiteral("BIG-%1").arg(i, 3, 10, QLatin1Char('0'));
            unit.name = unitName(i);
            unit.level = UnitLevel::Branch;
            QVERIFY2(UnitRepository(db).add(&unit, &error), qPrintable(error));
            Congress congress;
            congress.unitId = unit.id;
            congress.termId = term.id;
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
        DocumentHeader header = builder.defaultHeader(ReportKind::Summary, committee, term);
        QCOMPARE(builder.build(ReportKind::Summary, committee, term, header, &document, &error),
                 ReportBuilder::Outcome::Built);
        m_pdf = m_dir.filePath(QStringLiteral("big.pdf"));
        QVERIFY2(DocumentWriter::writePdf(&document, m_pdf, QStringLiteral("big"), &error), qPrintable(error));
        m_pages = PdfText::pages(m_pdf);
        QCOMPARE(m_pages, DocumentWriter::pageCount(&document));
        QVERIFY2(m_pages >= 8, qPrintable(QString::number(m_pages)));
    }

    void everyRowOnceAndWhole()
    {
        QStringList pageTexts;
        for (int page = 1; page <= m_pages; ++page)
            pageTexts << PdfText::flat(PdfText::text(m_pdf, page, PdfText::Raw));
        for (int i = 1; i <= unitCount; ++i) {
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

    void headerOnEveryTablePage()
    {
        for (int page = 1; page <= m_pages; ++page) {
            const QString text = PdfText::flat(PdfText::text(m_pdf, page, PdfText::Raw));
            if (!text.contains(QStringLiteral("Chi bộ KDC")))
                continue;
            QVERIFY2(text.contains(QStringLiteral("Tên chi bộ")), qPrintable(QStringLiteral("page %1").arg(page)));
            QVERIFY2(text.contains(QStringLiteral("Ngày đại hội")), qPrintable(QStringLiteral("page %1").arg(page)));
        }
    }

    void pageNumbersFromPageTwo()
    {
        QVERIFY(!PdfText::text(m_pdf, 1).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed().startsWith(QLatin1Char('1')));
        for (int page = 2; page <= m_pages; ++page)
            QCOMPARE(PdfText::text(m_pdf, page).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(), QString::number(page));
    }

    void narrativeCountsAll()
    {
        const QString all = PdfText::flat(PdfText::text(m_pdf, 0, PdfText::Raw));
        QVERIFY(all.contains(QStringLiteral("300/300 chi bộ trực thuộc Đảng bộ xã Thử Nghiệm đã tổ chức thành công")));
    }
};

QTEST_MAIN(TestReportPagination)
#include "tst_report_pagination.moc"
