#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/StatisticsFigures.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace daihoi;
using F = StatisticsFigures;

namespace {

// "Nguyễn Thị A, F, 1980, Kinh, Đại học, intermediate, secretary, reelected": one member per line
// of a test, so the counts below can be checked by eye.
CommitteeMember member(CommitteeRole role, Gender gender, int birthYear, const QString &ethnicity,
                       const QString &education, TheoryLevel theory, bool reelected)
{
    CommitteeMember m;
    m.role = role;
    m.person.fullName = QStringLiteral("Đồng chí");
    m.person.gender = gender;
    m.person.birthYear = birthYear;
    m.person.ethnicity = ethnicity;
    m.person.education = education;
    m.person.theoryLevel = theory;
    m.reelected = reelected;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(QList<daihoi::CommitteeMember>)

// The Biểu thống kê cấp ủy: known members in, the form's counts out; then the printed table.
class TestReportStatistics : public QObject
{
    Q_OBJECT
private slots:
    void figures_data()
    {
        QTest::addColumn<QList<CommitteeMember>>("members");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("members_");
        QTest::addColumn<int>("secretaries");
        QTest::addColumn<int>("deputies");
        // Congress in 2022: born 1982 is 40 (đến 40), 1981 is 41, 1972 is 50, 1971 is 51.
        const QList<CommitteeMember> committee{
            member(CommitteeRole::Secretary, Gender::Female, 1982, QStringLiteral("Tày"), QStringLiteral("Thạc sĩ Luật"),
                   TheoryLevel::Advanced, true),
            member(CommitteeRole::DeputySecretary, Gender::Male, 1981, QStringLiteral("Kinh"), QStringLiteral("Đại học"),
                   TheoryLevel::Intermediate, false),
            member(CommitteeRole::Member, Gender::Unknown, 1972, QString(), QStringLiteral("Cao đẳng sư phạm"),
                   TheoryLevel::Bachelor, true),
            member(CommitteeRole::Member, Gender::Female, 1971, QStringLiteral("Kinh"), QStringLiteral("12/12"),
                   TheoryLevel::Elementary, false),
            member(CommitteeRole::Member, Gender::Male, 0, QStringLiteral("Kinh"), QStringLiteral("Cử nhân kinh tế"),
                   TheoryLevel::None, false),
        };
        auto row = [&](const char *name, F::Line line, int all, int secretaries, int deputies) {
            QTest::newRow(name) << committee << int(line) << all << secretaries << deputies;
        };
        row("total", F::Total, 5, 1, 1);
        row("women", F::Women, 2, 1, 0);
        row("gender unknown, not counted as a man", F::GenderUnknown, 1, 0, 0);
        row("ethnic minority", F::EthnicMinority, 1, 1, 0);
        row("ethnicity unknown, not counted as Kinh", F::EthnicityUnknown, 1, 0, 0);
        row("age to 40 (40 included)", F::AgeTo40, 1, 1, 0);
        row("age over 40 to 50 (50 included)", F::Age41To50, 2, 0, 1);
        row("age over 50", F::AgeOver50, 1, 0, 0);
        row("birth year unknown", F::AgeUnknown, 1, 0, 0);
        row("college", F::College, 1, 0, 0);
        row("university (đại học, cử nhân)", F::University, 2, 0, 1);
        row("postgraduate (thạc sĩ)", F::Postgraduate, 1, 1, 0);
        row("theory elementary", F::TheoryElementary, 1, 0, 0);
        row("theory intermediate", F::TheoryIntermediate, 1, 0, 1);
        row("theory advanced or bachelor", F::TheoryAdvanced, 2, 1, 0);
        row("re-elected", F::Reelected, 2, 1, 0);
        row("first time", F::FirstTime, 3, 0, 1);
    }
    void figures()
    {
        QFETCH(QList<CommitteeMember>, members);
        QFETCH(int, line);
        QFETCH(int, members_);
        QFETCH(int, secretaries);
        QFETCH(int, deputies);
        const F figures = F::of(members, QDate(2022, 8, 24));
        QCOMPARE(figures.count(F::Line(line), F::Members), members_);
        QCOMPARE(figures.count(F::Line(line), F::Secretaries), secretaries);
        QCOMPARE(figures.count(F::Line(line), F::Deputies), deputies);
        // Two congresses add up.
        F twice = figures;
        twice.add(figures);
        QCOMPARE(twice.count(F::Line(line), F::Members), 2 * members_);
        QCOMPARE(twice.congresses, 2);
    }

    void education_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("đại học") << "Đại học" << int(F::University);
        QTest::newRow("ĐH abbreviation") << "ĐH Bách khoa" << int(F::University);
        QTest::newRow("kỹ sư") << "Kỹ sư xây dựng" << int(F::University);
        QTest::newRow("thạc sĩ") << "Thạc sĩ" << int(F::Postgraduate);
        QTest::newRow("ThS") << "ThS. Kinh tế" << int(F::Postgraduate);
        QTest::newRow("tiến sĩ") << "Tiến sĩ Y học" << int(F::Postgraduate);
        QTest::newRow("cao đẳng") << "Cao đẳng" << int(F::College);
        QTest::newRow("trung cấp is none of them") << "Trung cấp" << int(F::LineCount);
        QTest::newRow("school grade") << "12/12" << int(F::LineCount);
        QTest::newRow("unknown") << "" << int(F::LineCount);
        // Decomposed accents, as some keyboards type them.
        QTest::newRow("decomposed") << QStringLiteral("Đại học").normalized(QString::NormalizationForm_D)
                                    << int(F::University);
    }
    void education()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QCOMPARE(int(F::educationLine(text)), line);
    }

