#pragma once

#include <QImage>
#include <QString>

namespace daihoi {

// A picture printed in a document (a chart of the summary report) with the caption above it.
struct ReportPicture
{
    QString caption;
    QImage image;
    QString note; // under the picture: "Số liệu đến ngày 28/11/2026."
};

} // namespace daihoi
