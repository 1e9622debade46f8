#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace daihoi {

// Shares a targets table's width so the target's name keeps the room: figure columns fit their contents,
// text columns (group, unit, basis) fit theirs while that leaves the name its share and are narrowed
// (their text wraps) when it would not, and the name column stretches over the rest. Refits when the
// rows or the view's width change.
class TargetColumnFit : public QObject
{
    Q_OBJECT
public:
    TargetColumnFit(QTableView *view, int nameColumn, const QList<int> &textColumns);

    static constexpr double NameShare = 0.35; // of the table's width, at least, for the name

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTableView *m_view;
    int m_nameColumn;
    QList<int> m_textColumns;
};

} // namespace daihoi
