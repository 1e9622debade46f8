#include "HistoryDialog.h"

#include "services/HistoryFormatter.h"
#include "storage/HistoryRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace daihoi {

namespace {

constexpr int pageSize = 200;

} // namespace

HistoryDialog::HistoryDialog(QSqlDatabase db, qint64 congressId, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_congressId(congressId)
    , m_view(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_moreButton(new QPushButton(tr("Show &older changes"), this))
{
    setWindowTitle(tr("Change history"));
    setObjectName(QStringLiteral("historyDialog"));
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setHeaderLabels({tr("Time"), tr("Who"), tr("What")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    connect(m_moreButton, &QPushButton::clicked, this, &HistoryDialog::loadMore);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_moreButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560); // fits a 1280×720 screen with the window's frame
    loadMore();
    m_view->setFocus();
}

void HistoryDialog::loadMore()
{
    QList<HistoryEntry> entries;
    QString error;
    if (!HistoryRepository(m_db).forCongress(m_congressId, m_lastEntryId, pageSize, &entries, &error)) {
        m_status->setText(tr("The history cannot be read: %1").arg(error));
        m_moreButton->setEnabled(false);
        return;
    }
    if (!entries.isEmpty())
        m_lastEntryId = entries.last().id;
    for (const HistoryItem &item : HistoryFormatter::describe(entries)) {
        QStringList what{item.subject};
        for (const QString &change : item.changes)
            what.append(QStringLiteral("    ") + change);
        auto *row = new QTreeWidgetItem(m_view, {QLocale().toString(item.changedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                                                 item.login, what.join(QLatin1Char('\n'))});
        row->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        row->setTextAlignment(1, Qt::AlignLeft | Qt::AlignTop);
    }
    const bool more = entries.size() == pageSize;
    m_moreButton->setEnabled(more);
    if (m_view->topLevelItemCount() == 0)
        m_status->setText(tr("No change to this congress is recorded."));
    else
        m_status->setText(more ? tr("%n change(s) shown; older ones follow.", nullptr, m_view->topLevelItemCount())
                               : tr("%n change(s), all shown.", nullptr, m_view->topLevelItemCount()));
}

} // namespace daihoi
