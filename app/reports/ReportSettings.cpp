#include "ReportSettings.h"

#include <QStandardPaths>
#include <QUrl>

namespace daihoi {

namespace {

const QString parentKey = QStringLiteral("parentBody");
const QString issuingKey = QStringLiteral("issuingBody");
const QString placeKey = QStringLiteral("place");
const QString addresseeKey = QStringLiteral("addressee");
const QString capacityKey = QStringLiteral("signerCapacity");
const QString titleKey = QStringLiteral("signerTitle");
const QString signerKey = QStringLiteral("signerName");

QString numberKey(ReportKind kind)
{
    return ReportKinds::key(kind) + QStringLiteral("/number");
}

QString recipientsKey(ReportKind kind)
{
    return ReportKinds::key(kind) + QStringLiteral("/recipients");
}

} // namespace

ReportSettings::ReportSettings()
    // The file AppSettings uses: under the config location, so tests (QStandardPaths test mode) never
    // read or write the user's.
    : m_settings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                     + QStringLiteral("/daihoi/daihoi.conf"),
                 QSettings::IniFormat)
{
}

ReportSettings::ReportSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QString ReportSettings::group(const QString &unitCode)
{
    // Codes are free text; percent-encoding keeps '/' and '\' from opening subgroups.
    return QStringLiteral("reports/") + QString::fromLatin1(QUrl::toPercentEncoding(unitCode.trimmed()));
}

bool ReportSettings::hasUnit(const QString &unitCode) const
{
    return m_settings.contains(group(unitCode) + QLatin1Char('/') + issuingKey);
}

void ReportSettings::load(const QString &unitCode, ReportKind kind, DocumentHeader *header) const
{
    const QString prefix = group(unitCode) + QLatin1Char('/');
    auto read = [&](const QString &key, QString *field) {
        if (m_settings.contains(prefix + key))
            *field = m_settings.value(prefix + key).toString();
    };
    read(parentKey, &header->parentBody);
    read(issuingKey, &header->issuingBody);
    read(placeKey, &header->place);
    read(addresseeKey, &header->addressee);
    read(capacityKey, &header->signerCapacity);
    read(titleKey, &header->signerTitle);
    read(signerKey, &header->signerName);
    read(numberKey(kind), &header->number);
    if (m_settings.contains(prefix + recipientsKey(kind)))
        header->recipients = m_settings.value(prefix + recipientsKey(kind)).toStringList();
}

void ReportSettings::save(const QString &unitCode, ReportKind kind, const DocumentHeader &header)
{
    const QString prefix = group(unitCode) + QLatin1Char('/');
    m_settings.setValue(prefix + parentKey, header.parentBody);
    m_settings.setValue(prefix + issuingKey, header.issuingBody);
    m_settings.setValue(prefix + placeKey, header.place);
    m_settings.setValue(prefix + addresseeKey, header.addressee);
    m_settings.setValue(prefix + capacityKey, header.signerCapacity);
    m_settings.setValue(prefix + titleKey, header.signerTitle);
    m_settings.setValue(prefix + signerKey, header.signerName);
    m_settings.setValue(prefix + numberKey(kind), header.number);
    m_settings.setValue(prefix + recipientsKey(kind), header.recipients);
    m_settings.sync();
}

} // namespace daihoi
