#include "ReportSettings.h"

#include <QStandardPaths>
#include <QUrl>

namespace daihoi {

namespace {

const QString parentKey = QStringLiteral("parentBody");
const QString issuingKey = QStringLiteral("issuingBody");
const QString numberKey = QStringLiteral("number");
const QString placeKey = QStringLiteral("place");
const QString addresseeKey = QStringLiteral("addressee");
const QString capacityKey = QStringLiteral("signerCapacity");
const QString titleKey = QStringLiteral("signerTitle");
const QString signerKey = QStringLiteral("signerName");
const QString recipientsKey = QStringLiteral("recipients");
// Written for a date left empty on purpose, to be filled in by hand.
const QString blankDate = QStringLiteral("blank");

QString dateKey(const QString &termKey)
{
    return QStringLiteral("date-") + termKey;
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
    return m_settings.contains(group(unitCode) + QLatin1Char('/') + placeKey);
}

void ReportSettings::load(const QString &unitCode, ReportKind kind, const QString &termKey,
                          DocumentHeader *header) const
{
    const QString unitPrefix = group(unitCode) + QLatin1Char('/');
    const QString prefix = unitPrefix + ReportKinds::key(kind) + QLatin1Char('/');
    auto read = [&](const QString &key, QString *field) {
        if (m_settings.contains(prefix + key))
            *field = m_settings.value(prefix + key).toString();
    };
    if (m_settings.contains(unitPrefix + placeKey))
        header->place = m_settings.value(unitPrefix + placeKey).toString();
    read(parentKey, &header->parentBody);
    read(issuingKey, &header->issuingBody);
    // The timetable carries its plan's number, which another term's plan does not share.
    if (!ReportKinds::isFromPlan(kind))
        read(numberKey, &header->number);
    read(addresseeKey, &header->addressee);
    read(capacityKey, &header->signerCapacity);
    read(titleKey, &header->signerTitle);
    read(signerKey, &header->signerName);
    if (m_settings.contains(prefix + recipientsKey))
        header->recipients = m_settings.value(prefix + recipientsKey).toStringList();
    if (m_settings.contains(prefix + dateKey(termKey))) {
        const QString date = m_settings.value(prefix + dateKey(termKey)).toString();
        header->date = date == blankDate ? QDate() : QDate::fromString(date, Qt::ISODate);
    }
}

void ReportSettings::save(const QString &unitCode, ReportKind kind, const QString &termKey,
                          const DocumentHeader &header, const QDate &defaultDate)
{
    const QString unitPrefix = group(unitCode) + QLatin1Char('/');
    const QString prefix = unitPrefix + ReportKinds::key(kind) + QLatin1Char('/');
    m_settings.setValue(unitPrefix + placeKey, header.place);
    m_settings.setValue(prefix + parentKey, header.parentBody);
    m_settings.setValue(prefix + issuingKey, header.issuingBody);
    if (!ReportKinds::isFromPlan(kind))
        m_settings.setValue(prefix + numberKey, header.number);
    m_settings.setValue(prefix + addresseeKey, header.addressee);
    m_settings.setValue(prefix + capacityKey, header.signerCapacity);
    m_settings.setValue(prefix + titleKey, header.signerTitle);
    m_settings.setValue(prefix + signerKey, header.signerName);
    m_settings.setValue(prefix + recipientsKey, header.recipients);
    // The document's own date follows the congress when it is corrected; only a chosen one is kept.
    if (header.date == defaultDate)
        m_settings.remove(prefix + dateKey(termKey));
    else
        m_settings.setValue(prefix + dateKey(termKey),
                            header.date.isValid() ? header.date.toString(Qt::ISODate) : blankDate);
    m_settings.sync();
}

} // namespace daihoi
