#include "PdfText.h"
#include "TestDatabase.h"
#include "domain/elections/ballots/BallotMarks.h"
#include "reports/BallotLogDocument.h"
#include "reports/BallotLogRounds.h"
#include "reports/DocumentWriter.h"
#include "reports/PartyDocument.h"
#include "storage/BallotRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <ctime>

using namespace daihoi;

// Nhật ký nhập phiếu bầu (issue 15): every ballot of every entry with its operator and time, each
// batch's state with its differences, the corrections and the agreed totals, read back from the PDF.
class TestBallotLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static const QDate day() { return QDate(2022, 8, 20); }
    static QDateTime at(int hour, int minute, int second) { return QDateTime(day(), QTime(hour, minute, second)); }

    static EnteredBallot ballot(int batch, int number, const QString &marks, const QDateTime &when)
    {
        EnteredBallot entered;
        entered.batch = batch;
        entered.number = number;
        entered.marks = marks;
        entered.enteredAt = when;
        return entered;
    }
    static EnteredBallot declared(int batch, int number, BallotInvalidReason reason, const QDateTime &when)
    {
        EnteredBallot entered = ballot(batch, number, QString(), when);
        entered.declaredInvalid = reason;
        return entered;
    }
    // One entry of a batch: its ballots' marks in order, a ballot every 30 seconds from `start`.
    static BallotPass pass(int number, const QString &operatorName, int batch, const QStringList &marks,
                           const QDateTime &start)
    {
        BallotPass entry;
        entry.pass = number;
        entry.operatorName = operatorName;
        for (int i = 0; i < marks.size(); ++i) {
            const QDateTime when = start.addSecs(30 * i);
            BallotInvalidReason reason = BallotInvalidReason::None;
            if (BallotReasons::fromKey(marks.at(i), &reason))
                entry.ballots.append(declared(batch, i + 1, reason, when));
            else
                entry.ballots.append(ballot(batch, i + 1, marks.at(i), when));
        }
        return entry;
    }

    static CongressRecord record()
    {
        CongressRecord record;
        record.unit.name = QStringLiteral("Chi bộ Tổ dân phố số 5");
        record.term.startYear = 2022;
        record.term.endYear = 2025;
        record.congress.number = 4;
        record.congress.heldFrom = day();
        record.congress.countingBoardHead = QStringLiteral("Phạm Văn Toàn");
        record.congress.countingBoardMembers = {QStringLiteral("Trần Thị Mai"), QStringLiteral("Hoàng Văn Nam")};
        return record;
    }
    static DocumentHeader header()
    {
        DocumentHeader header;
        header.parentBody = QStringLiteral("Đảng bộ phường Việt Hưng");
        header.issuingBody = QStringLiteral("Chi bộ Tổ dân phố số 5");
        header.place = QStringLiteral("Long Biên");
        header.date = day();
        return header;
    }
    static RoundInput input(const QStringList &candidates, int seats, int ballots)
    {
        RoundInput input;
        input.office = ElectionOffice::Committee;
        input.seats = seats;
        input.summoned = ballots + 2;
        input.present = ballots;
        input.ballots.issued = input.ballots.collected = ballots;
        for (const QString &name : candidates)
            input.candidates.append({name, 0});
        return input;
    }

    // Two batches of five, each entered twice: batch 1 agrees (after one correction), batch 2
    // differs on the first name of ballot 3.
    static BallotLogDocument::Round twoBatches()
    {
        BallotLogDocument::Round round;
        round.office = ElectionOffice::Committee;
        round.number = 1;
        round.candidates = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Hà"), QStringLiteral("Phạm Văn Long"),
                            QStringLiteral("Đỗ Thị Thu")};
        round.seats = 3;
        const QString binh = QStringLiteral("Lê Văn Bình");
        const QString hoa = QStringLiteral("Phạm Thị Hoa");
        const QStringList batch1{QStringLiteral("KKKS"), QStringLiteral("KKSS"), QStringLiteral("SKSS"),
                                 QStringLiteral("KSKS"), QStringLiteral("not-issued")};
        round.counting.batches[1] = {pass(1, binh, 1, batch1, at(9, 40, 5)), pass(2, hoa, 1, batch1, at(10, 0, 0))};
        round.counting.batches[2] = {
            pass(1, binh, 2, {QStringLiteral("KKKK"), QStringLiteral("SSSS"), QStringLiteral("KKSS"),
                              QStringLiteral("KKKS"), QStringLiteral("KSKS")},
                 at(9, 45, 0)),
            pass(2, hoa, 2, {QStringLiteral("KKKK"), QStringLiteral("SSSS"), QStringLiteral("SKSS"),
                             QStringLiteral("KKKS"), QStringLiteral("KSKS")},
                 at(10, 5, 0))};
        BallotCorrection correction;
        correction.pass = 2;
        correction.operatorName = hoa;
        correction.before = ballot(1, 4, QStringLiteral("SKKS"), at(10, 1, 30));
        correction.after = ballot(1, 4, QStringLiteral("KSKS"), at(10, 4, 10));
        correction.correctedAt = at(10, 4, 10);
        round.counting.corrections[1] = {correction};
        round.count = CountedRound::ofBatches(input(round.candidates, round.seats, 10), round.counting.batches);
        return round;
    }

    // *milliseconds: the processor time spent, which other programs running meanwhile do not inflate.
    QString writePdf(const BallotLogDocument::Round &round, const QString &name, qint64 *milliseconds = nullptr,
                     qint64 *wallMilliseconds = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        QTextDocument document;
        {
            PartyDocument party(&document);
            BallotLogDocument::write(party, record(), header(), round);
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (!DocumentWriter::writePdf(&document, path, name, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (milliseconds)
            *milliseconds = qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
        if (wallMilliseconds)
            *wallMilliseconds = timer.elapsed();
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(!PdfText::tool(QStringLiteral("pdffonts")).isEmpty());
        QVERIFY(m_dir.isValid());
        // To look at the pages afterwards: DAIHOI_TEST_KEEP_FILES=1 keeps the PDFs and says where.
        if (qEnvironmentVariableIsSet("DAIHOI_TEST_KEEP_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
    }

    void everyBallotEntryDifferenceAndCorrection()
    {
        const BallotLogDocument::Round round = twoBatches();
        QCOMPARE(round.count.comparison.agreed, QList<int>{1});
        QCOMPARE(round.count.comparison.disputed, QList<int>{2});
        const QString path = writePdf(round, QStringLiteral("ballot-log"));
        QVERIFY(!path.isEmpty());
        const QString text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));

        QVERIFY2(text.contains(QStringLiteral("NHẬT KÝ NHẬP PHIẾU BẦU Bầu Chi ủy Chi bộ Tổ dân phố số 5 nhiệm kỳ "
                                              "2022–2025, lần bầu thứ 1")),
                 qPrintable(text.left(1500)));
        // Each entry names its operator and when it was entered; each ballot its marks, validity and time.
        QVERIFY2(text.contains(QStringLiteral("Tập 1, lần nhập 1: đồng chí Lê Văn Bình nhập 5 phiếu, từ 9:40:05 đến 9:42:05 "
                                              "ngày 20/8/2022.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Tập 2, lần nhập 2: đồng chí Phạm Thị Hoa nhập 5 phiếu, từ 10:05:00 đến "
                                              "10:07:00 ngày 20/8/2022.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Phiếu số Nội dung phiếu Hợp lệ? Giờ nhập Tập 1, lần nhập 1: đồng chí Lê Văn Bình nhập 5 phiếu, từ "
                                              "9:40:05 đến 9:42:05 ngày 20/8/2022. 1 Gạch 1 tên: Đỗ Thị Thu; giữ 3 "
                                              "tên còn lại Hợp lệ 9:40:05 2 Gạch 2 tên: Phạm Văn Long, Đỗ Thị Thu; "
                                              "giữ 2 tên còn lại Hợp lệ 9:40:35")),
                 qPrintable(text));
        // The rules' reasons, and the board's own.
        QVERIFY(text.contains(QStringLiteral("1 Giữ cả 4 tên Không hợp lệ: phiếu bầu nhiều hơn số lượng cần bầu 9:45:00")));
        QVERIFY(text.contains(QStringLiteral("2 Gạch cả 4 tên Không hợp lệ: phiếu gạch tên tất cả 9:45:30")));
        QVERIFY(text.contains(QStringLiteral("5 Ban kiểm phiếu xác định: phiếu không do Ban kiểm phiếu phát ra Không "
                                             "hợp lệ 9:42:05")));

        QVERIFY(text.contains(QStringLiteral("Tập 1 đã khớp: 2 lần nhập giống nhau từng phiếu; tập được tính vào kết quả.")));
        QVERIFY2(text.contains(QStringLiteral("Tập 2 có chênh lệch giữa các lần nhập, chưa được tính vào kết quả: - Tập 2, "
                                              "phiếu 3: lần 1 giữ Nguyễn Văn An, lần 2 gạch.")),
                 qPrintable(text));

        QVERIFY(text.contains(QStringLiteral("2. Các lần sửa phiếu Các phiếu được mở lại và sửa sau khi nhập (1 lần sửa), "
                                             "theo thứ tự thời gian:")));
        QVERIFY2(text.contains(QStringLiteral("Giờ sửa Người nhập Phiếu Trước khi sửa Sau khi sửa "
                                              "10:04:10 Phạm Thị Hoa Tập 1, phiếu 4, lần nhập 2 Gạch 2 tên: Nguyễn Văn "
                                              "An, Đỗ Thị Thu; giữ 2 tên còn lại Gạch 2 tên: Trần Thị Hà, Đỗ Thị Thu; "
                                              "giữ 2 tên còn lại")),
                 qPrintable(text));

        // Only batch 1 counts: four valid ballots and the one not issued by the board.
        QVERIFY2(text.contains(QStringLiteral("3. Kết quả từ các tập đã khớp Đã khớp 1/2 tập, gồm 5 phiếu; đã nhập 10/10 "
                                              "phiếu thu vào. Số phiếu hợp lệ: 4 Số phiếu không hợp lệ: 1 - phiếu không "
                                              "do Ban kiểm phiếu phát ra: 1 phiếu.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("STT Họ và tên Số phiếu bầu 1 Nguyễn Văn An 3 2 Trần Thị Hà 3 3 Phạm Văn "
                                              "Long 2 4 Đỗ Thị Thu 0")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kết quả trên chưa đầy đủ: tập 2 có chênh lệch.")));
        // The operators and the board sign.
        QVERIFY2(text.contains(QStringLiteral("NGƯỜI NHẬP PHIẾU Lê Văn Bình NGƯỜI NHẬP PHIẾU Phạm Thị Hoa")),
                 qPrintable(text.right(600)));
        QVERIFY(text.endsWith(QStringLiteral("CÁC THÀNH VIÊN Trần Thị Mai Hoàng Văn Nam T/M BAN KIỂM PHIẾU TRƯỞNG BAN "
                                             "Phạm Văn Toàn")));

        const QStringList fonts = PdfText::fonts(path);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.startsWith(QLatin1String("LiberationSerif")), qPrintable(fonts.join(QLatin1String(", "))));
    }

    // The Bí thư's ballot has no surplus: each mark is written out, and it still counts when a box
    // is marked twice or not at all. Read from the stored election, the round prints on its own pages.
    void listWithoutSurplusOnPagesOfItsOwn()
    {
        CongressRecord congress = record();
        congress.congress.summoned = 6;
        congress.congress.present = 4;
        Election secretary;
        secretary.office = ElectionOffice::Secretary;
        secretary.totalSeats = 1;
        ElectionRound stored;
        stored.number = 1;
        stored.seats = 1;
        stored.ballots.issued = stored.ballots.collected = 4;
        stored.candidates = {{QStringLiteral("Nguyễn Văn An"), 0}};
        secretary.rounds = {stored};
        BallotCounting counting;
        const QStringList marks{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("N")};
        counting.batches[1] = {pass(1, QStringLiteral("Lê Văn Bình"), 1, marks, at(11, 0, 0)),
                               pass(2, QStringLiteral("Phạm Thị Hoa"), 1, marks, at(11, 5, 0))};
        const BallotLogDocument::Round round = BallotLogDocument::round(congress, secretary, 1, counting);
        QCOMPARE(round.candidates, QStringList{QStringLiteral("Nguyễn Văn An")});
        QVERIFY(round.count.complete);

        QTextDocument document;
        {
            PartyDocument party(&document);
            BallotLogDocument::write(party, congress, header(), QList<BallotLogDocument::Round>{twoBatches(), round});
        }
        const QString path = m_dir.filePath(QStringLiteral("ballot-log-secretary.pdf"));
        QString error;
        QVERIFY2(DocumentWriter::writePdf(&document, path, QStringLiteral("log"), &error), qPrintable(error));
        const int pages = PdfText::pages(path);
        // The Bí thư's log starts a page of its own with the document's header.
        int first = pages;
        while (first > 1 && !PdfText::flat(PdfText::text(path, first, PdfText::Raw)).contains(QStringLiteral("Bầu Bí thư")))
            --first;
        const QString opening = PdfText::flat(PdfText::text(path, first, PdfText::Raw));
        QVERIFY2(opening.startsWith(QStringLiteral("ĐẢNG BỘ PHƯỜNG VIỆT HƯNG CHI BỘ TỔ DÂN PHỐ SỐ 5")), qPrintable(opening));
        QVERIFY(opening.contains(QStringLiteral("NHẬT KÝ NHẬP PHIẾU BẦU Bầu Bí thư Chi bộ Tổ dân phố số 5 nhiệm kỳ "
                                                "2022–2025, lần bầu thứ 1")));
        QVERIFY(!opening.contains(QStringLiteral("Bầu Chi ủy")));
        const QString text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        QVERIFY2(text.contains(QStringLiteral("1 Đồng ý: Nguyễn Văn An Hợp lệ 11:00:00 2 Không đồng ý: Nguyễn Văn An "
                                              "Hợp lệ 11:00:30 3 Đánh cả hai ô: Nguyễn Văn An Hợp lệ 11:01:00 4 Không "
                                              "đánh ô nào: Nguyễn Văn An Hợp lệ 11:01:30")),
                 qPrintable(text.right(3000)));
        QVERIFY(text.contains(QStringLiteral("Tập 1 đã khớp: 2 lần nhập giống nhau từng phiếu")));
        QVERIFY2(text.contains(QStringLiteral("Đã khớp 1/1 tập, gồm 4 phiếu; đã nhập 4/4 phiếu thu vào. Số phiếu hợp "
                                              "lệ: 4 Số phiếu không hợp lệ: 0")),
                 qPrintable(text.right(1500)));
        QVERIFY(text.contains(QStringLiteral("STT Họ và tên Số phiếu bầu 1 Nguyễn Văn An 1 Mọi tập đều đã khớp và số "
                                             "phiếu đã nhập bằng số phiếu thu vào (4)")));
    }

    // A count stored as the counting window saves it prints from the database: the entries of the
    // demo chi bộ's committee election, the correction the repository logged, and the agreed totals.
    void storedCountPrints()
    {
        TestDatabase database;
        QVERIFY(database.openDemo());
        QSqlDatabase db = database.connection();
        Unit unit;
        Term term;
        CongressRecord congress;
        QString error;
        QVERIFY2(UnitRepository(db).byCode(QStringLiteral("VH-05"), &unit, &error) &&
                     TermRepository(db).byYears(2022, 2025, &term, &error) &&
                     CongressRecord::load(db, unit, term, &congress, &error),
                 qPrintable(error));
        const Election *committee = congress.election(ElectionOffice::Committee);
        QVERIFY(committee && !committee->rounds.isEmpty());
        const ElectionRound &stored = committee->rounds.first();
        const int candidates = int(stored.candidates.size());
        const bool surplus = BallotMarks::hasSurplus(candidates, stored.seats);
        // The first `seats` names kept and the rest struck, or every box "đồng ý" without a surplus.
        QString valid = surplus ? QString(stored.seats, QChar(BallotMarks::kept)) +
                                      QString(candidates - stored.seats, QChar(BallotMarks::struck))
                                : QString(candidates, QChar(BallotMarks::agree));
        QString other = valid;
        other[0] = QChar(surplus ? BallotMarks::struck : BallotMarks::disagree);

        BallotRepository ballots(db);
        QVERIFY2(ballots.choose(committee->id, stored.number, 10, &error), qPrintable(error));
        const QStringList operators{QStringLiteral("Lê Văn Bình"), QStringLiteral("Phạm Thị Hoa")};
        for (int pass = 1; pass <= 2; ++pass) {
            for (int number = 1; number <= 3; ++number) {
                // Lê Văn Bình first enters ballot 2 wrongly, then reopens it.
                const QString marks = pass == 1 && number == 2 ? other : valid;
                QVERIFY2(ballots.saveBallot(committee->id, stored.number, pass, operators.at(pass - 1),
                                            ballot(1, number, marks, QDateTime()), &error),
                         qPrintable(error));
            }
        }
        QVERIFY2(ballots.saveBallot(committee->id, stored.number, 1, operators.at(0), ballot(1, 2, valid, QDateTime()),
                                    &error),
                 qPrintable(error));

        QList<BallotLogDocument::Round> rounds;
        QVERIFY2(BallotLogRounds::load(db, congress, ElectionOffice::Secretary, 0, &rounds, &error), qPrintable(error));
        QVERIFY(rounds.isEmpty());
        QVERIFY2(BallotLogRounds::load(db, congress, std::nullopt, 0, &rounds, &error), qPrintable(error));
        QCOMPARE(rounds.size(), 1);
        QCOMPARE(rounds.first().office, ElectionOffice::Committee);
        QCOMPARE(rounds.first().number, stored.number);
        QCOMPARE(rounds.first().count.comparison.agreed, QList<int>{1});

        QTextDocument document;
        {
            PartyDocument party(&document);
            BallotLogDocument::write(party, congress, header(), rounds);
        }
        const QString path = m_dir.filePath(QStringLiteral("ballot-log-stored.pdf"));
        QVERIFY2(DocumentWriter::writePdf(&document, path, QStringLiteral("log"), &error), qPrintable(error));
        const QString text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        QVERIFY2(text.contains(QStringLiteral("Bầu Chi ủy %1").arg(unit.name)), qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("Tập 1, lần nhập 1: đồng chí Lê Văn Bình nhập 3 phiếu, từ ")));
        QVERIFY(text.contains(QStringLiteral("Tập 1, lần nhập 2: đồng chí Phạm Thị Hoa nhập 3 phiếu, từ ")));
        QVERIFY(text.contains(QStringLiteral("Tập 1 đã khớp: 2 lần nhập giống nhau từng phiếu")));
        QVERIFY2(text.contains(QStringLiteral("Lê Văn Bình Tập 1, phiếu 2, lần nhập 1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Đã khớp 1/1 tập, gồm 3 phiếu; đã nhập 3/%1 phiếu thu vào.")
                                  .arg(stored.ballots.collected)));
        QVERIFY(text.contains(QStringLiteral("Số phiếu hợp lệ: 3")));
        QVERIFY2(text.contains(QStringLiteral("Kết quả trên chưa đầy đủ: mới nhập 3 phiếu, còn thiếu %1 phiếu so với %2 "
                                              "phiếu thu vào.")
                                   .arg(stored.ballots.collected - 3)
                                   .arg(stored.ballots.collected)),
                 qPrintable(text.right(1200)));
    }

    // The counting program's scale (issue 15): 500 ballots of a 15-name list, in batches of 50, each
    // entered three times. The PDF is written in a few seconds, every ballot of every entry in it.
    void fiveHundredBallotsThreeTimes()
    {
        if (TestDatabase::onServer())
            QSKIP("Writing the PDF reads no database: measured once, in the SQLite run.");
        BallotLogDocument::Round round;
        round.number = 1;
        for (int i = 1; i <= 15; ++i)
            round.candidates.append(QStringLiteral("Nguyễn Thị Thanh Hương %1").arg(i));
        round.seats = 13;
        QRandomGenerator random(15);
        const QStringList operators{QStringLiteral("Lê Văn Bình"), QStringLiteral("Phạm Thị Hoa"),
                                    QStringLiteral("Đặng Quốc Khánh")};
        for (int batch = 1; batch <= 10; ++batch) {
            QStringList marks;
            for (int number = 1; number <= 50; ++number) {
                QString ballot(15, QLatin1Char('K'));
                for (int struck = 2 + int(random.bounded(3)); struck > 0; --struck)
                    ballot[int(random.bounded(15))] = QLatin1Char('S');
                marks.append(ballot);
            }
            for (int entry = 1; entry <= 3; ++entry)
                round.counting.batches[batch].append(
                    pass(entry, operators.at(entry - 1), batch, marks, at(8 + entry, batch * 3, 0)));
        }
        // Thirteen seats of fifteen names: the delegates to the higher congress (a chi ủy has at most 7).
        round.office = ElectionOffice::Delegates;
        RoundInput delegates = input(round.candidates, round.seats, 500);
        delegates.office = ElectionOffice::Delegates;
        round.count = CountedRound::ofBatches(delegates, round.counting.batches);
        QVERIFY2(round.count.complete, qPrintable(round.count.result.errors.join(QLatin1Char('\n'))));

        qint64 milliseconds = 0;
        qint64 wall = 0;
        const QString path = writePdf(round, QStringLiteral("ballot-log-500x3"), &milliseconds, &wall);
        QVERIFY(!path.isEmpty());
        qInfo("500 ballots x 3 entries: PDF of %d pages written in %lld ms of processor time (%lld ms on the clock)",
              PdfText::pages(path), milliseconds, wall);
        QVERIFY2(milliseconds < 8000, qPrintable(QString::number(milliseconds)));
        const QString text = PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
        QCOMPARE(text.count(QStringLiteral(", lần nhập ")), 30);
        QCOMPARE(text.count(QStringLiteral(" Hợp lệ ")) + text.count(QStringLiteral(" Không hợp lệ: ")), 1500);
        QVERIFY(text.contains(QStringLiteral("Đã khớp 10/10 tập, gồm 500 phiếu; đã nhập 500/500 phiếu thu vào.")));
    }
};

QTEST_MAIN(TestBallotLog)
#include "tst_ballot_log.moc"
