#pragma once

#include "Congress.h"
#include "FieldError.h"
#include "Term.h"

#include <QCoreApplication>

namespace daihoi {

// The consistency rules of a congress record (domain.md §2): what may be saved.
class CongressValidator
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::CongressValidator)
public:
    static FieldErrors validate(const Congress &congress, const Term &term);
    // The field keys used in FieldError::field, for the form to mark.
    static QString fieldLabel(const QString &field);
};

} // namespace daihoi
