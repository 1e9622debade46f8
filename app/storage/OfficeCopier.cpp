#include "OfficeCopier.h"

#include "HistoryBulkWrite.h"
#include "SchemaMigrator.h"
#include "Transaction.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace daihoi {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

} // namespace

bool OfficeCopier::tableOrder(QSqlDatabase sqlite, QStringList *tables, QStringList *selfReferences, QString *error)
{
    QMap<QString, QStringList> references;
    QMap<QString, QString> selfReference;
    QSqlQuery query(sqlite);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_info'"
                                   " AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        references.insert(query.value(0).toString(), {});
    for (auto it = references.begin(); it != references.end(); ++it) {
        QSqlQuery keys(sqlite);
        if (!keys.exec(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('%1')").arg(it.key()))) {
            *error = keys.lastError().text();
            return false;
        }
        while (keys.next()) {
            const QString referenced = keys.value(0).toString();
            if (referenced == it.key())
                selfReference.insert(it.key(), keys.value(1).toString());
            else
                it.value().append(referenced);
        }
    }
    tables->clear();
    selfReferences->clear();
    while (tables->size() < references.size()) {
        const qsizetype before = tables->size();
        for (auto it = references.cbegin(); it != references.cend(); ++it) {
            if (tables->contains(it.key()))
                continue;
            bool ready = true;
            for (const QString &referenced : it.value())
                ready = ready && (tables->contains(referenced) || !references.contains(referenced));
            if (ready) {
                tables->append(it.key());
                selfReferences->append(selfReference.value(it.key()));
            }
        }
        if (tables->size() == before) {
            *error = tr("The tables reference each other in a circle; they cannot be copied in order.");
            return false;
        }
    }
    return true;
}

bool OfficeCopier::copyTable(QSqlDatabase from, QSqlDatabase to, const QString &table, const QString &selfReference,
                             QString *error)
{
    const QSqlRecord record = from.record(table);
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns.append(record.fieldName(i));
        marks.append(QStringLiteral("?"));
    }
    // A row that references its own table (a unit's parent) comes after the row it references.
    const QString select
        = selfReference.isEmpty()
              ? QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)
              : QStringLiteral("WITH RECURSIVE tree(id, depth) AS (SELECT id, 0 FROM %2 WHERE %3 IS NULL"
                               " UNION ALL SELECT t.id, tree.depth + 1 FROM %2 t JOIN tree ON t.%3 = tree.id)"
                               " SELECT %1 FROM %2 JOIN tree USING (id) ORDER BY tree.depth, %2.id")
                    .arg(QStringLiteral("%1.").arg(table) + columns.join(QStringLiteral(", %1.").arg(table)), table,
                         selfReference);
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    if (!rows.exec(select)) {
        *error = tr("Cannot copy the table %1: %2").arg(table, rows.lastError().text());
        return false;
    }
    // Many rows to one INSERT: on a server each statement is a round trip, and row by row a national
    // database (7.6 million rows) took over an hour to copy through a local socket.
    const int batch = std::max(1, std::min(500, 30000 / int(columns.size())));
    const QString rowMarks = QStringLiteral("(") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    auto statement = [&](int rowCount) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, columns.join(QStringLiteral(", ")),
                 QStringList(rowCount, rowMarks).join(QStringLiteral(", ")));
    };
    QSqlQuery full(to);
    if (!full.prepare(statement(batch))) {
        *error = tr("Cannot copy the table %1: %2").arg(table, full.lastError().text());
        return false;
    }
    QVariantList pending;
    qint64 copied = 0;
    auto flush = [&](QSqlQuery &insert) {
        for (int i = 0; i < pending.size(); ++i)
            insert.bindValue(i, pending.at(i));
        if (!insert.exec()) {
            *error = tr("Cannot copy rows %1 to %2 of the table %3: %4")
                         .arg(copied + 1)
                         .arg(copied + pending.size() / columns.size())
                         .arg(table, insert.lastError().text());
            return false;
        }
        copied += pending.size() / columns.size();
        pending.clear();
        return true;
    };
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i)
            pending.append(rows.value(i));
        if (pending.size() == batch * columns.size() && !flush(full))
            return false;
    }
    if (!pending.isEmpty()) {
        QSqlQuery rest(to);
        if (!rest.prepare(statement(int(pending.size() / columns.size()))) || !flush(rest)) {
            if (error->isEmpty())
                *error = tr("Cannot copy the table %1: %2").arg(table, rest.lastError().text());
            return false;
        }
    }
    QSqlQuery count(from);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !count.next()
        || count.value(0).toLongLong() != copied) {
        *error = tr("The table %1 has rows whose parent is missing; nothing was copied.").arg(table);
        return false;
    }
    // An identity column numbers on from its sequence, which copied ids did not advance.
    if (!isSqlite(to) && columns.contains(QLatin1String("id"))) {
        QSqlQuery sequence(to);
        if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                          " COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                               .arg(table))) {
            *error = sequence.lastError().text();
            return false;
        }
    }
    return true;
}

bool OfficeCopier::copy(QSqlDatabase from, QSqlDatabase to, const QString &where, QString *error, bool *refused)
{
    *refused = false;
    int fromVersion = 0;
    int toVersion = 0;
    if (!SchemaMigrator::readVersion(from, &fromVersion, error) || !SchemaMigrator::readVersion(to, &toVersion, error))
        return false;
    if (fromVersion != toVersion) {
        *refused = true;
        *error = tr("The two databases have different versions (%1 and %2).").arg(fromVersion).arg(toVersion);
        return false;
    }
    QStringList tables;
    QStringList selfReferences;
    if (!tableOrder(isSqlite(from) ? from : to, &tables, &selfReferences, error))
        return false;
    for (const QString &table : tables) {
        QSqlQuery count(to);
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !count.next()) {
            *error = tr("%1 has no table %2: %3").arg(where, table, count.lastError().text());
            return false;
        }
        if (const qint64 rows = count.value(0).toLongLong(); rows > 0) {
            *refused = true;
            *error = tr("%1 is not empty: the table %2 has %3 rows. Nothing was copied.").arg(where, table).arg(rows);
            return false;
        }
    }
    // The copied history says who did what; the copy itself adds no row for each row it writes.
    HistoryBulkWrite history(to, HistoryBulkWrite::Kind::Copy);
    Transaction transaction(to);
    if (!transaction.begin(error) || !history.begin(error))
        return false;
    for (int i = 0; i < tables.size(); ++i) {
        if (!copyTable(from, to, tables.at(i), selfReferences.at(i), error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace daihoi
