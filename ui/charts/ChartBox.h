#pragma once

#include "reports/charts/CommitteeChartData.h"
#include "reports/charts/CommitteeCharts.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace daihoi {

// One chart of the Charts tab, with the buttons that save it as a PNG picture or an SVG drawing. What is saved is
// drawn afresh at a fixed size (ChartRenderer), so the file looks the same whatever the window's size.
class ChartBox : public QGroupBox
{
    Q_OBJECT
public:
    ChartBox(CommitteeCharts::Kind kind, QWidget *parent = nullptr);

    CommitteeCharts::Kind kind() const { return m_kind; }
    // Shows the chart of this kind for the data, or what it lacks.
    void showData(const CommitteeChartData &data);
    void clear();
    QChartView *view() const { return m_view; }

    // Stands in for the file dialog of the next save: the path chosen, or an empty string for Cancel.
    static void setNextFileName(const QString &path);

signals:
    // "Saved …" or why not, for the panel's message bar.
    void saved(const QString &message, bool ok);

private:
    void save(bool svg);

    CommitteeCharts::Kind m_kind;
    CommitteeChartData m_data;
    bool m_hasChart = false;
    QChartView *m_view;
    QLabel *m_empty;
    QPushButton *m_savePng;
    QPushButton *m_saveSvg;
};

} // namespace daihoi
