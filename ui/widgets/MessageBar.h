#pragma once

#include <QFrame>

class QLabel;

namespace daihoi {

// An inline message above the work area: refusals and failures are shown here, not in dialogs.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace daihoi
