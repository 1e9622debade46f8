#include "PartyDocument.h"

#include "DocumentFonts.h"
#include "DocumentText.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>


namespace daihoi {

namespace {

// The device the text is laid out for: a fixed resolution, so a document paginates the same on a
// clerk's screen, on the offscreen platform of the tests and in the command line.
QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(PartyDocument::layoutDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

} // namespace

QSizeF PartyDocument::bodySize()
{
    return {toLayout(pageWidthMm - leftMarginMm - rightMarginMm), toLayout(pageHeightMm - topMarginMm - bottomMarginMm)};
}

QFont PartyDocument::baseFont(double pointSize)
{
    return DocumentFonts::font(pointSize);
}

PartyDocument::PartyDocument(QTextDocument *document)
    : m_document(document)
{
    m_document->clear();
    m_document->documentLayout()->setPaintDevice(layoutDevice());
    // Unhinted metrics: the same line breaks on paper as in the layout.
    m_document->setUseDesignMetrics(true);
    m_document->setDefaultFont(baseFont());
    m_document->setDocumentMargin(0);
    m_document->setPageSize(bodySize());
    QTextFrameFormat root = m_document->rootFrame()->frameFormat();
    root.setMargin(0);
    root.setPadding(0);
    root.setBorder(0);
    m_document->rootFrame()->setFrameFormat(root);
    m_document->setUndoRedoEnabled(false);
    m_cursor = QTextCursor(m_document);
    // One edit block for the whole document: otherwise every cell written lays the document out
    // again, which is quadratic in a summary of a few hundred units.
    m_cursor.beginEditBlock();
}

PartyDocument::~PartyDocument()
{
    m_cursor.endEditBlock();
    for (QTextTable *table : std::as_const(m_dataTables))
        keepRowsWhole(table);
    // Each fix moves what follows it, so the places after it are looked at again in the new layout.
    for (int pass = 0; pass < 64 && keepFirstTogether(); ++pass)
        replanTables();
}

bool PartyDocument::takeBreak()
{
    const bool take = m_breakBeforeNext;
    m_breakBeforeNext = false;
    return take;
}

QTextCharFormat PartyDocument::charFormat(double pointSize, bool bold, bool italic) const
{
    QTextCharFormat format;
    format.setFontFamilies(DocumentFonts::families());
    // No letter borrowed from another typeface, not even an invisible word joiner.
    format.setFontStyleStrategy(QFont::NoFontMerging);
    // Unhinted glyphs on screen too: the preview's letters keep the shapes and places they print with.
    format.setFontHintingPreference(QFont::PreferNoHinting);
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    format.setForeground(Qt::black);
    return format;
}

QTextBlockFormat PartyDocument::blockFormat(Qt::Alignment alignment, double topMarginPt, bool indent) const
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setTopMargin(ptToLayout(topMarginPt));
    format.setBottomMargin(0);
    if (indent)
        format.setTextIndent(toLayout(10));
    // Natural line height: Qt paginates proportional line heights wrongly (a line straddling the
    // page break is drawn on both pages), and Liberation Serif's own spacing is already about 1.15.
    return format;
}

void PartyDocument::newBlock(const QTextBlockFormat &requested, const QTextCharFormat &charFormat)
{
    QTextBlockFormat format = requested;
    if (takeBreak()) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setProperty(sectionProperty, true);
    }
    m_cursor.movePosition(QTextCursor::End);
    if (m_empty) {
        // The document starts with one empty block: use it rather than leave a blank line on top.
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
}

QTextTable *PartyDocument::insertLayoutTable(const QList<double> &widthsPercent)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (double width : widthsPercent)
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(widths);
    if (takeBreak()) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setProperty(sectionProperty, true);
    }
    m_cursor.movePosition(QTextCursor::End);
    if (m_empty) {
        // A table cannot open a document: shrink the empty block Qt keeps before it to nothing.
        QTextBlockFormat nothing;
        nothing.setLineHeight(0.5, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(nothing);
        m_cursor.setBlockCharFormat(charFormat(1));
        m_empty = false;
    }
    return m_cursor.insertTable(1, int(widthsPercent.size()), format);
}

double PartyDocument::textWidth(const QString &text, const QTextCharFormat &format)
{
    return QFontMetricsF(format.font(), layoutDevice()).horizontalAdvance(text);
}

