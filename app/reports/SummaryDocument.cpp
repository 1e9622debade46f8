#include "SummaryDocument.h"

#include "DocumentText.h"
#include "PartyDocument.h"
#include "SummaryNarrative.h"
#include "domain/Percent.h"

#include <QTextTable>
#include <algorithm>

namespace daihoi {

namespace {

QString share(int part, int whole)
{
    return QStringLiteral("%1 (%2)").arg(part).arg(DocumentText::percent(Percent::hundredths(part, whole)));
}

} // namespace

QStringList SummaryDocument::rowCells(const SummaryRow &row, int number)
{
    QStringList cells{QString::number(number), row.unit.name};
    if (!row.isHeld()) {
        QString state = row.hasRecord && row.status == Congress::Status::Postponed ? QStringLiteral("Hoãn")
                                                                                   : QStringLiteral("Chưa tổ chức");
        if (row.plannedDate.isValid())
            state += QStringLiteral(" (dự kiến %1)").arg(DocumentText::shortDate(row.plannedDate));
        cells << state << QString() << QString() << QString() << QString() << QString() << QString();
        return cells;
    }
    cells << DocumentText::shortDate(row.heldFrom) << QStringLiteral("%1/%2").arg(row.present).arg(row.summoned)
          << QStringLiteral("%1/%2").arg(row.members).arg(row.seats) << row.secretary
          << (row.secretaryAppointed ? QStringLiteral("Chỉ định")
              : row.secretaryPercent >= 0 ? DocumentText::percentNumber(row.secretaryPercent)
                                          : QString())
          << QString::number(row.women) + (row.genderUnknown > 0 ? QStringLiteral("*") : QString())
          << QString::number(row.young);
    return cells;
}

void SummaryDocument::write(PartyDocument &document, const SummaryData &data, const DocumentHeader &header,
                            const QList<ReportPicture> &charts)
{
    const bool allBranches = data.progress.branchCount == data.progress.unitCount;
    const QString noun = allBranches ? QStringLiteral("chi bộ") : QStringLiteral("tổ chức đảng");
    document.writeHeader(header);
    document.writeTitle(QStringLiteral("Báo cáo"),
                        QStringLiteral("Kết quả đại hội các %1 trực thuộc %2, nhiệm kỳ %3")
                            .arg(noun, data.committee.name, DocumentText::term(data.term)));
    document.writeAddressee(header.addressee);

    document.writeParagraph(SummaryNarrative::paragraph(data.narrative()));

    document.writeHeading(QStringLiteral("I. Tiến độ tổ chức đại hội"));
    QString progress = QStringLiteral("%1/%2 %3 trực thuộc đã tổ chức đại hội, đạt %4")
                           .arg(data.progress.heldCount)
                           .arg(data.progress.unitCount)
                           .arg(noun, DocumentText::percent(Percent::hundredths(data.progress.heldCount,
                                                                                 data.progress.unitCount)));
    if (data.progress.firstHeld.isValid()) {
        const QDate first = data.progress.firstHeld;
        const QDate last = data.progress.lastHeld;
        if (!last.isValid() || first == last)
            progress += QStringLiteral(", ngày %1").arg(DocumentText::shortDate(first));
        else
            progress += QStringLiteral(", từ ngày %1 đến hết ngày %2")
                            .arg(first.year() == last.year() ? first.toString(QStringLiteral("d/M"))
                                                             : DocumentText::shortDate(first),
                                 DocumentText::shortDate(last));
    }
    document.writeParagraph(progress + QLatin1Char('.'));

    document.writeHeading(QStringLiteral("II. Kết quả đại hội của từng %1").arg(noun));
    document.writeParagraph(QStringLiteral("Chi tiết tại bảng sau (cấp ủy: số đã bầu/số lượng đại hội quyết định; "
                                           "tỷ lệ % phiếu bầu Bí thư so với cơ sở):"));
    QTextTable *table = document.writeTable({{QStringLiteral("STT"), 7, Qt::AlignHCenter},
                                             {QStringLiteral("Tên %1").arg(noun), 24, Qt::AlignLeft},
                                             {QStringLiteral("Ngày đại hội"), 12, Qt::AlignHCenter},
                                             {QStringLiteral("Có mặt/ triệu tập"), 10, Qt::AlignHCenter},
                                             {QStringLiteral("Cấp ủy"), 8, Qt::AlignHCenter},
                                             {QStringLiteral("Bí thư"), 17, Qt::AlignLeft},
                                             {QStringLiteral("Tỷ lệ %"), 9, Qt::AlignHCenter},
                                             {QStringLiteral("Nữ"), 6, Qt::AlignHCenter},
                                             {QStringLiteral("Dưới %1").arg(data.youngAgeLimit), 7, Qt::AlignHCenter}},
                                            int(data.rows.size()), 11);
    for (int r = 0; r < data.rows.size(); ++r) {
        const QStringList cells = rowCells(data.rows.at(r), r + 1);
        for (int c = 0; c < cells.size(); ++c)
            document.setCell(table, r + 1, c, cells.at(c));
    }

    // The narrow column only marks an incomplete count; the note under the table says what it means.
    const bool genderMissing = std::any_of(data.rows.cbegin(), data.rows.cend(),
                                           [](const SummaryRow &row) { return row.genderUnknown > 0; });
    if (genderMissing)
        document.writeParagraph(QStringLiteral("(*) Còn cấp ủy viên chưa rõ giới tính; số nữ chỉ tính những đồng chí "
                                               "đã có thông tin."));

    const CompositionFigures &f = data.composition;
    document.writeHeading(QStringLiteral("III. Cơ cấu cấp ủy được bầu"));
    document.writeParagraph(QStringLiteral("- Số cấp ủy viên được bầu: %1/%2 (còn thiếu: %3).")
                                .arg(f.members)
                                .arg(f.seats)
                                .arg(f.unfilled()));
    if (f.members > 0) {
        document.writeParagraph(QStringLiteral("- Tái cử: %1; lần đầu: %2.").arg(share(f.reelected, f.members), share(f.newcomers(), f.members)));
        document.writeParagraph(
            QStringLiteral("- Nữ: %1; dưới %2 tuổi: %3; dân tộc thiểu số: %4.")
                .arg(DocumentText::withUnknown(share(f.women, f.members), f.genderUnknown, QStringLiteral("giới tính")))
                .arg(data.youngAgeLimit)
                .arg(share(f.young, f.members),
                     DocumentText::withUnknown(share(f.ethnicMinority, f.members), f.ethnicityUnknown,
                                               QStringLiteral("dân tộc"))));
        document.writeParagraph(QStringLiteral("- Lý luận chính trị: cử nhân, cao cấp %1; trung cấp %2; sơ cấp %3.")
                                    .arg(f.theoryCount(TheoryLevel::Bachelor) + f.theoryCount(TheoryLevel::Advanced))
                                    .arg(f.theoryCount(TheoryLevel::Intermediate))
                                    .arg(f.theoryCount(TheoryLevel::Elementary)));
    }
    for (const QString &warning : DocumentText::compositionWarnings(f))
        document.writeParagraph(QStringLiteral("- ") + warning);
    if (f.secretaries > 0) {
        document.writeParagraph(QStringLiteral("- Bí thư: %1 đồng chí; tái cử %2, mới %3; bầu trực tiếp tại đại hội %4; "
                                               "chỉ định %5; kiêm trưởng thôn, tổ dân phố %6; đạt 100 % phiếu bầu %7.")
                                    .arg(f.secretaries)
                                    .arg(f.secretariesReelected)
                                    .arg(f.secretaries - f.secretariesReelected)
                                    .arg(f.secretariesElectedAtCongress)
                                    .arg(f.secretariesAppointed)
                                    .arg(f.secretariesResidentialHead)
                                    .arg(f.secretariesWithFullApproval));
    }
    if (!charts.isEmpty()) {
        document.writeHeading(QStringLiteral("IV. Biểu đồ"));
        for (int i = 0; i < charts.size(); ++i)
            document.writePicture(QStringLiteral("Biểu đồ %1. %2").arg(i + 1).arg(charts.at(i).caption),
                                  charts.at(i).image, charts.at(i).note, chartWidthMm);
    }
    document.writeParagraph(QStringLiteral("Trên đây là báo cáo kết quả đại hội các %1 trực thuộc %2 nhiệm kỳ %3.%4")
                                .arg(noun, data.committee.name, DocumentText::term(data.term),
                                     header.addressee.trimmed().isEmpty()
                                         ? QString()
                                         : QStringLiteral(" Kính báo cáo %1./.").arg(header.addressee.trimmed())));
    document.writeSignature(header);
}

} // namespace daihoi
