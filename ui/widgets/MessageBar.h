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
    // Lays the bar over the top of `area` instead of in a layout, so showing it never moves the
    // fields the clerk is typing into.
    void floatOver(QWidget *area);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeOverArea();

    QWidget *m_area = nullptr;
    QLabel *m_label;
};

} // namespace daihoi
