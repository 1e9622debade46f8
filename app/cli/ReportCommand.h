#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace daihoi {

// daihoi-cli report FILE --unit CODE --term 2022-2025 --kind summary|congress|approval|tally|…|plan-schedule|agenda
//     [--out OUT.pdf] [--html OUT.html] [--number 12-BC/ĐU] [--place P] [--date YYYY-MM-DD]
//     [--signer NAME] [--signer-title TITLE] [--on YYYY-MM-DD (the agenda's first day)]
// Header fields not given come from those remembered for the unit in the window, else from the data.
// Fonts and PDF need a QGuiApplication (the offscreen platform will do).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ReportCommand)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace daihoi
