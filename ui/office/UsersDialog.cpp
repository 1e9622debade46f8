#include "UsersDialog.h"

#include "Workspace.h"
#include "models/UnitTreeModel.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace daihoi {

UsersDialog::UsersDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_users(workspace->database().connection()),
      m_messageBar(new MessageBar(this)), m_userList(new QListWidget(this)),
      m_grants(new QTableWidget(0, 3, this)), m_revoke(new QPushButton(tr("&Revoke"), this)),
      m_toggle(new QPushButton(tr("Read &only / read and write"), this)), m_name(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_again(new QLineEdit(this)),
      m_admin(new QCheckBox(tr("A&dministrator: manages users, reads and writes every unit"), this)),
      m_add(new QPushButton(tr("&Add user"), this)), m_units(new UnitTreeModel(workspace, this)),
      m_tree(new QTreeView(this)), m_code(new QLineEdit(this)),
      m_readOnly(new QCheckBox(tr("Read onl&y"), this)), m_grant(new QPushButton(tr("&Grant"), this))
{
    setWindowTitle(tr("Office users"));
    m_userList->setObjectName(QStringLiteral("userList"));
    m_grants->setObjectName(QStringLiteral("grantTable"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_again->setObjectName(QStringLiteral("againEdit"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_tree->setObjectName(QStringLiteral("unitTree"));
    for (QLineEdit *secret : {m_password, m_again})
        secret->setEchoMode(QLineEdit::Password);

    m_grants->setHorizontalHeaderLabels({tr("Code"), tr("Unit"), tr("Access")});
    m_grants->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_grants->verticalHeader()->hide();
    m_grants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setModel(m_units);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);

    auto *usersBox = new QGroupBox(tr("Users"), this);
    auto *usersLayout = new QVBoxLayout(usersBox);
    usersLayout->addWidget(m_userList);
    auto *newUser = new QFormLayout;
    newUser->addRow(tr("&Name:"), m_name);
    newUser->addRow(tr("&Password:"), m_password);
    newUser->addRow(tr("Pass&word again:"), m_again);
    usersLayout->addLayout(newUser);
    usersLayout->addWidget(m_admin);
    usersLayout->addWidget(m_add);

    auto *grantsBox = new QGroupBox(tr("Units of the user"), this);
    auto *grantsLayout = new QVBoxLayout(grantsBox);
    grantsLayout->addWidget(m_grants, 1);
    auto *grantButtons = new QHBoxLayout;
    grantButtons->addWidget(m_revoke);
    grantButtons->addWidget(m_toggle);
    grantButtons->addStretch();
    grantsLayout->addLayout(grantButtons);
    grantsLayout->addWidget(
        new QLabel(tr("Grant a unit and everything below it (type its code or pick it):"), this));
    grantsLayout->addWidget(m_tree, 1);
    auto *grantRow = new QHBoxLayout;
    auto *codeLabel = new QLabel(tr("&Code:"), this);
    codeLabel->setBuddy(m_code);
    grantRow->addWidget(codeLabel);
    grantRow->addWidget(m_code, 1);
    grantRow->addWidget(m_readOnly);
    grantRow->addWidget(m_grant);
    grantsLayout->addLayout(grantRow);

    auto *columns = new QHBoxLayout;
    columns->addWidget(usersBox, 2);
    columns->addWidget(grantsBox, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_userList, &QListWidget::currentRowChanged, this, &UsersDialog::showUser);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_grant, &QPushButton::clicked, this, &UsersDialog::grant);
    connect(m_code, &QLineEdit::returnPressed, this, &UsersDialog::grant);
    connect(m_revoke, &QPushButton::clicked, this, &UsersDialog::revokeSelected);
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleReadOnly);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_code->setText(m_units->unitAt(index).code);
            });
    connect(m_grants->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_revoke->setEnabled(m_grants->currentRow() >= 0);
        m_toggle->setEnabled(m_grants->currentRow() >= 0);
    });
    reload();
}

