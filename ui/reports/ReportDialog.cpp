#include "ReportDialog.h"

#include "PagePreviewDialog.h"

#include "Workspace.h"
#include "commands/RecordApprovalsEdit.h"
#include "domain/UnitLevel.h"
#include "reports/DecisionDocument.h"
#include "reports/DocumentWriter.h"
#include "reports/OdtWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportSettings.h"
#include "reports/ReportTables.h"
#include "reports/XlsxWriter.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <optional>

namespace daihoi {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> answer;
    return answer;
}

std::function<bool(QPrinter *)> &nextPrintAnswer()
{
    static std::function<bool(QPrinter *)> answer;
    return answer;
}

std::function<void(PagePreviewDialog *)> &nextPreviewAnswer()
{
    static std::function<void(PagePreviewDialog *)> answer;
    return answer;
}

std::optional<bool> &nextApprovalAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

} // namespace

void ReportDialog::setNextApprovalAnswer(bool record)
{
    nextApprovalAnswer() = record;
}

void ReportDialog::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

void ReportDialog::setNextPrintAnswer(std::function<bool(QPrinter *)> answer)
{
    nextPrintAnswer() = std::move(answer);
}

void ReportDialog::setNextPreviewAnswer(std::function<void(PagePreviewDialog *)> answer)
{
    nextPreviewAnswer() = std::move(answer);
}

void ReportDialog::open(Workspace *workspace, const Unit &unit, const Term &term, QWidget *parent)
{
    ReportDialog dialog(workspace, unit, term, parent);
    dialog.exec();
}

