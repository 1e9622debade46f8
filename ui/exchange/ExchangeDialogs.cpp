#include "ExchangeDialogs.h"
#include "ProgressDialogReporter.h"
#include "Workspace.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/Database.h"
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <optional>

namespace daihoi {

namespace {

struct TestAnswers
{
    QStringList paths;
    QString attachUnder;
};

// Per process, but only tests set it, and they clear it again.
std::optional<TestAnswers> &testAnswers()
{
    static std::optional<TestAnswers> answers;
    return answers;
}

QString &lastMessageText()
{
    static QString text;
    return text;
}

void tell(QWidget *parent, bool ok, const QString &title, const QString &text)
{
    lastMessageText() = text;
    if (testAnswers())
        return;
    if (ok)
        QMessageBox::information(parent, title, text);
    else
        QMessageBox::warning(parent, title, text);
}

} // namespace

void ExchangeDialogs::setTestAnswers(const QStringList &paths, const QString &attachUnder)
{
    testAnswers() = TestAnswers{paths, attachUnder};
}

void ExchangeDialogs::clearTestAnswers()
{
    testAnswers().reset();
}

QString ExchangeDialogs::lastMessage()
{
    return lastMessageText();
}

bool ExchangeDialogs::exportUnit(Workspace *workspace, const Unit &unit, const Term &term, QWidget *parent,
                                 const CsvDialect &dialect)
{
    QString base;
    if (testAnswers()) {
        base = testAnswers()->paths.isEmpty() ? QString() : testAnswers()->paths.takeFirst();
    } else {
        base = QFileDialog::getExistingDirectory(parent, tr("Export %1, term %2 to a folder").arg(unit.name, term.label()));
    }
    if (base.isEmpty())
        return false;
    const QString folder = QDir(base).filePath(QStringLiteral("%1_%2").arg(unit.code, term.key()));
    ExportOptions options;
    options.dialect = dialect;
    QString error;
    bool ok = false;
    {
        ProgressDialogReporter progress(tr("Exporting %1…").arg(unit.name), parent);
        ok = Exporter(workspace->database().connection())
                 .run(unit.code, term.startYear, term.endYear, folder, options, &progress, &error);
    }
    tell(parent, ok, tr("Export"),
         ok ? tr("%1, term %2, was exported to %3.").arg(unit.name, term.label(), QDir::toNativeSeparators(folder))
            : error);
    return ok;
}

bool ExchangeDialogs::importFiles(Workspace *workspace, QWidget *parent)
{
    QStringList paths;
    if (testAnswers()) {
        paths = testAnswers()->paths;
        testAnswers()->paths.clear();
    } else {
        paths = QFileDialog::getOpenFileNames(parent, tr("Import exports (choose their manifest.json files)"),
                                              QString(), tr("Export manifests (manifest.json)"));
    }
    if (paths.isEmpty())
        return false;
    ImportOptions options;
    for (;;) {
        ImportResult result;
        QStringList errors;
        bool ok = false;
        {
            ProgressDialogReporter progress(tr("Importing…"), parent);
            ok = Importer(workspace->database().connection()).run(paths, options, &progress, &result, &errors);
        }
        if (!ok && !result.unattached.isEmpty() && options.attachUnder.isEmpty()) {
            const QString question = tr("%1 is not in this database. Enter the code of the unit to attach it under:")
                                         .arg(result.unattached.join(QStringLiteral(", ")));
            bool accepted = false;
            if (testAnswers()) {
                options.attachUnder = testAnswers()->attachUnder;
                accepted = !options.attachUnder.isEmpty();
            } else {
                options.attachUnder = QInputDialog::getText(parent, tr("Import"), question, QLineEdit::Normal,
                                                            QString(), &accepted);
            }
            if (accepted && !options.attachUnder.trimmed().isEmpty())
                continue;
        }
        if (!ok) {
            tell(parent, false, tr("Import"),
                 tr("Nothing was imported.") + QStringLiteral("\n\n") + errors.join(QLatin1Char('\n')));
            return false;
        }
        // Every view reloads from the database; the undo history cannot reach back across an import.
        QString error;
        if (!workspace->open(workspace->location(), &error)) {
            tell(parent, false, tr("Import"), error);
            return false;
        }
        tell(parent, true, tr("Import"), result.lines.join(QLatin1Char('\n')));
        return true;
    }
}

} // namespace daihoi
