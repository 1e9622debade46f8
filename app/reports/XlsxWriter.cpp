#include "XlsxWriter.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <xlsxwriter.h>

namespace daihoi {

namespace {

// Excel's width unit is about one digit of the default font; Vietnamese letters are a little wider.
double widthOf(const QString &text)
{
    return text.size() * 1.1 + 2;
}

// Printing's word joiners and no-break spaces ("2022–2025" kept on one line) mean nothing in a cell
// and would only get in the way of a search or a formula.
QByteArray plain(QString text)
{
    text.remove(QChar(0x2060));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.toUtf8();
}

QString cellText(const QVariant &value, SheetTable::Kind kind)
{
    switch (kind) {
    case SheetTable::Kind::Date:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case SheetTable::Kind::Percent:
        return QString::number(value.toDouble(), 'f', 2);
    case SheetTable::Kind::Text:
    case SheetTable::Kind::Integer:
    case SheetTable::Kind::Number:
        break;
    }
    return value.toString();
}

} // namespace

bool XlsxWriter::write(const SheetTable &table, const QString &path, QString *error)
{
    // libxlsxwriter writes straight to the path: write beside it and replace, so a failure never
    // leaves half a workbook where the clerk's file was.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    const QByteArray sheetName = (table.sheetName.isEmpty() ? QStringLiteral("Sheet1") : table.sheetName.left(31)).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());

    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 13);
    lxw_format *headingFormat = workbook_add_format(workbook);
    format_set_bold(headingFormat);
    format_set_text_wrap(headingFormat);
    format_set_align(headingFormat, LXW_ALIGN_CENTER);
    format_set_align(headingFormat, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(headingFormat, LXW_BORDER_THIN);
    format_set_bg_color(headingFormat, 0xE7E6E6);
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_border(textFormat, LXW_BORDER_THIN);
    lxw_format *integerFormat = workbook_add_format(workbook);
    format_set_border(integerFormat, LXW_BORDER_THIN);
    format_set_num_format(integerFormat, "0");
    lxw_format *percentFormat = workbook_add_format(workbook);
    format_set_border(percentFormat, LXW_BORDER_THIN);
    format_set_num_format(percentFormat, "0.00");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_border(dateFormat, LXW_BORDER_THIN);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    format_set_align(dateFormat, LXW_ALIGN_CENTER);

    lxw_row_t row = 0;
    if (!table.title.isEmpty()) {
        worksheet_write_string(sheet, row, 0, plain(table.title).constData(), titleFormat);
        row += 2;
    }
    const lxw_row_t headingRow = row;
    QList<double> widths;
    for (int c = 0; c < table.columns.size(); ++c) {
        const QString &title = table.columns.at(c).title;
        worksheet_write_string(sheet, row, lxw_col_t(c), plain(title).constData(), headingFormat);
        // A heading may wrap onto two lines; its longest word still has to fit.
        double longestWord = 0;
        for (const QString &word : title.split(QLatin1Char(' ')))
            longestWord = std::max(longestWord, widthOf(word));
        widths.append(std::max(longestWord, std::min(widthOf(title), 16.0)));
    }
    // Two lines, so a long heading wraps rather than widening its column of short numbers.
    worksheet_set_row(sheet, row, 31, nullptr);
    ++row;
    for (const QVariantList &values : table.rows) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant value = values.value(c);
            const SheetTable::Kind kind = table.columns.at(c).kind;
            const lxw_col_t column = lxw_col_t(c);
            if (value.isNull() || (kind == SheetTable::Kind::Text && value.toString().isEmpty())) {
                worksheet_write_blank(sheet, row, column, textFormat);
                continue;
            }
            switch (kind) {
            case SheetTable::Kind::Text:
                worksheet_write_string(sheet, row, column, plain(value.toString()).constData(), textFormat);
                break;
            case SheetTable::Kind::Integer:
                worksheet_write_number(sheet, row, column, value.toDouble(), integerFormat);
                break;
            case SheetTable::Kind::Number:
                worksheet_write_number(sheet, row, column, value.toDouble(), textFormat);
                break;
            case SheetTable::Kind::Percent:
                worksheet_write_number(sheet, row, column, value.toDouble(), percentFormat);
                break;
            case SheetTable::Kind::Date: {
                const QDate date = value.toDate();
                lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, row, column, &when, dateFormat);
                break;
            }
            }
            widths[c] = std::max(widths.at(c), widthOf(cellText(value, kind)));
        }
        ++row;
    }
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c), 60.0), nullptr);
    worksheet_freeze_panes(sheet, headingRow + 1, 0);
    // Printed from Excel: A4 landscape, one page wide, the headings on every page.
    worksheet_set_paper(sheet, 9);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headingRow, headingRow);

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        *error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace daihoi