ReportDialog::ReportDialog(Workspace *workspace, const Unit &unit, const Term &term, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_unit(unit)
    , m_term(term)
    , m_kind(new QComboBox(this))
    , m_parentBody(new QLineEdit(this))
    , m_issuingBody(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_date(new OptionalDateEdit(this))
    , m_addressee(new QLineEdit(this))
    , m_signerCapacity(new QLineEdit(this))
    , m_signerTitle(new QLineEdit(this))
    , m_signerName(new QLineEdit(this))
    , m_recipients(new QPlainTextEdit(this))
    , m_agendaFrom(new OptionalDateEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Print documents — %1, term %2").arg(unit.name, term.label()));
    m_date->setPlaceholderText(tr("empty: \"ngày … tháng … năm …\" to fill in by hand"));
    // The tests and the clerk's keyboard find the fields by these names.
    const QList<QPair<QWidget *, const char *>> names = {
        {m_kind, "kind"},           {m_parentBody, "parentBody"},         {m_issuingBody, "issuingBody"},
        {m_number, "number"},       {m_place, "place"},                   {m_date, "date"},
        {m_addressee, "addressee"}, {m_signerCapacity, "signerCapacity"}, {m_signerTitle, "signerTitle"},
        {m_signerName, "signerName"}, {m_recipients, "recipients"}, {m_agendaFrom, "agendaFrom"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    m_recipients->setPlaceholderText(tr("One recipient a line"));
    m_recipients->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a94442;"));
    m_message->hide();

    for (ReportKind kind : availableKinds())
        m_kind->addItem(ReportKinds::displayName(kind), int(kind));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Document:"), m_kind);
    m_agendaFrom->setValue(QDate::currentDate());
    m_agendaFrom->setToolTip(tr("The agenda lists the congresses of this day and the 13 days after it."));
    form->addRow(tr("Agenda &from:"), m_agendaFrom);
    connect(m_agendaFrom, &QLineEdit::editingFinished, this, &ReportDialog::agendaDayEdited);
    // Tab goes from the document to its first day, then on to the header.
    QWidget::setTabOrder(m_kind, m_agendaFrom);
    QWidget::setTabOrder(m_agendaFrom, m_parentBody);
    form->addRow(tr("&Parent body:"), m_parentBody);
    form->addRow(tr("&Issuing body:"), m_issuingBody);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("&Addressed to:"), m_addressee);
    form->addRow(tr("Signs &on behalf of:"), m_signerCapacity);
    form->addRow(tr("Signer's &title:"), m_signerTitle);
    form->addRow(tr("&Signer:"), m_signerName);
    form->addRow(tr("&Recipients:"), m_recipients);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportDialog::saveAsPdf);
    QPushButton *odtButton = buttons->addButton(tr("Save as &Word (.odt)…"), QDialogButtonBox::ActionRole);
    odtButton->setObjectName(QStringLiteral("saveOdtButton"));
    odtButton->setEnabled(m_kind->count() > 0);
    connect(odtButton, &QPushButton::clicked, this, &ReportDialog::saveAsOdt);
    m_xlsxButton = buttons->addButton(tr("Save as E&xcel (.xlsx)…"), QDialogButtonBox::ActionRole);
    m_xlsxButton->setObjectName(QStringLiteral("saveXlsxButton"));
    connect(m_xlsxButton, &QPushButton::clicked, this, &ReportDialog::saveAsXlsx);
    auto showXlsx = [this] { m_xlsxButton->setVisible(m_kind->count() > 0 && ReportTables::isTable(kind())); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showXlsx);
    showXlsx();
    auto showAgendaDay = [this] { m_form->setRowVisible(m_agendaFrom, m_kind->count() > 0 && kind() == ReportKind::Agenda); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showAgendaDay);
    showAgendaDay();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPushButton *button : {previewButton, printButton, pdfButton})
        button->setEnabled(m_kind->count() > 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::loadHeader);
    if (m_kind->count() == 0)
        showMessage(tr("%1 has no document to print: it has no subordinate units and is not a branch.").arg(unit.name));
    loadHeader();
}

ReportDialog::~ReportDialog() = default;

QList<ReportKind> ReportDialog::availableKinds() const
{
    QList<ReportKind> kinds;
    int children = 0;
    QString error;
    if (UnitRepository(m_workspace->database().connection()).childCount(m_unit.id, &children, &error) && children > 0)
        kinds << ReportKind::Summary << ReportKind::Statistics << ReportKind::PlanSchedule << ReportKind::Agenda
              << ReportKind::Decision;
    if (UnitLevels::isBranch(m_unit.level))
        kinds << ReportKind::Congress << ReportKind::Approval << ReportKind::Tally << ReportKind::Minutes
              << ReportKind::Resolution << ReportKind::Decision << ReportKind::BallotLog;
    return kinds;
}

void ReportDialog::setKind(ReportKind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

ReportKind ReportDialog::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

DocumentHeader ReportDialog::header() const
{
    DocumentHeader header;
    header.parentBody = m_parentBody->text().trimmed();
    header.issuingBody = m_issuingBody->text().trimmed();
    header.number = m_number->text().trimmed();
    header.numberSuffix = m_numberSuffix;
    header.place = m_place->text().trimmed();
    header.date = m_date->value();
    header.addressee = m_addressee->text().trimmed();
    header.signerCapacity = m_signerCapacity->text().trimmed();
    header.signerTitle = m_signerTitle->text().trimmed();
    header.signerName = m_signerName->text().trimmed();
    const QStringList lines = m_recipients->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            header.recipients.append(line.trimmed());
    }
    return header;
}

void ReportDialog::setHeader(const DocumentHeader &header)
{
    m_parentBody->setText(header.parentBody);
    m_issuingBody->setText(header.issuingBody);
    m_number->setText(header.number);
    m_numberSuffix = header.numberSuffix;
    m_place->setText(header.place);
    m_date->setValue(header.date);
    m_addressee->setText(header.addressee);
    m_signerCapacity->setText(header.signerCapacity);
    m_signerTitle->setText(header.signerTitle);
    m_signerName->setText(header.signerName);
    m_recipients->setPlainText(header.recipients.join(QLatin1Char('\n')));
}

QString ReportDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReportDialog::loadHeader()
{
    if (m_kind->count() == 0)
        return;
    // What was typed for the document left stays with it until the dialog closes.
    if (m_shownKind)
        m_typed.insert(int(*m_shownKind), {header(), m_defaultDate});
    m_shownKind = kind();
    if (m_typed.contains(int(kind()))) {
        const Typed typed = m_typed.value(int(kind()));
        setHeader(typed.header);
        m_defaultDate = typed.defaultDate;
    } else {
        ReportBuilder builder(m_workspace->database().connection());
        builder.setAgendaFrom(m_agendaFrom->value());
        DocumentHeader header = builder.defaultHeader(kind(), m_unit, m_term);
        m_defaultDate = header.date;
        ReportSettings().load(m_unit.code, kind(), m_term.key(), &header);
        setHeader(header);
    }
    m_number->setPlaceholderText(numberPlaceholder());
}

bool ReportDialog::agendaDay(QDate *day)
{
    *day = QDate();
    if (kind() != ReportKind::Agenda)
        return true;
    if (!m_agendaFrom->isAcceptable()) {
        showMessage(tr("Not printed: the agenda's first day “%1” is not a date: %2.")
                        .arg(m_agendaFrom->text().trimmed(), m_agendaFrom->problem()));
        m_agendaFrom->setFocus();
        return false;
    }
    *day = m_agendaFrom->value().isValid() ? m_agendaFrom->value() : QDate::currentDate();
    return true;
}

void ReportDialog::agendaDayEdited()
{
    if (kind() != ReportKind::Agenda || !m_agendaFrom->isAcceptable())
        return;
    const QDate day = m_agendaFrom->value().isValid() ? m_agendaFrom->value() : QDate::currentDate();
    if (m_date->value() == m_defaultDate && day != m_defaultDate) {
        m_date->setValue(day);
        m_defaultDate = day;
    }
}

QString ReportDialog::numberPlaceholder() const
{
    return tr("e.g. 12%1; empty leaves a space to write it by hand").arg(m_numberSuffix);
}

void ReportDialog::rememberHeader()
{
    ReportSettings().save(m_unit.code, kind(), m_term.key(), header(), m_defaultDate);
}

std::unique_ptr<QTextDocument> ReportDialog::buildDocument()
{
    if (!m_date->isAcceptable()) {
        showMessage(tr("Not printed: the date “%1” is not a date: %2.").arg(m_date->text().trimmed(), m_date->problem()));
        m_date->setFocus();
        return nullptr;
    }
    QDate agendaFrom;
    if (!agendaDay(&agendaFrom))
        return nullptr;
    auto document = std::make_unique<QTextDocument>();
    ReportBuilder builder(m_workspace->database().connection());
    builder.setYoungAgeLimit(m_workspace->youngAgeLimit());
    builder.setAgendaFrom(agendaFrom);
    QString error;
    if (builder.build(kind(), m_unit, m_term, header(), document.get(), &error) != ReportBuilder::Outcome::Built) {
        showMessage(error);
        return nullptr;
    }
    showMessage(QString());
    return document;
}

void ReportDialog::preview()
{
    std::unique_ptr<QTextDocument> document = buildDocument();
    if (!document)
        return;
    rememberHeader();
    // The pages as DocumentWriter paints them for the PDF and the printer, not Qt's print preview,
    // which replays them through the screen's fonts.
    PagePreviewDialog dialog(document.get(), this);
    dialog.setWindowTitle(m_kind->currentText());
    connect(&dialog, &PagePreviewDialog::printRequested, this, &ReportDialog::print);
    if (auto answer = std::exchange(nextPreviewAnswer(), nullptr))
        answer(&dialog);
    else
        dialog.exec();
}

void ReportDialog::print()
{
    std::unique_ptr<QTextDocument> document = buildDocument();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    DocumentWriter::preparePrinter(&printer);
    printer.setDocName(m_kind->currentText());
    bool accepted = false;
    if (auto answer = std::exchange(nextPrintAnswer(), nullptr)) {
        accepted = answer(&printer);
    } else {
        QPrintDialog dialog(&printer, this);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted)
        return;
    rememberHeader();
    // The print dialog may have changed the paper; the party format is A4 with its own margins.
    DocumentWriter::preparePrinter(&printer);
    if (!DocumentWriter::paint(document.get(), &printer))
        showMessage(tr("The document could not be sent to the printer."));
    else
        offerToRecordApprovals();
}

void ReportDialog::saveAsPdf()
{
    std::unique_ptr<QTextDocument> document = buildDocument();
    if (!document)
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-%2-%3.pdf")
                                                        .arg(m_unit.code, ReportKinds::key(kind()), m_term.key()));
    QString path;
    if (std::optional<QString> answer = std::exchange(nextFileName(), std::nullopt))
        path = *answer;
    else
        path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberHeader();
    QString error;
    if (!DocumentWriter::writePdf(document.get(), path, m_kind->currentText(), &error))
        showMessage(error);
    else
        offerToRecordApprovals();
}

