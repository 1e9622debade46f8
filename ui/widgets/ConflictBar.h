#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace daihoi {

// Shown under a record whose save was refused because another clerk changed it meanwhile: the refusal,
// each field where the clerk's typing and the saved record differ, and Reload, which takes the saved
// values. Until then the clerk's typing stays in the form.
class ConflictBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConflictBar(QWidget *parent = nullptr);

    void showConflict(const QString &refusal, const QStringList &differences);
    // The refusal and the differences as shown, one a line.
    QString text() const;

signals:
    void reloadRequested();

private:
    QLabel *m_label;
    QPushButton *m_reload;
};

} // namespace daihoi
