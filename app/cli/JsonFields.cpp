#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace daihoi {


// Unknown keys are refused: a misspelt "exluded" must not silently leave the base too big.
bool JsonFields::checkKeys(const QJsonObject &object, const QString &where, std::initializer_list<Key> keys,
               QString &error)
{
    for (const Key &key : keys) {
        if (key.required && !object.contains(QLatin1String(key.name))) {
            error = QCoreApplication::translate("daihoi::TallyCommand", "Missing key \"%1\" in %2.")
                        .arg(QLatin1String(key.name), where);
            return false;
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(keys.begin(), keys.end(),
                                       [&it](const Key &key) { return it.key() == QLatin1String(key.name); });
        if (!known) {
            error = QCoreApplication::translate("daihoi::TallyCommand", "Unknown key \"%1\" in %2.")
                        .arg(it.key(), where);
            return false;
        }
    }
    return true;
}

bool JsonFields::readInt(const QJsonObject &object, const char *key, const QString &where, int &value, QString &error)
{
    const QJsonValue json = object.value(QLatin1String(key));
    if (json.isUndefined())
        return true;
    const double number = json.toDouble();
    if (!json.isDouble() || std::floor(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
        error = QCoreApplication::translate("daihoi::TallyCommand", "\"%1\" in %2 must be a whole number.")
                    .arg(QLatin1String(key), where);
        return false;
    }
    value = int(number);
    return true;
}

bool JsonFields::readObject(const QJsonObject &object, const char *key, const QString &where, QJsonObject &value,
                QString &error)
{
    const QJsonValue json = object.value(QLatin1String(key));
    if (json.isUndefined())
        return true;
    if (!json.isObject()) {
        error = QCoreApplication::translate("daihoi::TallyCommand", "\"%1\" in %2 must be an object.")
                    .arg(QLatin1String(key), where);
        return false;
    }
    value = json.toObject();
    return true;
}

QString JsonFields::quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\b':
            result += QLatin1String("\\b");
            break;
        case '\f':
            result += QLatin1String("\\f");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    return result + QLatin1Char('"');
}

QString JsonFields::stringArray(const QStringList &items, bool onePerLine)
{
    if (items.isEmpty())
        return QStringLiteral("[]");
    QStringList parts;
    for (const QString &item : items)
        parts << quoted(item);
    if (!onePerLine)
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    return QLatin1String("[\n        ") + parts.join(QLatin1String(",\n        ")) + QLatin1String("\n    ]");
}

} // namespace daihoi
