#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace daihoi {

// Reading and writing the JSON of `daihoi-cli tally`: keys checked by name (a misspelt key is
// refused, not ignored), whole numbers range-checked, strings escaped. Messages name the key and
// where it was found.
class JsonFields
{
public:
    struct Key
    {
        const char *name;
        bool required;
    };

    static bool checkKeys(const QJsonObject &object, const QString &where, std::initializer_list<Key> keys,
                          QString &error);
    // Reads a whole number; a missing optional key leaves value unchanged.
    static bool readInt(const QJsonObject &object, const char *key, const QString &where, int &value,
                        QString &error);
    static bool readObject(const QJsonObject &object, const char *key, const QString &where, QJsonObject &value,
                           QString &error);
    static QString quoted(const QString &text);
    // Short lists (names) on one line, messages one per line.
    static QString stringArray(const QStringList &items, bool onePerLine);
};

} // namespace daihoi
