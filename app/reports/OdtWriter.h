#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace daihoi {

// Saves a document written by PartyDocument as OpenDocument text (.odt) that Word and LibreOffice
// open and edit. Qt's QTextDocumentWriter writes the text, its fonts and tables; it leaves out the
// page (size, margins) and the tables' column widths, which this writer puts back into the file.
class OdtWriter
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::OdtWriter)
public:
    static bool write(const QTextDocument *document, const QString &path, QString *error);
};

} // namespace daihoi
