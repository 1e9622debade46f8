#include "DocumentText.h"

#include "domain/Percent.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace daihoi {

QString DocumentText::percent(qint64 hundredths)
{
    // A no-break space: "93,67 %" never breaks before the sign.
    return percentNumber(hundredths) + QStringLiteral("\u00A0%");
}

QString DocumentText::percentNumber(qint64 hundredths)
{
    return Percent::formatHundredths(hundredths, QLatin1Char(','));
}

QString DocumentText::term(const Term &term)
{
    // A word joiner after the en dash keeps "2022–2025" on one line.
    return QStringLiteral("%1\u2013\u2060%2").arg(term.startYear).arg(term.endYear);
}

QString DocumentText::roman(int number)
{
    if (number <= 0 || number >= 4000)
        return number > 0 ? QString::number(number) : QString();
    static const struct
    {
        int value;
        const char *digits;
    } table[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
                 {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString text;
    for (const auto &entry : table) {
        while (number >= entry.value) {
            text += QLatin1String(entry.digits);
            number -= entry.value;
        }
    }
    return text;
}

QString DocumentText::shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("d/M/yyyy")) : QStringLiteral("…/…/……");
}

QString DocumentText::longDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("ngày … tháng … năm ……");
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(date.day()).arg(date.month()).arg(date.year());
}

QString DocumentText::officeName(ElectionOffice office)
{
    switch (office) {
    case ElectionOffice::Committee:
        return QStringLiteral("Chi ủy");
    case ElectionOffice::Secretary:
        return QStringLiteral("Bí thư");
    case ElectionOffice::DeputySecretary:
        return QStringLiteral("Phó Bí thư");
    case ElectionOffice::Delegates:
        return QStringLiteral("Đại biểu dự Đại hội cấp trên");
    }
    return {};
}

QString DocumentText::roleName(CommitteeRole role)
{
    switch (role) {
    case CommitteeRole::Secretary:
        return QStringLiteral("Bí thư");
    case CommitteeRole::DeputySecretary:
        return QStringLiteral("Phó Bí thư");
    case CommitteeRole::Member:
        break;
    }
    return QStringLiteral("Chi ủy viên");
}

QString DocumentText::targetResult(TargetResult result)
{
    switch (result) {
    case TargetResult::NotReviewed:
        break;
    case TargetResult::NotAchieved:
        return QStringLiteral("Không đạt");
    case TargetResult::Achieved:
        return QStringLiteral("Đạt");
    case TargetResult::Exceeded:
        return QStringLiteral("Vượt");
    }
    return {};
}

QString DocumentText::capitals(const QString &text)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toUpper(text);
}

QString DocumentText::electedBody(const QString &unitName, ElectionOffice office)
{
    switch (office) {
    case ElectionOffice::Committee:
        return QStringLiteral("Chi ủy %1").arg(unitName);
    case ElectionOffice::Secretary:
        return QStringLiteral("Bí thư %1").arg(unitName);
    case ElectionOffice::DeputySecretary:
        return QStringLiteral("Phó Bí thư %1").arg(unitName);
    case ElectionOffice::Delegates:
        return QStringLiteral("đại biểu dự Đại hội cấp trên của %1").arg(unitName);
    }
    return {};
}

QString DocumentText::officeInText(ElectionOffice office)
{
    const QString name = officeName(office);
    return office == ElectionOffice::Delegates ? lowerFirst(name) : name;
}

QString DocumentText::lowerFirst(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toLower() + text.mid(1);
}

QString DocumentText::committeeOf(const QString &unitName)
{
    const QString prefix = QStringLiteral("Đảng bộ ");
    if (unitName.startsWith(prefix, Qt::CaseInsensitive))
        return QStringLiteral("Đảng ủy ") + unitName.mid(prefix.size());
    return unitName;
}

QStringList DocumentText::byGivenName(QStringList names)
{
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto given = [](const QString &name) { return name.simplified().section(QLatin1Char(' '), -1); };
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const int byGiven = collator.compare(given(a), given(b));
        return byGiven != 0 ? byGiven < 0 : collator.compare(a, b) < 0;
    });
    return names;
}

QString DocumentText::joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" và ") + items.last();
}

QString DocumentText::withUnknown(const QString &count, int unknown, const QString &what)
{
    return unknown > 0 ? QStringLiteral("%1 (chưa rõ %2: %3)").arg(count, what).arg(unknown) : count;
}

QStringList DocumentText::compositionWarnings(const CompositionFigures &f)
{
    QStringList lines;
    if (f.detailsMissing > 0)
        lines << QStringLiteral("Lưu ý: còn %1/%2 đồng chí chưa rõ giới tính hoặc dân tộc; các số liệu về nữ và dân tộc "
                                "thiểu số chỉ tính những đồng chí đã có thông tin.")
                     .arg(f.detailsMissing)
                     .arg(f.members);
    if (f.congressesOverSeats == 1 && f.congresses == 1)
        lines << QStringLiteral("Lưu ý: số cấp ủy viên đã ghi (%1) nhiều hơn số lượng cần bầu (%2); cần đối chiếu với "
                                "kết quả bầu cử.")
                     .arg(f.members)
                     .arg(f.seats);
    else if (f.congressesOverSeats > 0)
        lines << QStringLiteral("Lưu ý: %1 đại hội ghi số cấp ủy viên nhiều hơn số lượng cần bầu (thừa %2 đồng chí); "
                                "cần đối chiếu với kết quả bầu cử.")
                     .arg(f.congressesOverSeats)
                     .arg(f.membersOverSeats);
    return lines;
}

} // namespace daihoi
