#include "SummaryNarrative.h"

#include "DocumentText.h"
#include "domain/Percent.h"
#include "domain/plans/PlanStanding.h"

namespace daihoi {

namespace {

// Lists longer than this are left to the table rather than spelt out in a sentence.
constexpr int namedLimit = 3;

bool allBranches(const NarrativeFigures &f)
{
    return f.progress.branchCount == f.progress.unitCount;
}

QString unitsNoun(const NarrativeFigures &f)
{
    return allBranches(f) ? QStringLiteral("chi bộ") : QStringLiteral("tổ chức đảng");
}

QString share(int part, int whole)
{
    return DocumentText::percent(Percent::hundredths(part, whole));
}

// "Từ ngày 20/8 đến hết ngày 11/9/2022", "Ngày 20/8/2022"
QString spanOpening(const QDate &first, const QDate &last)
{
    if (!last.isValid() || first == last)
        return QStringLiteral("Ngày %1").arg(DocumentText::shortDate(first));
    const QString from = first.year() == last.year() ? first.toString(QStringLiteral("d/M")) : DocumentText::shortDate(first);
    return QStringLiteral("Từ ngày %1 đến hết ngày %2").arg(from, DocumentText::shortDate(last));
}

} // namespace

QStringList SummaryNarrative::sentences(const NarrativeFigures &f)
{
    QStringList list;
    list << progressSentence(f);
    const QString plan = planSentence(f);
    if (!plan.isEmpty())
        list << plan;
    if (f.progress.heldCount == 0)
        return list;
    if (f.summoned > 0)
        list << QStringLiteral("Tổng số đảng viên dự đại hội là %1/%2 đồng chí được triệu tập, đạt %3.")
                    .arg(f.present)
                    .arg(f.summoned)
                    .arg(share(f.present, f.summoned));
    const QString committee = committeeSentence(f);
    if (!committee.isEmpty())
        list << committee;
    const CompositionFigures &c = f.composition;
    if (c.unfilled() > 0) {
        QString unfilled = QStringLiteral("Còn %1 vị trí cấp ủy viên chưa bầu đủ so với số lượng đại hội quyết định")
                               .arg(c.unfilled());
        if (!f.unfilledUnits.isEmpty() && f.unfilledUnits.size() <= namedLimit)
            unfilled += QStringLiteral(" (tại %1)").arg(DocumentText::joinAnd(f.unfilledUnits));
        list << unfilled + QLatin1Char('.');
    }
    const QString secretary = secretarySentence(f);
    if (!secretary.isEmpty())
        list << secretary;
    return list;
}

QString SummaryNarrative::progressSentence(const NarrativeFigures &f)
{
    const Progress &p = f.progress;
    const QString noun = unitsNoun(f);
    const QString congressName = allBranches(f) ? QStringLiteral("Đại hội chi bộ") : QStringLiteral("đại hội");
    if (p.heldCount == 0)
        return QStringLiteral("Đến nay, chưa có %1 nào trong số %2 %1 trực thuộc %3 tổ chức %4 nhiệm kỳ %5.")
            .arg(noun)
            .arg(p.unitCount)
            .arg(f.committeeName, congressName, f.termLabel);
    QString sentence = QStringLiteral("%1, %2/%3 %4 trực thuộc %5 đã tổ chức thành công %6 nhiệm kỳ %7")
                           .arg(spanOpening(p.firstHeld, p.lastHeld))
                           .arg(p.heldCount)
                           .arg(p.unitCount)
                           .arg(noun, f.committeeName, congressName, f.termLabel);
    const int pending = p.unitCount - p.heldCount;
    if (pending <= 0)
        return sentence + QLatin1Char('.');
    if (f.pendingUnits.size() == 1 && pending == 1)
        return sentence + QStringLiteral("; còn %1 chưa tổ chức đại hội.").arg(f.pendingUnits.first());
    if (!f.pendingUnits.isEmpty() && f.pendingUnits.size() == pending && pending <= namedLimit)
        return sentence + QStringLiteral("; còn %1 %2 chưa tổ chức đại hội: %3.")
                              .arg(pending)
                              .arg(noun, DocumentText::joinAnd(f.pendingUnits));
    return sentence + QStringLiteral("; còn %1 %2 chưa tổ chức đại hội (danh sách tại bảng kèm theo).").arg(pending).arg(noun);
}

// "Thực hiện Kế hoạch số 74-KH/ĐU ngày 12/7/2022, 21 chi bộ tổ chức đại hội đúng tiến độ, 2 chi bộ tổ chức chậm
// so với kế hoạch; 1 chi bộ đã quá hạn nhưng chưa tổ chức."
QString SummaryNarrative::planSentence(const NarrativeFigures &f)
{
    if (f.planTitle.isEmpty() || f.planStandings.size() != PlanStanding::kindCount)
        return {};
    const QString noun = unitsNoun(f);
    const auto count = [&f](PlanStanding::Kind kind) { return f.planStandings.at(kind); };
    QStringList held;
    if (count(PlanStanding::HeldOnTime) > 0)
        held << QStringLiteral("%1 %2 tổ chức đại hội đúng tiến độ").arg(count(PlanStanding::HeldOnTime)).arg(noun);
    if (count(PlanStanding::HeldLate) > 0)
        held << QStringLiteral("%1 %2 tổ chức chậm so với kế hoạch").arg(count(PlanStanding::HeldLate)).arg(noun);
    QStringList parts;
    if (!held.isEmpty())
        parts << held.join(QStringLiteral(", "));
    if (count(PlanStanding::Overdue) > 0)
        parts << QStringLiteral("%1 %2 đã quá hạn nhưng chưa tổ chức").arg(count(PlanStanding::Overdue)).arg(noun);
    if (count(PlanStanding::Upcoming) > 0)
        parts << QStringLiteral("%1 %2 sẽ tổ chức trong 14 ngày tới").arg(count(PlanStanding::Upcoming)).arg(noun);
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Thực hiện %1, %2.").arg(f.planTitle, parts.join(QStringLiteral("; ")));
}

QString SummaryNarrative::committeeSentence(const NarrativeFigures &f)
{
    const CompositionFigures &c = f.composition;
    if (c.members == 0)
        return {};
    QStringList parts;
    parts << QStringLiteral("trong đó tái cử %1 đồng chí (%2), lần đầu tham gia %3 đồng chí (%4)")
                 .arg(c.reelected)
                 .arg(share(c.reelected, c.members))
                 .arg(c.newcomers())
                 .arg(share(c.newcomers(), c.members));
    parts << QStringLiteral("nữ %1 đồng chí (%2)").arg(c.women).arg(share(c.women, c.members));
    if (c.genderUnknown > 0)
        parts << QStringLiteral("chưa rõ giới tính %1 đồng chí").arg(c.genderUnknown);
    parts << QStringLiteral("dưới %1 tuổi %2 đồng chí (%3)").arg(f.youngAgeLimit).arg(c.young).arg(share(c.young, c.members));
    if (c.ethnicMinority > 0)
        parts << QStringLiteral("dân tộc thiểu số %1 đồng chí (%2)").arg(c.ethnicMinority).arg(share(c.ethnicMinority, c.members));
    if (c.ethnicityUnknown > 0)
        parts << QStringLiteral("chưa rõ dân tộc %1 đồng chí").arg(c.ethnicityUnknown);
    return QStringLiteral("Các đại hội đã bầu %1 đồng chí vào cấp ủy, %2.").arg(c.members).arg(parts.join(QStringLiteral("; ")));
}

QString SummaryNarrative::secretarySentence(const NarrativeFigures &f)
{
    const CompositionFigures &c = f.composition;
    const QString secretaries = allBranches(f) ? QStringLiteral("Bí thư chi bộ") : QStringLiteral("Bí thư");
    QStringList list;
    const int elected = c.secretariesElectedAtCongress;
    if (elected > 0) {
        if (c.secretariesWithFullApproval == elected) {
            list << (elected == 1 ? QStringLiteral("Đồng chí %1 được bầu đạt tỷ lệ 100\u00A0% phiếu tán thành.").arg(secretaries)
                                  : QStringLiteral("Các đồng chí %1 đều đạt tỷ lệ 100\u00A0% phiếu tán thành.").arg(secretaries));
        } else {
            list << QStringLiteral("%1/%2 đồng chí %3 đạt tỷ lệ 100\u00A0% phiếu tán thành; tỷ lệ thấp nhất là %4.")
                        .arg(c.secretariesWithFullApproval)
                        .arg(elected)
                        .arg(secretaries, DocumentText::percent(c.lowestSecretaryPercent));
        }
    }
    if (c.secretariesAppointed > 0)
        list << QStringLiteral("%1 đồng chí %2 do cấp ủy cấp trên chỉ định.").arg(c.secretariesAppointed).arg(secretaries);
    return list.join(QLatin1Char(' '));
}

} // namespace daihoi
