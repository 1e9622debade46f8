#include "CommitteeTableModel.h"

#include "domain/DisplayFormat.h"
#include "domain/Percent.h"

#include <QFont>
#include <QPalette>

namespace daihoi {

CommitteeTableModel::CommitteeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CommitteeTableModel::setMembers(const QList<CommitteeMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

int CommitteeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int CommitteeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitteeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const CommitteeMember &m = m_members.at(index.row());
    const Person &p = m.person;
    if (role == Qt::CheckStateRole && index.column() == ReelectedColumn)
        return m.reelected ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::CheckStateRole && index.column() == ApprovalColumn)
        return m.approval == CommitteeMember::Approval::Approved ? Qt::Checked : Qt::Unchecked;
    // An unknown gender or ethnicity, and the gender proposed from the name, look tentative: they
    // are not counted until the clerk records or confirms them.
    const bool tentative = (index.column() == GenderColumn && p.gender == Gender::Unknown)
                           || (index.column() == EthnicityColumn && !p.isEthnicityKnown());
    if (role == Qt::FontRole && tentative) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && tentative)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == GenderColumn && p.gender == Gender::Unknown)
        return Person::proposedGender(p.fullName) == Gender::Unknown
                   ? tr("Gender not recorded: it is counted as unknown.")
                   : tr("Proposed from the middle name, not counted until confirmed: press Enter twice.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NameColumn:
        return p.fullName;
    case RoleColumn:
        if (m.appointed)
            return tr("%1 (appointed)").arg(CommitteeMember::roleName(m.role));
        return CommitteeMember::roleName(m.role);
    case VotesColumn:
        return m.votes;
    case PercentColumn: {
        QString text = Percent::formatHundredths(m.percentHundredths, DisplayFormat::decimalSeparator()) + QStringLiteral(" %");
        if (m.role != CommitteeRole::Member && m.roleVotes > 0)
            text += QStringLiteral(" · ")
                    + Percent::formatHundredths(m.rolePercentHundredths, DisplayFormat::decimalSeparator())
                    + QStringLiteral(" %");
        return text;
    }
    case GenderColumn: {
        // The editor opens on the proposal, so Enter confirms it.
        const Gender proposed = p.gender == Gender::Unknown ? Person::proposedGender(p.fullName) : p.gender;
        if (edit)
            return int(proposed);
        if (p.gender == Gender::Unknown && proposed != Gender::Unknown)
            return tr("%1? (proposed)").arg(Person::genderName(proposed));
        return Person::genderName(p.gender);
    }
    case BirthYearColumn:
        return p.birthYear > 0 ? QVariant(p.birthYear) : (edit ? QVariant(0) : QVariant(QString()));
    case EthnicityColumn:
        return edit || p.isEthnicityKnown() ? p.ethnicity : tr("unknown");
    case EducationColumn:
        return p.education;
    case TheoryColumn:
        return edit ? QVariant(int(p.theoryLevel)) : QVariant(Person::theoryName(p.theoryLevel));
    case PositionColumn:
        return p.workPosition;
    case ReelectedColumn:
        return m.reelected ? tr("re-elected") : tr("new");
    case ApprovalColumn:
        return m.approval == CommitteeMember::Approval::Approved ? tr("approved") : tr("elected");
    case ApprovalDocumentColumn:
        return m.approvalDate.isValid()
                   ? tr("%1 of %2").arg(m.approvalDocument, DisplayFormat::date(m.approvalDate))
                   : m.approvalDocument;
    }
    return {};
}

bool CommitteeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    QList<CommitteeMember> edited = m_members;
    CommitteeMember &m = edited[index.row()];
    Person &p = m.person;
    if (role == Qt::CheckStateRole && index.column() == ApprovalColumn) {
        m.approval = value.toInt() == Qt::Checked ? CommitteeMember::Approval::Approved
                                                  : CommitteeMember::Approval::Elected;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        const QString text = value.toString().simplified();
        switch (index.column()) {
        case NameColumn:
            if (text.isEmpty())
                return false;
            p.fullName = text;
            break;
        case GenderColumn:
            p.gender = Gender(value.toInt());
            break;
        case BirthYearColumn:
            p.birthYear = value.toInt();
            break;
        case EthnicityColumn:
            p.ethnicity = text;
            break;
        case EducationColumn:
            p.education = text;
            break;
        case TheoryColumn:
            p.theoryLevel = TheoryLevel(value.toInt());
            break;
        case PositionColumn:
            p.workPosition = text;
            break;
        case ApprovalDocumentColumn: {
            // "125-QĐ/ĐU 15/10/2022": the document number, then its date.
            const int space = text.lastIndexOf(QLatin1Char(' '));
            const QDate date = space > 0 ? QDate::fromString(text.mid(space + 1), QStringLiteral("d/M/yyyy")) : QDate();
            m.approvalDocument = date.isValid() ? text.left(space) : text;
            m.approvalDate = date;
            break;
        }
        default:
            return false;
        }
    }
    if (edited == m_members)
        return false;
    emit membersEdited(edited, tr("Edit %1 of %2").arg(headerData(index.column(), Qt::Horizontal).toString(),
                                                      m_members.at(index.row()).person.fullName));
    return true;
}

Qt::ItemFlags CommitteeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case NameColumn:
    case GenderColumn:
    case BirthYearColumn:
    case EthnicityColumn:
    case EducationColumn:
    case TheoryColumn:
    case PositionColumn:
    case ApprovalDocumentColumn:
        flags |= Qt::ItemIsEditable;
        break;
    case ApprovalColumn:
        flags |= Qt::ItemIsUserCheckable;
        break;
    default:
        break;
    }
    return flags;
}

QVariant CommitteeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case VotesColumn:
        return tr("Votes");
    case PercentColumn:
        return tr("% of base");
    case GenderColumn:
        return tr("Gender");
    case BirthYearColumn:
        return tr("Born");
    case EthnicityColumn:
        return tr("Ethnicity");
    case EducationColumn:
        return tr("Education");
    case TheoryColumn:
        return tr("Political theory");
    case PositionColumn:
        return tr("Position at work");
    case ReelectedColumn:
        return tr("Re-elected / new");
    case ApprovalColumn:
        return tr("Approval");
    case ApprovalDocumentColumn:
        return tr("Approving document");
    }
    return {};
}

} // namespace daihoi
