#pragma once

#include <QWidget>

namespace daihoi {

// Under the unit tree: what its marks say about each unit's congress in the selected term.
class UnitStatusLegend : public QWidget
{
    Q_OBJECT
public:
    explicit UnitStatusLegend(QWidget *parent = nullptr);
};

} // namespace daihoi
