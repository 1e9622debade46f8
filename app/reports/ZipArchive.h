#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace daihoi {

// Reads and writes the zip container of an OpenDocument file with zlib. Qt's own zip classes are
// private API, and an .odt needs only whole entries in, whole entries out.
class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    // Every entry of a zip held in memory; false when it is not a zip this class understands.
    static bool read(const QByteArray &zip, QList<Entry> *entries);
    // The entries in their order, deflated except the first when it is an ODF "mimetype", which
    // the format requires stored and first.
    static QByteArray write(const QList<Entry> &entries);
};

} // namespace daihoi
