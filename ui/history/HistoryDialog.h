#pragma once

#include "storage/HistoryEntry.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace daihoi {

// Who changed a congress (and everything recorded under it), when and what, newest first, read from the
// history the database keeps. Older changes come a page at a time.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(QSqlDatabase db, qint64 congressId, const QString &title, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }

private:
    void loadMore();

    QSqlDatabase m_db;
    qint64 m_congressId;
    qint64 m_lastEntryId = 0;
    QTreeWidget *m_view;
    QLabel *m_status;
    QPushButton *m_moreButton;
};

} // namespace daihoi
