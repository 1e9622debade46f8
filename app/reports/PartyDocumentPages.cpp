#include "PartyDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <limits>

// PartyDocument's pagination, done once the document is written: sections and their page numbers,
// headings kept with what follows, signature blocks kept whole and never alone, table rows kept whole.
namespace daihoi {

namespace {

// What the root frame holds, in order: a block or a table, and where its text starts and ends.
struct Item
{
    QTextBlock block;           // valid for a block
    QTextFrame *frame = nullptr; // for a table
    double top = 0;
    double bottom = 0;
    bool isEmpty() const { return !frame && block.text().trimmed().isEmpty(); }
};

QList<Item> rootItems(QTextDocument *document)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    QList<Item> items;
    for (QTextFrame::iterator it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        Item item;
        if (QTextFrame *frame = it.currentFrame()) {
            item.frame = frame;
            const QRectF box = layout->frameBoundingRect(frame);
            item.top = box.top();
            item.bottom = box.bottom();
            // A table moved to the next page keeps the skipped space in its box: its text starts there.
            if (auto *table = qobject_cast<QTextTable *>(frame))
                item.top = layout->blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block()).top();
        } else {
            item.block = it.currentBlock();
            const QRectF box = layout->blockBoundingRect(item.block);
            const QTextLayout *lines = item.block.layout();
            // Where its text is: a block's top margin may lie on the page before.
            item.top = lines->lineCount() > 0 ? box.top() + lines->lineAt(0).y() : box.top();
            item.bottom = lines->lineCount() > 0 ? box.top() + lines->lineAt(lines->lineCount() - 1).rect().bottom()
                                                 : box.bottom();
        }
        items.append(item);
    }
    return items;
}

// The page height Qt paginates with: truncated to its 1/64 pixel.
double qtPageHeight(QTextDocument *document)
{
    return std::floor(document->pageSize().height() * 64) / 64;
}

int pageOf(double y, double pageHeight)
{
    return int(y / pageHeight);
}

} // namespace

QList<int> PartyDocument::sectionStarts(QTextDocument *document)
{
    const double pageHeight = qtPageHeight(document);
    QList<int> starts{0};
    document->pageCount(); // lays the document out
    for (const Item &item : rootItems(document)) {
        const bool start = item.frame ? item.frame->frameFormat().boolProperty(sectionProperty)
                                      : item.block.blockFormat().boolProperty(sectionProperty);
        if (!start)
            continue;
        // A section starts on a page of its own; its top margin is dropped at the page's top.
        const int page = qMax(pageOf(item.top + 1, pageHeight), starts.last());
        if (page > starts.last())
            starts.append(page);
    }
    return starts;
}

int PartyDocument::pageNumber(const QList<int> &sectionStarts, int page)
{
    int start = 0;
    for (int first : sectionStarts) {
        if (first <= page)
            start = first;
    }
    return page == start ? 0 : page - start + 1;
}

