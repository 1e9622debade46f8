#include "PdfText.h"
#include "TestDatabase.h"
#include "reports/DocumentWriter.h"
#include "reports/ReportBuilder.h"
#include "services/CommitteeService.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/ElectionRepository.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace daihoi;

// "Lê Thị Hoa", newly elected, was counted as a man and the report printed "Nữ: 0". The printed reports
// count only recorded genders and ethnicities, name the unknown apart and warn until they are recorded.
class TestReportUnknownDetails : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_database;
    QTemporaryDir m_dir;
    Congress m_congress;
    int m_count = 0;

    QString text(ReportKind kind, const QString &code)
    {
        Unit unit;
        Term term;
        QString error;
        if (!UnitRepository(m_database.connection()).byCode(code, &unit, &error)
            || !TermRepository(m_database.connection()).byYears(2022, 2025, &term, &error))
            return {};
        ReportBuilder builder(m_database.connection());
        const DocumentHeader header = builder.defaultHeader(kind, unit, term);
        QTextDocument document;
        if (builder.build(kind, unit, term, header, &document, &error) != ReportBuilder::Outcome::Built)
            return {};
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(++m_count));
        if (!DocumentWriter::writePdf(&document, path, code, &error))
            return {};
        return PdfText::flat(PdfText::text(path, 0, PdfText::Raw));
    }
    QList<CommitteeMember> members()
    {
        QList<CommitteeMember> list;
        QString error;
        CommitteeRepository(m_database.connection()).members(m_congress.id, &list, &error);
        return list;
    }
    int recordedWomen()
    {
        int count = 0;
        for (const CommitteeMember &member : members())
            count += member.person.gender == Gender::Female ? 1 : 0;
        return count;
    }
    static void verifyContains(const QString &text, const QString &part, bool expected = true)
    {
        QVERIFY2(text.contains(part) == expected,
                 qPrintable(QStringLiteral("%1 «%2» in:\n%3").arg(expected ? QStringLiteral("missing") : QStringLiteral("unexpected"), part, text.left(4000))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(PdfText::available());
        QVERIFY(m_database.openDemo());
        QSqlDatabase db = m_database.connection();
        Unit unit;
        Term term;
        QString error;
        QVERIFY(UnitRepository(db).byCode(QStringLiteral("VH-05"), &unit, &error));
        QVERIFY(TermRepository(db).byYears(2022, 2025, &term, &error));
        QVERIFY(CongressRepository(db).find(unit.id, term.id, &m_congress, &error));
        // The chi ủy member who holds no office is replaced by "Lê Thị Hoa" in the election results.
        QList<Election> elections;
        QVERIFY(ElectionRepository(db).forCongress(m_congress.id, &elections, &error));
        QStringList officers;
        for (const CommitteeMember &member : members()) {
            if (member.role != CommitteeRole::Member)
                officers.append(member.person.fullName);
        }
        for (Election election : elections) {
            if (election.office != ElectionOffice::Committee)
                continue;
            QString replaced;
            for (const Election::Winner &winner : election.winners(election.tally(m_congress)))
                replaced = officers.contains(winner.name) ? replaced : winner.name;
            QVERIFY(!replaced.isEmpty());
            for (ElectionRound &round : election.rounds) {
                for (CandidateVotes &candidate : round.candidates)
                    candidate.name = candidate.name == replaced ? QStringLiteral("Lê Thị Hoa") : candidate.name;
            }
            QVERIFY2(CommitteeService(db).saveElection(&election, &error), qPrintable(error));
        }
    }

    void unknownIsCountedApartAndWarned()
    {
        const int women = recordedWomen();
        const QString congress = text(ReportKind::Congress, QStringLiteral("VH-05"));
        verifyContains(congress, QStringLiteral("Lê Thị Hoa"));
        verifyContains(congress, QStringLiteral("Nữ: %1 đồng chí (").arg(women));
        verifyContains(congress, QStringLiteral("(chưa rõ giới tính: 1)"));
        verifyContains(congress, QStringLiteral("(chưa rõ dân tộc: 1)"));
        verifyContains(congress, QStringLiteral("Lưu ý: còn 1/3 đồng chí chưa rõ giới tính hoặc dân tộc"));

        const QString summary = text(ReportKind::Summary, QStringLiteral("VH"));
        verifyContains(summary, QStringLiteral("(chưa rõ giới tính: 1)"));
        verifyContains(summary, QStringLiteral("chưa rõ giới tính 1 đồng chí"));
        verifyContains(summary, QStringLiteral("(*) Còn cấp ủy viên chưa rõ giới tính"));
        verifyContains(summary, QStringLiteral("Lưu ý: còn 1/69 đồng chí chưa rõ giới tính hoặc dân tộc"));
    }

    void recordedDetailsArePrinted()
    {
        const int women = recordedWomen();
        QList<CommitteeMember> list = members();
        for (CommitteeMember &member : list) {
            if (member.person.fullName == QStringLiteral("Lê Thị Hoa")) {
                member.person.gender = Gender::Female;
                member.person.ethnicity = QStringLiteral("Kinh");
            }
        }
        QString error;
        QVERIFY2(CommitteeRepository(m_database.connection()).replace(m_congress.id, &list, &error), qPrintable(error));
        QCOMPARE(recordedWomen(), women + 1);
        const QString congress = text(ReportKind::Congress, QStringLiteral("VH-05"));
        verifyContains(congress, QStringLiteral("Nữ: %1 đồng chí (").arg(women + 1));
        verifyContains(congress, QStringLiteral("chưa rõ"), false);
        verifyContains(congress, QStringLiteral("Lưu ý"), false);
        const QString summary = text(ReportKind::Summary, QStringLiteral("VH"));
        verifyContains(summary, QStringLiteral("chưa rõ"), false);
        verifyContains(summary, QStringLiteral("Lưu ý"), false);
    }

    void moreMembersThanSeatsIsWarned()
    {
        QList<CommitteeMember> list = members();
        CommitteeMember extra;
        extra.person.fullName = QStringLiteral("Lê Thi Hoa");
        extra.person.gender = Gender::Female;
        extra.person.ethnicity = QStringLiteral("Kinh");
        list.append(extra);
        QString error;
        QVERIFY2(CommitteeRepository(m_database.connection()).replace(m_congress.id, &list, &error), qPrintable(error));
        verifyContains(text(ReportKind::Congress, QStringLiteral("VH-05")),
                       QStringLiteral("Lưu ý: số cấp ủy viên đã ghi (4) nhiều hơn số lượng cần bầu (3)"));
        verifyContains(text(ReportKind::Summary, QStringLiteral("VH")),
                       QStringLiteral("Lưu ý: 1 đại hội ghi số cấp ủy viên nhiều hơn số lượng cần bầu (thừa 1 đồng chí)"));
    }
};

QTEST_MAIN(TestReportUnknownDetails)
#include "tst_report_unknown_details.moc"
