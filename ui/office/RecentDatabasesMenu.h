#pragma once

#include <QMenu>
#include <functional>

namespace daihoi {

class Workspace;

// File → Recent databases: a file opens at once; an office database asks its password in the connection
// dialog (or reads it from the keychain), since the remembered address never holds one.
class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT
public:
    RecentDatabasesMenu(const QString &title, Workspace *workspace, std::function<bool(const QString &)> openFile,
                        QWidget *window);

private:
    void fill();

    Workspace *m_workspace;
    std::function<bool(const QString &)> m_openFile;
    QWidget *m_window;
};

} // namespace daihoi
