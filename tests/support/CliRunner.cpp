#include "CliRunner.h"

#include <QProcess>

namespace daihoi {

CliRunner::CliRunner() = default;

CliRunner::Result CliRunner::run(const QStringList &args, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome.path());
    process.setProcessEnvironment(environment);
    // DAIHOI_TEST_CLI points the tests at another build of the command, e.g. while developing it.
    process.setProgram(qEnvironmentVariable("DAIHOI_TEST_CLI", QStringLiteral(DAIHOI_CLI_PATH)));
    process.setArguments(args);
    process.start();
    Result result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace daihoi
