#include "SheetExport.h"

#include "reports/XlsxWriter.h"

#include <QDir>
#include <QFileDialog>
#include <optional>

namespace daihoi {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> answer;
    return answer;
}

} // namespace

void SheetExport::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

bool SheetExport::save(QWidget *parent, const SheetTable &table, const QString &suggestedName, QString *error)
{
    error->clear();
    QString path;
    if (std::optional<QString> answer = std::exchange(nextFileName(), std::nullopt))
        path = *answer;
    else
        path = QFileDialog::getSaveFileName(parent, tr("Export to Excel"), QDir::home().filePath(suggestedName),
                                            tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    return XlsxWriter::write(table, path, error);
}

} // namespace daihoi
