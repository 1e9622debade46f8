#pragma once

#include "exchange/ExchangeProgress.h"
#include <QPointer>
#include <QProgressDialog>

namespace daihoi {

// Shows an export's or import's progress in a QProgressDialog whose Cancel stops it.
class ProgressDialogReporter : public ExchangeProgress
{
public:
    ProgressDialogReporter(const QString &label, QWidget *parent);
    ~ProgressDialogReporter() override;
    void report(qint64 done, qint64 total, const QString &what) override;
    bool isCanceled() const override;
    QProgressDialog *dialog() const { return m_dialog; }

private:
    QPointer<QProgressDialog> m_dialog;
    QString m_label;
};

} // namespace daihoi