void PartyDocument::writeHeader(const DocumentHeader &header, bool withNumber)
{
    // The right block is as wide as its longest line, so the place and date stay on one line, and a
    // clear gap separates it from the left block. The date line prints a little smaller when the
    // left block's lines would otherwise wrap, or when a long place name would not fit at all.
    const double body = bodySize().width();
    const double gap = toLayout(headerGapMm);
    QTextCharFormat party = charFormat(15, true);
    party.setFontUnderline(true);
    QList<QPair<QString, QTextCharFormat>> leftLines;
    if (!header.parentBody.trimmed().isEmpty())
        leftLines.append({DocumentText::capitals(header.parentBody.trimmed()), charFormat(14)});
    leftLines.append({DocumentText::capitals(header.issuingBody.trimmed()), charFormat(14, true)});
    leftLines.append({QStringLiteral("*"), charFormat(14)});
    if (withNumber)
        leftLines.append({header.numberLine(), charFormat(14)});
    double leftNeed = 0;
    for (const auto &line : std::as_const(leftLines))
        leftNeed = qMax(leftNeed, textWidth(line.first, line.second));

    const QString dateText = header.placeAndDateLine();
    const double partyWidth = textWidth(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), party);
    // A little slack: the layout's unhinted advances differ from these by a fraction of a pixel.
    const double slack = toLayout(2);
    auto rightNeed = [&](double size) {
        return qMax(partyWidth, textWidth(dateText, charFormat(size, false, true))) + slack;
    };
    double dateSize = 14;
    while (dateSize > 12 && leftNeed + slack + gap + rightNeed(dateSize) > body)
        dateSize -= 0.5;
    while (dateSize > 10 && rightNeed(dateSize) > body * 0.62)
        dateSize -= 0.5;
    const QTextCharFormat dateFormat = charFormat(dateSize, false, true);
    const double rightWidth = qMax(rightNeed(dateSize), qMin(body * 0.45, body - gap - leftNeed - slack));
    const double leftWidth = body - gap - rightWidth;
    QTextTable *table = insertLayoutTable({100 * leftWidth / body, 100 * gap / body, 100 * rightWidth / body});
    const QTextBlockFormat centred = blockFormat(Qt::AlignHCenter);

    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    left.setBlockFormat(centred);
    // The body above first, then the one issuing the document (Hướng dẫn 36-HD/VPTW).
    for (qsizetype i = 0; i < leftLines.size(); ++i) {
        if (i > 0)
            left.insertBlock(centred, leftLines.at(i).second);
        left.insertText(leftLines.at(i).first, leftLines.at(i).second);
    }

    QTextCursor right = table->cellAt(0, 2).firstCursorPosition();
    right.setBlockFormat(centred);
    right.insertText(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), party);
    QTextBlockFormat dateLine = centred;
    dateLine.setTopMargin(ptToLayout(12));
    dateLine.setNonBreakableLines(true);
    right.insertBlock(dateLine, dateFormat);
    right.insertText(dateText, dateFormat);
    m_cursor.movePosition(QTextCursor::End);
}

void PartyDocument::writeTitle(const QString &documentType, const QString &subject)
{
    newBlock(blockFormat(Qt::AlignHCenter, 18), charFormat(15, true));
    m_cursor.insertText(DocumentText::capitals(documentType), charFormat(15, true));
    if (!subject.isEmpty()) {
        newBlock(blockFormat(Qt::AlignHCenter), charFormat(14, true));
        // "nhiệm kỳ 2022–2025" wraps as a whole, never as "nhiệm" / "kỳ 2022–2025".
        QString kept = subject;
        kept.replace(QStringLiteral("nhiệm kỳ "), QStringLiteral("nhiệm\u00A0kỳ\u00A0"));
        m_cursor.insertText(kept, charFormat(14, true));
    }
    // The short rule under the subject that party documents draw.
    newBlock(blockFormat(Qt::AlignHCenter), charFormat(14));
    m_cursor.insertText(QStringLiteral("-----"), charFormat(14));
}

