#pragma once

#include "domain/Term.h"
#include "domain/committee/CommitteeMember.h"
#include "domain/committee/CompositionFigures.h"
#include "domain/elections/ElectionOffice.h"
#include "domain/targets/TargetResult.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace daihoi {

// Fixed Vietnamese wording of the printed documents. These are party documents, written in
// Vietnamese whatever language the window speaks, so nothing here goes through tr().
class DocumentText
{
public:
    // "85,71 %" (two decimals, decimal comma) from hundredths of a percent.
    static QString percent(qint64 hundredths);
    // "85,71" for table cells whose header already says "%".
    static QString percentNumber(qint64 hundredths);
    // "2022–2025", never broken at the dash.
    static QString term(const Term &term);
    // "IV" for the congress number (Đại hội lần thứ IV); empty for 0.
    static QString roman(int number);
    // "20/8/2022"
    static QString shortDate(const QDate &date);
    // "ngày 20 tháng 8 năm 2022"
    static QString longDate(const QDate &date);
    // "Chi ủy", "Bí thư", "Phó Bí thư", "Đại biểu dự Đại hội cấp trên"
    static QString officeName(ElectionOffice office);
    // Who is elected, as a subject line names it: "Chi ủy Chi bộ X", "đại biểu dự Đại hội cấp trên của Chi bộ X".
    static QString electedBody(const QString &unitName, ElectionOffice office);
    // The office as running text names it: "bầu Bí thư", but "bầu đại biểu dự Đại hội cấp trên".
    static QString officeInText(ElectionOffice office);
    // Capitals that keep Vietnamese letters right ("Đảng ủy" → "ĐẢNG ỦY").
    // A chi ủy member's office: "Bí thư", "Phó Bí thư", "Chi ủy viên".
    static QString roleName(CommitteeRole role);
    // A target's result as a report prints it: "Đạt", "Vượt", "Không đạt"; empty when not reviewed.
    static QString targetResult(TargetResult result);
    static QString capitals(const QString &text);
    // "Chi bộ Tổ dân phố số 5" → "chi bộ Tổ dân phố số 5" inside a sentence after a noun is needed.
    static QString lowerFirst(const QString &text);
    // The committee that speaks for a unit: "Đảng bộ phường X" → "Đảng ủy phường X"; a chi bộ speaks for itself.
    static QString committeeOf(const QString &unitName);
    // Vietnamese lists are read by given name (the last word), then the full name.
    static QStringList byGivenName(QStringList names);
    // "A, B và C"
    static QString joinAnd(const QStringList &items);
    // "1 (33,33 %)" followed by " (chưa rõ giới tính: 2)" when some are unknown.
    static QString withUnknown(const QString &count, int unknown, const QString &what);
    // "Lưu ý: …" lines while gender or ethnicity is missing or a committee has more members than seats.
    static QStringList compositionWarnings(const CompositionFigures &figures);
};

} // namespace daihoi
