#pragma once

#include <QStringList>
#include <QTemporaryDir>

namespace daihoi {

// Runs the real daihoi-cli as a clerk would, with its own settings folder so nothing the user
// remembered (or an earlier test wrote) leaks in.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1; // -1: did not finish in time
        QString out;
        QString err;
    };

    CliRunner();
    Result run(const QStringList &args, int timeoutMs = 120000) const;

private:
    QTemporaryDir m_configHome;
};

} // namespace daihoi
