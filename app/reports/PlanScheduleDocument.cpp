#include "PlanScheduleDocument.h"

#include "DocumentText.h"
#include "PartyDocument.h"

#include <QTextTable>
#include <algorithm>

namespace daihoi {

QStringList PlanScheduleDocument::headings(const PlanScheduleData &data)
{
    return {QStringLiteral("STT"), data.allBranches ? QStringLiteral("Chi bộ") : QStringLiteral("Tổ chức đảng"),
            QStringLiteral("Ngày, giờ"), QStringLiteral("Địa điểm"), QStringLiteral("Đồng chí phụ trách dự")};
}

QStringList PlanScheduleDocument::rowCells(const PlanScheduleRow &row, int number)
{
    return {QString::number(number), PlanScheduleData::unitCell(row), PlanScheduleData::when(row.line, QStringLiteral(",\n")),
            row.line.place.trimmed(), row.line.attending.trimmed()};
}

void PlanScheduleDocument::write(PartyDocument &document, const PlanScheduleData &data, const DocumentHeader &header)
{
    document.writeHeader(header, !header.number.trimmed().isEmpty());
    document.writeTitle(data.title(), data.subject());
    document.writeCentred(data.source(), false, true);

    if (data.rows.isEmpty()) {
        if (data.isAgenda())
            document.writeParagraph(QStringLiteral("Không có đại hội nào theo lịch %1.")
                                        .arg(PlanScheduleData::period(data.agendaFrom, data.agendaTo())));
        else
            document.writeParagraph(QStringLiteral("%1 không có %2 trực thuộc phải tổ chức đại hội.")
                                        .arg(data.committee.name, data.noun()));
    } else {
        const QStringList titles = headings(data);
        QTextTable *table = document.writeTable({{titles.at(0), 6, Qt::AlignHCenter},
                                                 {titles.at(1), 27, Qt::AlignLeft},
                                                 {titles.at(2), 25, Qt::AlignHCenter},
                                                 {titles.at(3), 21, Qt::AlignLeft},
                                                 {titles.at(4), 21, Qt::AlignLeft}},
                                                int(data.rows.size()), 12);
        for (int r = 0; r < data.rows.size(); ++r) {
            const QStringList cells = rowCells(data.rows.at(r), r + 1);
            for (int c = 0; c < cells.size(); ++c)
                document.setCell(table, r + 1, c, cells.at(c));
        }
    }

    // What "(điểm)" means and the deadlines the dates answer to, under the whole timetable.
    if (!data.isAgenda()) {
        const Plan &plan = data.plan;
        const bool pilots = std::any_of(data.rows.cbegin(), data.rows.cend(),
                                        [](const PlanScheduleRow &row) { return row.line.pilot; });
        QStringList notes;
        if (pilots)
            notes << (plan.pilotDeadline.isValid()
                          ? QStringLiteral("(điểm): đại hội điểm, hoàn thành trước ngày %1")
                                .arg(DocumentText::shortDate(plan.pilotDeadline))
                          : QStringLiteral("(điểm): đại hội điểm, tổ chức trước"));
        if (plan.deadline.isValid())
            notes << QStringLiteral("các %1 hoàn thành đại hội trước ngày %2")
                         .arg(data.noun(), DocumentText::shortDate(plan.deadline));
        if (!notes.isEmpty())
            document.writeParagraph(QStringLiteral("Ghi chú: %1.").arg(notes.join(QStringLiteral("; "))), false);
    }
    if (!header.signerName.trimmed().isEmpty())
        document.writeSignature(header);
}

} // namespace daihoi
