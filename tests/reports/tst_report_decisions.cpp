#include "CliRunner.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DecisionBatch.h"
#include "reports/DecisionDocument.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "services/ApprovalService.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace daihoi;

// Quyết định chuẩn y: one chi bộ, the batch of a committee numbered on from the first number, and
// the approvals recorded on the committees (domain.md §3, §6).
class TestReportDecisions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static Unit unit(TestDatabase &db, const QString &code)
    {
        Unit found;
        QString error;
        UnitRepository(db.connection()).byCode(code, &found, &error);
        return found;
    }
    static Term term(TestDatabase &db)
    {
        Term found;
        QString error;
        TermRepository(db.connection()).byYears(2022, 2025, &found, &error);
        return found;
    }
    // The decisions of the unit as printed with this first number; empty path after failing.
    QString decisionsPdf(TestDatabase &db, const QString &code, const QString &first, const QString &name)
    {
        ReportBuilder builder(db.connection());
        DocumentHeader header = builder.defaultHeader(ReportKind::Decision, unit(db, code), term(db));
        header.number = first;
        header.place = QStringLiteral("Long Biên");
        header.date = QDate(2022, 9, 30);
        header.signerName = QStringLiteral("Nguyễn Văn Bình");
        QTextDocument document;
        QString error;
        if (builder.build(ReportKind::Decision, unit(db, code), term(db), header, &document, &error) !=
            ReportBuilder::Outcome::Built) {
            qWarning("refused: %s", qPrintable(error));
            return {};
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        if (!DocumentWriter::writePdf(&document, path, name, &error))
            return {};
        return path;
    }
    static QList<CommitteeMember> members(TestDatabase &db, const QString &code)
    {
        Congress congress;
        QList<CommitteeMember> list;
        QString error;
        CongressRepository(db.connection()).find(unit(db, code).id, term(db).id, &congress, &error);
        CommitteeRepository(db.connection()).members(congress.id, &list, &error);
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_dir.isValid());
    }

    void numbersGoOn_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("number");
        QTest::newRow("the first as given") << "125-QĐ/ĐU" << 0 << "125-QĐ/ĐU";
        QTest::newRow("the next") << "125-QĐ/ĐU" << 1 << "126-QĐ/ĐU";
        QTest::newRow("the twelfth") << "125-QĐ/ĐU" << 11 << "136-QĐ/ĐU";
        QTest::newRow("over a hundred") << "99-QĐ/ĐU" << 1 << "100-QĐ/ĐU";
        QTest::newRow("leading zeros kept") << "007-QĐ/ĐU" << 1 << "008-QĐ/ĐU";
        QTest::newRow("standing board suffix") << "41-QĐ/QU" << 2 << "43-QĐ/QU";
        QTest::newRow("spaces trimmed") << " 12-QĐ/ĐU " << 1 << "13-QĐ/ĐU";
        QTest::newRow("no number: blank") << "" << 3 << "";
        QTest::newRow("no leading number: blank after the first") << "QĐ/ĐU" << 1 << "";
    }
    void numbersGoOn()
    {
        QFETCH(QString, first);
        QFETCH(int, offset);
        QFETCH(QString, number);
        QCOMPARE(DecisionDocument::numberAt(first, offset), number);
    }

    void pendingRule_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QList<int>>("approvals"); // 0 elected, 1 approved, one per member
        QTest::addColumn<bool>("pending");
        QTest::newRow("held, all elected") << int(Congress::Status::Held) << QList<int>{0, 0, 0} << true;
        QTest::newRow("held, one left") << int(Congress::Status::Held) << QList<int>{1, 0, 1} << true;
        QTest::newRow("held, all approved") << int(Congress::Status::Held) << QList<int>{1, 1, 1} << false;
        QTest::newRow("held, no committee") << int(Congress::Status::Held) << QList<int>{} << false;
        QTest::newRow("planned") << int(Congress::Status::Planned) << QList<int>{0, 0, 0} << false;
        QTest::newRow("postponed") << int(Congress::Status::Postponed) << QList<int>{0} << false;
    }
    void pendingRule()
    {
        QFETCH(int, status);
        QFETCH(QList<int>, approvals);
        QFETCH(bool, pending);
        CongressRecord record;
        record.congress.status = Congress::Status(status);
        for (int approval : approvals) {
            CommitteeMember member;
            member.approval =
                approval ? CommitteeMember::Approval::Approved : CommitteeMember::Approval::Elected;
            record.members.append(member);
        }
        QCOMPARE(DecisionBatch::isPending(record), pending);
    }

    void oneBranchDecision()
    {
        TestDatabase db;
        QVERIFY(db.openDemo());
        ReportBuilder builder(db.connection());
        const DocumentHeader header =
            builder.defaultHeader(ReportKind::Decision, unit(db, QStringLiteral("VH-05")), term(db));
        QCOMPARE(header.issuingBody,
                 QStringLiteral("Đảng ủy phường Việt Hưng")); // the committee above issues it
        QCOMPARE(header.numberSuffix, QStringLiteral("-QĐ/ĐU"));
        QCOMPARE(header.signerCapacity, QStringLiteral("T/M Đảng ủy"));
        QCOMPARE(header.date, QDate::currentDate());

        const QString pdf =
            decisionsPdf(db, QStringLiteral("VH-05"), QStringLiteral("125-QĐ/ĐU"), QStringLiteral("one"));
        QVERIFY(!pdf.isEmpty());
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        for (const QString &expected : {QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                                        QStringLiteral("ĐẢNG ỦY PHƯỜNG VIỆT HƯNG"),
                                        QStringLiteral("Số 125-QĐ/ĐU"),
                                        QStringLiteral("Long Biên, ngày 30 tháng 9 năm 2022"),
                                        QStringLiteral("QUYẾT ĐỊNH"),
                                        QStringLiteral("chuẩn y kết quả bầu cử Chi ủy, Bí thư, Phó Bí thư "
                                                       "Chi bộ Tổ dân phố số 3 nhiệm kỳ 2022–2025"),
                                        QStringLiteral("Căn cứ Điều lệ Đảng Cộng sản Việt Nam"),
                                        QStringLiteral("Quy chế bầu cử trong Đảng"),
                                        QStringLiteral("Xét Tờ trình của Chi ủy Chi bộ Tổ dân phố số 3"),
                                        QStringLiteral("QUYẾT ĐỊNH:"),
                                        QStringLiteral("Điều 1. Chuẩn y"),
                                        QStringLiteral("Đồng chí Lê Đức Việt, Bí thư Chi bộ"),
                                        QStringLiteral("Đồng chí Dương Quang Hùng, Phó Bí thư Chi bộ"),
                                        QStringLiteral("Đồng chí Bùi Công Sơn, Chi ủy viên"),
                                        QStringLiteral("Điều 2."),
                                        QStringLiteral("Điều 3."),
                                        QStringLiteral("Nơi nhận"),
                                        QStringLiteral("T/M ĐẢNG ỦY"),
                                        QStringLiteral("BÍ THƯ"),
                                        QStringLiteral("Nguyễn Văn Bình")})
            QVERIFY2(text.contains(expected),
                     qPrintable(QStringLiteral("missing «%1» in:\n%2").arg(expected, text)));
    }

    // The committee's own Bí thư signs its decisions when its congress is recorded.
    void signedByTheCommitteesSecretary()
    {
        TestDatabase db;
        QVERIFY(db.openDemo());
        const Unit vh = unit(db, QStringLiteral("VH"));
        QString error;
        Term committeeTerm;
        QVERIFY(TermRepository(db.connection()).byYears(2020, 2025, &committeeTerm, &error));
        Congress congress;
        congress.unitId = vh.id;
        congress.termId = committeeTerm.id;
        congress.status = Congress::Status::Held;
        congress.heldFrom = QDate(2020, 7, 10);
        congress.heldTo = QDate(2020, 7, 11);
        congress.kind = CongressKind::Delegates;
        QVERIFY2(CongressRepository(db.connection()).save(&congress, &error), qPrintable(error));
        CommitteeMember secretary;
        secretary.person.fullName = QStringLiteral("Nguyễn Văn Bình");
        secretary.person.birthYear = 1970;
        secretary.role = CommitteeRole::Secretary;
        QList<CommitteeMember> committee{secretary};
        QVERIFY2(CommitteeRepository(db.connection()).replace(congress.id, &committee, &error),
                 qPrintable(error));

        ReportBuilder builder(db.connection());
        for (const QString &code : {QStringLiteral("VH"), QStringLiteral("VH-05")}) {
            const DocumentHeader header =
                builder.defaultHeader(ReportKind::Decision, unit(db, code), term(db));
            QCOMPARE(header.signerName, QStringLiteral("Nguyễn Văn Bình"));
            QCOMPARE(header.signerTitle, QStringLiteral("Bí thư"));
            QCOMPARE(header.issuingBody, QStringLiteral("Đảng ủy phường Việt Hưng"));
        }
    }

    void batchNumberedInOrder()
    {
        TestDatabase db;
        QVERIFY(db.openDemo());
        QList<CongressRecord> pending;
        QString error;
        QVERIFY(
            DecisionBatch::load(db.connection(), unit(db, QStringLiteral("VH")), term(db), &pending, &error));
        QCOMPARE(pending.size(),
                 23); // every chi bộ of Việt Hưng held its congress in 2022; none approved yet

        const QString pdf =
            decisionsPdf(db, QStringLiteral("VH"), QStringLiteral("125-QĐ/ĐU"), QStringLiteral("batch"));
        QVERIFY(!pdf.isEmpty());
        const QString all = PdfText::text(pdf, 0, PdfText::Raw);
        QStringList numbers;
        QRegularExpressionMatchIterator it =
            QRegularExpression(QStringLiteral("Số (\\d+-QĐ/ĐU)")).globalMatch(all);
        while (it.hasNext())
            numbers.append(it.next().captured(1));
        QStringList expected;
        for (int i = 0; i < pending.size(); ++i)
            expected.append(QStringLiteral("%1-QĐ/ĐU").arg(125 + i));
        QCOMPARE(numbers, expected);
        QCOMPARE(all.count(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")), pending.size());

        // Each decision starts a page with its letterhead and names its own chi bộ and people.
        const int pages = PdfText::pages(pdf);
        int found = 0;
        for (int page = 1; page <= pages && found < pending.size(); ++page) {
            const QString text = PdfText::flat(PdfText::text(pdf, page, PdfText::Raw));
            const QString number = QStringLiteral("Số %1-QĐ/ĐU").arg(125 + found);
            if (!text.contains(number))
                continue;
            const CongressRecord &record = pending.at(found);
            QString top = text;
            top.remove(
                QRegularExpression(QStringLiteral("^\\d+ "))); // a page number, while pages are counted on
            QVERIFY2(top.startsWith(QStringLiteral("ĐẢNG ỦY PHƯỜNG VIỆT HƯNG")), qPrintable(text.left(200)));
            QVERIFY2(text.contains(QStringLiteral("Chi bộ %1").arg(record.unit.name.mid(7))),
                     qPrintable(record.unit.name));
            QVERIFY2(text.contains(record.membersByRole().first().person.fullName), qPrintable(text));
            ++found;
        }
        QCOMPARE(found, pending.size());
    }

    void blankNumbersWithoutAFirst()
    {
        TestDatabase db;
        QVERIFY(db.openDemo());
        const QString pdf = decisionsPdf(db, QStringLiteral("VH"), QString(), QStringLiteral("blank"));
        QVERIFY(!pdf.isEmpty());
        const QString all = PdfText::text(pdf, 0, PdfText::Raw);
        QCOMPARE(all.count(QRegularExpression(QStringLiteral("Số\\s+-QĐ/ĐU"))), 23);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("words");
        QTest::newRow("first number without a number") << "VH"
                                                       << "QĐ/ĐU"
                                                       << "Number: \"QĐ/ĐU\" does not start with a number";
        QTest::newRow("chi bộ without a congress in the term")
            << "UBND-01"
            << "1-QĐ/ĐU"
            << "UBND-01) has no elected committee recorded in the term 2022–2025";
        QTest::newRow("committee with nothing pending") << "UBND"
                                                        << "1-QĐ/ĐU"
                                                        << "No branch directly under";
    }
    void refusals()
    {
        QFETCH(QString, code);
        QFETCH(QString, first);
        QFETCH(QString, words);
        TestDatabase db;
        QVERIFY(db.openDemo());
        const Unit target = unit(db, code);
        QVERIFY(target.isValid());
        ReportBuilder builder(db.connection());
        DocumentHeader header = builder.defaultHeader(ReportKind::Decision, target, term(db));
        header.number = first;
        QTextDocument document;
        QString error;
        const ReportBuilder::Outcome outcome =
            builder.build(ReportKind::Decision, target, term(db), header, &document, &error);
        QCOMPARE(outcome, ReportBuilder::Outcome::Refused);
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void recordingApprovesThenTheNextBatchSkipsThem()
    {
        TestDatabase db;
        QVERIFY(db.openDemo());
        const Unit vh = unit(db, QStringLiteral("VH"));
        ReportBuilder builder(db.connection());
        DocumentHeader header = builder.defaultHeader(ReportKind::Decision, vh, term(db));
        header.number = QStringLiteral("125-QĐ/ĐU");
        header.date = QDate(2022, 9, 30);
        ApprovalService service(db.connection());
        QList<ApprovalService::Decision> decisions;
        QString error;
        QVERIFY2(service.decisions(vh, term(db), header, &decisions, &error), qPrintable(error));
        QCOMPARE(decisions.size(), 23);
        QCOMPARE(ApprovalService::numberRange(decisions), QStringLiteral("125-QĐ/ĐU – 147-QĐ/ĐU"));
        QVERIFY2(service.record(decisions, &error), qPrintable(error));

        for (const CommitteeMember &member : members(db, QStringLiteral("VH-01"))) {
            QCOMPARE(member.approval, CommitteeMember::Approval::Approved);
            QCOMPARE(member.approvalDocument, QStringLiteral("125-QĐ/ĐU"));
            QCOMPARE(member.approvalDate, QDate(2022, 9, 30));
        }
        for (const CommitteeMember &member : members(db, QStringLiteral("VH-05")))
            QCOMPARE(member.approvalDocument, QStringLiteral("129-QĐ/ĐU"));

        // Nothing left: the committee's batch is refused, naming the rule.
        QTextDocument document;
        QCOMPARE(builder.build(ReportKind::Decision, vh, term(db), header, &document, &error),
                 ReportBuilder::Outcome::Refused);
        QVERIFY2(error.contains(QStringLiteral("waiting for approval")), qPrintable(error));

        // One committee corrected back to elected: the next batch holds it alone, from the next first number.
        QList<CommitteeMember> back = members(db, QStringLiteral("VH-05"));
        for (CommitteeMember &member : back) {
            member.approval = CommitteeMember::Approval::Elected;
            member.approvalDocument.clear();
            member.approvalDate = QDate();
        }
        Congress congress;
        QVERIFY(CongressRepository(db.connection())
                    .find(unit(db, QStringLiteral("VH-05")).id, term(db).id, &congress, &error));
        QVERIFY(CommitteeRepository(db.connection()).replace(congress.id, &back, &error));
        header.number = QStringLiteral("160-QĐ/ĐU");
        QVERIFY(service.decisions(vh, term(db), header, &decisions, &error));
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().unitName, QStringLiteral("Chi bộ Tổ dân phố số 3"));
        QCOMPARE(decisions.first().number, QStringLiteral("160-QĐ/ĐU"));
    }

    void recordRefusesADecisionWithoutNumber()
    {
        TestDatabase db;
        QVERIFY(db.openDemo());
        ApprovalService service(db.connection());
        QList<ApprovalService::Decision> decisions;
        QString error;
        DocumentHeader header;
        header.date = QDate(2022, 9, 30);
        QVERIFY(service.decisions(unit(db, QStringLiteral("VH")), term(db), header, &decisions, &error));
        QVERIFY(!service.record(decisions, &error));
        QVERIFY2(error.contains(QStringLiteral("number")), qPrintable(error));
        for (const CommitteeMember &member : members(db, QStringLiteral("VH-01")))
            QCOMPARE(member.approval, CommitteeMember::Approval::Elected); // nothing written
    }

    void cliPrintsAndRecords()
    {
        TestDatabase db;
        QVERIFY(db.openDemo());
        db.db().close();
        CliRunner cli;
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        const QStringList args{QStringLiteral("report"),   db.path(),
                               QStringLiteral("--unit"),   QStringLiteral("VH"),
                               QStringLiteral("--term"),   QStringLiteral("2022-2025"),
                               QStringLiteral("--kind"),   QStringLiteral("decision"),
                               QStringLiteral("--number"), QStringLiteral("125-QĐ/ĐU"),
                               QStringLiteral("--date"),   QStringLiteral("2022-09-30"),
                               QStringLiteral("--out"),    pdf};
        CliRunner::Result printed = cli.run(args);
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QVERIFY(PdfText::text(pdf, 0, PdfText::Raw).contains(QStringLiteral("Số 147-QĐ/ĐU")));
        // Printing alone records nothing: the same batch prints again.
        printed = cli.run(args + QStringList{QStringLiteral("--record-approvals")});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QVERIFY2(printed.out.contains(QStringLiteral("125-QĐ/ĐU")) &&
                     printed.out.contains(QStringLiteral("147-QĐ/ĐU")),
                 qPrintable(printed.out));
        const CliRunner::Result again = cli.run(args);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("VH")), qPrintable(again.err));
        // Recording needs decisions with a number.
        QStringList congress = args;
        congress.replace(congress.indexOf(QStringLiteral("decision")), QStringLiteral("congress"));
        const CliRunner::Result refused =
            cli.run(congress + QStringList{QStringLiteral("--record-approvals")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--kind decision")), qPrintable(refused.err));
    }
};

QTEST_MAIN(TestReportDecisions)
#include "tst_report_decisions.moc"
