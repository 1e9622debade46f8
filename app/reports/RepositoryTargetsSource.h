#pragma once

#include "TargetsSource.h"

#include <QSqlDatabase>

namespace daihoi {

// The targets of a congress from the targets storage (app/storage/targets), in words for printing.
class RepositoryTargetsSource : public TargetsSource
{
public:
    explicit RepositoryTargetsSource(QSqlDatabase db);
    bool targets(qint64 congressId, QList<PrintedTarget> *targets, QString *error) const override;

private:
    QSqlDatabase m_db;
};

} // namespace daihoi
