#pragma once

#include "CsvDialect.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace daihoi {

// manifest.json of an export: who and what it is, and a row count and SHA-256 per file.
struct ExchangeManifest
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::ExchangeManifest)
public:
    struct FileEntry
    {
        qint64 rows = 0;
        QByteArray sha256; // lower-case hex
    };
    int formatVersion = 0;
    QString programVersion;
    QString unitCode;
    int startYear = 0;
    int endYear = 0;
    QDateTime created; // UTC, milliseconds: the order in which exports of one unit and term replace each other
    CsvDialect dialect;
    QMap<QString, FileEntry> files;

    bool write(const QString &path, QString *error) const;
    // Refuses a malformed manifest or an unknown format version, naming the manifest.
    bool read(const QString &path, QString *error);
    // The SHA-256 of the manifest's own bytes: an import records it, so the same export is recognised.
    QByteArray fingerprint() const { return m_fingerprint; }
    QString createdText() const;

private:
    QByteArray m_fingerprint;
};

} // namespace daihoi
