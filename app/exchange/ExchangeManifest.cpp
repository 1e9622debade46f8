#include "ExchangeManifest.h"
#include "ExchangeFormat.h"
#include "domain/Term.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daihoi {

QString ExchangeManifest::createdText() const
{
    return created.toUTC().toString(Qt::ISODateWithMs);
}

bool ExchangeManifest::write(const QString &path, QString *error) const
{
    QJsonArray list;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        list.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                {QStringLiteral("rows"), it.value().rows},
                                {QStringLiteral("sha256"), QString::fromLatin1(it.value().sha256)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("daihoi-exchange")},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("program_version"), programVersion},
        {QStringLiteral("unit_code"), unitCode},
        {QStringLiteral("term"), QStringLiteral("%1-%2").arg(startYear).arg(endYear)},
        {QStringLiteral("created"), createdText()},
        {QStringLiteral("dialect"), dialect.key()},
        {QStringLiteral("separator"), QString(dialect.separator)},
        {QStringLiteral("files"), list},
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.flush()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ExchangeManifest::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    m_fingerprint = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QString name = ExchangeFormat::manifestName();
    if (!document.isObject()) {
        *error = tr("%1: not a manifest (%2).").arg(name, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("daihoi-exchange")) {
        *error = tr("%1: not a daihoi exchange manifest.").arg(name);
        return false;
    }
    formatVersion = root.value(QStringLiteral("format_version")).toInt(0);
    // An older version still imports (it lacks the files added since); a newer one is not understood.
    if (formatVersion < ExchangeFormat::OldestVersion || formatVersion > ExchangeFormat::Version) {
        *error = tr("%1: format version %2 is not supported; this program reads versions %3 to %4.")
                     .arg(name, root.value(QStringLiteral("format_version")).toVariant().toString())
                     .arg(ExchangeFormat::OldestVersion)
                     .arg(ExchangeFormat::Version);
        return false;
    }
    programVersion = root.value(QStringLiteral("program_version")).toString();
    unitCode = root.value(QStringLiteral("unit_code")).toString();
    const QString term = root.value(QStringLiteral("term")).toString();
    created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    const QString separator = root.value(QStringLiteral("separator")).toString();
    if (unitCode.isEmpty() || !Term::parseKey(term, &startYear, &endYear) || !created.isValid()
        || separator.size() != 1
        || !CsvDialect::fromKey(root.value(QStringLiteral("dialect")).toString(), separator.at(0), &dialect)) {
        *error = tr("%1: the unit code, term, creation time, dialect or separator is missing or malformed.").arg(name);
        return false;
    }
    files.clear();
    const QJsonArray list = root.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        files.insert(entry.value(QStringLiteral("name")).toString(),
                     {qint64(entry.value(QStringLiteral("rows")).toDouble(-1)),
                      entry.value(QStringLiteral("sha256")).toString().toLatin1().toLower()});
    }
    for (ExchangeFormat::File f : ExchangeFormat::files(formatVersion)) {
        if (!files.contains(ExchangeFormat::fileName(f))) {
            *error = tr("%1: the file %2 is not listed.").arg(name, ExchangeFormat::fileName(f));
            return false;
        }
    }
    return true;
}

} // namespace daihoi
