#pragma once

#include "domain/committee/CompositionFigures.h"

#include <QLabel>

namespace daihoi {

// The composition figures of one committee or summed over a committee's units, as a small table.
class CompositionView : public QLabel
{
    Q_OBJECT
public:
    explicit CompositionView(QWidget *parent = nullptr);
    void showFigures(const CompositionFigures &figures, int youngAgeLimit);
};

} // namespace daihoi
