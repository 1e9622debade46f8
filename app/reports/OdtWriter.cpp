#include "OdtWriter.h"

#include "PartyDocument.h"
#include "ZipArchive.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <memory>

namespace daihoi {

namespace {

// Qt writes the single family of the older font property; PartyDocument sets the list of them.
void nameTheFont(QTextDocument *document)
{
    QTextCharFormat family;
    family.setProperty(QTextFormat::FontFamily, PartyDocument::baseFont().families().value(0));
    QTextCursor cursor(document);
    cursor.select(QTextCursor::Document);
    cursor.mergeCharFormat(family);
}

QString mm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

// The page of Hướng dẫn 36-HD/VPTW, and Times-metric serif as the default, named so that Word
// finds Times New Roman where Liberation Serif is not installed. The first page has no number;
// the others carry it centred in the top margin, the header taking the upper half of the margin.
QByteArray stylesXml()
{
    const double halfTop = PartyDocument::topMarginMm / 2;
    const QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">\n"
        " <office:font-face-decls>\n"
        "  <style:font-face style:name=\"%1\" svg:font-family=\"'%1'\" style:font-family-generic=\"roman\" "
        "style:font-pitch=\"variable\"/>\n"
        " </office:font-face-decls>\n"
        " <office:styles>\n"
        "  <style:default-style style:family=\"paragraph\">\n"
        "   <style:text-properties style:font-name=\"%1\" fo:font-size=\"14pt\" fo:language=\"vi\" "
        "fo:country=\"VN\"/>\n"
        "  </style:default-style>\n"
        "  <style:style style:name=\"daihoiPageNumber\" style:family=\"paragraph\">\n"
        "   <style:paragraph-properties fo:text-align=\"center\"/>\n"
        "   <style:text-properties style:font-name=\"%1\" fo:font-size=\"13pt\"/>\n"
        "  </style:style>\n"
        " </office:styles>\n"
        " <office:automatic-styles>\n"
        "  <style:page-layout style:name=\"A4First\">\n"
        "   <style:page-layout-properties fo:page-width=\"%2\" fo:page-height=\"%3\" "
        "style:print-orientation=\"portrait\" fo:margin-top=\"%4\" fo:margin-bottom=\"%5\" fo:margin-left=\"%6\" "
        "fo:margin-right=\"%7\"/>\n"
        "  </style:page-layout>\n"
        "  <style:page-layout style:name=\"A4\">\n"
        "   <style:page-layout-properties fo:page-width=\"%2\" fo:page-height=\"%3\" "
        "style:print-orientation=\"portrait\" fo:margin-top=\"%8\" fo:margin-bottom=\"%5\" fo:margin-left=\"%6\" "
        "fo:margin-right=\"%7\"/>\n"
        "   <style:header-style><style:header-footer-properties fo:min-height=\"%8\" fo:margin-bottom=\"0mm\" "
        "style:dynamic-spacing=\"false\"/></style:header-style>\n"
        "  </style:page-layout>\n"
        " </office:automatic-styles>\n"
        " <office:master-styles>\n"
        "  <style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"><style:header>"
        "<text:p text:style-name=\"daihoiPageNumber\"><text:page-number text:select-page=\"current\">2"
        "</text:page-number></text:p></style:header></style:master-page>\n"
        "  <style:master-page style:name=\"daihoiFirstPage\" style:page-layout-name=\"A4First\" "
        "style:next-style-name=\"Standard\"/>\n"
        " </office:master-styles>\n"
        "</office:document-styles>\n")
                            .arg(PartyDocument::baseFont().families().value(0), mm(PartyDocument::pageWidthMm),
                                 mm(PartyDocument::pageHeightMm), mm(PartyDocument::topMarginMm),
                                 mm(PartyDocument::bottomMarginMm), mm(PartyDocument::leftMarginMm),
                                 mm(PartyDocument::rightMarginMm), mm(halfTop));
    return xml.toUtf8();
}

// The document's first paragraph opens the first page's master page, the one without a number.
QString withFirstPage(QString content)
{
    static const QRegularExpression firstParagraph(
        QStringLiteral("<office:text>\\s*<text:p text:style-name=\"([^\"]+)\"(/?)>"));
    const QRegularExpressionMatch match = firstParagraph.match(content);
    if (!match.hasMatch())
        return content;
    const QString name = match.captured(1);
    const QRegularExpression definition(
        QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\">(.*?)</style:style>")
            .arg(QRegularExpression::escape(name)),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch style = definition.match(content);
    // An empty first paragraph is the one PartyDocument shrinks to nothing before the header table;
    // Qt does not write its fixed height, so the copy would start a line lower.
    const bool empty = match.captured(2) == QLatin1String("/");
    const QString properties =
        empty ? QStringLiteral("<style:paragraph-properties fo:line-height=\"0.2mm\" fo:margin-top=\"0mm\" "
                               "fo:margin-bottom=\"0mm\"/><style:text-properties fo:font-size=\"1pt\"/>")
              : style.hasMatch() ? style.captured(1)
                                 : QString();
    const QString first = QStringLiteral("<style:style style:name=\"daihoiFirst\" style:family=\"paragraph\" "
                                         "style:master-page-name=\"daihoiFirstPage\">%1</style:style>")
                              .arg(properties);
    content.replace(match.capturedStart(1), match.capturedLength(1), QStringLiteral("daihoiFirst"));
    const qsizetype stylesEnd = content.indexOf(QLatin1String("</office:automatic-styles>"));
    if (stylesEnd >= 0)
        content.insert(stylesEnd, first);
    return content;
}

QByteArray withStylesInManifest(QByteArray manifest)
{
    if (manifest.contains("\"styles.xml\""))
        return manifest;
    const QByteArray entry = "<manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>";
    const qsizetype end = manifest.lastIndexOf("</manifest:manifest>");
    if (end >= 0)
        manifest.insert(end, entry);
    return manifest;
}

// Every table in the order Qt writes them: depth first, in document order.
void collectTables(QTextFrame *frame, QList<QTextTable *> *tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables->append(table);
        collectTables(child, tables);
    }
}

