#include "CongressDocument.h"

#include "DocumentText.h"
#include "PartyDocument.h"
#include "domain/committee/CommitteeBuilder.h"
#include "domain/committee/CompositionFigures.h"
#include "domain/Percent.h"

#include <QTextTable>

namespace daihoi {

namespace {

QString share(int part, int whole)
{
    return QStringLiteral("%1 đồng chí (%2)").arg(part).arg(DocumentText::percent(Percent::hundredths(part, whole)));
}

} // namespace

QStringList CongressDocument::officeSentences(const CongressRecord &record)
{
    QStringList sentences;
    const int base = record.congress.base();
    for (const CommitteeMember &member : record.membersByRole()) {
        if (member.role == CommitteeRole::Member)
            continue;
        const QString office = member.role == CommitteeRole::Secretary ? QStringLiteral("Bí thư chi bộ")
                                                                       : QStringLiteral("Phó Bí thư chi bộ");
        if (member.appointed) {
            sentences.append(QStringLiteral("Đồng chí %1 được cấp ủy cấp trên chỉ định làm %2.")
                                 .arg(member.person.fullName, office));
        } else if (member.roleVotes > 0) {
            sentences.append(QStringLiteral("Đồng chí %1 được bầu làm %2 với %3/%4 phiếu, đạt %5.")
                                 .arg(member.person.fullName, office)
                                 .arg(member.roleVotes)
                                 .arg(base)
                                 .arg(DocumentText::percent(member.rolePercentHundredths)));
        } else {
            sentences.append(QStringLiteral("Đồng chí %1 được bầu làm %2.").arg(member.person.fullName, office));
        }
    }
    return sentences;
}

void CongressDocument::writeCommitteeTable(PartyDocument &document, const CongressRecord &record, bool withBirthYear)
{
    const QList<CommitteeMember> members = record.membersByRole();
    QList<PartyDocument::Column> columns{{QStringLiteral("STT"), 8, Qt::AlignHCenter},
                                         {QStringLiteral("Họ và tên"), withBirthYear ? 34.0 : 40.0, Qt::AlignLeft}};
    if (withBirthYear)
        columns.append({QStringLiteral("Năm sinh"), 12, Qt::AlignHCenter});
    columns.append({QStringLiteral("Chức danh"), withBirthYear ? 18.0 : 22.0, Qt::AlignLeft});
    columns.append({QStringLiteral("Số phiếu"), 12, Qt::AlignHCenter});
    columns.append({QStringLiteral("Tỷ lệ %"), withBirthYear ? 16.0 : 18.0, Qt::AlignHCenter});
    QTextTable *table = document.writeTable(columns, int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const CommitteeMember &member = members.at(i);
        int c = 0;
        document.setCell(table, i + 1, c++, QString::number(i + 1));
        document.setCell(table, i + 1, c++, member.person.fullName);
        if (withBirthYear)
            document.setCell(table, i + 1, c++, member.person.birthYear > 0 ? QString::number(member.person.birthYear)
                                                                            : QString());
        document.setCell(table, i + 1, c++, DocumentText::roleName(member.role));
        document.setCell(table, i + 1, c++, QString::number(member.votes));
        document.setCell(table, i + 1, c++, DocumentText::percentNumber(member.percentHundredths));
    }
}

void CongressDocument::write(PartyDocument &document, const CongressRecord &record, const DocumentHeader &header,
                             const QList<PrintedTarget> &targets, int youngAgeLimit)
{
    const Congress &congress = record.congress;
    document.writeHeader(header);
    document.writeTitle(QStringLiteral("Báo cáo"),
                        QStringLiteral("Kết quả Đại hội %1 nhiệm kỳ %2").arg(record.unit.name, DocumentText::term(record.term)));
    document.writeAddressee(header.addressee);

    QString opening = QStringLiteral("Ngày %1").arg(DocumentText::shortDate(congress.heldFrom));
    if (congress.heldTo.isValid() && congress.heldTo != congress.heldFrom)
        opening = QStringLiteral("Từ ngày %1 đến ngày %2")
                      .arg(DocumentText::shortDate(congress.heldFrom), DocumentText::shortDate(congress.heldTo));
    if (!congress.place.trimmed().isEmpty())
        opening += QStringLiteral(", tại %1").arg(congress.place.trimmed());
    opening += QStringLiteral(", %1 đã tổ chức %2.")
                   .arg(record.unit.name, DocumentText::lowerFirst(record.congressTitle()));
    document.writeParagraph(opening);
    for (const CongressGuest &guest : congress.guests) {
        document.writeParagraph(QStringLiteral("Đến dự và chỉ đạo Đại hội có đồng chí %1%2.")
                                    .arg(guest.name, guest.title.isEmpty() ? QString() : QStringLiteral(", ") + guest.title));
    }

    const bool delegates = congress.kind == CongressKind::Delegates;
    const QString voters = delegates ? QStringLiteral("đại biểu chính thức") : QStringLiteral("đảng viên chính thức");
    document.writeHeading(QStringLiteral("I. Số lượng đảng viên dự Đại hội"));
    if (!delegates && congress.officialMembers + congress.probationaryMembers > 0)
        document.writeParagraph(QStringLiteral("Tổng số đảng viên của chi bộ: %1 đồng chí (chính thức: %2, dự bị: %3).")
                                    .arg(congress.officialMembers + congress.probationaryMembers)
                                    .arg(congress.officialMembers)
                                    .arg(congress.probationaryMembers));
    document.writeParagraph(QStringLiteral("Số %1 được triệu tập: %2 đồng chí; có mặt: %3 đồng chí (%4); vắng mặt: %5 đồng chí.")
                                .arg(voters)
                                .arg(congress.summoned)
                                .arg(congress.present)
                                .arg(DocumentText::percent(Percent::hundredths(congress.present, congress.summoned)))
                                .arg(qMax(0, congress.summoned - congress.present)));
    document.writeParagraph(QStringLiteral("Số %1 làm cơ sở tính tỷ lệ bầu cử: %2 đồng chí.").arg(voters).arg(congress.base()));

    document.writeHeading(QStringLiteral("II. Kết quả bầu cử"));
    const int seats = CommitteeBuilder::seats(record.elections);
    const bool hasCommittee = record.election(ElectionOffice::Committee) != nullptr;
    if (hasCommittee) {
        document.writeParagraph(QStringLiteral("Đại hội đã bầu Chi ủy nhiệm kỳ %1 gồm %2 đồng chí (số lượng Đại hội quyết định: %3):")
                                    .arg(DocumentText::term(record.term))
                                    .arg(record.members.size())
                                    .arg(seats));
    } else {
        document.writeParagraph(QStringLiteral("Chi bộ không bầu chi ủy; Đại hội đã bầu:"));
    }
    writeCommitteeTable(document, record, false);
    for (const QString &sentence : officeSentences(record))
        document.writeParagraph(sentence);
    if (const Election *delegatesElection = record.election(ElectionOffice::Delegates)) {
        const QList<RoundResult> results = delegatesElection->tally(congress);
        const QStringList officials = delegatesElection->officialDelegates(results);
        const QStringList alternates = delegatesElection->alternateDelegates(results);
        if (!officials.isEmpty())
            document.writeParagraph(QStringLiteral("Đại biểu chính thức dự Đại hội cấp trên: %1.").arg(officials.join(QStringLiteral(", "))));
        if (!alternates.isEmpty())
            document.writeParagraph(QStringLiteral("Đại biểu dự khuyết: %1.").arg(alternates.join(QStringLiteral(", "))));
    }

    const CompositionFigures figures =
        CompositionFigures::of(record.members, seats, record.date(), youngAgeLimit);
    document.writeHeading(QStringLiteral("III. Cơ cấu Chi ủy"));
    const int members = figures.members;
    QStringList lines;
    lines << QStringLiteral("Tái cử: %1; lần đầu: %2.").arg(share(figures.reelected, members), share(figures.newcomers(), members));
    // Women and ethnic minorities as recorded; the unknown are named apart, never folded in.
    lines << QStringLiteral("Nữ: %1; dưới %2 tuổi: %3; dân tộc thiểu số: %4.")
                 .arg(DocumentText::withUnknown(share(figures.women, members), figures.genderUnknown,
                                                QStringLiteral("giới tính")))
                 .arg(youngAgeLimit)
                 .arg(share(figures.young, members),
                      DocumentText::withUnknown(share(figures.ethnicMinority, members), figures.ethnicityUnknown,
                                                QStringLiteral("dân tộc")));
    QStringList theory;
    const QList<QPair<TheoryLevel, QString>> levels{{TheoryLevel::Bachelor, QStringLiteral("cử nhân")},
                                                   {TheoryLevel::Advanced, QStringLiteral("cao cấp")},
                                                   {TheoryLevel::Intermediate, QStringLiteral("trung cấp")},
                                                   {TheoryLevel::Elementary, QStringLiteral("sơ cấp")}};
    for (const auto &level : levels) {
        if (figures.theoryCount(level.first) > 0)
            theory << QStringLiteral("%1: %2").arg(level.second).arg(figures.theoryCount(level.first));
    }
    if (!theory.isEmpty())
        lines << QStringLiteral("Trình độ lý luận chính trị: %1.").arg(theory.join(QStringLiteral("; ")));
    if (figures.unfilled() > 0)
        lines << QStringLiteral("Còn thiếu %1 chi ủy viên so với số lượng Đại hội quyết định.").arg(figures.unfilled());
    lines << DocumentText::compositionWarnings(figures);
    for (const QString &line : lines)
        document.writeParagraph(QStringLiteral("- ") + line);

    // The resolution's targets, printed only when a source knows them (app/storage/targets).
    if (!targets.isEmpty()) {
        document.writeHeading(QStringLiteral("IV. Các chỉ tiêu chủ yếu Đại hội đã thông qua"));
        QTextTable *table = document.writeTable({{QStringLiteral("STT"), 8, Qt::AlignHCenter},
                                                 {QStringLiteral("Chỉ tiêu"), 62, Qt::AlignLeft},
                                                 {QStringLiteral("Mức phấn đấu"), 30, Qt::AlignHCenter}},
                                                int(targets.size()));
        for (int i = 0; i < targets.size(); ++i) {
            document.setCell(table, i + 1, 0, QString::number(i + 1));
            document.setCell(table, i + 1, 1, targets.at(i).name);
            document.setCell(table, i + 1, 2, targets.at(i).requirement);
        }
    }

    document.writeParagraph(QStringLiteral("Trên đây là báo cáo kết quả Đại hội %1 nhiệm kỳ %2.%3")
                                .arg(record.unit.name, DocumentText::term(record.term),
                                     header.addressee.trimmed().isEmpty()
                                         ? QString()
                                         : QStringLiteral(" Kính báo cáo %1./.").arg(header.addressee.trimmed())));
    document.writeSignature(header);
}

} // namespace daihoi
