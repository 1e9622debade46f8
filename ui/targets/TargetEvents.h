#pragma once

#include <QObject>

namespace daihoi {

class Workspace;

// Tells the targets views that an edit, undo or redo changed a congress's resolution or a unit's ratings.
// Workspace has no signals for them, so each workspace gets one of these as a child, created on first use
// (one per workspace, never a process-wide singleton).
class TargetEvents : public QObject
{
    Q_OBJECT
public:
    static TargetEvents *of(Workspace *workspace);

signals:
    // Targets or direction items of this congress changed.
    void changed(qint64 congressId);
    // The unit's ratings changed, and with them the value reached of its rating-based targets.
    void ratingsChanged(qint64 unitId);

private:
    explicit TargetEvents(QObject *parent);
};

} // namespace daihoi
