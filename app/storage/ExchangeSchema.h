#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace daihoi {

// Schema version 4: which export of each unit and term was imported last, so a re-import is recognised
// and an older export is kept from replacing a newer one.
class ExchangeSchema
{
public:
    static QStringList statements(const QSqlDatabase &db);
};

} // namespace daihoi
