#include "PartyDocument.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace daihoi {

void PartyDocument::writePicture(const QString &caption, const QImage &image, const QString &note, double widthMm)
{
    // The caption is a heading for the page layout (keepFirstTogether): when the picture and the note under it
    // do not fit below it, it moves to the next page with them.
    QTextBlockFormat captionFormat = blockFormat(Qt::AlignHCenter, 12);
    captionFormat.setProperty(headingProperty, true);
    newBlock(captionFormat, charFormat(13, true));
    m_cursor.insertText(caption, charFormat(13, true));
    if (image.isNull())
        return;
    // The document keeps its pictures as resources, named in the order they were written.
    const QUrl name(QStringLiteral("daihoi-picture-%1.png").arg(++m_pictures));
    m_document->addResource(QTextDocument::ImageResource, name, image);
    QTextImageFormat picture;
    picture.setName(name.toString());
    const double width = qMin(toLayout(widthMm), bodySize().width());
    picture.setWidth(width);
    picture.setHeight(width * image.height() / qMax(1, image.width()));
    newBlock(blockFormat(Qt::AlignHCenter, 4), charFormat(11, false, true));
    m_cursor.insertImage(picture);
    // The note is the picture's second line, so the caption's look-ahead of two lines ends within this block.
    m_cursor.insertText(QString(QChar::LineSeparator) + note, charFormat(11, false, true));
}

} // namespace daihoi
