#include "CommitteePanel.h"

#include "Workspace.h"
#include "commands/ReplaceCommitteeEdit.h"
#include "domain/committee/CommitteeBuilder.h"
#include "domain/committee/CompositionFigures.h"
#include "models/CommitteeTableModel.h"
#include "reports/MembersTable.h"
#include "reports/SheetExport.h"
#include "storage/CommitteeRepository.h"
#include "storage/CongressRepository.h"
#include "storage/Database.h"
#include "storage/ElectionRepository.h"
#include "widgets/ChoiceDelegate.h"
#include "widgets/CompositionView.h"
#include "widgets/MessageBar.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace daihoi {

CommitteePanel::CommitteePanel(Workspace *workspace, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messageBar(messageBar)
    , m_intro(new QLabel(this))
    , m_model(new CommitteeTableModel(this))
    , m_view(new QTableView(this))
    , m_composition(new CompositionView(this))
    , m_appointButton(new QPushButton(tr("Record the secretary &appointed by the higher committee…"), this))
    , m_exportButton(new QPushButton(tr("Export to E&xcel…"), this))
{
    m_exportButton->setObjectName(QStringLiteral("exportMembersButton"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &CommitteePanel::exportToExcel);
    m_appointButton->hide();
    connect(m_appointButton, &QPushButton::clicked, this, &CommitteePanel::recordAppointedSecretary);
    m_intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("committeeTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    QList<QPair<QString, int>> genders;
    for (Gender gender : {Gender::Male, Gender::Female, Gender::Unknown})
        genders.append({Person::genderName(gender), int(gender)});
    QList<QPair<QString, int>> levels;
    for (TheoryLevel level : Person::theoryLevels())
        levels.append({Person::theoryName(level), int(level)});
    m_view->setItemDelegateForColumn(CommitteeTableModel::GenderColumn, new ChoiceDelegate(genders, this));
    m_view->setItemDelegateForColumn(CommitteeTableModel::TheoryColumn, new ChoiceDelegate(levels, this));
    // Enter on a cell opens its editor, on the gender proposed from the name, so Enter again confirms it
    // (F2 is taken by the window's rename command).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEditable)
            m_view->edit(index);
    });
    connect(m_model, &CommitteeTableModel::membersEdited, this,
            [this](const QList<CommitteeMember> &edited, const QString &text) {
                m_workspace->run(new ReplaceCommitteeEdit(m_workspace, m_congress.id, m_members, edited, text));
            },
            Qt::QueuedConnection);

    auto *compositionBox = new QGroupBox(tr("Composition"), this);
    auto *compositionLayout = new QVBoxLayout(compositionBox);
    compositionLayout->addWidget(m_composition);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_appointButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);
    layout->addWidget(compositionBox);

    connect(workspace, &Workspace::committeeChanged, this, [this](qint64 congressId) {
        if (congressId == m_congress.id)
            reload();
    });
    connect(workspace, &Workspace::congressChanged, this, [this](qint64 unitId, qint64 termId) {
        if (unitId == m_unit.id && termId == m_term.id)
            reload();
    });
}

void CommitteePanel::showCongress(const Unit &unit, const Term &term)
{
    m_unit = unit;
    m_term = term;
    reload();
}

void CommitteePanel::reload()
{
    m_congress = Congress();
    m_members.clear();
    QString error;
    QList<Election> elections;
    const QSqlDatabase db = m_workspace->database().connection();
    if (!m_unit.isValid() || !m_term.isValid() || !CongressRepository(db).find(m_unit.id, m_term.id, &m_congress, &error)
        || !CommitteeRepository(db).members(m_congress.id, &m_members, &error)
        || !ElectionRepository(db).forCongress(m_congress.id, &elections, &error)) {
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        m_intro->setText(tr("No congress recorded for this term."));
        m_model->setMembers({});
        m_exportButton->setEnabled(false);
        m_composition->clearFigures();
        return;
    }
    m_intro->setText(tr("The committee follows the election results. Complete each person's details here; "
                        "tick Approval when the higher committee's decision arrives and type its number and date "
                        "(e.g. 125-QĐ/ĐU 15/10/2022)."));
    m_model->setMembers(m_members);
    m_exportButton->setEnabled(!m_members.isEmpty());
    bool appointed = false;
    bool hasSecretary = false;
    for (const Election &election : elections)
        appointed = appointed || (election.office == ElectionOffice::Secretary && election.appointedByHigherCommittee);
    for (const CommitteeMember &member : m_members)
        hasSecretary = hasSecretary || member.role == CommitteeRole::Secretary;
    m_appointButton->setVisible(appointed && !hasSecretary);
    const QDate date = m_congress.heldFrom.isValid() ? m_congress.heldFrom : m_congress.plannedDate;
    m_composition->showFigures(
        CompositionFigures::of(m_members, CommitteeBuilder::seats(elections), date, m_workspace->youngAgeLimit()),
        m_workspace->youngAgeLimit());
}

void CommitteePanel::recordAppointedSecretary()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Secretary appointed by the higher committee"),
                                               tr("Full name of the appointed secretary:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        appointSecretary(name);
}

bool CommitteePanel::appointSecretary(const QString &name)
{
    if (name.simplified().isEmpty()) {
        m_messageBar->showMessage(tr("Secretary: type the appointed secretary's full name."));
        return false;
    }
    QList<CommitteeMember> edited = m_members;
    Person probe;
    probe.fullName = name.simplified();
    CommitteeMember *secretary = nullptr;
    for (CommitteeMember &member : edited) {
        if (member.person.isSamePersonAs(probe))
            secretary = &member;
    }
    if (!secretary) {
        CommitteeMember member;
        member.congressId = m_congress.id;
        member.person = probe;
        edited.prepend(member);
        secretary = &edited.first();
    }
    secretary->role = CommitteeRole::Secretary;
    secretary->appointed = true;
    return m_workspace->run(new ReplaceCommitteeEdit(m_workspace, m_congress.id, m_members, edited,
                                                     tr("Record %1 as the appointed secretary").arg(probe.fullName)));
}

void CommitteePanel::exportToExcel()
{
    SheetTable table;
    QString error;
    const QString name = QStringLiteral("%1-cap-uy-%2.xlsx").arg(m_unit.code, m_term.key());
    if ((!MembersTable::load(m_workspace->database().connection(), m_unit, m_term, &table, &error)
         || !SheetExport::save(this, table, name, &error))
        && !error.isEmpty())
        m_messageBar->showMessage(error);
}

QList<CommitteeMember> CommitteePanel::members() const
{
    return m_members;
}

} // namespace daihoi
