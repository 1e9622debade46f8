#include "AppSettings.h"

#include "LanguageLoader.h"

#include <QDir>
#include <QStandardPaths>

namespace daihoi {

AppSettings::AppSettings()
    // An explicit file under the config location, so tests (QStandardPaths test mode) never read the user's.
    : m_settings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                     + QStringLiteral("/daihoi/daihoi.conf"),
                 QSettings::IniFormat)
{
}

void AppSettings::clear()
{
    m_settings.clear();
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language"), LanguageLoader::defaultLanguage()).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QuorumRule AppSettings::quorumRule() const
{
    return QuorumRule(m_settings.value(QStringLiteral("rules/quorumNumerator"), 2).toInt(),
                      m_settings.value(QStringLiteral("rules/quorumDenominator"), 3).toInt());
}

void AppSettings::setQuorumRule(const QuorumRule &rule)
{
    m_settings.setValue(QStringLiteral("rules/quorumNumerator"), rule.numerator());
    m_settings.setValue(QStringLiteral("rules/quorumDenominator"), rule.denominator());
}

int AppSettings::youngAgeLimit() const
{
    return m_settings.value(QStringLiteral("rules/youngAgeLimit"), 40).toInt();
}

void AppSettings::setYoungAgeLimit(int years)
{
    m_settings.setValue(QStringLiteral("rules/youngAgeLimit"), years);
}

StructureTargets AppSettings::structureTargets() const
{
    const StructureTargets defaults;
    StructureTargets targets;
    targets.womenPercent = m_settings.value(QStringLiteral("rules/womenTargetPercent"), defaults.womenPercent).toInt();
    targets.youngPercent = m_settings.value(QStringLiteral("rules/youngTargetPercent"), defaults.youngPercent).toInt();
    return targets;
}

void AppSettings::setStructureTargets(const StructureTargets &targets)
{
    m_settings.setValue(QStringLiteral("rules/womenTargetPercent"), targets.womenPercent);
    m_settings.setValue(QStringLiteral("rules/youngTargetPercent"), targets.youngPercent);
}

QString AppSettings::clerkName() const
{
    const QString typed = m_settings.value(QStringLiteral("user/clerkName")).toString().trimmed();
    if (!typed.isEmpty())
        return typed;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString login = qEnvironmentVariable(variable);
        if (!login.isEmpty())
            return login;
    }
    // A session without those variables (a service, a container) still has a home folder named after its user.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("?") : home;
}

void AppSettings::setClerkName(const QString &name)
{
    m_settings.setValue(QStringLiteral("user/clerkName"), name.trimmed());
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(QStringLiteral("session/recentDatabases")).toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings.setValue(QStringLiteral("session/recentDatabases"), recent.mid(0, 8));
}

QStringList AppSettings::recentConnections() const
{
    return m_settings.value(QStringLiteral("office/recentConnections")).toStringList();
}

void AppSettings::addRecentConnection(const QString &url)
{
    QStringList recent = recentConnections();
    recent.removeAll(url);
    recent.prepend(url);
    m_settings.setValue(QStringLiteral("office/recentConnections"), recent.mid(0, 8));
}

QString AppSettings::lastDatabase() const
{
    return m_settings.value(QStringLiteral("session/lastDatabase")).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    m_settings.setValue(QStringLiteral("session/lastDatabase"), path);
}

QString AppSettings::lastTermKey() const
{
    return m_settings.value(QStringLiteral("session/lastTerm")).toString();
}

void AppSettings::setLastTermKey(const QString &key)
{
    m_settings.setValue(QStringLiteral("session/lastTerm"), key);
}

QString AppSettings::lastUnitCode() const
{
    return m_settings.value(QStringLiteral("session/lastUnit")).toString();
}

void AppSettings::setLastUnitCode(const QString &code)
{
    m_settings.setValue(QStringLiteral("session/lastUnit"), code);
}

QString AppSettings::lastPage() const
{
    return m_settings.value(QStringLiteral("session/lastPage")).toString();
}

void AppSettings::setLastPage(const QString &page)
{
    m_settings.setValue(QStringLiteral("session/lastPage"), page);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(QStringLiteral("window/splitter")).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter"), state);
}

} // namespace daihoi