bool PartyDocument::keepFirstTogether()
{
    m_document->pageCount(); // lays the document out
    const double pageHeight = qtPageHeight(m_document);
    const QList<Item> items = rootItems(m_document);
    auto breakBefore = [this](const Item &item) { // what follows moves along
        m_movedFrom = item.frame ? item.frame->firstPosition() : item.block.position();
        if (item.frame) {
            QTextFrameFormat format = item.frame->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            item.frame->setFrameFormat(format);
        } else {
            QTextBlockFormat format = item.block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(item.block).setBlockFormat(format);
        }
    };
    auto startsPage = [](const Item &item) {
        const int policy = item.frame ? item.frame->frameFormat().pageBreakPolicy()
                                      : item.block.blockFormat().pageBreakPolicy();
        return (policy & QTextFormat::PageBreak_AlwaysBefore) != 0;
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const int page = pageOf(item.top, pageHeight);
        if (!item.frame && item.block.blockFormat().boolProperty(headingProperty) && !startsPage(item)) {
            // Where the first lines after the heading end.
            double followEnd = -1;
            int lines = 0;
            for (QTextBlock next = item.block.next(); next.isValid() && lines < linesAfterHeading; next = next.next()) {
                if (next.text().trimmed().isEmpty())
                    continue;
                const double top = m_document->documentLayout()->blockBoundingRect(next).top();
                const QTextLayout *layout = next.layout();
                for (int l = 0; l < layout->lineCount() && lines < linesAfterHeading; ++l, ++lines)
                    followEnd = top + layout->lineAt(l).rect().bottom();
            }
            if (followEnd >= 0 && pageOf(followEnd - 1, pageHeight) != page && item.top > page * pageHeight + 1) {
                breakBefore(item);
                return true;
            }
        }
        auto *table = qobject_cast<QTextTable *>(item.frame);
        if (!table || !m_keepTogether.contains(table))
            continue;
        if (item.bottom - item.top < pageHeight && page != pageOf(item.bottom - 1, pageHeight) && !startsPage(item)) {
            breakBefore(item);
            return true;
        }
        // Alone on its page: the last paragraph before it (or the signatures before it) comes along.
        qsizetype previous = i - 1;
        while (previous >= 0 && items.at(previous).isEmpty())
            --previous;
        if (previous < 0)
            continue;
        const Item &before = items.at(previous);
        const bool movable = !before.frame || m_keepTogether.contains(qobject_cast<QTextTable *>(before.frame));
        if (movable && pageOf(before.bottom - 1, pageHeight) < page && !startsPage(before)) {
            breakBefore(before);
            // The signatures follow that paragraph onto its new page rather than start yet another.
            QTextFrameFormat format = table->frameFormat();
            if (!format.boolProperty(sectionProperty)) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                table->setFrameFormat(format);
            }
            return true;
        }
    }
    return false;
}

void PartyDocument::replanTables()
{
    for (QTextTable *table : std::as_const(m_dataTables)) {
        if (table->lastPosition() < m_movedFrom)
            continue; // above what moved: its rows stand where they stood
        removeSpacerRows(table, table->format().headerRowCount());
        keepRowsWhole(table);
    }
}

namespace {

const int spacerProperty = QTextFormat::UserProperty + 1; // marks the cells of a spacer row

bool isSpacer(QTextTable *table, int row)
{
    return table->cellAt(row, 0).format().boolProperty(spacerProperty);
}

} // namespace

PartyDocument::RowText PartyDocument::rowText(QTextTable *table, int row) const
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    RowText text{std::numeric_limits<double>::max(), 0, 0, std::numeric_limits<double>::max()};
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        const int end = cell.lastCursorPosition().position();
        double height = 0; // cells have no block margins: their text is its lines
        for (QTextBlock block = cell.firstCursorPosition().block();
             block.isValid() && block.position() <= end; block = block.next()) {
            const double blockTop = layout->blockBoundingRect(block).top();
            const QTextLayout *lines = block.layout();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                if (height == 0) {
                    text.top = qMin(text.top, blockTop + line.y());
                    text.firstLine = qMin(text.firstLine, line.height());
                }
                text.bottom = qMax(text.bottom, blockTop + line.y() + line.height());
                height += line.height();
            }
        }
        text.height = qMax(text.height, height);
    }
    return text;
}

void PartyDocument::insertSpacerRow(QTextTable *table, int row, double height)
{
    // The spacer fills what is left of a page so the row after it starts the next one under the
    // repeated header. Its cells draw no lines, so the table looks closed at the page foot.
    table->insertRows(row, 1);
    QTextTableCellFormat empty;
    empty.setProperty(spacerProperty, true);
    empty.setBorder(0);
    empty.setPadding(0);
    empty.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    empty.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
    empty.setBottomBorderStyle(QTextFrameFormat::BorderStyle_None);
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(row, column);
        cell.setFormat(empty);
        QTextBlockFormat spacer;
        spacer.setLineHeight(qMax(1.0, height), QTextBlockFormat::FixedHeight);
        cell.firstCursorPosition().setBlockFormat(spacer);
    }
}

