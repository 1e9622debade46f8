#include "PackageReader.h"
#include "ExchangeFormat.h"
#include "ExchangeProgress.h"
#include "PackageRows.h"
#include "domain/CongressValidator.h"
#include "domain/NameList.h"
#include "domain/TimeText.h"
#include "domain/targets/TargetValidator.h"
#include <QCryptographicHash>
#include <QDir>
#include <algorithm>

namespace daihoi {

namespace {

using F = ExchangeFormat;

QString joinKey(const QStringList &parts)
{
    return parts.join(QChar(0x1f));
}

QString congressColumn(const QString &field)
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("officialMembers"), QStringLiteral("official_members")},
        {QStringLiteral("probationaryMembers"), QStringLiteral("probationary_members")},
        {QStringLiteral("absentWithReason"), QStringLiteral("excluded_absent_with_reason")},
        {QStringLiteral("excusedAbsent"), QStringLiteral("excluded_excused")},
        {QStringLiteral("suspended"), QStringLiteral("excluded_suspended")},
        {QStringLiteral("temporary"), QStringLiteral("excluded_temporary")},
        {QStringLiteral("absentWithoutAlternate"), QStringLiteral("excluded_without_alternate")},
        {QStringLiteral("exclusions"), QStringLiteral("excluded_absent_with_reason")},
        {QStringLiteral("plannedDate"), QStringLiteral("planned_date")},
        {QStringLiteral("heldFrom"), QStringLiteral("held_from")},
        {QStringLiteral("heldTo"), QStringLiteral("held_to")},
        {QStringLiteral("openingTime"), QStringLiteral("opening_time")},
        {QStringLiteral("closingTime"), QStringLiteral("closing_time")},
        {QStringLiteral("countingBoardHead"), QStringLiteral("counting_board_head")},
        {QStringLiteral("countingBoardMembers"), QStringLiteral("counting_board_members")},
        {QStringLiteral("resolutionVotesFor"), QStringLiteral("resolution_votes_for")},
    };
    return columns.value(field, field);
}

QString congressValue(const Congress &c, const QString &field)
{
    const QHash<QString, QString> values = {
        {QStringLiteral("officialMembers"), QString::number(c.officialMembers)},
        {QStringLiteral("probationaryMembers"), QString::number(c.probationaryMembers)},
        {QStringLiteral("summoned"), QString::number(c.summoned)},
        {QStringLiteral("present"), QString::number(c.present)},
        {QStringLiteral("number"), QString::number(c.number)},
        {QStringLiteral("plannedDate"), c.plannedDate.toString(Qt::ISODate)},
        {QStringLiteral("heldFrom"), c.heldFrom.toString(Qt::ISODate)},
        {QStringLiteral("heldTo"), c.heldTo.toString(Qt::ISODate)},
        {QStringLiteral("exclusions"), QString::number(c.exclusions.absentWithReason)},
        {QStringLiteral("absentWithReason"), QString::number(c.exclusions.absentWithReason)},
        {QStringLiteral("excusedAbsent"), QString::number(c.exclusions.excusedAbsent)},
        {QStringLiteral("suspended"), QString::number(c.exclusions.suspended)},
        {QStringLiteral("temporary"), QString::number(c.exclusions.temporary)},
        {QStringLiteral("absentWithoutAlternate"), QString::number(c.exclusions.absentWithoutAlternate)},
        {QStringLiteral("openingTime"), TimeText::format(c.openingTime)},
        {QStringLiteral("closingTime"), TimeText::format(c.closingTime)},
        {QStringLiteral("presidium"), NameList::join(c.presidium)},
        {QStringLiteral("secretaries"), NameList::join(c.secretaries)},
        {QStringLiteral("countingBoardHead"), c.countingBoardHead},
        {QStringLiteral("countingBoardMembers"), NameList::join(c.countingBoardMembers)},
        {QStringLiteral("resolutionVotesFor"), QString::number(c.resolutionVotesFor)},
    };
    return values.value(field);
}

template<typename T>
QStringList keysOf(const QList<T> &values, QString (*key)(T))
{
    QStringList list;
    for (T value : values)
        list.append(key(value));
    return list;
}

