#pragma once

#include <QPlainTextEdit>

namespace daihoi {

// A multi-line text field that reports its edit once, when focus leaves it.
class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommitTextEdit(QWidget *parent = nullptr);

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace daihoi
