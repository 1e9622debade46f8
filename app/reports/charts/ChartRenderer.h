#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace daihoi {

// Puts a chart on a picture off screen, whatever window shows it: laid out at a size in pixels, painted at a
// scale (a PNG sharp enough to print), or as SVG. The chart is borrowed: one not shown in any view.
// Needs a QApplication (a QChart is a graphics widget); daihoi-cli makes one for its reports.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ChartRenderer)
public:
    // The size of a chart saved from the window: 16:9, with the window's fonts; PNG at twice that.
    static constexpr int savedWidth = 960;
    static constexpr int savedHeight = 540;
    static constexpr int pngScale = 2;

    static QImage image(QChart *chart, const QSizeF &size, qreal scale);
    static bool savePng(QChart *chart, const QSizeF &size, qreal scale, const QString &path, QString *error);
    static bool saveSvg(QChart *chart, const QSizeF &size, const QString &title, const QString &path,
                        QString *error);
};

} // namespace daihoi
