#include "BenchFigures.h"

#include <QStringList>
#include <sys/resource.h>

namespace daihoi::bench {

void BenchFigures::merge(const BenchFigures &other)
{
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it)
        m_values.insert(it.key(), it.value());
}

void BenchFigures::addPeakMemory()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    set(QStringLiteral("peak_kb"), double(usage.ru_maxrss)); // kilobytes on Linux
}

void BenchFigures::print(QTextStream &out) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        out << "figure " << it.key() << ' ' << QString::number(it.value(), 'f', 3) << Qt::endl;
}

BenchFigures BenchFigures::parse(const QString &output)
{
    BenchFigures figures;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList parts = line.trimmed().split(QLatin1Char(' '));
        if (parts.size() == 3 && parts.at(0) == QLatin1String("figure"))
            figures.set(parts.at(1), parts.at(2).toDouble());
    }
    return figures;
}

} // namespace daihoi::bench
