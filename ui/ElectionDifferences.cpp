#include "ElectionDifferences.h"

#include "domain/elections/ElectionChange.h"
#include "storage/ElectionRepository.h"
#include "storage/RowVersions.h"

namespace daihoi {

bool ElectionDifferences::conflict(QSqlDatabase db, const Election &read, const Election &typed, QString *refusal,
                                   QStringList *differences)
{
    QList<Election> elections;
    QString error;
    if (read.id <= 0 || !ElectionRepository(db).forCongress(read.congressId, &elections, &error))
        return false;
    const Election *saved = nullptr;
    for (const Election &election : elections) {
        if (election.id == read.id)
            saved = &election;
    }
    if (saved && saved->rowVersion == read.rowVersion)
        return false; // refused by a rule, not by another clerk
    *refusal = RowVersions::refusal(db, RowVersions::Kind::Election, read.id);
    differences->clear();
    if (saved) {
        for (const QString &change : ElectionChange::describe(*saved, typed))
            differences->append(tr("%1 (saved → yours)").arg(change));
    }
    return true;
}

} // namespace daihoi
