#include "CompositionView.h"

#include "domain/DisplayFormat.h"
#include "domain/Percent.h"

namespace daihoi {

CompositionView::CompositionView(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("compositionView"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void CompositionView::clearFigures()
{
    m_warnings.clear();
    clear();
}

void CompositionView::showFigures(const CompositionFigures &f, int youngAgeLimit)
{
    m_warnings.clear();
    if (f.members == 0 && f.seats == 0) {
        setText(tr("No committee recorded yet."));
        return;
    }
    auto share = [&f](int count) {
        return QStringLiteral("%1 (%2 %)").arg(count).arg(DisplayFormat::percent(count, f.members));
    };
    // A count that leaves people out says so beside it, so nobody reads it as complete.
    auto withUnknown = [](const QString &value, int unknown) {
        return unknown > 0 ? value + QStringLiteral(" · ") + tr("unknown: %1").arg(unknown) : value;
    };
    QList<QPair<QString, QString>> rows = {
        {tr("Members elected"), f.seats > 0 ? tr("%1 of %2 seats").arg(f.members).arg(f.seats) : QString::number(f.members)},
        {tr("Seats left unfilled"), QString::number(f.unfilled())},
        {tr("Re-elected"), share(f.reelected)},
        {tr("New"), share(f.newcomers())},
        {tr("Women"), withUnknown(share(f.women), f.genderUnknown)},
        {tr("Men"), withUnknown(share(f.men), f.genderUnknown)},
        {tr("Under %1").arg(youngAgeLimit), share(f.young)},
        {tr("Ethnic minority"), withUnknown(share(f.ethnicMinority), f.ethnicityUnknown)},
    };
    for (TheoryLevel level : Person::theoryLevels()) {
        if (f.theoryCount(level) > 0)
            rows.append({tr("Political theory: %1").arg(Person::theoryName(level)), share(f.theoryCount(level))});
    }
    if (f.secretaries > 0) {
        rows.append({tr("Secretaries re-elected / new"),
                     QStringLiteral("%1 / %2").arg(f.secretariesReelected).arg(f.secretaries - f.secretariesReelected)});
        rows.append({tr("Secretaries elected at the congress"), QString::number(f.secretariesElectedAtCongress)});
        if (f.secretariesAppointed > 0)
            rows.append({tr("Secretaries appointed by the higher committee"), QString::number(f.secretariesAppointed)});
        rows.append({tr("Secretaries also heading the residential group"), QString::number(f.secretariesResidentialHead)});
        rows.append({tr("Secretaries with 100 % approval"),
                     QStringLiteral("%1/%2").arg(f.secretariesWithFullApproval).arg(f.secretariesElectedAtCongress)});
        if (f.lowestSecretaryPercent >= 0 && f.lowestSecretaryPercent < 10000)
            rows.append({tr("Lowest secretary approval"),
                         Percent::formatHundredths(f.lowestSecretaryPercent, DisplayFormat::decimalSeparator())
                             + QStringLiteral(" %")});
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (f.congressesOverSeats > 0) {
        m_warnings.append(f.congresses == 1
                              ? tr("%1 members are recorded for %2 seats: check the committee against the election "
                                   "results.")
                                    .arg(f.members)
                                    .arg(f.seats)
                              : tr("%1 committees have more members than seats (%2 too many): check them against "
                                   "their election results.")
                                    .arg(f.congressesOverSeats)
                                    .arg(f.membersOverSeats));
    }
    if (f.detailsMissing > 0)
        m_warnings.append(tr("Gender or ethnicity not recorded for %1 of %2 members: the figures count only what "
                             "is recorded.")
                              .arg(f.detailsMissing)
                              .arg(f.members));
    for (const QString &warning : std::as_const(m_warnings))
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>").arg(warning.toHtmlEscaped());
    setText(html);
}

} // namespace daihoi
