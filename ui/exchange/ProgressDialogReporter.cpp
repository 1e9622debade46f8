#include "ProgressDialogReporter.h"
#include <QCoreApplication>

namespace daihoi {

namespace {

constexpr int steps = 1000; // the total may pass an int; the bar shows thousandths

} // namespace

ProgressDialogReporter::ProgressDialogReporter(const QString &label, QWidget *parent)
    : m_dialog(new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, steps, parent))
    , m_label(label)
{
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
}

ProgressDialogReporter::~ProgressDialogReporter()
{
    delete m_dialog;
}

void ProgressDialogReporter::report(qint64 done, qint64 total, const QString &what)
{
    if (!m_dialog)
        return;
    m_dialog->setValue(total > 0 ? int(qMin<qint64>(steps, done * steps / total)) : 0);
    if (!what.isEmpty())
        m_dialog->setLabelText(QStringLiteral("%1\n%2").arg(m_label, what));
    // The work runs on this thread: let the bar paint and the Cancel button be pressed.
    QCoreApplication::processEvents();
}

bool ProgressDialogReporter::isCanceled() const
{
    return m_dialog && m_dialog->wasCanceled();
}

} // namespace daihoi
