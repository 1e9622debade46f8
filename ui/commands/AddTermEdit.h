#pragma once

#include "UndoableEdit.h"
#include "domain/Term.h"

#include <QCoreApplication>

namespace daihoi {

class AddTermEdit : public UndoableEdit
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::AddTermEdit)
public:
    AddTermEdit(Workspace *workspace, const Term &term);
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Term m_term;
};

} // namespace daihoi
