#pragma once

#include "DocumentHeader.h"
#include "ReportKind.h"

#include <QSettings>

namespace daihoi {

// The header fields a clerk entered for a unit's document, remembered by unit code (codes stay the
// same over time and across machines) and kind of document: a decision is issued by another body and
// signed by another person than the tally minutes. The place typed once serves every kind of the unit.
// A date is remembered only when the clerk chose one other than the document's own (the congress day,
// or the day of printing), and only for that term.
class ReportSettings
{
public:
    ReportSettings(); // the program's settings file, the one AppSettings keeps
    explicit ReportSettings(const QString &iniFile); // a file of its own, for tests and tools

    bool hasUnit(const QString &unitCode) const;
    // Overwrites in *header only what was remembered.
    void load(const QString &unitCode, ReportKind kind, const QString &termKey, DocumentHeader *header) const;
    // defaultDate is the date the document would carry unchosen.
    void save(const QString &unitCode, ReportKind kind, const QString &termKey, const DocumentHeader &header,
              const QDate &defaultDate);

private:
    static QString group(const QString &unitCode);

    QSettings m_settings;
};

} // namespace daihoi
