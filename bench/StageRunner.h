#pragma once

#include "BenchFigures.h"

#include <QStringList>

namespace daihoi::bench {

// Runs one stage in a new process of this program ("--stage NAME ..."), so that its peak memory
// and its caches are its own, and reads back the figures it printed.
class StageRunner
{
public:
    explicit StageRunner(QString settingsFolder) : m_settingsFolder(std::move(settingsFolder)) {}
    bool run(const QString &stage, const QStringList &args, BenchFigures *figures, QString *error) const;

private:
    QString m_settingsFolder;
};

} // namespace daihoi::bench
