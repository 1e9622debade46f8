#pragma once

#include "DocumentHeader.h"
#include "ReportKind.h"

#include <QSettings>

namespace daihoi {

// The header fields a clerk entered for a unit, remembered by unit code (codes stay the same over
// time and across machines). The number and recipients differ by document, so they are kept per kind.
class ReportSettings
{
public:
    ReportSettings(); // the program's settings file, the one AppSettings keeps
    explicit ReportSettings(const QString &iniFile); // a file of its own, for tests and tools

    bool hasUnit(const QString &unitCode) const;
    // Overwrites in *header only what was remembered; the date is never remembered.
    void load(const QString &unitCode, ReportKind kind, DocumentHeader *header) const;
    void save(const QString &unitCode, ReportKind kind, const DocumentHeader &header);

private:
    static QString group(const QString &unitCode);

    QSettings m_settings;
};

} // namespace daihoi