void PartyDocument::writeAddressee(const QString &addressee)
{
    if (addressee.trimmed().isEmpty())
        return;
    newBlock(blockFormat(Qt::AlignHCenter, 6), charFormat(14));
    m_cursor.insertText(QStringLiteral("Kính gửi: "), charFormat(14, false, true));
    m_cursor.insertText(addressee.trimmed(), charFormat(14));
}

void PartyDocument::writeHeading(const QString &text)
{
    QTextBlockFormat format = blockFormat(Qt::AlignJustify, 10, true);
    format.setProperty(headingProperty, true);
    newBlock(format, charFormat(14, true));
    m_cursor.insertText(text, charFormat(14, true));
}

void PartyDocument::writeParagraph(const QString &text, bool indent)
{
    newBlock(blockFormat(Qt::AlignJustify, 6, indent), charFormat(14));
    m_cursor.insertText(text, charFormat(14));
}

void PartyDocument::writeLabelled(const QString &label, const QString &value)
{
    newBlock(blockFormat(Qt::AlignJustify, 4, true), charFormat(14));
    m_cursor.insertText(label, charFormat(14));
    m_cursor.insertText(value, charFormat(14, true));
}

void PartyDocument::writeCentred(const QString &text, bool bold, bool italic)
{
    newBlock(blockFormat(Qt::AlignHCenter, 6), charFormat(14, bold, italic));
    m_cursor.insertText(text, charFormat(14, bold, italic));
}

void PartyDocument::writeBlankLines(int count)
{
    for (int i = 0; i < count; ++i) {
        newBlock(blockFormat(Qt::AlignLeft), charFormat(14));
    }
}

QTextTable *PartyDocument::writeTable(const QList<Column> &columns, int rows, double pointSize)
{
    // A short gap before the table.
    newBlock(blockFormat(Qt::AlignLeft, 2), charFormat(6));
    QTextTableFormat format;
    format.setBorder(ptToLayout(cellRulePt));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(ptToLayout(cellPaddingPt));
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const QTextCharFormat headerFormat = charFormat(pointSize, true);
    QList<QTextLength> widths;
    QList<Qt::Alignment> alignments;
    for (double width : headingWidths(columns, headerFormat))
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    for (const Column &column : columns)
        alignments.append(column.alignment);
    format.setColumnWidthConstraints(widths);
    m_cursor.movePosition(QTextCursor::End);
    QTextTable *table = m_cursor.insertTable(rows + 1, int(columns.size()), format);
    m_alignments.insert(table, alignments);
    m_dataTables.append(table);
    // With collapsed borders Qt draws the lines the cells ask for, not the table's.
    QTextTableCellFormat cellFormat;
    cellFormat.setBorder(ptToLayout(cellRulePt));
    cellFormat.setBorderBrush(Qt::black);
    cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cellFormat.setPadding(ptToLayout(cellPaddingPt));
    for (int r = 0; r <= rows; ++r) {
        for (int c = 0; c < columns.size(); ++c)
            table->cellAt(r, c).setFormat(cellFormat);
    }
    for (int c = 0; c < columns.size(); ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        QTextBlockFormat block = blockFormat(Qt::AlignHCenter);
        cell.setBlockFormat(block);
        cell.insertText(columns.at(c).title, headerFormat);
    }
    m_cursor.movePosition(QTextCursor::End);
    // The cell's own point size, remembered on the table for setCell().
    QTextTableFormat withSize = table->format();
    withSize.setProperty(QTextFormat::UserProperty, pointSize);
    table->setFormat(withSize);
    return table;
}

