#include "Person.h"

namespace daihoi {

namespace {

QString normalizedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

bool Person::isEthnicMinority() const
{
    const QString folded = ethnicity.simplified().toCaseFolded();
    return !folded.isEmpty() && folded != QLatin1String("kinh");
}

bool Person::isPlausibleBirthYear(int year)
{
    return year == 0 || (year >= 1900 && year <= QDate::currentDate().year());
}

int Person::ageIn(const QDate &date) const
{
    if (birthYear <= 0 || !date.isValid())
        return -1;
    return date.year() - birthYear;
}

bool Person::isSamePersonAs(const Person &other) const
{
    if (normalizedName(fullName) != normalizedName(other.fullName))
        return false;
    return birthYear <= 0 || other.birthYear <= 0 || birthYear == other.birthYear;
}

Gender Person::proposedGender(const QString &fullName)
{
    // Family name first and given name last: only the words between are middle names.
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool female = false;
    bool male = false;
    for (int i = 1; i + 1 < words.size(); ++i) {
        const QString word = words.at(i).toCaseFolded();
        female = female || word == QStringLiteral("thị");
        male = male || word == QStringLiteral("văn");
    }
    if (female == male)
        return Gender::Unknown;
    return female ? Gender::Female : Gender::Male;
}

QString Person::genderKey(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Unknown:
        break;
    }
    return QStringLiteral("");
}

bool Person::genderFromKey(const QString &key, Gender *gender)
{
    for (Gender candidate : {Gender::Male, Gender::Female, Gender::Unknown}) {
        if (genderKey(candidate) == key) {
            *gender = candidate;
            return true;
        }
    }
    return false;
}

QString Person::genderName(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return tr("Female");
    case Gender::Male:
        return tr("Male");
    case Gender::Unknown:
        break;
    }
    return tr("Unknown");
}

QList<TheoryLevel> Person::theoryLevels()
{
    return {TheoryLevel::None, TheoryLevel::Elementary, TheoryLevel::Intermediate, TheoryLevel::Advanced,
            TheoryLevel::Bachelor};
}

QString Person::theoryKey(TheoryLevel level)
{
    switch (level) {
    case TheoryLevel::None:
        return QStringLiteral("none");
    case TheoryLevel::Elementary:
        return QStringLiteral("elementary");
    case TheoryLevel::Intermediate:
        return QStringLiteral("intermediate");
    case TheoryLevel::Advanced:
        return QStringLiteral("advanced");
    case TheoryLevel::Bachelor:
        return QStringLiteral("bachelor");
    }
    return {};
}

bool Person::theoryFromKey(const QString &key, TheoryLevel *level)
{
    for (TheoryLevel candidate : theoryLevels()) {
        if (theoryKey(candidate) == key) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

QString Person::theoryName(TheoryLevel level)
{
    switch (level) {
    case TheoryLevel::None:
        return tr("None");
    case TheoryLevel::Elementary:
        return tr("Elementary");
    case TheoryLevel::Intermediate:
        return tr("Intermediate");
    case TheoryLevel::Advanced:
        return tr("Advanced");
    case TheoryLevel::Bachelor:
        return tr("Bachelor");
    }
    return {};
}

} // namespace daihoi