void UsersDialog::addMenu(QMenuBar *menuBar, Workspace *workspace, QWidget *window)
{
    // No Alt key of its own: hidden for most clerks, it must not take a letter from the pages' fields.
    QMenu *menu = menuBar->addMenu(tr("Office"));
    QAction *users = menu->addAction(tr("Office &users…"), window, [workspace, window] {
        UsersDialog dialog(workspace, window);
        dialog.exec();
    });
    users->setObjectName(QStringLiteral("officeUsersAction"));
    const auto update = [workspace, menu] {
        bool admin = false;
        QString error;
        if (workspace->isOpen() && !workspace->database().isSqlite())
            OfficeUsers(workspace->database().connection()).isAdministrator(&admin, &error);
        menu->menuAction()->setVisible(admin);
    };
    QObject::connect(workspace, &Workspace::opened, menu, update);
    update();
}

QString UsersDialog::currentUser() const
{
    const int row = m_userList->currentRow();
    return row >= 0 && row < m_list.size() ? m_list.at(row).name : QString();
}

bool UsersDialog::report(bool ok, const QString &error)
{
    if (!ok)
        m_messageBar->showMessage(error);
    else
        m_messageBar->hide();
    return ok;
}

void UsersDialog::reload(const QString &select)
{
    const QString keep = select.isEmpty() ? currentUser() : select;
    QString error;
    if (!report(m_users.list(&m_list, &error), error))
        m_list.clear();
    const QSignalBlocker blocker(m_userList);
    m_userList->clear();
    int current = m_list.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_list.size(); ++i) {
        const OfficeUser &user = m_list.at(i);
        m_userList->addItem(user.admin ? tr("%1 (administrator)").arg(user.name) : user.name);
        if (user.name == keep)
            current = i;
    }
    m_userList->setCurrentRow(current);
    showUser();
}

void UsersDialog::showUser()
{
    const int row = m_userList->currentRow();
    const QList<OfficeGrant> grants =
        row >= 0 && row < m_list.size() ? m_list.at(row).grants : QList<OfficeGrant>();
    m_grants->setRowCount(int(grants.size()));
    for (int i = 0; i < grants.size(); ++i) {
        const OfficeGrant &grant = grants.at(i);
        m_grants->setItem(i, 0, new QTableWidgetItem(grant.unitCode));
        m_grants->setItem(i, 1, new QTableWidgetItem(grant.unitName));
        m_grants->setItem(i, 2,
                          new QTableWidgetItem(grant.mayWrite ? tr("read and write") : tr("read only")));
    }
    m_grants->setCurrentCell(-1, -1);
    m_revoke->setEnabled(false);
    m_toggle->setEnabled(false);
    m_grant->setEnabled(row >= 0);
}

void UsersDialog::addUser()
{
    const QString name = m_name->text().trimmed();
    if (m_password->text() != m_again->text()) {
        report(false, tr("Password: the two passwords differ; type the same password twice."));
        m_again->setFocus();
        return;
    }
    QString error;
    if (!report(m_users.addUser(name, m_password->text(), m_admin->isChecked(), &error), error))
        return;
    m_name->clear();
    m_password->clear();
    m_again->clear();
    reload(name);
    m_messageBar->showMessage(tr("%1 was added; grant them a unit.").arg(name),
                              MessageBar::Kind::Information);
}

void UsersDialog::grant()
{
    const QString user = currentUser();
    if (user.isEmpty())
        return;
    QString error;
    if (report(m_users.grant(user, m_code->text(), m_readOnly->isChecked(), &error), error))
        reload(user);
}

void UsersDialog::revokeSelected()
{
    const QString user = currentUser();
    const int row = m_grants->currentRow();
    if (user.isEmpty() || row < 0)
        return;
    QString error;
    if (report(m_users.revoke(user, m_grants->item(row, 0)->text(), &error), error))
        reload(user);
}

void UsersDialog::toggleReadOnly()
{
    const QString user = currentUser();
    const int row = m_grants->currentRow();
    const int index = m_userList->currentRow();
    if (user.isEmpty() || row < 0 || index < 0)
        return;
    const OfficeGrant grant = m_list.at(index).grants.value(row);
    QString error;
    if (report(m_users.grant(user, grant.unitCode, grant.mayWrite, &error), error)) {
        reload(user);
        m_grants->setCurrentCell(row, 0);
    }
}

} // namespace daihoi