QList<double> PartyDocument::headingWidths(const QList<Column> &columns, const QTextCharFormat &headerFormat)
{
    // Qt breaks a word that does not fit its cell anywhere ("Dướ" / "i 40"): a column at least as
    // wide as its heading's longest word wraps that heading between words only. What such columns
    // need is taken from the others in proportion to what they have to spare.
    const double body = bodySize().width();
    const double padding = 2 * ptToLayout(cellPaddingPt) + 2 * ptToLayout(cellRulePt) + 1;
    QList<double> wanted;
    QList<double> least;
    double total = 0;
    for (const Column &column : columns) {
        double word = 0;
        for (const QString &part : column.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = qMax(word, textWidth(part, headerFormat));
        wanted.append(column.widthPercent);
        least.append(100 * (word + padding) / body);
        total += column.widthPercent;
    }
    double missing = 0;
    double spare = 0;
    for (qsizetype c = 0; c < wanted.size(); ++c) {
        const double share = 100 * wanted.at(c) / qMax(total, 1.0); // of the table, which is the body's width
        missing += qMax(0.0, least.at(c) - share);
        spare += qMax(0.0, share - least.at(c));
    }
    QList<double> widths;
    for (qsizetype c = 0; c < wanted.size(); ++c) {
        const double share = 100 * wanted.at(c) / qMax(total, 1.0);
        if (share < least.at(c))
            widths.append(least.at(c));
        else
            widths.append(share - (spare > 0 ? qMin(missing, spare) * (share - least.at(c)) / spare : 0));
    }
    return widths;
}

void PartyDocument::setCell(QTextTable *table, int row, int column, const QString &text, bool bold)
{
    const double pointSize = table->format().property(QTextFormat::UserProperty).toDouble();
    const QList<Qt::Alignment> alignments = m_alignments.value(table);
    QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = blockFormat(alignments.value(column, Qt::AlignLeft));
    block.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    cell.setBlockFormat(block);
    cell.insertText(text, charFormat(pointSize > 0 ? pointSize : 12, bold));
}

void PartyDocument::writeSignature(const DocumentHeader &header)
{
    newBlock(blockFormat(Qt::AlignLeft, 6), charFormat(10));
    QTextTable *table = insertLayoutTable({45, 55});
    m_keepTogether.append(table);

    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    const QTextBlockFormat leftBlock = blockFormat(Qt::AlignLeft);
    left.setBlockFormat(leftBlock);
    if (!header.recipients.isEmpty()) {
        left.insertText(QStringLiteral("Nơi nhận:"), charFormat(12, true, true));
        for (const QString &line : header.recipients) {
            left.insertBlock(leftBlock, charFormat(11));
            left.insertText(QStringLiteral("- ") + line, charFormat(11));
        }
    }

    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    const QTextBlockFormat centred = blockFormat(Qt::AlignHCenter);
    right.setBlockFormat(centred);
    bool first = true;
    auto line = [&](const QString &text, const QTextCharFormat &format) {
        if (!first)
            right.insertBlock(centred, format);
        right.insertText(text, format);
        first = false;
    };
    if (!header.signerCapacity.trimmed().isEmpty())
        line(DocumentText::capitals(header.signerCapacity.trimmed()), charFormat(14, true));
    line(DocumentText::capitals(header.signerTitle.trimmed()), charFormat(14, true));
    for (int i = 0; i < 4; ++i)
        line(QString(), charFormat(14));
    line(header.signerName.trimmed(), charFormat(14, true));
    m_cursor.movePosition(QTextCursor::End);
}

void PartyDocument::writeSignatureRow(const QStringList &captions)
{
    newBlock(blockFormat(Qt::AlignLeft, 6), charFormat(10));
    QList<double> widths;
    for (int i = 0; i < captions.size(); ++i)
        widths.append(100.0 / captions.size());
    QTextTable *table = insertLayoutTable(widths);
    m_keepTogether.append(table);
    const QTextBlockFormat centred = blockFormat(Qt::AlignHCenter);
    for (int c = 0; c < captions.size(); ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        cell.setBlockFormat(centred);
        cell.insertText(captions.at(c), charFormat(14, true));
        for (int i = 0; i < 4; ++i)
            cell.insertBlock(centred, charFormat(14));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void PartyDocument::writeSignatureRow(const QStringList &captions, const QStringList &names)
{
    writeSignatureRow(captions);
    QTextTable *table = m_keepTogether.last();
    qsizetype captionLines = 0;
    for (const QString &caption : captions)
        captionLines = qMax(captionLines, caption.count(QLatin1Char('\n')));
    for (int c = 0; c < captions.size() && c < names.size(); ++c) {
        if (names.at(c).isEmpty())
            continue;
        // Below a shorter caption the name drops as many lines, so the names of a row stand level.
        QTextCursor cell = table->cellAt(0, c).lastCursorPosition();
        for (qsizetype i = captions.at(c).count(QLatin1Char('\n')); i <= captionLines; ++i)
            cell.insertBlock(blockFormat(Qt::AlignHCenter), charFormat(14, true));
        cell.insertText(names.at(c));
    }
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace daihoi
