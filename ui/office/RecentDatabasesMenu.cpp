#include "RecentDatabasesMenu.h"

#include "ConnectDialog.h"
#include "services/AppSettings.h"
#include "storage/Database.h"

#include <QDir>

namespace daihoi {

RecentDatabasesMenu::RecentDatabasesMenu(const QString &title, Workspace *workspace,
                                         std::function<bool(const QString &)> openFile, QWidget *window)
    : QMenu(title, window)
    , m_workspace(workspace)
    , m_openFile(std::move(openFile))
    , m_window(window)
{
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::fill);
}

void RecentDatabasesMenu::fill()
{
    clear();
    const QStringList recent = AppSettings().recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] {
            if (Database::isServerUrl(path))
                ConnectDialog::connectWorkspace(m_workspace, path, m_window);
            else
                m_openFile(path);
        });
    }
    if (recent.isEmpty())
        addAction(tr("(none yet)"))->setEnabled(false);
}

} // namespace daihoi
