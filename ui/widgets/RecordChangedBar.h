#pragma once

#include <QFrame>

class QLabel;

namespace daihoi {

// Over the bottom of the record being edited when another clerk saved it meanwhile: the clerk's typed values
// stay; Reload shows the other clerk's version instead.
class RecordChangedBar : public QFrame
{
    Q_OBJECT
public:
    explicit RecordChangedBar(QWidget *parent = nullptr);

    // Floats over the bottom of `area`, so showing it never moves the field being typed in.
    void floatOver(QWidget *area);
    void showChanged();
    QString text() const;

signals:
    void reloadRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QWidget *m_area = nullptr;
    QLabel *m_label;
};

} // namespace daihoi
