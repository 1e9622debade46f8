#pragma once

#include "storage/OfficeUsers.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QMenuBar;
class QPushButton;
class QTableWidget;
class QTreeView;

namespace daihoi {

class MessageBar;
class UnitTreeModel;
class Workspace;

// The administrator's view of the office's clerks: each user's units (read and write, or read only),
// adding a user, granting a unit typed by code or picked in the tree, revoking one. Refusals show
// inline; every change is one transaction of OfficeUsers and the list is read again after it.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(Workspace *workspace, QWidget *parent = nullptr);

    // An "Office" menu with "Office users…", shown only while the window is connected to an office
    // server as one of its administrators.
    static void addMenu(QMenuBar *menuBar, Workspace *workspace, QWidget *window);

    QString currentUser() const;

private:
    void reload(const QString &select = {});
    void showUser();
    void addUser();
    void grant();
    void revokeSelected();
    void toggleReadOnly();
    bool report(bool ok, const QString &error);

    Workspace *m_workspace;
    OfficeUsers m_users;
    QList<OfficeUser> m_list;
    MessageBar *m_messageBar;
    QListWidget *m_userList;
    QTableWidget *m_grants;
    QPushButton *m_revoke;
    QPushButton *m_toggle;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_again;
    QCheckBox *m_admin;
    QPushButton *m_add;
    UnitTreeModel *m_units;
    QTreeView *m_tree;
    QLineEdit *m_code;
    QCheckBox *m_readOnly;
    QPushButton *m_grant;
};

} // namespace daihoi
