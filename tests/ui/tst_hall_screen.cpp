#include "ballots/HallScreen.h"

#include <QFontMetricsF>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;

// The count on the hall's projector (issue 15): every candidate with votes and % of the base,
// readable and whole at the projectors' sizes, elected marks only once the count is complete.
class TestHallScreen : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QStringList names()
    {
        return {QStringLiteral("Nguyễn Thị Thanh Hương"), QStringLiteral("Tôn Nữ Hoàng Phương Thảo"),
                QStringLiteral("Trần Văn An"),            QStringLiteral("Lê Thị Bích Ngọc"),
                QStringLiteral("Phạm Quốc Bảo"),          QStringLiteral("Hoàng Minh Châu"),
                QStringLiteral("Đặng Thị Diệu Linh"),     QStringLiteral("Vũ Đức Dũng"),
                QStringLiteral("Bùi Thị Hồng Gấm"),       QStringLiteral("Đỗ Mạnh Hùng"),
                QStringLiteral("Ngô Thị Kim Khánh"),      QStringLiteral("Dương Văn Lâm"),
                QStringLiteral("Lý Thị Mai Phương"),      QStringLiteral("Trịnh Công Sơn"),
                QStringLiteral("Huỳnh Thị Thu Trang")};
    }
    static QString title()
    {
        return QStringLiteral("Đại hội Chi bộ Tổ dân phố số 5 lần thứ IV, nhiệm kỳ 2022–2025\nBầu đại biểu dự Đại hội cấp trên");
    }
    // Two batches of five ballots for 13 seats among 15: every ballot strikes the last two names,
    // and ballot k of batch 1 also strikes name k. Batch 2 is entered twice only when `complete`.
    static CountedRound count(bool complete)
    {
        RoundInput input;
        input.office = ElectionOffice::Delegates; // 13 seats: more than a chi ủy may have
        input.seats = 13;
        input.summoned = 12;
        input.present = 10;
        input.ballots.issued = input.ballots.collected = 10;
        for (const QString &name : names())
            input.candidates.append({name, 0});
        QMap<int, QList<BallotPass>> batches;
        const QStringList operators{QStringLiteral("Lê Văn Bình"), QStringLiteral("Phạm Thị Hoa")};
        for (int batch = 1; batch <= 2; ++batch) {
            for (int entry = 1; entry <= (batch == 2 && !complete ? 1 : 2); ++entry) {
                BallotPass pass;
                pass.pass = entry;
                pass.operatorName = operators.at(entry - 1);
                for (int number = 1; number <= 5; ++number) {
                    EnteredBallot ballot;
                    ballot.batch = batch;
                    ballot.number = number;
                    ballot.marks = QStringLiteral("KKKKKKKKKKKKKSS");
                    if (batch == 1)
                        ballot.marks[number - 1] = QLatin1Char('S');
                    pass.ballots.append(ballot);
                }
                batches[batch].append(pass);
            }
        }
        return CountedRound::ofBatches(input, batches);
    }

    static QStringList marked(const HallScreen &screen)
    {
        QStringList marks;
        for (const HallScreen::Piece &piece : screen.pieces()) {
            if (piece.mark)
                marks.append(piece.text);
        }
        return marks;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the screen afterwards: DAIHOI_TEST_KEEP_FILES=1 keeps the pictures and says where.
        if (qEnvironmentVariableIsSet("DAIHOI_TEST_KEEP_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("Pictures kept in %s", qPrintable(m_dir.path()));
        }
    }

    void everyCandidateWholeOnTheProjector_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void everyCandidateWholeOnTheProjector()
    {
        QFETCH(QSize, size);
        const CountedRound counted = count(true);
        QVERIFY(counted.complete);
        QVERIFY2(!counted.result.isRefused(), qPrintable(counted.result.errors.join(QLatin1Char('\n'))));
        HallScreen screen;
        screen.resize(size);
        screen.showCount(title(), counted, 2);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QCOMPARE(screen.size(), size);

        const QStringList texts = screen.texts();
        QVERIFY(texts.contains(QStringLiteral("Đại hội Chi bộ Tổ dân phố số 5 lần thứ IV, nhiệm kỳ 2022–2025")));
        QVERIFY(texts.contains(QStringLiteral("Bầu đại biểu dự Đại hội cấp trên")));
        QVERIFY2(texts.contains(QStringLiteral("Round 2 — official members as the base: 12")), qPrintable(texts.join(QLatin1Char('|'))));
        // Each name in ballot order with its votes and % of the base, two decimals and a decimal comma.
        const QStringList all = names();
        for (int i = 0; i < all.size(); ++i) {
            const qsizetype at = texts.indexOf(all.at(i));
            QVERIFY2(at > 0, qPrintable(all.at(i)));
            const QString votes = i < 5 ? QStringLiteral("9") : i < 13 ? QStringLiteral("10") : QStringLiteral("0");
            const QString percent = i < 5    ? QStringLiteral("75,00\u00A0%")
                                    : i < 13 ? QStringLiteral("83,33\u00A0%")
                                             : QStringLiteral("0,00\u00A0%");
            QCOMPARE(texts.at(at - 1), QString::number(i + 1));
            QCOMPARE(texts.at(at + 1), votes);
            QCOMPARE(texts.at(at + 2), percent);
        }

        // Nothing clipped: every text inside the screen, wide and tall enough for its type, and no
        // two texts over each other.
        const QList<HallScreen::Piece> pieces = screen.pieces();
        const QRectF window(QPointF(0, 0), QSizeF(size));
        for (const HallScreen::Piece &piece : pieces) {
            if (piece.text.isEmpty())
                continue;
            QVERIFY2(window.contains(piece.box), qPrintable(piece.text));
            const QFontMetricsF metrics(piece.font);
            QVERIFY2(metrics.horizontalAdvance(piece.text) <= piece.box.width() + 0.5, qPrintable(piece.text));
            QVERIFY2(metrics.height() <= piece.box.height() + 0.5, qPrintable(piece.text));
            // Large type: fifteen names and their figures fill the screen's height.
            if (all.contains(piece.text))
                QVERIFY2(piece.font.pixelSize() * 28 >= size.height(), qPrintable(QString::number(piece.font.pixelSize())));
            for (const HallScreen::Piece &other : pieces) {
                if (&other != &piece && !other.text.isEmpty())
                    QVERIFY2(!piece.box.intersects(other.box), qPrintable(piece.text + QStringLiteral(" / ") + other.text));
            }
        }

        const QImage picture = screen.grab().toImage();
        QCOMPARE(picture.size(), size);
        if (qEnvironmentVariableIsSet("DAIHOI_TEST_KEEP_FILES"))
            QVERIFY(picture.save(m_dir.filePath(QStringLiteral("hall-%1x%2.png").arg(size.width()).arg(size.height()))));
    }

    void electedOnlyWhenComplete()
    {
        HallScreen screen;
        screen.resize(1280, 720);
        const CountedRound counting = count(false);
        QVERIFY(!counting.complete);
        screen.showCount(title(), counting, 1);
        // Batch 2 waits for its second entry: the figures are batch 1's, and nobody is marked elected.
        QStringList texts = screen.texts();
        QVERIFY(marked(screen).isEmpty());
        QVERIFY(!texts.contains(QStringLiteral("Elected")));
        QVERIFY2(texts.contains(QStringLiteral("1/2 batches agreed · 10/10 ballots entered")), qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(texts.at(texts.indexOf(names().at(5)) + 1), QStringLiteral("5"));
        if (qEnvironmentVariableIsSet("DAIHOI_TEST_KEEP_FILES"))
            QVERIFY(screen.grab().save(m_dir.filePath(QStringLiteral("hall-counting-1280x720.png"))));

        // The second entry agrees: the thirteen with more than half of the base are marked, on their rows.
        screen.showCount(title(), count(true), 1);
        QCOMPARE(marked(screen), QStringList(13, QStringLiteral("Elected")));
        texts = screen.texts();
        QVERIFY(texts.contains(QStringLiteral("Count complete · valid ballots: 10 · invalid: 0")));
        const QList<HallScreen::Piece> pieces = screen.pieces();
        for (const HallScreen::Piece &piece : pieces) {
            if (!names().contains(piece.text))
                continue;
            const bool elected = names().indexOf(piece.text) < 13;
            bool markOnRow = false;
            for (const HallScreen::Piece &mark : pieces)
                markOnRow = markOnRow || (mark.mark && qAbs(mark.box.center().y() - piece.box.center().y()) < 1);
            QCOMPARE(markOnRow, elected);
            QCOMPARE(piece.font.bold(), elected);
        }
    }

    void keysLeaveFullScreenAndClose()
    {
        HallScreen screen;
        screen.showCount(title(), count(true), 1);
        screen.showFullScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.activateWindow();
        screen.setFocus();
        QVERIFY(screen.isFullScreen());
        QTest::keyClick(&screen, Qt::Key_F11);
        QTRY_VERIFY(!screen.isFullScreen());
        QVERIFY(screen.isVisible());
        QTest::keyClick(&screen, Qt::Key_F11);
        QTRY_VERIFY(screen.isFullScreen());
        QTest::keyClick(&screen, Qt::Key_Escape);
        QTRY_VERIFY(!screen.isVisible());
    }
};

QTEST_MAIN(TestHallScreen)
#include "tst_hall_screen.moc"
