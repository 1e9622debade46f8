#pragma once

#include <QTableView>

namespace daihoi {

class BallotSheetModel;

// The ballot on screen, keyed without the mouse: Up and Down move between names, Space toggles
// the name in focus, a digit 1–9 toggles the name of that row, Enter saves the ballot.
class BallotSheetView : public QTableView
{
    Q_OBJECT
public:
    explicit BallotSheetView(QWidget *parent = nullptr);
    void setSheet(BallotSheetModel *sheet);

signals:
    void saveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    BallotSheetModel *m_sheet = nullptr;
};

} // namespace daihoi