// Rows gathered with their position, then put in that order.
template<typename T>
QList<T> inOrder(QList<QPair<qint64, T>> list)
{
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<T> result;
    for (const auto &item : list)
        result.append(item.second);
    return result;
}

} // namespace

PackageReader::PackageReader(ExchangeProgress *progress, qint64 *done, qint64 total)
    : m_progress(progress)
    , m_done(done)
    , m_total(total)
{
}

PackageReader::~PackageReader() = default;

QString PackageReader::refusal(const QString &file, qint64 line, const QString &column, const QString &value,
                               const QString &rule)
{
    return tr("%1, line %2, column %3 (%4): %5").arg(file).arg(line).arg(column, value, rule);
}

bool PackageReader::verifyHashes(const QString &folder, const ExchangeManifest &manifest, QStringList *errors)
{
    const QDir dir(folder);
    for (F::File f : F::files(manifest.formatVersion)) {
        const QString name = F::fileName(f);
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            errors->append(tr("%1: cannot read the file (%2).").arg(name, file.errorString()));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        if (hash.result().toHex() != manifest.files.value(name).sha256)
            errors->append(tr("%1: its SHA-256 does not match the manifest; the file was edited or damaged "
                              "after the export.")
                               .arg(name));
    }
    return errors->isEmpty();
}

bool PackageReader::tick()
{
    ++*m_done;
    if (m_progress && (*m_done % 256) == 0) {
        m_progress->report(qMin(*m_done, m_total), m_total, m_package->manifest.unitCode);
        if (m_progress->isCanceled()) {
            m_cancelled = true;
            m_errors->append(tr("The import was cancelled."));
        }
    }
    return !m_cancelled;
}

bool PackageReader::open(ExchangePackage *package, QStringList *errors)
{
    m_package = package;
    m_errors = errors;
    const int errorsBefore = int(errors->size());
    const ExchangeManifest &manifest = package->manifest;
    package->units.clear();
    // A file added after the export's format version reads as empty: an older export still imports.
    for (F::File f : F::files())
        m_files[size_t(f)] = std::make_unique<PackageRows>(package->folder, f, manifest.dialect, errors, &m_broken,
                                                           F::since(f) <= manifest.formatVersion);
    // units.csv: the top unit first, every other unit after its parent.
    PackageRows &rows = file(F::Units);
    QHash<QString, qint64> seen;
    const QStringList levels = keysOf(UnitLevels::all(), &UnitLevels::key);
    while (rows.peek()) {
        ExchangePackage::UnitRow unit;
        unit.line = rows.line();
        unit.code = rows.required("code").trimmed();
        unit.parentCode = rows.text("parent_code").trimmed();
        unit.name = rows.required("name").trimmed();
        unit.level = rows.choice<UnitLevel>("level", UnitLevels::fromKey, levels);
        unit.retired = rows.flag("retired");
        if (package->units.isEmpty()) {
            if (unit.code != manifest.unitCode || !unit.parentCode.isEmpty())
                rows.refuse("code", tr("the first unit must be the exported unit %1, without a parent")
                                        .arg(manifest.unitCode));
        } else if (!m_unitIndex.contains(unit.parentCode)) {
            rows.refuse("parent_code", tr("not a unit listed above this line"));
        } else if (UnitLevels::isBranch(package->units.at(m_unitIndex.value(unit.parentCode)).level)) {
            rows.refuse("parent_code", tr("a branch has no subordinate units"));
        }
        if (rows.unique(&seen, unit.code, "code", unit.code)) {
            m_unitIndex.insert(unit.code, int(package->units.size()));
            package->units.append(unit);
        }
        rows.consume();
        if (!tick())
            return false;
    }
    if (package->units.isEmpty() && !rows.broken())
        rows.add(tr("%1: the export lists no unit.").arg(rows.name()));
    return errors->size() == errorsBefore && !m_broken;
}