void ReportDialog::offerToRecordApprovals()
{
    const DocumentHeader printed = header();
    if (kind() != ReportKind::Decision || printed.number.isEmpty())
        return; // numbers left blank are written by hand, and recorded when they are known
    QString error;
    QList<ApprovalService::Decision> decisions;
    if (!ApprovalService(m_workspace->database().connection()).decisions(m_unit, m_term, printed, &decisions, &error)) {
        showMessage(error);
        return;
    }
    if (decisions.isEmpty())
        return;
    bool record = false;
    if (std::optional<bool> answer = std::exchange(nextApprovalAnswer(), std::nullopt)) {
        record = *answer;
    } else {
        QMessageBox box(QMessageBox::Question, tr("Record the approvals"),
                        tr("Record the decisions' number and date on the committees they approve?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setInformativeText(tr("%n committee(s), %1, dated %2.", nullptr, int(decisions.size()))
                                   .arg(ApprovalService::numberRange(decisions), printed.date.toString(QStringLiteral("dd/MM/yyyy"))));
        box.setDefaultButton(QMessageBox::Yes);
        record = box.exec() == QMessageBox::Yes;
    }
    if (!record)
        return;
    RecordApprovalsEdit *edit = RecordApprovalsEdit::create(m_workspace, decisions, &error);
    if (!edit) {
        showMessage(error);
        return;
    }
    // A refusal reaches the window through failed(); the dialog in front shows it too.
    const QMetaObject::Connection shown = connect(m_workspace, &Workspace::failed, this, &ReportDialog::showMessage);
    const bool recorded = m_workspace->run(edit);
    disconnect(shown);
    if (recorded && DecisionDocument::canNumberOn(decisions.constLast().number)) {
        // The next batch numbers on from here, not from this batch's first number again.
        m_number->setText(DecisionDocument::numberAt(decisions.constLast().number, 1));
        rememberHeader();
    }
}

QString ReportDialog::chooseFile(const QString &caption, const QString &extension, const QString &filter)
{
    if (std::optional<QString> answer = std::exchange(nextFileName(), std::nullopt))
        return *answer;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2-%3.%4").arg(m_unit.code, ReportKinds::key(kind()), m_term.key(), extension));
    return QFileDialog::getSaveFileName(this, caption, suggested, filter);
}

void ReportDialog::saveAsOdt()
{
    std::unique_ptr<QTextDocument> document = buildDocument();
    if (!document)
        return;
    const QString path = chooseFile(tr("Save as Word"), QStringLiteral("odt"), tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    rememberHeader();
    QString error;
    if (!OdtWriter::write(document.get(), path, &error))
        showMessage(error);
}

void ReportDialog::saveAsXlsx()
{
    QDate agendaFrom;
    if (!agendaDay(&agendaFrom))
        return;
    ReportTables tables(m_workspace->database().connection());
    tables.setYoungAgeLimit(m_workspace->youngAgeLimit());
    tables.setAgendaFrom(agendaFrom);
    SheetTable table;
    QString error;
    if (tables.build(kind(), m_unit, m_term, &table, &error) != ReportBuilder::Outcome::Built) {
        showMessage(error);
        return;
    }
    showMessage(QString());
    const QString path = chooseFile(tr("Save as Excel"), QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!XlsxWriter::write(table, path, &error))
        showMessage(error);
}

} // namespace daihoi
