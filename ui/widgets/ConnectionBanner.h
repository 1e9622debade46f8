#pragma once

#include <QFrame>

class QLabel;

namespace daihoi {

// Across the top of the window while the office server cannot be reached: says so, that the program keeps
// trying, and that what the clerk typed stays on screen until it can be saved.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showLost(const QString &reason);
    void showRestored();
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace daihoi