void PartyDocument::removeSpacerRows(QTextTable *table, int from)
{
    QTextCursor batch(m_document);
    batch.beginEditBlock(); // one layout, not one per row removed
    for (int row = table->rows() - 1; row >= from; --row) {
        if (isSpacer(table, row))
            table->removeRows(row, 1);
    }
    batch.endEditBlock();
}

PartyDocument::TablePages PartyDocument::tablePages(QTextTable *table) const
{
    // Qt draws the table's border in whole pixels, and with collapsed borders a cell's padding takes
    // half the line between two rows.
    const double tableBorder = qRound(ptToLayout(cellRulePt));
    TablePages pages;
    pages.padding = ptToLayout(cellPaddingPt) + ptToLayout(cellRulePt) / 2;
    // Qt truncates the page height to its 1/64 pixel: over a few hundred pages the difference from
    // bodySize() would add up to a line.
    pages.height = std::floor(bodySize().height() * 64) / 64;
    // On a later page a row starts below the repeated header (as far below it as on the first page),
    // the table's border twice over and its top padding.
    const int headerRows = table->format().headerRowCount();
    pages.head = rowText(table, headerRows).top - rowText(table, 0).top + 2 * tableBorder + pages.padding;
    // Qt moves a line to the next page once it would reach into the cell's padding or the border.
    pages.foot = pages.height - tableBorder - pages.padding;
    return pages;
}

int PartyDocument::straddlingRow(QTextTable *table, int from) const
{
    m_document->pageCount(); // lays the document out once; asked block by block Qt would redo the table
    const TablePages pages = tablePages(table);
    for (int row = from; row < table->rows(); ++row) {
        if (isSpacer(table, row))
            continue;
        const RowText text = rowText(table, row);
        if (pages.fits(text.height) && int(text.top / pages.height) != int((text.bottom - 1) / pages.height))
            return row;
    }
    return -1;
}

void PartyDocument::moveRows(QTextTable *table, int from)
{
    // Where each row will stand once the rows before it have moved: one layout, not one per move.
    const TablePages pages = tablePages(table);
    QList<QPair<int, double>> spacers; // the row to move and the spacer's height
    double top = rowText(table, from).top;
    int page = int(top / pages.height);
    for (int row = from; row < table->rows(); ++row) {
        const RowText text = rowText(table, row);
        const double foot = page * pages.height + pages.foot;
        if (row == from || (top + text.height > foot && pages.fits(text.height))) {
            // When not even a first line fits, Qt moves the row itself. The spacer ends so that the
            // row's first line would reach half a line past the foot: Qt moves the row then and
            // stretches the spacer to the foot, and a prediction a few pixels off changes nothing.
            if (row == from || top + text.firstLine <= foot)
                spacers.append({row, foot - text.firstLine / 2 - top});
            ++page;
            top = page * pages.height + pages.head;
        }
        top += std::round(text.height + 2 * pages.padding); // Qt rounds a row's height to whole pixels
    }

    QTextCursor batch(m_document);
    batch.beginEditBlock(); // one layout for all the spacers
    for (qsizetype i = spacers.size() - 1; i >= 0; --i) // from the last, so the rows above keep their numbers
        insertSpacerRow(table, spacers.at(i).first, spacers.at(i).second);
    batch.endEditBlock();
}

void PartyDocument::keepRowsWhole(QTextTable *table)
{
    // Normally the first plan holds and the second layout finds nothing. If a row still straddles,
    // the prediction was off from there: the spacers below it are planned again, a few times at most.
    int row = table->format().headerRowCount();
    for (int pass = 0; pass < 4 && (row = straddlingRow(table, row)) >= 0; ++pass) {
        removeSpacerRows(table, row);
        moveRows(table, row);
    }
}

} // namespace daihoi
