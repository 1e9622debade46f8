#pragma once

#include "domain/committee/CompositionFigures.h"

#include <QLabel>

namespace daihoi {

// The composition figures of one committee or summed over a committee's units, as a small table,
// with a warning while some figure cannot be trusted (details missing, more members than seats).
class CompositionView : public QLabel
{
    Q_OBJECT
public:
    explicit CompositionView(QWidget *parent = nullptr);
    void showFigures(const CompositionFigures &figures, int youngAgeLimit);
    void clearFigures();
    // The warnings shown under the figures: details missing, more members than seats.
    QStringList warnings() const { return m_warnings; }

private:
    QStringList m_warnings;
};

} // namespace daihoi
