#include "RepositoryTargetsSource.h"

#include "DocumentText.h"
#include "domain/targets/TargetEvaluator.h"
#include "storage/targets/TargetRepository.h"

namespace daihoi {

RepositoryTargetsSource::RepositoryTargetsSource(QSqlDatabase db)
    : m_db(db)
{
}

bool RepositoryTargetsSource::targets(qint64 congressId, QList<PrintedTarget> *printed, QString *error) const
{
    printed->clear();
    QList<Target> list;
    if (!TargetRepository(m_db).targets(congressId, &list, error))
        return false;
    const QChar comma = QLatin1Char(',');
    for (const Target &target : list) {
        PrintedTarget line;
        line.group = target.group;
        line.name = target.name;
        line.requirement = target.requirementText(comma);
        if (target.reached)
            line.reached = target.reached->toString(comma);
        line.result = DocumentText::targetResult(TargetEvaluator::evaluate(target));
        printed->append(line);
    }
    return true;
}

} // namespace daihoi
