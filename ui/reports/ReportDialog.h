#pragma once

#include "domain/Term.h"
#include "domain/Unit.h"
#include "reports/DocumentHeader.h"
#include "reports/ReportKind.h"

#include <QDialog>
#include <QHash>
#include <QTextDocument>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;

namespace daihoi {

class OptionalDateEdit;
class PagePreviewDialog;
class Workspace;

// Prints the party documents of a unit and term: the clerk picks the document, checks the header
// (prefilled from what was entered last time for the unit), then previews, prints or saves a PDF.
// The header is remembered per unit whenever the document is printed or saved.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Workspace *workspace, const Unit &unit, const Term &term, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // Opens the dialog (modal) for the unit and term.
    static void open(Workspace *workspace, const Unit &unit, const Term &term, QWidget *parent);

    // Test hooks, each used once by the next request, so GUI tests never block on a native dialog.
    // The file "Save as PDF" writes to; an empty name cancels.
    static void setNextFileName(const QString &path);
    // Stands in for QPrintDialog: receives the prepared printer, returns whether to print.
    static void setNextPrintAnswer(std::function<bool(QPrinter *)> answer);
    // Stands in for exec() of the preview dialog: receives it ready to show.
    static void setNextPreviewAnswer(std::function<void(PagePreviewDialog *)> answer);

    // Stands in for the question whether to record a batch of decisions as approvals: the answer given.
    static void setNextApprovalAnswer(bool record);

    QList<ReportKind> availableKinds() const;
    void setKind(ReportKind kind);
    ReportKind kind() const;
    DocumentHeader header() const;
    void setHeader(const DocumentHeader &header);
    // The last error shown in the dialog's message line; empty when the last action worked.
    QString message() const;

    // Builds the document for the chosen kind and header; nullptr (and message()) when refused.
    std::unique_ptr<QTextDocument> buildDocument();

public slots:
    void preview();
    void print();
    void saveAsPdf();
    // The document as OpenDocument text, for Word or LibreOffice.
    void saveAsOdt();
    // The table of a table kind (summary, statistics) as an Excel workbook.
    void saveAsXlsx();

private:
    void loadHeader();
    // The agenda's first day moved: the agenda is dated by it unless the clerk chose another date.
    void agendaDayEdited();
    // The agenda's first day as typed, today when empty; false (and a message) when it is no date.
    bool agendaDay(QDate *day);
    QString numberPlaceholder() const; // "e.g. 12-BC/CB" with the kind's own suffix
    void rememberHeader();
    void showMessage(const QString &text);
    // The file chosen through the test hook or a save dialog; empty when cancelled.
    QString chooseFile(const QString &caption, const QString &extension, const QString &filter);
    // After decisions with numbers were printed or saved: offers to record them on the committees.
    void offerToRecordApprovals();

    Workspace *m_workspace;
    Unit m_unit;
    Term m_term;
    QComboBox *m_kind;
    QLineEdit *m_parentBody;
    QLineEdit *m_issuingBody;
    QLineEdit *m_number;
    QLineEdit *m_place;
    OptionalDateEdit *m_date;
    QLineEdit *m_addressee;
    QLineEdit *m_signerCapacity;
    QLineEdit *m_signerTitle;
    QLineEdit *m_signerName;
    QPlainTextEdit *m_recipients;
    OptionalDateEdit *m_agendaFrom; // shown for the agenda only
    QFormLayout *m_form = nullptr;
    QLabel *m_message;
    QString m_numberSuffix;
    QDate m_defaultDate; // what the document carries unless the clerk types another
    // The header typed for each kind shown since the dialog opened, kept when the clerk looks at another.
    struct Typed
    {
        DocumentHeader header;
        QDate defaultDate;
    };
    QHash<int, Typed> m_typed;
    std::optional<ReportKind> m_shownKind;
    QPushButton *m_xlsxButton = nullptr; // shown for the kinds that are tables
};

} // namespace daihoi
