#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

// Reads a PDF back with poppler's pdftotext/pdfinfo (poppler-utils, installed by tools/install-deps.sh).
class PdfText
{
public:
    static QString tool(const QString &name)
    {
        return QStandardPaths::findExecutable(name);
    }
    // Fails the calling test clearly when poppler-utils is missing.
    static bool available()
    {
        if (tool(QStringLiteral("pdftotext")).isEmpty() || tool(QStringLiteral("pdfinfo")).isEmpty()) {
            qWarning("pdftotext/pdfinfo not found: install poppler-utils (tools/install-deps.sh)");
            return false;
        }
        return true;
    }
    // The layout text of one page (from 1), or of all pages when page is 0. No-break spaces and
    // word joiners are folded, so "93,67 %" and "2022–2025" read as typed.
    // Layout mode keeps the page's columns side by side (for the lines at the top of a page);
    // raw mode keeps the order of drawing, so a wrapped table cell or header block reads whole.
    enum Mode { Layout, Raw };
    static QString text(const QString &pdf, int page = 0, Mode mode = Layout)
    {
        QStringList args{mode == Layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), QStringLiteral("-enc"),
                         QStringLiteral("UTF-8")};
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        args << pdf << QStringLiteral("-");
        QProcess process;
        process.start(tool(QStringLiteral("pdftotext")), args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        text.replace(QChar(0x00A0), QLatin1Char(' '));
        text.remove(QChar(0x2060));
        return text;
    }
    // The text with every run of white space made one space: sentences wrapped over lines read whole.
    static QString flat(const QString &text)
    {
        return text.simplified();
    }
    static int pages(const QString &pdf)
    {
        QProcess process;
        process.start(tool(QStringLiteral("pdfinfo")), {pdf});
        if (!process.waitForFinished(60000))
            return -1;
        const QRegularExpression pattern(QStringLiteral("Pages:\\s+(\\d+)"));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(process.readAllStandardOutput()));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    // The fonts pdffonts lists, by name without the subset prefix ("LiberationSerif-Bold").
    static QStringList fonts(const QString &pdf)
    {
        QProcess process;
        process.start(tool(QStringLiteral("pdffonts")), {pdf});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        QStringList fonts;
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (qsizetype i = 2; i < lines.size(); ++i) { // after the heading and its rule
            const QString name = lines.at(i).section(QLatin1Char(' '), 0, 0);
            if (!name.isEmpty())
                fonts << name.section(QLatin1Char('+'), -1);
        }
        return fonts;
    }
};
