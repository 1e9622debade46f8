#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QTextDocument;

namespace daihoi {

// Puts a document written by PartyDocument on paper: A4 pages with its margins and the page
// number centred in the top margin from a section's page 2 on (Hướng dẫn 36-HD/VPTW), as PDF, on
// a printer, as HTML, or on screen: PDF, printer and preview paint the very same pages.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::DocumentWriter)
public:
    static bool writePdf(QTextDocument *document, const QString &path, const QString &title, QString *error);
    static bool writeHtml(QTextDocument *document, const QString &path, QString *error);
    // A4, portrait, full page: the margins are the document's own.
    static void preparePrinter(QPrinter *printer);
    // Paints every page; the device's page is A4 with no margins of its own.
    static bool paint(QTextDocument *document, QPagedPaintDevice *device);
    static int pageCount(QTextDocument *document);
    // Paints one page (from 0) whose top left corner is the painter's origin, at `scale` device
    // units per layout unit (PartyDocument::layoutDpi), margins and page number included.
    static void paintPage(QTextDocument *document, int page, QPainter *painter, double scale);

private:
    static void paintPage(QTextDocument *document, int page, int number, QPainter *painter, double scale);
};

} // namespace daihoi
