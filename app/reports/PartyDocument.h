#pragma once

#include "DocumentHeader.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QStringList>
#include <QTextCursor>
#include <QTextFormat>

class QImage;
class QTextDocument;
class QTextTable;

namespace daihoi {

// Writes a party document (Hướng dẫn 36-HD/VPTW) into a QTextDocument: the header, the title,
// body paragraphs, tables and the signature block. The document is laid out for the A4 body
// (margins 25 mm top and bottom, 35 mm left, 15 mm right) so DocumentWriter can print it page by page.
class PartyDocument
{
public:
    // Page geometry in millimetres.
    static constexpr double pageWidthMm = 210.0;
    static constexpr double pageHeightMm = 297.0;
    static constexpr double topMarginMm = 25.0;
    static constexpr double bottomMarginMm = 25.0;
    static constexpr double leftMarginMm = 35.0;
    static constexpr double rightMarginMm = 15.0;
    // Between the header's left block (the issuing body) and its right one (the party, place and date).
    static constexpr double headerGapMm = 6.0;
    // Layout units are pixels at this resolution whatever the screen; printing scales them.
    static constexpr int layoutDpi = 96;
    static double toLayout(double mm) { return mm / 25.4 * layoutDpi; }
    static QSizeF bodySize();
    static QFont baseFont(double pointSize = 14.0);

    // Clears the document and prepares fonts, page size and margins.
    explicit PartyDocument(QTextDocument *document);
    // Lays the document out once, now that everything is written.
    ~PartyDocument();
    PartyDocument(const PartyDocument &) = delete;
    PartyDocument &operator=(const PartyDocument &) = delete;

    QTextDocument *document() const { return m_document; }

    // Top left: parent body, issuing body, "*", number; top right: the party's name and place and date.
    void writeHeader(const DocumentHeader &header, bool withNumber = true);
    // "BÁO CÁO" and the subject line below it.
    void writeTitle(const QString &documentType, const QString &subject);
    // "Kính gửi: …", centred.
    void writeAddressee(const QString &addressee);
    void writeHeading(const QString &text);
    void writeParagraph(const QString &text, bool indent = true);
    // A paragraph whose first part is bold ("Số phiếu phát ra: " then "35").
    void writeLabelled(const QString &label, const QString &value);
    void writeCentred(const QString &text, bool bold = false, bool italic = false);
    void writeBlankLines(int count);
    // A picture (a chart) across `widthMm` of the body, centred under its caption, which never stays
    // behind at a page foot, with a line of note under it (PartyDocumentPictures.cpp).
    void writePicture(const QString &caption, const QImage &image, const QString &note, double widthMm);
    // What is written next starts a new section: a new page whose numbers start again, so that its
    // first page carries no number and its second "2" (the next round's minutes, the next decision).
    void breakPage() { m_breakBeforeNext = true; }
    // The pages (from 0) on which a section starts, in order; always 0 first. The document must be complete.
    static QList<int> sectionStarts(QTextDocument *document);
    // The number printed on a page (from 0): 0 for a section's first page, which prints none.
    static int pageNumber(const QList<int> &sectionStarts, int page);

    struct Column
    {
        QString title;
        double widthPercent = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    // A bordered table whose header row repeats on every page; rows are filled with setCell().
    QTextTable *writeTable(const QList<Column> &columns, int rows, double pointSize = 12.0);
    void setCell(QTextTable *table, int row, int column, const QString &text, bool bold = false);

    // "Nơi nhận" on the left, capacity, title, space to sign and the name on the right.
    void writeSignature(const DocumentHeader &header);
    // Several people sign side by side (the vote counting board), with a caption above each.
    void writeSignatureRow(const QStringList &captions);
    // The same, with each column's signer named under the space to sign (lines of one column apart by "\n").
    void writeSignatureRow(const QStringList &captions, const QStringList &names);

private:
    static double ptToLayout(double pt) { return pt * layoutDpi / 72.0; }
    // The lines and padding of a data table's cells.
    static constexpr double cellRulePt = 0.6;
    static constexpr double cellPaddingPt = 3;
    // Marks, on a block's or a table's format, where breakPage() started a section (+1 marks spacer rows).
    static constexpr int sectionProperty = QTextFormat::UserProperty + 2;
    // Marks a heading's block: it stays on a page with the first lines after it.
    static constexpr int headingProperty = QTextFormat::UserProperty + 3;
    // How many lines of what follows a heading stay on its page.
    static constexpr int linesAfterHeading = 2;

    QTextCharFormat charFormat(double pointSize = 14.0, bool bold = false, bool italic = false) const;
    QTextBlockFormat blockFormat(Qt::Alignment alignment, double topMarginPt = 0.0, bool indent = false) const;
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    QTextTable *insertLayoutTable(const QList<double> &widthsPercent);
    // Marks what is written next as a section's start when breakPage() asked for one.
    bool takeBreak();
    // After layout: a heading at a page foot moves to the next page with what follows it, a signature
    // block that would straddle a page or stand alone on one carries the paragraph before it along.
    // Fixes the first such place in the document; false when there is none.
    bool keepFirstTogether();
    // Lays the data tables' rows out again from scratch after something above them moved.
    void replanTables();
    // The width of a text in layout units, as the document lays it out.
    static double textWidth(const QString &text, const QTextCharFormat &format);
    // The columns' widths in percent, each wide enough for its heading's longest word.
    static QList<double> headingWidths(const QList<Column> &columns, const QTextCharFormat &headerFormat);
    // Moves every row that would straddle a page break to the next page, behind an invisible spacer row.
    void keepRowsWhole(QTextTable *table);
    struct RowText
    {
        double top;       // of its first line, as laid out
        double bottom;    // of its last line, as laid out
        double height;    // of its tallest cell without a page break in it
        double firstLine; // the shortest first line: when not even that fits, Qt moves the row itself
    };
    RowText rowText(QTextTable *table, int row) const;
    // Where a data table's rows stand on a page, in layout units from the page top.
    struct TablePages
    {
        double height;  // of a page, as Qt paginates
        double head;    // where a row's text starts on a page after the table's first
        double foot;    // where a row's text must end
        double padding; // above and below a row's text
        bool fits(double textHeight) const { return textHeight <= foot - head; } // on a page of its own
    };
    TablePages tablePages(QTextTable *table) const;
    // Lays the document out; -1 when no row from `from` on straddles a page break.
    int straddlingRow(QTextTable *table, int from) const;
    // Plans every move from `from` on from the current layout and makes them in one edit.
    void moveRows(QTextTable *table, int from);
    void removeSpacerRows(QTextTable *table, int from);
    void insertSpacerRow(QTextTable *table, int row, double height);

    QTextDocument *m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
    bool m_breakBeforeNext = false;
    QList<QTextTable *> m_keepTogether; // signature blocks: never split over two pages
    QList<QTextTable *> m_dataTables;   // tables whose rows must each stay on one page
    int m_movedFrom = 0; // where keepFirstTogether() last moved something: the tables above need no new plan
    QHash<const QTextTable *, QList<Qt::Alignment>> m_alignments;
    int m_pictures = 0;
};

} // namespace daihoi
