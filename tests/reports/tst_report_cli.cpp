#include "CliRunner.h"
#include "OfficeFiles.h"
#include "PdfText.h"
#include "domain/elections/ballots/BallotMarks.h"
#include "reports/CongressRecord.h"
#include "storage/BallotRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;

// Runs the real daihoi-cli report command as a clerk would, in its default language (Vietnamese).
class TestReportCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;

    CliRunner m_cli;
    CliRunner::Result cli(const QStringList &args) { return m_cli.run(args); }
    QStringList report(const QString &unit, const QString &term, const QString &kind, const QString &out)
    {
        return {QStringLiteral("report"), m_database, QStringLiteral("--unit"), unit, QStringLiteral("--term"), term,
                QStringLiteral("--kind"), kind, QStringLiteral("--out"), out};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        m_database = m_dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(cli({QStringLiteral("demo"), m_database}).exitCode, 0);
        const CliRunner::Result probe = cli({QStringLiteral("report")});
        QVERIFY2(probe.err.contains(QLatin1String("report")) && probe.err.contains(QLatin1String("--kind")),
                 "daihoi-cli has no report command: dispatch ReportCommand::run in app/cli/main.cpp");
    }

    void writesEachKind_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("summary") << "VH" << "2022-2025" << "summary"
                                 << "Các đồng chí Bí thư chi bộ đều đạt tỷ lệ 100 % phiếu tán thành.";
        QTest::newRow("congress") << "VH-05" << "2022-2025" << "congress" << "Kết quả Đại hội Chi bộ Tổ dân phố số 3";
        QTest::newRow("approval") << "VH-05" << "2022-2025" << "approval" << "TỜ TRÌNH";
        QTest::newRow("tally") << "BT-DDT-02" << "2020-2025" << "tally" << "(lần bầu thứ 2)";
        QTest::newRow("plan-schedule") << "VH" << "2022-2025" << "plan-schedule"
                                       << "LỊCH TỔ CHỨC ĐẠI HỘI CÁC CHI BỘ trực thuộc Đảng bộ phường Việt Hưng";
        QTest::newRow("agenda") << "UBND" << "2017-2020" << "agenda" << "(Theo Kế hoạch số";
    }
    void writesEachKind()
    {
        QFETCH(QString, unit);
        QFETCH(QString, term);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString pdf = m_dir.filePath(kind + QStringLiteral(".pdf"));
        const QString html = m_dir.filePath(kind + QStringLiteral(".html"));
        const CliRunner::Result run = cli(report(unit, term, kind, pdf)
                            << QStringLiteral("--html") << html << QStringLiteral("--number") << QStringLiteral("7-BC/CB")
                            << QStringLiteral("--place") << QStringLiteral("Long Biên") << QStringLiteral("--date")
                            << QStringLiteral("2022-09-23") << QStringLiteral("--signer") << QStringLiteral("Nguyễn Văn Ký"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        QVERIFY2(text.contains(expected), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Long Biên, ngày 23 tháng 9 năm 2022")));
        if (kind != QLatin1String("tally")) {
            QVERIFY(text.contains(QStringLiteral("Số 7-BC/CB")));
            QVERIFY(text.contains(QStringLiteral("Nguyễn Văn Ký")));
        }
        QVERIFY(QFileInfo(html).size() > 0);
    }

    // The entry log prints every round counted ballot by ballot, here two entries of one batch.
    void entryLogOfACountedRound()
    {
        const QString counted = m_dir.filePath(QStringLiteral("counted.db"));
        QVERIFY(QFile::copy(m_database, counted));
        {
            Database database;
            QString error;
            Unit unit;
            Term term;
            CongressRecord record;
            QVERIFY2(database.open(counted, &error) && UnitRepository(database.connection()).byCode(QStringLiteral("VH-05"), &unit, &error)
                         && TermRepository(database.connection()).byYears(2022, 2025, &term, &error)
                         && CongressRecord::load(database.connection(), unit, term, &record, &error),
                     qPrintable(error));
            const Election *committee = record.election(ElectionOffice::Committee);
            QVERIFY(committee && !committee->rounds.isEmpty());
            const ElectionRound &round = committee->rounds.first();
            EnteredBallot ballot;
            ballot.batch = 1;
            ballot.number = 1;
            ballot.marks = BallotMarks::clean(int(round.candidates.size()), round.candidates.size() > round.seats);
            BallotRepository ballots(database.connection());
            QVERIFY2(ballots.choose(committee->id, round.number, 50, &error)
                         && ballots.saveBallot(committee->id, round.number, 1, QStringLiteral("Lê Văn Bình"), ballot, &error)
                         && ballots.saveBallot(committee->id, round.number, 2, QStringLiteral("Phạm Thị Hoa"), ballot, &error),
                     qPrintable(error));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("ballot-log.pdf"));
        const CliRunner::Result run = cli({QStringLiteral("report"), counted, QStringLiteral("--unit"), QStringLiteral("VH-05"),
                                           QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--kind"),
                                           QStringLiteral("ballot-log"), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        QVERIFY2(text.contains(QStringLiteral("NHẬT KÝ NHẬP PHIẾU BẦU")) && text.contains(QStringLiteral("Lê Văn Bình"))
                     && text.contains(QStringLiteral("Phạm Thị Hoa")),
                 qPrintable(text.left(2000)));
    }

    // The plan's timetable: every unit of Việt Hưng on its line, the pilot congresses first and marked.
    void timetableOfThePlan()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("timetable.pdf"));
        const CliRunner::Result run = cli(report(QStringLiteral("VH"), QStringLiteral("2022-2025"),
                                                 QStringLiteral("plan-schedule"), pdf));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        for (const QString &expected :
             {QStringLiteral("Số 74-KH/ĐU"), QStringLiteral("ngày 12 tháng 7 năm 2022"),
              QStringLiteral("(Kèm theo Kế hoạch số 74-KH/ĐU ngày 12/7/2022)"),
              QStringLiteral("STT Chi bộ Ngày, giờ Địa điểm Đồng chí phụ trách dự"),
              QStringLiteral("1 Chi bộ Khu đô thị Việt Hưng 1 (điểm) 19 giờ 30, thứ Bảy, 20/8/2022 Nhà văn hóa tổ dân "
                             "phố Nguyễn Văn Hùng")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // Every unit that must hold a congress has its line: its day and the member attending follow its name.
        Database database;
        QString error;
        Unit vh;
        Term term;
        Plan plan;
        QList<PlanUnit> units;
        QVERIFY2(database.open(m_database, &error) && UnitRepository(database.connection()).byCode(QStringLiteral("VH"), &vh, &error)
                     && TermRepository(database.connection()).byYears(2022, 2025, &term, &error)
                     && PlanRepository(database.connection()).plan(vh.id, term.id, &plan, &error)
                     && PlanRepository(database.connection()).units(vh.id, term.id, &units, &error),
                 qPrintable(error));
        QVERIFY(units.size() > 20);
        for (const PlanUnit &unit : std::as_const(units)) {
            const ScheduledCongress *line = plan.scheduleOf(unit.unitId);
            QVERIFY2(line && line->date.isValid() && !line->attending.isEmpty(), qPrintable(unit.code));
            const qsizetype found = text.indexOf(unit.name + (line->pilot ? QStringLiteral(" (điểm)") : QString()));
            QVERIFY2(found > 0, qPrintable(unit.name));
            const QString rest = text.mid(found, 200);
            QVERIFY2(rest.contains(line->date.toString(QStringLiteral("d/M/yyyy"))) && rest.contains(line->attending),
                     qPrintable(rest));
        }
    }

    // The agenda of 14 days from a day: UBND-15, due on 6/7/2017, is on the agenda from 30/6 and off it from 10/7.
    void agendaFromADay()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("agenda-0630.pdf"));
        CliRunner::Result run = cli(report(QStringLiteral("UBND"), QStringLiteral("2017-2020"), QStringLiteral("agenda"), pdf)
                                    << QStringLiteral("--on") << QStringLiteral("2017-06-30"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        Database database;
        QString error;
        Unit ubnd15;
        QVERIFY2(database.open(m_database, &error)
                     && UnitRepository(database.connection()).byCode(QStringLiteral("UBND-15"), &ubnd15, &error),
                 qPrintable(error));
        QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        QVERIFY2(text.contains(QStringLiteral("ngày 30 tháng 6 năm 2017")) && text.contains(QStringLiteral("từ ngày 30/6 đến ngày 13/7/2017"))
                     && text.contains(QStringLiteral("STT Chi bộ Ngày, giờ Địa điểm Đồng chí phụ trách dự")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 %1").arg(ubnd15.name)) && text.contains(QStringLiteral("thứ Năm, 6/7/2017")),
                 qPrintable(text));

        const QString later = m_dir.filePath(QStringLiteral("agenda-0710.pdf"));
        run = cli(report(QStringLiteral("UBND"), QStringLiteral("2017-2020"), QStringLiteral("agenda"), later)
                  << QStringLiteral("--on") << QStringLiteral("2017-07-10"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        text = PdfText::flat(PdfText::text(later, 0, PdfText::Raw));
        QVERIFY2(text.contains(QStringLiteral("từ ngày 10/7 đến ngày 23/7/2017")) && !text.contains(ubnd15.name)
                     && !text.contains(QStringLiteral("6/7/2017")),
                 qPrintable(text));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // part of the message that names what is wrong
        const QString out = QStringLiteral("/nonexistent-dir/x.pdf");
        QTest::newRow("unknown unit") << report(QStringLiteral("NOPE"), QStringLiteral("2022-2025"), QStringLiteral("summary"), out) << 2 << "NOPE";
        QTest::newRow("unknown term") << report(QStringLiteral("VH"), QStringLiteral("2030-2035"), QStringLiteral("summary"), out) << 2 << "2030";
        QTest::newRow("not held") << report(QStringLiteral("UBND-15"), QStringLiteral("2017-2020"), QStringLiteral("congress"), out) << 2 << "UBND-15";
        QTest::newRow("chi bộ summary") << report(QStringLiteral("VH-01"), QStringLiteral("2022-2025"), QStringLiteral("summary"), out) << 2 << "VH-01";
        QTest::newRow("đảng bộ tally") << report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("tally"), out) << 2 << "VH";
        QTest::newRow("entry log of a congress counted from totals")
            << report(QStringLiteral("VH-05"), QStringLiteral("2022-2025"), QStringLiteral("ballot-log"), out) << 2 << "VH-05";
        QTest::newRow("unknown kind") << report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("poster"), out) << 2 << "poster";
        QTest::newRow("no output") << QStringList{QStringLiteral("report"), m_database, QStringLiteral("--unit"), QStringLiteral("VH"),
                                                  QStringLiteral("--term"), QStringLiteral("2022-2025"), QStringLiteral("--kind"),
                                                  QStringLiteral("summary")} << 2 << "--out";
        QTest::newRow("unwritable") << report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("summary"), out) << 1 << "nonexistent-dir";
        QTest::newRow("xlsx of a document") << report(QStringLiteral("VH-05"), QStringLiteral("2022-2025"), QStringLiteral("congress"), m_dir.filePath(QStringLiteral("c.xlsx")))
                                            << 2 << "--kind congress";
        QTest::newRow("timetable without a plan")
            << report(QStringLiteral("VH"), QStringLiteral("2017-2020"), QStringLiteral("plan-schedule"), m_dir.filePath(QStringLiteral("none.pdf")))
            << 2 << "(VH)";
        QTest::newRow("agenda without a plan")
            << report(QStringLiteral("VH"), QStringLiteral("2017-2020"), QStringLiteral("agenda"), m_dir.filePath(QStringLiteral("none.xlsx")))
            << 2 << "2017–2020";
        QTest::newRow("--on with another kind")
            << (report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("summary"), m_dir.filePath(QStringLiteral("none.pdf")))
                << QStringLiteral("--on") << QStringLiteral("2022-08-20"))
            << 2 << "--kind agenda";
        QTest::newRow("--on not a day")
            << (report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("agenda"), m_dir.filePath(QStringLiteral("none.pdf")))
                << QStringLiteral("--on") << QStringLiteral("20/8/2022"))
            << 2 << "20/8/2022";
        QTest::newRow("unknown extension") << report(QStringLiteral("VH"), QStringLiteral("2022-2025"), QStringLiteral("summary"), m_dir.filePath(QStringLiteral("s.docx")))
                                           << 2 << ".pdf, .odt";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRunner::Result run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("xlsx of a document")) {
            // The refusal names what is allowed, and writes nothing.
            QVERIFY2(run.err.contains(QStringLiteral(".pdf")) && run.err.contains(QStringLiteral(".odt"))
                         && run.err.contains(QStringLiteral("--kind statistics")),
                     qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("c.xlsx"))));
        }
        // A refused timetable or agenda leaves no file behind.
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.xlsx"))));
    }

    void usageListsEveryKind()
    {
        const CliRunner::Result run = cli({QStringLiteral("report")});
        QVERIFY2(run.err.contains(QStringLiteral("summary|congress|approval|tally|decision|resolution|minutes|statistics|ballot-log"
                                                 "|plan-schedule|agenda")),
                 qPrintable(run.err));
        // The file's name is translated ("TỆPRA.pdf"), its extensions are not.
        QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("\\.pdf\\|\\S*\\.odt\\|\\S*\\.xlsx"))), qPrintable(run.err));
    }

    // The extension of --out chooses the format; each file is opened by LibreOffice.
    void formatByExtension_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // in the PDF's text, the .odt's text, or a CSV line of the .xlsx
        QTest::newRow("statistics pdf") << "VH" << "statistics" << "st.pdf" << "TỔNG SỐ 69 23 23";
        QTest::newRow("statistics xlsx") << "VH" << "statistics" << "st.xlsx" << "1,TỔNG SỐ,69,23,23";
        QTest::newRow("summary xlsx") << "VH" << "summary" << "su.xlsx"
                                      << "23,Chi bộ Trạm Y tế phường,Đã tổ chức,11/09/2022,19,20,3,3,Ngô Quang Việt,100.00,0,0,1";
        QTest::newRow("congress odt") << "VH-05" << "congress" << "co.odt" << "Kết quả Đại hội Chi bộ Tổ dân phố số 3";
        QTest::newRow("plan-schedule xlsx") << "VH" << "plan-schedule" << "ps.xlsx"
                                            << "1,Chi bộ Khu đô thị Việt Hưng 1,Điểm,20/08/2022,19 giờ 30,Nhà văn hóa tổ dân phố,Nguyễn Văn Hùng";
        QTest::newRow("plan-schedule odt") << "VH" << "plan-schedule" << "ps.odt"
                                           << "1 Chi bộ Khu đô thị Việt Hưng 1 (điểm)";
        QTest::newRow("upper-case extension") << "VH" << "summary" << "SU.ODT" << "Chi bộ Trạm Y tế phường";
    }
    void formatByExtension()
    {
        QFETCH(QString, unit);
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QVERIFY(OfficeFiles::available());
        const QString path = m_dir.filePath(file);
        const CliRunner::Result run = cli(report(unit, QStringLiteral("2022-2025"), kind, path));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(path), qPrintable(run.out));
        const QString suffix = QFileInfo(path).suffix().toLower();
        QString text;
        if (suffix == QLatin1String("pdf")) {
            text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        } else if (suffix == QLatin1String("odt")) {
            QFile zip(path);
            QVERIFY(zip.open(QIODevice::ReadOnly));
            // An OpenDocument file names its type first, stored, at a fixed place.
            QVERIFY(zip.read(80).contains("mimetypeapplication/vnd.oasis.opendocument.text"));
            const QString converted = OfficeFiles::convert(path, QStringLiteral("pdf"));
            QVERIFY2(!converted.isEmpty(), "LibreOffice did not open the .odt");
            QProcess pdftotext;
            pdftotext.start(PdfText::tool(QStringLiteral("pdftotext")), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), converted, QStringLiteral("-")});
            QVERIFY(pdftotext.waitForFinished(60000));
            text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QChar(0x2060)).simplified();
        } else {
            OfficeFiles::csv(path, &text);
        }
        QVERIFY2(text.contains(expected), qPrintable(text.left(3000)));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
