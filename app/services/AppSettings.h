#pragma once

#include "domain/QuorumRule.h"
#include "domain/committee/StructureTargets.h"

#include <QSettings>

namespace daihoi {

// The user's remembered choices (QSettings under the organisation "daihoi").
class AppSettings
{
public:
    AppSettings();
    // Back to the defaults: every remembered choice is forgotten.
    void clear();

    QString language() const;
    void setLanguage(const QString &language);
    QuorumRule quorumRule() const;
    void setQuorumRule(const QuorumRule &rule);
    int youngAgeLimit() const; // "young" committee members are under this age; default 40
    void setYoungAgeLimit(int years);
    // The shares of women and of young members the elected committees should reach (the composition chart).
    StructureTargets structureTargets() const;
    void setStructureTargets(const StructureTargets &targets);
    // Who is working, for the change history and edit conflicts of an SQLite file (a server knows its login);
    // the operating system's user name until the clerk types their own.
    QString clerkName() const;
    void setClerkName(const QString &name);
    QStringList recentDatabases() const; // most recent first
    void addRecentDatabase(const QString &path);
    // Office databases connected to through the dialog, as postgresql:// URLs without a password (the password
    // lives only in the system keychain); most recent first.
    QStringList recentConnections() const;
    void addRecentConnection(const QString &url);
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    QString lastTermKey() const;
    void setLastTermKey(const QString &key);
    QString lastUnitCode() const;
    void setLastUnitCode(const QString &code);
    QString lastPage() const;
    void setLastPage(const QString &page);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace daihoi
