#pragma once

#include <QHash>
#include <QObject>

class QUndoStack;

namespace daihoi {

// The version at which this window's own edits last left each row, so that an undo or redo replaces a
// row only while nobody else has changed it since. Edits of one row form a chain while each starts from
// the version the previous one wrote; an edit from a form that read someone else's newer version starts
// a new chain, and the older edits of that row are refused on undo instead of overwriting that change.
class EditedVersions : public QObject
{
    Q_OBJECT
public:
    // Given to a save when the row has moved on without this window: no row has that version.
    static constexpr int superseded = -2;

    // The ledger of the undo history `stack`, created on first use and gone with it.
    static EditedVersions *of(QUndoStack *stack);

    static QString congressKey(qint64 id) { return QStringLiteral("congress:%1").arg(id); }
    static QString electionKey(qint64 id) { return QStringLiteral("election:%1").arg(id); }
    static QString unitKey(qint64 id) { return QStringLiteral("unit:%1").arg(id); }

    // The newer of readVersion and the version this window's own edits last left `row` at: a view that has not
    // caught up with this window's own save still saves from what this window knows.
    int latestSeen(const QString &row, int readVersion) const;
    // A new edit's first save, from a form that read `row` at readVersion: the chain it joins.
    int chainFor(const QString &row, int readVersion);
    // The version an undo or redo of an edit of `chain` expects, or `superseded`.
    int expected(const QString &row, int chain) const;
    // After a save of the edit of `chain`: the row is at `version`.
    void wrote(const QString &row, int chain, int version);

private:
    explicit EditedVersions(QObject *parent);

    struct Entry
    {
        int chain = 0;
        int version = 0;
    };
    QHash<QString, Entry> m_rows;
    int m_lastChain = 0;
};

// One save of a row whose version rises by one with each save, by an edit whose chain is `*chain`
// (-1 before its first save). A readVersion below 0 saves unchecked, as callers that read no version do.
class VersionStep
{
public:
    VersionStep(QUndoStack *stack, const QString &row, int readVersion, int *chain);
    int expected() const { return m_expected; }
    void saved();

private:
    EditedVersions *m_versions;
    QString m_row;
    int *m_chain;
    int m_expected;
};

} // namespace daihoi