// Qt writes a table's width of 100 % as "100pt" and its columns' widths as percentages, which
// ODF does not know: LibreOffice then squeezes every table into 3.5 cm. The widths PartyDocument
// gave (percent of the body) are written again as lengths and relative widths.
QString withTableWidths(const QTextDocument *document, QString content)
{
    QList<QTextTable *> tables;
    collectTables(document->rootFrame(), &tables);
    const double bodyMm = PartyDocument::pageWidthMm - PartyDocument::leftMarginMm - PartyDocument::rightMarginMm;
    QSet<int> done; // tables with the same format share their styles
    for (const QTextTable *table : std::as_const(tables)) {
        if (done.contains(table->formatIndex()))
            continue;
        done.insert(table->formatIndex());
        const QString name = QStringLiteral("Table%1").arg(table->formatIndex());
        const QTextTableFormat format = table->format();
        const double tablePercent =
            format.width().type() == QTextLength::PercentageLength ? format.width().rawValue() : 100.0;
        const QRegularExpression tableStyle(
            QStringLiteral("(<style:style style:name=\"%1\" style:family=\"table\">\\s*<style:table-properties[^>]*?)"
                           " style:width=\"[^\"]*\"")
                .arg(name));
        content.replace(tableStyle, QStringLiteral("\\1 style:width=\"%1\" table:align=\"%2\"")
                                        .arg(mm(bodyMm * tablePercent / 100.0),
                                             tablePercent >= 99.9 ? QStringLiteral("margins") : QStringLiteral("left")));
        const QList<QTextLength> widths = format.columnWidthConstraints();
        for (int c = 0; c < widths.size(); ++c) {
            const double percent = widths.at(c).type() == QTextLength::PercentageLength ? widths.at(c).rawValue()
                                                                                         : 100.0 / widths.size();
            const QRegularExpression columnStyle(
                QStringLiteral("(<style:style style:name=\"%1\\.%2\" style:family=\"table-column\">\\s*"
                               "<style:table-column-properties) style:column-width=\"[^\"]*\"")
                    .arg(name)
                    .arg(c));
            content.replace(columnStyle,
                            QStringLiteral("\\1 style:column-width=\"%1\" style:rel-column-width=\"%2*\"")
                                .arg(mm(bodyMm * tablePercent / 100.0 * percent / 100.0))
                                .arg(qRound(percent * 100)));
        }
    }
    return content;
}

// PartyDocument marks the cells of the rows it inserts to push a table row onto the next page;
// in an editable copy the word processor paginates, so these rows go.
bool isSpacerRow(const QTextTable *table, int row)
{
    return table->cellAt(row, 0).format().boolProperty(QTextFormat::UserProperty + 1);
}

int blockCount(const QTextTableCell &cell)
{
    int count = 0;
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it)
        count += it.currentFrame() ? 0 : 1;
    return qMax(1, count);
}

