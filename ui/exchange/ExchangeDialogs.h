#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"
#include "exchange/CsvDialect.h"
#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace daihoi {

class Workspace;

// The File menu's export and import: choosers, a progress bar with Cancel, the outcome in a message.
// Tests replace the choosers and the message box with setTestAnswers(), so nothing blocks.
class ExchangeDialogs
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ExchangeDialogs)
public:
    // Asks for a folder and writes the export into a new subfolder CODE_START-END of it.
    static bool exportUnit(Workspace *workspace, const Unit &unit, const Term &term, QWidget *parent,
                           const CsvDialect &dialect = CsvDialect::excel());
    // Asks for one or more manifest.json files, imports them, and reopens the workspace so every view
    // shows the imported rows. An export whose unit is not in the database asks for a unit code to
    // attach it under.
    static bool importFiles(Workspace *workspace, QWidget *parent);

    // Test hooks. Each chooser takes the next entry of `paths` (an import takes them all; an empty list
    // means the user cancelled); the attach question gets `attachUnder`; messages go to lastMessage()
    // instead of a message box.
    static void setTestAnswers(const QStringList &paths, const QString &attachUnder = QString());
    static void clearTestAnswers();
    static QString lastMessage();
};

} // namespace daihoi
