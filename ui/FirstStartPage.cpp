#include "FirstStartPage.h"

#include "Workspace.h"
#include "commands/AddTermEdit.h"
#include "commands/AddUnitEdit.h"
#include "domain/Term.h"
#include "storage/Database.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace daihoi {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstStartPage::FirstStartPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_steps(new QStackedWidget(this)), m_name(new QLineEdit(this)),
      m_code(new QLineEdit(this)), m_level(new QComboBox(this)), m_term(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_create(new QPushButton(tr("&Create the committee"), this)),
      m_created(new QLabel(this)), m_addUnit(new QPushButton(tr("&Add a subordinate unit…"), this))
{
    setObjectName(QStringLiteral("firstStart"));
    m_name->setObjectName(QStringLiteral("firstStartName"));
    m_code->setObjectName(QStringLiteral("firstStartCode"));
    m_level->setObjectName(QStringLiteral("firstStartLevel"));
    m_term->setObjectName(QStringLiteral("firstStartTerm"));
    m_problem->setObjectName(QStringLiteral("firstStartProblem"));
    m_create->setObjectName(QStringLiteral("firstStartCreate"));
    m_name->setPlaceholderText(tr("e.g. Đảng bộ phường Việt Hưng"));
    m_code->setPlaceholderText(tr("e.g. VH"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,32}")), this));
    m_term->setPlaceholderText(tr("e.g. 2025-2030"));
    for (UnitLevel level : UnitLevels::all())
        m_level->addItem(UnitLevels::displayName(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(UnitLevel::GrassrootsCommittee)));
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->setWordWrap(true);

    // Step 1: the committee and its first term.
    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(heading(tr("This database is empty"), formPage));
    formLayout->addWidget(
        paragraph(tr("Start with your party committee: the unit whose congresses you follow. "
                     "Give its name, its code (short, the same over the years and on every "
                     "machine), its level and the term you are working on. Then add its "
                     "subordinate units, or import the data they sent you."),
                  formPage));
    auto *box = new QGroupBox(tr("1. Your committee"), formPage);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("Fir&st term:"), m_term);
    form->addRow(m_problem);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_create);
    form->addRow(createRow);
    formLayout->addWidget(box);
    auto *importBox = new QGroupBox(tr("Or start from the data your units sent"), formPage);
    auto *importLayout = new QVBoxLayout(importBox);
    importLayout->addWidget(
        paragraph(tr("An import brings in the exported units with their committee."), importBox));
    auto *importFirst = new QPushButton(tr("&Import data from units below…"), importBox);
    importFirst->setObjectName(QStringLiteral("firstStartImport"));
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(importFirst);
    importRow->addStretch(1);
    importLayout->addLayout(importRow);
    formLayout->addWidget(importBox);
    formLayout->addStretch(1);

    // Step 2: the committee exists; its units come next.
    auto *nextPage = new QWidget(this);
    auto *nextLayout = new QVBoxLayout(nextPage);
    nextLayout->setContentsMargins(0, 0, 0, 0);
    m_created->setWordWrap(true);
    nextLayout->addWidget(heading(tr("2. The committee's units"), nextPage));
    nextLayout->addWidget(m_created);
    auto *importNext = new QPushButton(tr("Import &data from units below…"), nextPage);
    auto *done = new QPushButton(tr("&Go to the committee's pages"), nextPage);
    m_addUnit->setObjectName(QStringLiteral("firstStartAddUnit"));
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_addUnit);
    nextRow->addWidget(importNext);
    nextRow->addStretch(1);
    nextRow->addWidget(done);
    nextLayout->addLayout(nextRow);
    nextLayout->addStretch(1);

    m_steps->addWidget(formPage);
    m_steps->addWidget(nextPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_steps);
    setMaximumWidth(720);

    connect(m_create, &QPushButton::clicked, this, &FirstStartPage::create);
    for (QLineEdit *edit : {m_name, m_code, m_term})
        connect(edit, &QLineEdit::returnPressed, this, &FirstStartPage::create);
    connect(importFirst, &QPushButton::clicked, this, &FirstStartPage::importRequested);
    connect(importNext, &QPushButton::clicked, this, &FirstStartPage::importRequested);
    connect(m_addUnit, &QPushButton::clicked, this, &FirstStartPage::addUnitRequested);
    connect(done, &QPushButton::clicked, this, &FirstStartPage::dismissed);
}

bool FirstStartPage::refresh(bool dismissed)
{
    if (!m_workspace->isOpen())
        return false;
    const UnitRepository units(m_workspace->database().connection());
    QString error;
    int roots = 0;
    if (!units.childCount(0, &roots, &error))
        return false;
    if (roots == 0) {
        m_steps->setCurrentIndex(0);
        return true;
    }
    QList<Unit> top;
    int below = 0;
    if (roots != 1 || dismissed || !units.children(0, 0, 1, &top, &error) || top.isEmpty() ||
        UnitLevels::isBranch(top.first().level) || !units.childCount(top.first().id, &below, &error) ||
        below > 0)
        return false;
    showNextStep(top.first());
    return true;
}

void FirstStartPage::showNextStep(const Unit &committee)
{
    m_created->setText(tr("%1 (%2) is ready. Add its subordinate units one by one, or import the exports "
                          "they sent you; each unit then records its congress for the term.")
                           .arg(committee.name, committee.code));
    m_steps->setCurrentIndex(1);
}

void FirstStartPage::create()
{
    const QString name = m_name->text().trimmed();
    const QString code = m_code->text().trimmed();
    Term term;
    QLineEdit *wrong = nullptr;
    if (name.isEmpty()) {
        m_problem->setText(tr("Name: the committee needs a name."));
        wrong = m_name;
    } else if (code.isEmpty()) {
        m_problem->setText(tr("Code: the committee needs a code that stays the same over time."));
        wrong = m_code;
    } else if (!Term::parseYears(m_term->text().trimmed(), &term.startYear, &term.endYear)) {
        m_problem->setText(
            tr("First term: \"%1\" is not written as START-END, e.g. 2025-2030.").arg(m_term->text()));
        wrong = m_term;
    }
    if (wrong) {
        wrong->setFocus();
        return;
    }
    // Each step is its own undoable edit; a refusal is named here, beside the fields.
    QString refusal;
    const auto listener = connect(m_workspace, &Workspace::failed, this,
                                  [&refusal](const QString &message) { refusal = message; });
    QString error;
    Term existing;
    const TermRepository terms(m_workspace->database().connection());
    bool ok = terms.byYears(term.startYear, term.endYear, &existing, &error) ||
              m_workspace->run(new AddTermEdit(m_workspace, term));
    Unit unit;
    unit.code = code;
    unit.name = name;
    unit.level = UnitLevel(m_level->currentData().toInt());
    auto *edit = ok ? new AddUnitEdit(m_workspace, unit) : nullptr;
    ok = ok && m_workspace->run(edit);
    disconnect(listener);
    if (!ok) {
        m_problem->setText(refusal);
        return;
    }
    m_problem->clear();
    m_name->clear();
    m_code->clear();
    m_term->clear();
    emit committeeCreated(edit->unitId(), term.key());
    m_addUnit->setFocus();
}

} // namespace daihoi
