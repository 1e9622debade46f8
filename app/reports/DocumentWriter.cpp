#include "DocumentWriter.h"

#include "PartyDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace daihoi {

namespace {

void drawPageNumber(QPainter &painter, int number)
{
    QFont font = PartyDocument::baseFont();
    // In layout units: the painter is already scaled from them to the device.
    font.setPixelSize(qRound(13.0 * PartyDocument::layoutDpi / 72.0));
    painter.setFont(font);
    painter.setPen(Qt::black);
    const double width = PartyDocument::bodySize().width();
    const double top = PartyDocument::toLayout(PartyDocument::topMarginMm);
    const QRectF area(0, -top, width, top * 0.75);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(number));
}

} // namespace

int DocumentWriter::pageCount(QTextDocument *document)
{
    return document->pageCount();
}

bool DocumentWriter::paint(QTextDocument *document, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const double scale = device->logicalDpiY() / double(PartyDocument::layoutDpi);
    const int pages = document->pageCount();
    const QList<int> sections = PartyDocument::sectionStarts(document);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        paintPage(document, page, PartyDocument::pageNumber(sections, page), &painter, scale);
    }
    return painter.end();
}

void DocumentWriter::paintPage(QTextDocument *document, int page, QPainter *painter, double scale)
{
    paintPage(document, page, PartyDocument::pageNumber(PartyDocument::sectionStarts(document), page), painter, scale);
}

void DocumentWriter::paintPage(QTextDocument *document, int page, int number, QPainter *painter, double scale)
{
    const QSizeF body = PartyDocument::bodySize();
    painter->save();
    painter->scale(scale, scale);
    painter->translate(PartyDocument::toLayout(PartyDocument::leftMarginMm),
                       PartyDocument::toLayout(PartyDocument::topMarginMm));
    if (number > 0)
        drawPageNumber(*painter, number);
    const QRectF view(0, page * body.height(), body.width(), body.height());
    painter->translate(0, -view.top());
    // A little wider than the body so the outer table borders are not cut in half.
    painter->setClipRect(view.adjusted(-4, 0, 4, 0), Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    // Lines are culled by this rectangle, not by the painter's clip, and a PDF keeps clipped-away
    // text: the last line of a page may overhang the break by its leading, so it must not count
    // as on the next page, or the next page's text would repeat it. 10 units stay below the
    // shortest line (11 pt), so a line that starts the next page is still drawn there.
    context.clip = view.adjusted(-4, 10, 4, -1);
    context.palette.setColor(QPalette::Text, Qt::black);
    document->documentLayout()->draw(painter, context);
    painter->restore();
}

void DocumentWriter::preparePrinter(QPrinter *printer)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

bool DocumentWriter::writePdf(QTextDocument *document, const QString &path, const QString &title, QString *error)
{
    {
        // QPdfWriter says nothing when it cannot write; find out first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(1200);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("daihoi"));
    if (!paint(document, &writer)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool DocumentWriter::writeHtml(QTextDocument *document, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(document->toHtml().toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace daihoi
