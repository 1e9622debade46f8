#pragma once

#include "domain/elections/ballots/CountedRound.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

namespace daihoi {

// The count for the congress hall (issue 15): a window for the projector, shown full screen, with
// the candidates in ballot order, their votes and % of the base in type that grows with the
// screen, and who is elected once every batch agrees. The counting window calls showCount()
// whenever a batch agrees. Esc closes it; F11 leaves or enters full screen.
class HallScreen : public QWidget
{
    Q_OBJECT
public:
    explicit HallScreen(QWidget *parent = nullptr);

    // `title`: the congress, then on a second line the election ("Đại hội …\nBầu Chi ủy");
    // `round`: the round's number (lần bầu thứ …), 0 when it goes unsaid.
    void showCount(const QString &title, const CountedRound &count, int round = 0);

    // One text as painted: where, in which font, and whether it is the elected mark (drawn
    // white on black). What the screen shows, for the tests and for screen readers. A piece
    // without text is the light band behind every other candidate's row.
    struct Piece
    {
        QString text;
        QRectF box;
        QFont font;
        Qt::Alignment alignment = Qt::AlignLeft;
        bool mark = false;
    };
    // The pieces laid out for the window's present size.
    QList<Piece> pieces() const { return layOut(size()); }
    QStringList texts() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Row
    {
        QString name;
        QString votes;
        QString percent;
        QString mark; // "Trúng cử" once the count is complete; empty otherwise
    };
    QList<Piece> layOut(const QSize &size) const;

    QStringList m_title;
    QString m_roundLine;
    QList<Row> m_rows;
    QString m_footer; // progress while counting; the ballots once complete
};

} // namespace daihoi
