#include "TargetTableModel.h"

#include "domain/DisplayFormat.h"
#include "domain/targets/RatingEvaluation.h"
#include "domain/targets/ReachedValue.h"
#include "domain/targets/TargetEvaluator.h"
#include "domain/targets/TargetValidator.h"
#include "targets/TargetFigureText.h"

#include <QBrush>
#include <QColor>

namespace daihoi {

TargetTableModel::TargetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TargetTableModel::setTargets(const QList<Target> &targets, const QList<YearRating> &ratings,
                                  const QList<int> &years)
{
    beginResetModel();
    m_targets = targets;
    m_explanations.clear();
    for (const Target &target : targets) {
        if (target.isRatingBased())
            m_explanations.insert(target.id, RatingEvaluation::explain(
                                                 target, RatingEvaluation::evaluate(target, ratings, years),
                                                 DisplayFormat::decimalSeparator()));
    }
    endResetModel();
}

int TargetTableModel::rowOf(qint64 targetId) const
{
    for (int row = 0; row < m_targets.size(); ++row) {
        if (m_targets.at(row).id == targetId)
            return row;
    }
    return -1;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetTableModel::basisText(const Target &t)
{
    switch (t.basis) {
    case Target::Basis::Manual:
        return tr("entered");
    case Target::Basis::MemberRating:
        return tr("members “%1” or above").arg(QualityRatings::label(t.ratingLevel));
    case Target::Basis::UnitRating:
        return tr("unit “%1” or above").arg(QualityRatings::label(t.ratingLevel));
    }
    return {};
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const Target &t = m_targets.at(index.row());
    const QChar separator = DisplayFormat::decimalSeparator();
    const TargetResult result = TargetEvaluator::evaluate(t);
    if (role == TargetIdRole)
        return t.id;
    if (role == ResultKeyRole)
        return TargetResults::key(result);
    if (role == Qt::ToolTipRole && index.column() == ReachedColumn && t.isRatingBased())
        return m_explanations.value(t.id);
    if (role == Qt::ToolTipRole && (index.column() == GroupColumn || index.column() == NameColumn ||
                                    index.column() == UnitColumn || index.column() == BasisColumn))
        return data(index, Qt::DisplayRole); // whole, where a narrow column wraps or cuts it
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        switch (result) {
        case TargetResult::Exceeded:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case TargetResult::Achieved:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case TargetResult::NotAchieved:
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        case TargetResult::NotReviewed:
            return QBrush(QColor(0x75, 0x75, 0x75));
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case GroupColumn:
        return t.group;
    case NameColumn:
        return t.name;
    case ComparisonColumn:
        return edit ? QVariant(Target::comparisonKey(t.comparison))
                    : QVariant(Target::comparisonSymbol(t.comparison));
    case ValueColumn:
        return t.value.toString(separator);
    case UnitColumn:
        return t.unit;
    case BasisColumn:
        return basisText(t);
    case ReachedColumn:
        if (edit)
            return t.reached ? t.reached->toString(separator) : QString();
        return TargetFigureText::reached(t, separator);
    case ResultColumn:
        return TargetResults::label(result);
    }
    return {};
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Target before = m_targets.at(index.row());
    Target after = before;
    const QString text = value.toString().trimmed();
    QString error;
    switch (index.column()) {
    case GroupColumn:
        after.group = text;
        break;
    case NameColumn:
        after.name = text;
        break;
    case ComparisonColumn:
        if (!Target::comparisonFromText(text, &after.comparison)) {
            emit refused(tr("“%1” is not a comparison; use ≥, ≤ or =.").arg(text));
            return false;
        }
        break;
    case ValueColumn:
        if (!ExactDecimal::parse(text, &after.value, &error)) {
            emit refused(tr("Value of “%1”: %2").arg(before.name, error));
            return false;
        }
        break;
    case UnitColumn:
        after.unit = text;
        break;
    case ReachedColumn:
        if (text.isEmpty()) {
            after.reached.reset(); // cleared: back to "not reviewed"
        } else {
            ExactDecimal reached;
            if (!ReachedValue::parse(text, before, &reached, &error)) {
                emit refused(error);
                return false;
            }
            after.reached = reached;
        }
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    const FieldErrors errors = TargetValidator::validate(after);
    if (!errors.isEmpty()) {
        emit refused(TargetValidator::joined(errors));
        return false;
    }
    emit targetEdited(before, after);
    return true;
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const Target &t = m_targets.at(index.row());
    const bool editable = index.column() != BasisColumn && index.column() != ResultColumn &&
                          !(index.column() == ReachedColumn && t.isRatingBased());
    return editable ? flags | Qt::ItemIsEditable : flags;
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case NameColumn:
        return tr("Target");
    case ComparisonColumn:
        return tr("Comparison");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case BasisColumn:
        return tr("Reached from");
    case ReachedColumn:
        return tr("Reached");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace daihoi
