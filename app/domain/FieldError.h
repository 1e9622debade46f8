#pragma once

#include <QList>
#include <QString>

namespace daihoi {

// A refusal that names the field it is about (a stable key such as "present") and says why.
struct FieldError
{
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;

} // namespace daihoi
