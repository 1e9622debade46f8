#include "OfficeFiles.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTables.h"
#include "reports/XlsxWriter.h"
#include "storage/CongressRepository.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace daihoi;

// Lịch tổ chức đại hội các chi bộ, the appendix of a committee's plan, and the agenda of 14 days: a committee of
// eight chi bộ with a timetable written through PlanRepository, printed and read back with pdftotext, and as a
// workbook opened by LibreOffice.
class TestReportPlanSchedule : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;
    Term m_term;
    Unit m_committee;
    QList<Unit> m_units; // TN-01 … TN-08

    Unit addUnit(const QString &code, const QString &name, UnitLevel level, qint64 parentId)
    {
        Unit unit;
        unit.code = code;
        unit.name = name;
        unit.level = level;
        unit.parentId = parentId;
        QString error;
        if (!UnitRepository(m_database.connection()).add(&unit, &error))
            qFatal("unit %s: %s", qPrintable(code), qPrintable(error));
        return unit;
    }

    static ScheduledCongress line(const Unit &unit, const QDate &date, const QTime &time, const QString &place,
                                  const QString &attending, bool pilot = false)
    {
        ScheduledCongress line;
        line.unitId = unit.id;
        line.date = date;
        line.time = time;
        line.place = place;
        line.attending = attending;
        line.pilot = pilot;
        return line;
    }

    // The document of a kind for a committee, as PDF; the raw text of every page with white space folded.
    QString print(ReportKind kind, const Unit &committee, const QString &name, const QDate &agendaFrom = QDate(),
                  QString *pdf = nullptr)
    {
        ReportBuilder builder(m_database.connection());
        builder.setAgendaFrom(agendaFrom);
        QString error;
        const DocumentHeader header = builder.defaultHeader(kind, committee, m_term);
        QTextDocument document;
        if (builder.build(kind, committee, m_term, header, &document, &error) != ReportBuilder::Outcome::Built) {
            qWarning("not built: %s", qPrintable(error));
            return {};
        }
        const QString path = m_dir.filePath(name);
        if (!DocumentWriter::writePdf(&document, path, name, &error)) {
            qWarning("not written: %s", qPrintable(error));
            return {};
        }
        if (pdf)
            *pdf = path;
        return PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
    }

    QList<QStringList> workbook(ReportKind kind, const QDate &agendaFrom, const QString &name)
    {
        ReportTables tables(m_database.connection());
        tables.setAgendaFrom(agendaFrom);
        SheetTable table;
        QString error;
        if (tables.build(kind, m_committee, m_term, &table, &error) != ReportBuilder::Outcome::Built
            || !XlsxWriter::write(table, m_dir.filePath(name), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return OfficeFiles::csv(m_dir.filePath(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_database.openDemo());
        QSqlDatabase db = m_database.connection();
        QString error;
        QVERIFY2(TermRepository(db).byYears(2022, 2025, &m_term, &error), qPrintable(error));
        m_committee = addUnit(QStringLiteral("TN"), QStringLiteral("Đảng bộ phường Thử Nghiệm"),
                              UnitLevel::GrassrootsCommittee, 0);
        for (int i = 1; i <= 8; ++i)
            m_units << addUnit(QStringLiteral("TN-0%1").arg(i), QStringLiteral("Chi bộ Tổ dân phố số %1").arg(i),
                               UnitLevel::Branch, m_committee.id);

        Plan plan;
        plan.unitId = m_committee.id;
        plan.termId = m_term.id;
        plan.number = QStringLiteral("74-KH/ĐU");
        plan.issuedOn = QDate(2022, 7, 12);
        plan.subject = QStringLiteral("về việc tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2022 – 2025");
        plan.periodFrom = QDate(2022, 7, 15);
        plan.deadline = QDate(2022, 9, 15);
        plan.pilotDeadline = QDate(2022, 8, 25);
        plan.schedule = {
            line(m_units[0], {2022, 8, 20}, {19, 30}, QStringLiteral("Nhà văn hóa tổ dân phố số 1"),
                 QStringLiteral("Nguyễn Văn Hùng"), true),
            line(m_units[1], {2022, 8, 22}, {8, 0}, QStringLiteral("Nhà văn hóa tổ dân phố số 2"),
                 QStringLiteral("Trần Thị Thu Hà")),
            line(m_units[2], {2022, 8, 21}, QTime(), QStringLiteral("Hội trường UBND phường"),
                 QStringLiteral("Lê Quang Minh")),
            line(m_units[3], QDate(), QTime(), QString(), QStringLiteral("Phạm Đức Thắng")),
            line(m_units[4], {2022, 9, 3}, {14, 0}, QStringLiteral("Nhà văn hóa tổ dân phố số 5"),
                 QStringLiteral("Đỗ Thị Lan")),
            line(m_units[5], {2022, 9, 4}, {8, 0}, QStringLiteral("Nhà văn hóa tổ dân phố số 6"),
                 QStringLiteral("Hoàng Minh Tuấn")),
            line(m_units[6], {2022, 8, 22}, {19, 30}, QStringLiteral("Nhà văn hóa tổ dân phố số 7"),
                 QStringLiteral("Vũ Văn Long")),
            line(m_units[7], QDate(), QTime(), QString(), QString(), true),
        };
        QVERIFY2(PlanRepository(db).save(&plan, &error), qPrintable(error));

        // Số 7 held its congress early, on 19/8: no agenda lists it any more.
        Congress held;
        held.unitId = m_units[6].id;
        held.termId = m_term.id;
        held.status = Congress::Status::Held;
        held.heldFrom = held.heldTo = QDate(2022, 8, 19);
        held.officialMembers = held.summoned = 20;
        held.present = 19;
        QVERIFY2(CongressRepository(db).save(&held, &error), qPrintable(error));
    }

    // Every unit in timetable order: by day and hour, then the units without a day (the pilot one first), each
    // with its day and hour as written, its place and the member attending; the pilot congresses marked.
    void wholeTimetable()
    {
        const QString text = print(ReportKind::PlanSchedule, m_committee, QStringLiteral("timetable.pdf"));
        QVERIFY(!text.isEmpty());
        for (const QString &expected : {
                 QStringLiteral("ĐẢNG ỦY PHƯỜNG THỬ NGHIỆM * Số 74-KH/ĐU"),
                 QStringLiteral("ngày 12 tháng 7 năm 2022"),
                 QStringLiteral("LỊCH TỔ CHỨC ĐẠI HỘI CÁC CHI BỘ trực thuộc Đảng bộ phường Thử Nghiệm, nhiệm kỳ "
                                "2022–2025"),
                 QStringLiteral("(Kèm theo Kế hoạch số 74-KH/ĐU ngày 12/7/2022)"),
                 QStringLiteral("STT Chi bộ Ngày, giờ Địa điểm Đồng chí phụ trách dự"),
                 QStringLiteral("1 Chi bộ Tổ dân phố số 1 (điểm) 19 giờ 30, thứ Bảy, 20/8/2022 Nhà văn hóa tổ dân "
                                "phố số 1 Nguyễn Văn Hùng"),
                 QStringLiteral("2 Chi bộ Tổ dân phố số 3 Chủ nhật, 21/8/2022 Hội trường UBND phường Lê Quang Minh"),
                 QStringLiteral("3 Chi bộ Tổ dân phố số 2 8 giờ 00, thứ Hai, 22/8/2022 Nhà văn hóa tổ dân phố số 2 "
                                "Trần Thị Thu Hà"),
                 QStringLiteral("4 Chi bộ Tổ dân phố số 7 19 giờ 30, thứ Hai, 22/8/2022 Nhà văn hóa tổ dân phố số 7 "
                                "Vũ Văn Long"),
                 QStringLiteral("5 Chi bộ Tổ dân phố số 5 14 giờ 00, thứ Bảy, 3/9/2022 Nhà văn hóa tổ dân phố số 5 "
                                "Đỗ Thị Lan"),
                 QStringLiteral("6 Chi bộ Tổ dân phố số 6 8 giờ 00, Chủ nhật, 4/9/2022 Nhà văn hóa tổ dân phố số 6 "
                                "Hoàng Minh Tuấn"),
                 // No day: the cells stay empty, the member attending follows the unit's name.
                 QStringLiteral("7 Chi bộ Tổ dân phố số 8 (điểm) 8 Chi bộ Tổ dân phố số 4 Phạm Đức Thắng"),
                 QStringLiteral("Ghi chú: (điểm): đại hội điểm, hoàn thành trước ngày 25/8/2022; các chi bộ hoàn "
                                "thành đại hội trước ngày 15/9/2022."),
             })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\nnot in: ") + text));
        // An appendix goes with the signed plan: no signature of its own.
        QVERIFY2(!text.contains(QStringLiteral("BÍ THƯ")), qPrintable(text));
    }

    // Only the congresses not yet held on that day that are scheduled on it and the 13 days after it, by day and
    // hour, with the period in the title.
    void agendaOfFourteenDays()
    {
        const QString text = print(ReportKind::Agenda, m_committee, QStringLiteral("agenda.pdf"), QDate(2022, 8, 21));
        QVERIFY(!text.isEmpty());
        for (const QString &expected : {
                 QStringLiteral("ngày 21 tháng 8 năm 2022"),
                 QStringLiteral("LỊCH TỔ CHỨC ĐẠI HỘI CÁC CHI BỘ nhiệm kỳ 2022–2025, từ ngày 21/8 đến ngày 3/9/2022"),
                 QStringLiteral("(Theo Kế hoạch số 74-KH/ĐU ngày 12/7/2022)"),
                 QStringLiteral("STT Chi bộ Ngày, giờ Địa điểm Đồng chí phụ trách dự"),
                 QStringLiteral("1 Chi bộ Tổ dân phố số 3 Chủ nhật, 21/8/2022 Hội trường UBND phường Lê Quang Minh"),
                 QStringLiteral("2 Chi bộ Tổ dân phố số 2 8 giờ 00, thứ Hai, 22/8/2022"),
                 QStringLiteral("3 Chi bộ Tổ dân phố số 5 14 giờ 00, thứ Bảy, 3/9/2022 Nhà văn hóa tổ dân phố số 5 "
                                "Đỗ Thị Lan"),
             })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\nnot in: ") + text));
        // The day before (số 1, overdue), the day after the 14 (số 6), held already (số 7), undated (số 4, số 8).
        for (const QString &absent : {QStringLiteral("phố số 1 "), QStringLiteral("phố số 6"), QStringLiteral("phố số 7"),
                                      QStringLiteral("phố số 4"), QStringLiteral("phố số 8"), QStringLiteral("4/9/2022"),
                                      QStringLiteral("Số 74-KH/ĐU")})
            QVERIFY2(!text.contains(absent), qPrintable(absent + QStringLiteral(" in: ") + text));
    }

    void emptyAgendaSaysSo()
    {
        const QString text = print(ReportKind::Agenda, m_committee, QStringLiteral("empty.pdf"), QDate(2022, 9, 20));
        QVERIFY2(text.contains(QStringLiteral("Không có đại hội nào theo lịch từ ngày 20/9 đến ngày 3/10/2022.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("STT")));
    }

    // The workbook a clerk opens in Excel: days as dates, the hour beside them, the pilot marked in its own column.
    void workbookHasTheRows()
    {
        QVERIFY(OfficeFiles::available());
        const QList<QStringList> rows = workbook(ReportKind::PlanSchedule, QDate(), QStringLiteral("timetable.xlsx"));
        const QStringList first{QStringLiteral("1"), QStringLiteral("Chi bộ Tổ dân phố số 1"), QStringLiteral("Điểm"),
                                QStringLiteral("20/08/2022"), QStringLiteral("19 giờ 30"),
                                QStringLiteral("Nhà văn hóa tổ dân phố số 1"), QStringLiteral("Nguyễn Văn Hùng")};
        const QStringList undated{QStringLiteral("8"), QStringLiteral("Chi bộ Tổ dân phố số 4"), QString(), QString(),
                                  QString(), QString(), QStringLiteral("Phạm Đức Thắng")};
        QVERIFY2(rows.contains(first), qPrintable(QDebug::toString(rows)));
        QVERIFY2(rows.contains(undated), qPrintable(QDebug::toString(rows)));
        int numbered = 0;
        for (const QStringList &row : rows)
            numbered += !row.isEmpty() && row.first().toInt() > 0;
        QCOMPARE(numbered, 8);

        const QList<QStringList> agenda = workbook(ReportKind::Agenda, QDate(2022, 8, 21), QStringLiteral("agenda.xlsx"));
        QStringList units;
        for (const QStringList &row : agenda) {
            if (!row.isEmpty() && row.first().toInt() > 0)
                units << row.value(1) + QLatin1Char(' ') + row.value(3);
        }
        QCOMPARE(units, (QStringList{QStringLiteral("Chi bộ Tổ dân phố số 3 21/08/2022"),
                                     QStringLiteral("Chi bộ Tổ dân phố số 2 22/08/2022"),
                                     QStringLiteral("Chi bộ Tổ dân phố số 5 03/09/2022")}));
    }

    // A long timetable: its heading row on every page, no row split over two pages, page numbers from page 2.
    void longTimetableRepeatsItsHeading()
    {
        QSqlDatabase db = m_database.connection();
        const Unit big = addUnit(QStringLiteral("DAI"), QStringLiteral("Đảng bộ xã Đại Thử"),
                                 UnitLevel::GrassrootsCommittee, 0);
        const int count = 90;
        Plan plan;
        plan.unitId = big.id;
        plan.termId = m_term.id;
        plan.number = QStringLiteral("12-KH/ĐU");
        plan.issuedOn = QDate(2022, 7, 1);
        auto number = [](int i) { return QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')); };
        for (int i = 1; i <= count; ++i) {
            const Unit unit = addUnit(QStringLiteral("DAI-%1").arg(number(i)),
                                      QStringLiteral("Chi bộ khu dân cư số %1 thôn Đại Thử").arg(number(i)),
                                      UnitLevel::Branch, big.id);
            // Places of two or three lines, so the rows differ in height.
            const QString place = i % 3 == 0 ? QStringLiteral("Nhà văn hóa khu dân cư số %1, đường Nguyễn Văn Cừ "
                                                              "kéo dài, xã Đại Thử KT%1").arg(number(i))
                                             : QStringLiteral("Nhà văn hóa thôn KT%1").arg(number(i));
            plan.schedule << line(unit, QDate(2022, 8, 1).addDays(i / 3), QTime(8 + i % 3 * 5, 0), place,
                                  QStringLiteral("Đồng chí Trần Văn B%1").arg(number(i)));
        }
        QString error;
        QVERIFY2(PlanRepository(db).save(&plan, &error), qPrintable(error));

        QString pdf;
        QVERIFY(!print(ReportKind::PlanSchedule, big, QStringLiteral("long.pdf"), QDate(), &pdf).isEmpty());
        const int pages = PdfText::pages(pdf);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        const QStringList pageTexts = PdfText::text(pdf, 0, PdfText::Raw).split(QLatin1Char('\f'));
        QCOMPARE(pageTexts.size(), pages + 1);
        const QString heading = QStringLiteral("STT Chi bộ Ngày, giờ Địa điểm Đồng chí phụ trách dự");
        for (int page = 0; page < pages; ++page) {
            const QString text = PdfText::flat(pageTexts.at(page));
            QVERIFY2(text.count(heading) == 1, qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(text)));
            // The number at the top of every page but the first.
            const QString top = PdfText::text(pdf, page + 1, PdfText::Layout).trimmed().section(QLatin1Char('\n'), 0, 0);
            if (page == 0)
                QVERIFY2(top.contains(QStringLiteral("ĐẢNG")), qPrintable(top));
            else
                QCOMPARE(top.trimmed(), QString::number(page + 1));
        }
        // Each row whole on one page: its unit's name and its last cell (the member attending) on the same page.
        for (int i = 1; i <= count; ++i) {
            int nameOn = -1;
            int lastOn = -1;
            for (int page = 0; page < pages; ++page) {
                const QString text = PdfText::flat(pageTexts.at(page));
                if (text.contains(QStringLiteral("số %1 thôn").arg(number(i))))
                    nameOn = page;
                if (text.contains(QStringLiteral("Trần Văn B%1").arg(number(i))))
                    lastOn = page;
            }
            QVERIFY2(nameOn >= 0 && nameOn == lastOn,
                     qPrintable(QStringLiteral("unit %1: name on page %2, last cell on page %3").arg(i).arg(nameOn + 1).arg(lastOn + 1)));
        }
    }

    // A committee with no plan for the term: refused by name and term, nothing built, no table either.
    void refusedWithoutAPlan()
    {
        Term earlier;
        QString error;
        QVERIFY2(TermRepository(m_database.connection()).byYears(2017, 2020, &earlier, &error), qPrintable(error));
        for (ReportKind kind : {ReportKind::PlanSchedule, ReportKind::Agenda}) {
            ReportBuilder builder(m_database.connection());
            QTextDocument document;
            QCOMPARE(builder.build(kind, m_committee, earlier, builder.defaultHeader(kind, m_committee, earlier),
                                   &document, &error),
                     ReportBuilder::Outcome::Refused);
            QVERIFY2(error.contains(QStringLiteral("(TN)")) && error.contains(QStringLiteral("2017–2020")),
                     qPrintable(error));
            QVERIFY(document.isEmpty());
            SheetTable table;
            QCOMPARE(ReportTables(m_database.connection()).build(kind, m_committee, earlier, &table, &error),
                     ReportBuilder::Outcome::Refused);
            QVERIFY(table.rows.isEmpty());
        }
    }
};

QTEST_MAIN(TestReportPlanSchedule)
#include "tst_report_plan_schedule.moc"
