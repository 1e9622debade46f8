#include "ChartRenderer.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace daihoi {

namespace {

// Paints the chart laid out at `size` onto the painter, in a scene of its own for the time it takes.
void paintChart(QChart *chart, const QSizeF &size, QPainter *painter)
{
    Q_ASSERT(!chart->scene()); // a chart shown in a view keeps its own size: draw a new one
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(size);
    // The layout of axes, legend and plot area is normally done on the next turn of the event loop.
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    scene.removeItem(chart);
}

} // namespace

QImage ChartRenderer::image(QChart *chart, const QSizeF &size, qreal scale)
{
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    // Logical pixels: the fonts and lines keep their size against the chart; only the sharpness grows.
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(chart, size, &painter);
    painter.end();
    image.setDevicePixelRatio(1.0);
    return image;
}

bool ChartRenderer::savePng(QChart *chart, const QSizeF &size, qreal scale, const QString &path, QString *error)
{
    const QImage picture = image(chart, size, scale);
    QImageWriter writer(path, "png");
    if (!writer.write(picture)) {
        *error = tr("Could not write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

bool ChartRenderer::saveSvg(QChart *chart, const QSizeF &size, const QString &title, const QString &path,
                            QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    paintChart(chart, size, &painter);
    painter.end();
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace daihoi
