#include "WorkItemTableModel.h"

#include "domain/DateText.h"
#include "domain/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace daihoi {

namespace {

const QColor refusedTint(0xf8, 0xd7, 0xd3);
const QColor overdueText(0xb0, 0x2a, 0x1a);

} // namespace

WorkItemTableModel::WorkItemTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkItemTableModel::setItems(const QList<WorkItem> &items, const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_rows.clear();
    for (const WorkItem &item : items)
        m_rows.append(Row{item, {}, {}, {}, {}, {}});
    endResetModel();
}

QList<WorkItem> WorkItemTableModel::items() const
{
    QList<WorkItem> items;
    for (const Row &row : m_rows)
        items.append(row.item);
    return items;
}

FieldErrors WorkItemTableModel::problems() const
{
    FieldErrors errors;
    for (const Row &row : m_rows) {
        const QString field = QStringLiteral("item:%1").arg(row.item.number);
        if (!row.numberText.isEmpty())
            errors.append({field, tr("A work item's number “%1” is not a number.").arg(row.numberText)});
        if (!row.deadlineProblem.isEmpty())
            errors.append({field, tr("The deadline of work item %1 “%2” is not a date: %3.")
                                      .arg(row.item.number)
                                      .arg(row.deadlineText, row.deadlineProblem)});
        if (!row.doneProblem.isEmpty())
            errors.append({field, tr("The day work item %1 was done “%2” is not a date: %3.")
                                      .arg(row.item.number)
                                      .arg(row.doneText, row.doneProblem)});
    }
    return errors;
}

int WorkItemTableModel::addItem()
{
    int last = 0;
    for (const Row &row : std::as_const(m_rows))
        last = qMax(last, row.item.number);
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    Row row;
    row.item.number = last + 1;
    m_rows.append(row);
    endInsertRows();
    emit edited();
    return at;
}

void WorkItemTableModel::removeItem(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit edited();
}

int WorkItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const WorkItem &item = row.item;
    const int column = index.column();
    const bool overdue = item.isOverdue(m_today);
    const bool badNumber = column == NumberColumn && !row.numberText.isEmpty();
    const bool badDeadline = column == DeadlineColumn && !row.deadlineProblem.isEmpty();
    const bool badDone = column == DoneColumn && !row.doneProblem.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (column == StateColumn)
            return WorkItem::stateLabel(item.state);
        if (column == NumberColumn && overdue && !badNumber)
            return QStringLiteral("⚠ %1").arg(item.number);
        Q_FALLTHROUGH();
    case Qt::EditRole:
        switch (column) {
        case NumberColumn: return badNumber ? QVariant(row.numberText) : QVariant(item.number);
        case TitleColumn: return item.title;
        case ResponsibleColumn: return item.responsible;
        case DeadlineColumn: return badDeadline ? row.deadlineText : DisplayFormat::date(item.deadline);
        case StateColumn: return int(item.state);
        case DoneColumn: return badDone ? row.doneText : DisplayFormat::date(item.doneOn);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (badDeadline)
            return row.deadlineProblem;
        if (badDone)
            return row.doneProblem;
        if (overdue)
            return tr("Overdue: due %1, not done").arg(DisplayFormat::date(item.deadline));
        return {};
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(overdueText)) : QVariant();
    case Qt::FontRole:
        if (overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return badNumber || badDeadline || badDone ? QVariant(QBrush(refusedTint)) : QVariant();
    case OverdueRole:
        return overdue;
    case Qt::TextAlignmentRole:
        return column == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

bool WorkItemTableModel::readDate(const QVariant &value, QDate *date, QString *text, QString *problem)
{
    const QString typed = value.toString().trimmed();
    QDate read;
    QString why;
    if (!DateText::parse(typed, &read, &why)) {
        *text = typed;
        *problem = why;
        return false;
    }
    *date = read;
    text->clear();
    problem->clear();
    return true;
}

bool WorkItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::EditRole)
        return false;
    Row &row = m_rows[index.row()];
    WorkItem &item = row.item;
    switch (index.column()) {
    case NumberColumn: {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok) {
            item.number = number;
            row.numberText.clear();
        } else {
            row.numberText = value.toString().trimmed();
        }
        break;
    }
    case TitleColumn: item.title = value.toString().trimmed(); break;
    case ResponsibleColumn: item.responsible = value.toString().trimmed(); break;
    case DeadlineColumn: readDate(value, &item.deadline, &row.deadlineText, &row.deadlineProblem); break;
    case StateColumn:
        item.state = WorkItem::State(qBound(0, value.toInt(), 2));
        // Marked done today unless the clerk types another day; no longer done, it has no day done.
        if (item.state == WorkItem::State::Done && !item.doneOn.isValid() && row.doneProblem.isEmpty())
            item.doneOn = m_today;
        if (item.state != WorkItem::State::Done && row.doneProblem.isEmpty())
            item.doneOn = QDate();
        break;
    case DoneColumn:
        if (readDate(value, &item.doneOn, &row.doneText, &row.doneProblem) && item.doneOn.isValid())
            item.state = WorkItem::State::Done;
        break;
    default: return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags WorkItemTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant WorkItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Work item");
    case ResponsibleColumn: return tr("Unit or person responsible");
    case DeadlineColumn: return tr("Deadline");
    case StateColumn: return tr("State");
    case DoneColumn: return tr("Done on");
    default: return {};
    }
}

} // namespace daihoi
