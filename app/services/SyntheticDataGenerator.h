#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

namespace daihoi {

// Fills an empty database with realistic synthetic data of a national shape, deterministic for
// a seed: a root, provinces, district committees, grassroots committees of five chi bộ each (or as asked),
// every congress of the term held, with elections, committees and targets. For measuring speed.
class SyntheticDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(daihoi::SyntheticDataGenerator)
public:
    struct Counts
    {
        qint64 units = 0;
        qint64 congresses = 0;
        qint64 candidates = 0;
        qint64 members = 0;
        qint64 targets = 0;
    };
    // branches: the number of chi bộ. progress (may be empty) is told the chi bộ written so far.
    // branchesPerCommittee: the chi bộ of each grassroots committee; as many as branches gives one
    // committee holding them all (a long summary to print).
    static bool generate(QSqlDatabase db, int branches, quint32 seed, Counts *counts, QString *error,
                         const std::function<void(int)> &progress = {}, int branchesPerCommittee = 5);
};

} // namespace daihoi
