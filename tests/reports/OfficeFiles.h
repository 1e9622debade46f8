#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Opens .odt and .xlsx files with a real office suite, LibreOffice (libreoffice-writer-nogui and
// libreoffice-calc-nogui, installed by tools/install-deps.sh), the way a clerk's Word or Excel would.
class OfficeFiles
{
public:
    static QString program()
    {
        const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        return office.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("soffice")) : office;
    }
    static bool available()
    {
        if (program().isEmpty()) {
            qWarning("libreoffice not found: install libreoffice-writer-nogui and libreoffice-calc-nogui "
                     "(tools/install-deps.sh)");
            return false;
        }
        return true;
    }
    // Converts with `libreoffice --headless --convert-to FILTER`; the profile goes to a fresh folder
    // (HOME and the user installation) so tests never share or touch a clerk's. Returns the new
    // file's path, empty on failure.
    static QString convert(const QString &file, const QString &extension, const QString &filter = QString())
    {
        QTemporaryDir profile;
        const QString outDir = QFileInfo(file).absolutePath();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), profile.path());
        process.setProcessEnvironment(environment);
        process.start(program(),
                      {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       filter.isEmpty() ? extension : extension + QLatin1Char(':') + filter, QStringLiteral("--outdir"),
                       outDir, file});
        if (!process.waitForFinished(90000) || process.exitCode() != 0) {
            qWarning("libreoffice failed: %s", process.readAllStandardError().constData());
            return {};
        }
        const QString result = QDir(outDir).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + extension);
        return QFileInfo::exists(result) ? result : QString();
    }
    // The workbook's first sheet as rows of cells, each cell as Calc shows it (UTF-8, comma separated,
    // "as shown": 66.67 for a percent formatted 0.00, 20/08/2022 for a date formatted dd/mm/yyyy).
    static QList<QStringList> csv(const QString &xlsx, QString *raw = nullptr)
    {
        const QString path = convert(xlsx, QStringLiteral("csv"), QStringLiteral("Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(file.readAll());
        if (raw)
            *raw = text;
        QList<QStringList> rows;
        QStringList row;
        QString cell;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row << cell;
                cell.clear();
            } else if (c == QLatin1Char('\n')) {
                row << cell;
                rows << row;
                row.clear();
                cell.clear();
            } else if (c != QLatin1Char('\r')) {
                cell += c;
            }
        }
        if (!cell.isEmpty() || !row.isEmpty())
            rows << (row << cell);
        return rows;
    }
    // The raw bytes of one cell as written in the CSV, quotes included: a number is never quoted.
    static QStringList rawLines(const QString &raw) { return raw.split(QLatin1Char('\n')); }
};