    // The demo's Việt Hưng: 23 chi bộ, 69 chi ủy viên, each with a Bí thư and a Phó Bí thư.
    void printed()
    {
        QVERIFY(PdfText::available());
        TestDatabase database;
        QVERIFY(database.openDemo());
        Unit unit;
        Term term;
        QString error;
        QVERIFY(UnitRepository(database.connection()).byCode(QStringLiteral("VH"), &unit, &error));
        QVERIFY(TermRepository(database.connection()).byYears(2022, 2025, &term, &error));
        ReportBuilder builder(database.connection());
        QCOMPARE(builder.check(ReportKind::Statistics, unit, term, &error), ReportBuilder::Outcome::Built);
        DocumentHeader header = builder.defaultHeader(ReportKind::Statistics, unit, term);
        QCOMPARE(header.numberSuffix, QStringLiteral("-TK/ĐU"));
        header.number = QStringLiteral("5-TK/ĐU");
        header.place = QStringLiteral("Long Biên");
        header.date = QDate(2022, 9, 30);
        header.signerName = QStringLiteral("Nguyễn Văn Ký");
        QTextDocument document;
        QCOMPARE(builder.build(ReportKind::Statistics, unit, term, header, &document, &error),
                 ReportBuilder::Outcome::Built);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("statistics.pdf"));
        QVERIFY2(DocumentWriter::writePdf(&document, pdf, QStringLiteral("statistics"), &error), qPrintable(error));
        // One page: the table and both signatures.
        QCOMPARE(PdfText::pages(pdf), 1);
        const QString text = PdfText::flat(PdfText::text(pdf, 0, PdfText::Raw));
        const QStringList parts{QStringLiteral("ĐẢNG ỦY PHƯỜNG VIỆT HƯNG"), QStringLiteral("Số 5-TK/ĐU"),
                                QStringLiteral("Long Biên, ngày 30 tháng 9 năm 2022"), QStringLiteral("BIỂU THỐNG KÊ"),
                                QStringLiteral("Cấp ủy các tổ chức đảng trực thuộc Đảng bộ phường Việt Hưng nhiệm kỳ 2022–2025"),
                                QStringLiteral("STT Chỉ tiêu Cấp ủy viên Bí thư Phó Bí thư"),
                                QStringLiteral("1 TỔNG SỐ 69 23 23"), QStringLiteral("2 Trong đó: - Nữ 4 4 0"),
                                QStringLiteral("- Trên 40 đến 50 tuổi 30 9 13"), QStringLiteral("- Cao cấp, cử nhân 24 7 7"),
                                QStringLiteral("Tái cử 46 23 23"), QStringLiteral("NGƯỜI LẬP BIỂU"),
                                QStringLiteral("T/M ĐẢNG ỦY"), QStringLiteral("Nguyễn Văn Ký")};
        for (const QString &part : parts)
            QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing «%1» in %2").arg(part, text)));
        // A chi bộ has no units to count.
        Unit branch;
        QVERIFY(UnitRepository(database.connection()).byCode(QStringLiteral("VH-05"), &branch, &error));
        QCOMPARE(builder.check(ReportKind::Statistics, branch, term, &error), ReportBuilder::Outcome::Refused);
    }
};

QTEST_MAIN(TestReportStatistics)
#include "tst_report_statistics.moc"
