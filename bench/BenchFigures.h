#pragma once

#include <QMap>
#include <QString>
#include <QTextStream>

namespace daihoi::bench {

// What one stage measured, by name: milliseconds, rows, kilobytes. A stage runs in a process of its
// own and prints its figures as "figure NAME VALUE" lines, so each stage's peak memory is its own.
class BenchFigures
{
public:
    void set(const QString &name, double value) { m_values.insert(name, value); }
    double value(const QString &name, double fallback = -1) const { return m_values.value(name, fallback); }
    bool has(const QString &name) const { return m_values.contains(name); }
    void merge(const BenchFigures &other);

    // Adds this process's peak resident memory as "peak_kb".
    void addPeakMemory();
    void print(QTextStream &out) const;
    static BenchFigures parse(const QString &output);

private:
    QMap<QString, double> m_values;
};

} // namespace daihoi::bench
