#include "StatisticsDocument.h"

#include "DocumentText.h"
#include "PartyDocument.h"
#include "StatisticsTable.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace daihoi {

QString StatisticsDocument::subject(const Unit &committee, const Term &term)
{
    return QStringLiteral("Cấp ủy các tổ chức đảng trực thuộc %1 nhiệm kỳ %2").arg(committee.name, DocumentText::term(term));
}

void StatisticsDocument::write(PartyDocument &document, const Unit &committee, const Term &term,
                               const StatisticsFigures &figures, const DocumentHeader &header)
{
    document.writeHeader(header);
    document.writeTitle(QStringLiteral("Biểu thống kê"), subject(committee, term));

    QList<PartyDocument::Column> columns{{QStringLiteral("STT"), 8, Qt::AlignHCenter},
                                         {QStringLiteral("Chỉ tiêu"), 44, Qt::AlignLeft}};
    for (const QString &title : StatisticsTable::columnTitles())
        columns.append({title, 16, Qt::AlignHCenter});
    const QList<StatisticsTable::Row> rows = StatisticsTable::rows(figures);
    QTextTable *table = document.writeTable(columns, int(rows.size()), 12);
    for (int r = 0; r < rows.size(); ++r) {
        const StatisticsTable::Row &row = rows.at(r);
        document.setCell(table, r + 1, 0, row.number, row.bold);
        document.setCell(table, r + 1, 1, row.label, row.bold);
        for (int c = 0; c < StatisticsFigures::ColumnCount; ++c)
            document.setCell(table, r + 1, 2 + c,
                             QString::number(figures.count(row.line, StatisticsFigures::Column(c))), row.bold);
    }

    // The form's foot: the clerk who drew up the table signs on the left, the committee on the right.
    DocumentHeader signer = header;
    signer.recipients.clear();
    document.writeSignature(signer);
    // The signature block is the last table; the frame tree is only rebuilt once the document is done.
    QTextTable *foot = nullptr;
    for (QTextTable *candidate : document.document()->findChildren<QTextTable *>()) {
        if (!foot || candidate->firstPosition() > foot->firstPosition())
            foot = candidate;
    }
    if (foot) {
        QTextCursor left = foot->cellAt(0, 0).firstCursorPosition();
        QTextBlockFormat centred = left.blockFormat();
        centred.setAlignment(Qt::AlignHCenter);
        left.setBlockFormat(centred);
        QTextCharFormat bold;
        bold.setFontFamilies(PartyDocument::baseFont().families());
        bold.setFontPointSize(14);
        bold.setFontWeight(QFont::Bold);
        bold.setForeground(Qt::black);
        left.insertText(QStringLiteral("NGƯỜI LẬP BIỂU"), bold);
    }
}

} // namespace daihoi