// Qt writes every paragraph of a table cell as a cell of its own, so a header block of four lines
// becomes four columns. The paragraphs of each cell are put back into one cell, row by row, and
// the padding of a data table's cells is the table's (Qt adds the two).
QString withWholeCells(const QTextDocument *document, const QString &content)
{
    QList<QTextTable *> tables;
    collectTables(document->rootFrame(), &tables);
    static const QRegularExpression tablePattern(QStringLiteral("<table:table [^>]*>.*?</table:table>"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rowPattern(QStringLiteral("<table:table-row>(.*?)</table:table-row>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(
        QStringLiteral("(<table:table-cell[^>]*?)(?:/>|>(.*?)</table:table-cell>)"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype done = 0;
    int t = 0;
    QRegularExpressionMatchIterator tableMatches = tablePattern.globalMatch(content);
    while (tableMatches.hasNext() && t < tables.size()) {
        const QRegularExpressionMatch tableMatch = tableMatches.next();
        const QTextTable *table = tables.at(t++);
        out += content.mid(done, tableMatch.capturedStart() - done);
        done = tableMatch.capturedEnd();
        const QString tableXml = tableMatch.captured();
        QString rebuilt;
        qsizetype tableDone = 0;
        int row = 0;
        QRegularExpressionMatchIterator rows = rowPattern.globalMatch(tableXml);
        while (rows.hasNext()) {
            const QRegularExpressionMatch rowMatch = rows.next();
            rebuilt += tableXml.mid(tableDone, rowMatch.capturedStart() - tableDone);
            tableDone = rowMatch.capturedEnd();
            if (row >= table->rows()) {
                rebuilt += rowMatch.captured();
                continue;
            }
            const int r = row++;
            if (isSpacerRow(table, r))
                continue;
            // The rows Qt repeats at the top of every page (Qt does not say so in the file).
            const int headerRows = table->format().headerRowCount();
            if (r == 0 && headerRows > 0)
                rebuilt += QStringLiteral("<table:table-header-rows>");
            const QString headerEnd =
                r == headerRows - 1 ? QStringLiteral("</table:table-header-rows>") : QString();
            QList<int> counts;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() == r && cell.column() == c)
                    counts.append(blockCount(cell));
            }
            QList<QRegularExpressionMatch> cells;
            QRegularExpressionMatchIterator cellMatches = cellPattern.globalMatch(rowMatch.captured(1));
            while (cellMatches.hasNext())
                cells.append(cellMatches.next());
            int expected = 0;
            for (int count : std::as_const(counts))
                expected += count;
            if (expected != cells.size()) {
                rebuilt += rowMatch.captured() + headerEnd;
                continue;
            }
            QString rowXml = QStringLiteral("<table:table-row>");
            int at = 0;
            for (int count : std::as_const(counts)) {
                rowXml += cells.at(at).captured(1) + QLatin1Char('>');
                for (int i = 0; i < count; ++i)
                    rowXml += cells.at(at + i).captured(2);
                rowXml += QStringLiteral("</table:table-cell>");
                at += count;
            }
            rebuilt += rowXml + QStringLiteral("</table:table-row>") + headerEnd;
        }
        rebuilt += tableXml.mid(tableDone);
        out += rebuilt;
    }
    out += content.mid(done);
    QSet<int> padded;
    for (const QTextTable *table : std::as_const(tables)) {
        if (padded.contains(table->formatIndex()))
            continue;
        padded.insert(table->formatIndex());
        const QRegularExpression padding(
            QStringLiteral("(<style:style style:name=\"TB?%1\\.\\d+\" style:family=\"table-cell\">\\s*"
                           "<style:table-cell-properties[^>]*?) fo:padding=\"[^\"]*\"")
                .arg(table->formatIndex()));
        out.replace(padding, QStringLiteral("\\1 fo:padding=\"%1pt\"").arg(table->format().cellPadding() * 0.75));
    }
    return out;
}

} // namespace

bool OdtWriter::write(const QTextDocument *document, const QString &path, QString *error)
{
    std::unique_ptr<QTextDocument> copy(document->clone());
    nameTheFont(copy.get());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    QList<ZipArchive::Entry> entries;
    if (!writer.write(copy.get()) || !ZipArchive::read(buffer.data(), &entries)) {
        *error = tr("Cannot write %1: the document could not be converted to OpenDocument.").arg(path);
        return false;
    }
    for (ZipArchive::Entry &entry : entries) {
        if (entry.name == QLatin1String("META-INF/manifest.xml"))
            entry.data = withStylesInManifest(entry.data);
        else if (entry.name == QLatin1String("content.xml"))
            entry.data =
                withFirstPage(withWholeCells(copy.get(), withTableWidths(copy.get(), QString::fromUtf8(entry.data))))
                    .toUtf8();
    }
    entries.append({QStringLiteral("styles.xml"), stylesXml()});

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(ZipArchive::write(entries));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace daihoi
