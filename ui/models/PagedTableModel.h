#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>
#include <QList>

namespace daihoi {

// A table read from SQL a page of rows at a time, as the view scrolls: a committee of thousands of units
// is never read whole to show its first screen. A subclass says how a page is read (readRows) and starts
// again from the first page with restart() whenever what it shows changes.
template <typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_allFetched && !m_announcingReset;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_allFetched || m_announcingReset)
            return;
        QList<Row> page;
        if (!readPage(&page) || page.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows += page;
        endInsertRows();
    }

protected:
    explicit PagedTableModel(Workspace *workspace, QObject *parent)
        : QAbstractTableModel(parent), m_workspace(workspace)
    {
    }

    // Up to limit rows from offset on; false with the error when they cannot be read.
    virtual bool readRows(int offset, int limit, QList<Row> *rows, QString *error) = 0;

    // Drops the rows and reads the first page; prepare() runs inside the reset, sets what is shown and
    // says whether there is anything to read.
    template <typename Prepare> void restart(Prepare prepare)
    {
        beginResetModel();
        m_rows.clear();
        m_allFetched = !prepare();
        // The first page comes with the reset, so views never fetch in the middle of one.
        if (!m_allFetched)
            readPage(&m_rows);
        // Whoever hears of the reset (a view, the model tester) may ask for more at once; rows inserted while
        // the reset is still being announced would arrive in the middle of it, so they wait for the next ask.
        m_announcingReset = true;
        endResetModel();
        m_announcingReset = false;
    }
    const QList<Row> &rows() const { return m_rows; }
    // Room for rows known to come, so that a long list is not copied as it grows.
    void reserveRows(qsizetype count) { m_rows.reserve(count); }

    Workspace *m_workspace;

private:
    bool readPage(QList<Row> *page)
    {
        QList<Row> read;
        QString error;
        if (!readRows(int(m_rows.size()), PageSize, &read, &error)) {
            m_allFetched = true;
            m_workspace->reportFailure(error);
            return false;
        }
        m_allFetched = read.size() < PageSize;
        *page += read;
        return true;
    }

    QList<Row> m_rows;
    bool m_allFetched = true;
    bool m_announcingReset = false;
};

} // namespace daihoi
