#include "StageRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace daihoi::bench {

bool StageRunner::run(const QString &stage, const QStringList &args, BenchFigures *figures, QString *error) const
{
    // Nothing remembered from an earlier stage (the last page shown, the last unit).
    QDir(m_settingsFolder).removeRecursively();
    QDir().mkpath(m_settingsFolder);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A settings folder of the benchmark's own: no remembered unit, so the window opens on the top one.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settingsFolder);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--stage"), stage} + args);
    if (!child.waitForStarted() || !child.waitForFinished(-1)) {
        *error = QStringLiteral("stage %1 did not run: %2").arg(stage, child.errorString());
        return false;
    }
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("stage %1 failed:\n%2").arg(stage, output);
        return false;
    }
    *figures = BenchFigures::parse(output);
    return true;
}

} // namespace daihoi::bench