void PackageReader::pull(int which, int unitIndex, const QString &code,
                         const std::function<void(PackageRows &)> &handle)
{
    PackageRows &rows = file(which);
    // A plan's timetable and work items come by the committee whose plan they are.
    const char *column = which == F::PlanSchedule || which == F::PlanWorkItems ? "plan_unit_code" : "unit_code";
    while (!m_cancelled && rows.peek()) {
        const QString rowCode = rows.text(column);
        if (rowCode != code) {
            const int at = m_unitIndex.value(rowCode, -1);
            if (at > unitIndex)
                return; // a later unit's rows
            rows.refuse(column, at < 0 ? tr("not a unit of units.csv")
                                       : tr("out of order: the rows of each unit come together, in the "
                                            "order of units.csv"));
        } else {
            handle(rows);
        }
        rows.consume();
        tick();
    }
}

bool PackageReader::next(ExchangePackage::UnitRows *out)
{
    if (m_broken || m_cancelled || m_errors->size() >= PackageRows::MaxErrors || m_next >= m_package->units.size())
        return false;
    *out = ExchangePackage::UnitRows();
    const int unitIndex = m_next++;
    out->index = unitIndex;
    const QString code = m_package->units.at(unitIndex).code;
    const ExchangeManifest &manifest = m_package->manifest;
    ExchangePackage::CongressRow &row = out->congress;
    qint64 congressLine = 0;
    auto noCongress = [&](PackageRows &rows) {
        if (!out->hasCongress)
            rows.refuse("unit_code", tr("the unit has no row in congresses.csv"));
        return !out->hasCongress;
    };

    pull(F::Congresses, unitIndex, code, [&](PackageRows &rows) {
        Congress c;
        c.status = rows.choice<Congress::Status>(
            "status", Congress::statusFromKey,
            {QStringLiteral("planned"), QStringLiteral("held"), QStringLiteral("postponed")});
        c.plannedDate = rows.date("planned_date");
        c.heldFrom = rows.date("held_from");
        c.heldTo = rows.date("held_to");
        c.place = rows.text("place");
        c.number = int(rows.integer("number", 0, 1000));
        c.kind = rows.choice<CongressKind>("kind", Congress::kindFromKey,
                                           {Congress::kindKey(CongressKind::PartyMembers),
                                            Congress::kindKey(CongressKind::Delegates)});
        c.officialMembers = rows.count("official_members");
        c.probationaryMembers = rows.count("probationary_members");
        c.summoned = rows.count("summoned");
        c.present = rows.count("present");
        c.exclusions.absentWithReason = rows.count("excluded_absent_with_reason");
        c.exclusions.excusedAbsent = rows.count("excluded_excused");
        c.exclusions.suspended = rows.count("excluded_suspended");
        c.exclusions.temporary = rows.count("excluded_temporary");
        c.exclusions.absentWithoutAlternate = rows.count("excluded_without_alternate");
        c.politicalReportSummary = rows.text("political_report_summary");
        c.selfReviewSummary = rows.text("self_review_summary");
        c.openingTime = rows.time("opening_time");
        c.closingTime = rows.time("closing_time");
        c.presidium = NameList::split(rows.text("presidium"));
        c.secretaries = NameList::split(rows.text("secretaries"));
        c.countingBoardHead = NameList::tidy(rows.text("counting_board_head"));
        c.countingBoardMembers = NameList::split(rows.text("counting_board_members"));
        // An export of an older program has no such column: the votes are not recorded (0).
        c.resolutionVotesFor = rows.has("resolution_votes_for") ? rows.count("resolution_votes_for") : 0;
        if (out->hasCongress) {
            rows.refuseValue("unit_code", code, tr("repeats the key of line %1").arg(congressLine));
            return;
        }
        Term term;
        term.id = 1; // only the years matter to the validator
        term.startYear = manifest.startYear;
        term.endYear = manifest.endYear;
        for (const FieldError &problem : CongressValidator::validate(c, term))
            rows.refuseValue(qPrintable(congressColumn(problem.field)), congressValue(c, problem.field),
                             problem.message);
        out->hasCongress = true;
        congressLine = rows.line();
        row.line = congressLine;
        row.congress = c;
    });

    {
        QHash<QString, qint64> seen;
        QList<QPair<qint64, CongressGuest>> guests;
        pull(F::Guests, unitIndex, code, [&](PackageRows &rows) {
            const qint64 position = rows.integer("position", 1, PackageRows::MaxCount);
            const CongressGuest guest{rows.required("name"), rows.text("title")};
            if (!noCongress(rows) && rows.unique(&seen, QString::number(position), "position", rows.text("position")))
                guests.append({position, guest});
        });
        row.congress.guests = inOrder(guests);
    }

    QHash<QString, int> electionIndex; // office → index
    {
        const QStringList offices = keysOf(Election::offices(), &Election::officeKey);
        QHash<QString, qint64> seen;
        pull(F::Elections, unitIndex, code, [&](PackageRows &rows) {
            Election election;
            election.office = rows.choice<ElectionOffice>("office", Election::officeFromKey, offices);
            election.totalSeats = int(rows.integer("total_seats", 0, PackageRows::MaxCount));
            election.alternateSeats = int(rows.integer("alternate_seats", 0, PackageRows::MaxCount));
            election.appointedByHigherCommittee = rows.flag("appointed");
            if (!noCongress(rows) && rows.unique(&seen, rows.text("office"), "office", rows.text("office"))) {
                electionIndex.insert(rows.text("office"), int(row.elections.size()));
                row.elections.append(election);
                row.electionLines.append(rows.line());
            }
        });
    }
    {
        QHash<QString, qint64> seen;
        pull(F::Rounds, unitIndex, code, [&](PackageRows &rows) {
            ElectionRound round;
            round.number = int(rows.integer("round", 1, 100));
            round.seats = int(rows.integer("seats", 0, PackageRows::MaxCount));
            round.ballots.issued = rows.count("ballots_issued");
            round.ballots.collected = rows.count("ballots_collected");
            round.ballots.valid = rows.count("ballots_valid");
            round.ballots.invalid = rows.count("ballots_invalid");
            const auto it = electionIndex.constFind(rows.text("office"));
            if (it == electionIndex.constEnd())
                rows.refuse("office", tr("no such election of the unit in elections.csv"));
            else if (rows.unique(&seen, joinKey({rows.text("office"), rows.text("round")}), "round", rows.text("round")))
                row.elections[it.value()].rounds.append(round);
        });
        for (Election &election : row.elections)
            std::sort(election.rounds.begin(), election.rounds.end(),
                      [](const ElectionRound &a, const ElectionRound &b) { return a.number < b.number; });
    }
    {
        QHash<QString, ElectionRound *> rounds; // office, round
        for (Election &election : row.elections) {
            for (ElectionRound &round : election.rounds)
                rounds.insert(joinKey({Election::officeKey(election.office), QString::number(round.number)}), &round);
        }
        QHash<QString, qint64> seen;
        QHash<ElectionRound *, QList<QPair<qint64, CandidateVotes>>> lists;
        pull(F::Candidates, unitIndex, code, [&](PackageRows &rows) {
            const qint64 position = rows.integer("position", 1, PackageRows::MaxCount);
            const CandidateVotes candidate{rows.required("name"), rows.count("votes")};
            const QString roundKey = joinKey({rows.text("office"), rows.text("round")});
            ElectionRound *round = rounds.value(roundKey);
            if (!round)
                rows.refuse("round", tr("no such round of the election in rounds.csv"));
            else if (rows.unique(&seen, joinKey({roundKey, rows.text("position")}), "position", rows.text("position")))
                lists[round].append({position, candidate});
        });
        for (auto it = lists.begin(); it != lists.end(); ++it)
            it.key()->candidates = inOrder(it.value());
    }
    // The rules of domain.md §3 over each whole election, as ElectionRepository::save applies them.
    for (int i = 0; i < row.elections.size(); ++i) {
        const QStringList broken = row.elections.at(i).errors(row.congress, row.elections);
        if (!broken.isEmpty() && m_errors->size() < PackageRows::MaxErrors)
            m_errors->append(refusal(F::fileName(F::Elections), row.electionLines.at(i), QStringLiteral("office"),
                                     Election::officeKey(row.elections.at(i).office), broken.join(QLatin1Char(' '))));
    }

    {
        const QStringList roles = {CommitteeMember::roleKey(CommitteeRole::Secretary),
                                   CommitteeMember::roleKey(CommitteeRole::DeputySecretary),
                                   CommitteeMember::roleKey(CommitteeRole::Member)};
        const QStringList genders = {Person::genderKey(Gender::Male), Person::genderKey(Gender::Female),
                                     tr("an empty cell when not recorded")};
        const QStringList theories = keysOf(Person::theoryLevels(), &Person::theoryKey);
        QHash<QString, qint64> seen;
        qint64 secretaryLine = 0;
        QList<QPair<qint64, CommitteeMember>> members;
        pull(F::Members, unitIndex, code, [&](PackageRows &rows) {
            const qint64 position = rows.integer("position", 1, PackageRows::MaxCount);
            CommitteeMember m;
            m.role = rows.choice<CommitteeRole>("role", CommitteeMember::roleFromKey, roles);
            m.person.fullName = rows.required("full_name");
            m.person.gender = rows.choice<Gender>("gender", Person::genderFromKey, genders);
            m.person.birthYear = int(rows.integer("birth_year", 0, 9999));
            m.person.ethnicity = rows.text("ethnicity");
            m.person.education = rows.text("education");
            m.person.theoryLevel = rows.choice<TheoryLevel>("theory_level", Person::theoryFromKey, theories);
            m.person.workPosition = rows.text("work_position");
            m.votes = rows.count("votes");
            m.percentHundredths = rows.integer("percent_hundredths", 0, 10000);
            m.roleVotes = rows.count("role_votes");
            m.rolePercentHundredths = rows.integer("role_percent_hundredths", 0, 10000);
            m.appointed = rows.flag("appointed");
            m.reelected = rows.flag("reelected");
            m.residentialGroupHead = rows.flag("residential_head");
            m.approval = rows.choice<CommitteeMember::Approval>(
                "approval", CommitteeMember::approvalFromKey, {QStringLiteral("elected"), QStringLiteral("approved")});
            m.approvalDocument = rows.text("approval_document");
            m.approvalDate = rows.date("approval_date");
            // The checks of CommitteeRepository::replace, here with the line they are about.
            if (!Person::isPlausibleBirthYear(m.person.birthYear))
                rows.refuse("birth_year", tr("not a plausible year of birth"));
            if (noCongress(rows) || !rows.unique(&seen, QString::number(position), "position", rows.text("position")))
                return;
            if (m.role == CommitteeRole::Secretary) {
                if (secretaryLine > 0)
                    rows.refuse("role", tr("the committee already has a secretary on line %1").arg(secretaryLine));
                secretaryLine = rows.line();
            }
            members.append({position, m});
        });
        row.members = inOrder(members);
    }
    {
        const QStringList comparisons = keysOf(Target::comparisons(), &Target::comparisonKey);
        const QStringList bases = keysOf(Target::bases(), &Target::basisKey);
        const QStringList ratingLevels = keysOf(QualityRatings::unitLevels(), &QualityRatings::key);
        QHash<QString, qint64> seen;
        QList<QPair<qint64, Target>> targets;
        pull(F::Targets, unitIndex, code, [&](PackageRows &rows) {
            auto decimal = [&](const char *column, bool optional) -> std::optional<ExactDecimal> {
                const QString value = rows.text(column);
                if (optional && value.isEmpty())
                    return std::nullopt;
                ExactDecimal number;
                QString problem;
                if (value.contains(QLatin1Char(',')) || !ExactDecimal::parse(value, &number, &problem)) {
                    rows.refuse(column, problem.isEmpty() ? tr("not a number written with a decimal point") : problem);
                    return ExactDecimal();
                }
                return number;
            };
            const qint64 position = rows.integer("position", 1, PackageRows::MaxCount);
            Target t;
            t.group = rows.text("group");
            t.name = rows.text("name");
            t.comparison = rows.choice<Target::Comparison>("comparison", Target::comparisonFromKey, comparisons);
            t.value = *decimal("value", false);
            t.unit = rows.text("value_unit");
            t.basis = rows.choice<Target::Basis>("basis", Target::basisFromKey, bases);
            t.ratingLevel = rows.choice<QualityRating>("rating_level", QualityRatings::fromKey, ratingLevels);
            t.reached = decimal("reached", true);
            static const QHash<QString, const char *> columns = {
                {QStringLiteral("name"), "name"}, {QStringLiteral("group"), "group"},
                {QStringLiteral("unit"), "value_unit"}, {QStringLiteral("value"), "value"},
                {QStringLiteral("ratingLevel"), "rating_level"}};
            for (const FieldError &problem : TargetValidator::validate(t))
                rows.refuse(columns.value(problem.field, "name"), problem.message);
            if (!noCongress(rows) && rows.unique(&seen, QString::number(position), "position", rows.text("position")))
                targets.append({position, t});
        });
        row.targets = inOrder(targets);
    }
    {
        const QStringList groups = keysOf(DirectionItem::groups(), &DirectionItem::groupKey);
        QHash<QString, qint64> seen;
        QList<QPair<qint64, DirectionItem>> items;
        pull(F::Directions, unitIndex, code, [&](PackageRows &rows) {
            DirectionItem item;
            item.group = rows.choice<DirectionItem::Group>("group", DirectionItem::groupFromKey, groups);
            const qint64 position = rows.integer("position", 1, PackageRows::MaxCount);
            item.text = rows.text("text");
            for (const FieldError &problem : TargetValidator::validate(item))
                rows.refuse("text", problem.message);
            // Shown by group, then position: one sort key for both.
            if (!noCongress(rows)
                && rows.unique(&seen, joinKey({rows.text("group"), rows.text("position")}), "position",
                               rows.text("position")))
                items.append({qint64(item.group) * (PackageRows::MaxCount + 1) + position, item});
        });
        row.directions = inOrder(items);
    }
    {
        const QStringList levels = keysOf(QualityRatings::unitLevels(), &QualityRatings::key);
        QHash<QString, qint64> seen;
        pull(F::Ratings, unitIndex, code, [&](PackageRows &rows) {
            ExchangePackage::RatingRow rating;
            rating.line = rows.line();
            YearRating &r = rating.rating;
            r.year = int(rows.integer("year", manifest.startYear, qMax(manifest.startYear, manifest.endYear - 1)));
            if (!rows.text("unit_level").isEmpty())
                r.unitLevel = rows.choice<QualityRating>("unit_level", QualityRatings::fromKey, levels);
            const QList<QPair<QualityRating, const char *>> counts = {
                {QualityRating::Excellent, "members_excellent"},
                {QualityRating::Good, "members_good"},
                {QualityRating::Completed, "members_completed"},
                {QualityRating::NotCompleted, "members_not_completed"}};
            for (const auto &count : counts) {
                const int value = rows.count(count.second);
                if (value != 0)
                    r.members.insert(count.first, value);
            }
            for (const FieldError &problem : TargetValidator::validate(r))
                rows.refuse(problem.field == QLatin1String("year") ? "year" : "members_excellent", problem.message);
            if (rows.unique(&seen, rows.text("year"), "year", rows.text("year")))
                out->ratings.append(rating);
        });
    }
    nextPlan(unitIndex, code, out);
    if (out->hasCongress)
        ++m_package->congressCount;
    if (out->hasPlan)
        ++m_package->planCount;
    return !m_broken && !m_cancelled;
}

bool PackageReader::finish()
{
    if (m_broken || m_cancelled)
        return false;
    for (F::File f : F::files()) {
        if (f != F::Units)
            pull(f, int(m_package->units.size()), QString(QChar(0x1f)), [](PackageRows &) {});
        PackageRows &rows = file(f);
        const qint64 expected = m_package->manifest.files.value(rows.name()).rows;
        if (!rows.broken() && rows.rows() != expected)
            rows.add(tr("%1: %2 rows where the manifest says %3.").arg(rows.name()).arg(rows.rows()).arg(expected));
    }
    return !m_broken && !m_cancelled;
}

} // namespace daihoi
