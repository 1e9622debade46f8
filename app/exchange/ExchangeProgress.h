#pragma once

#include <QString>

namespace daihoi {

// Where an export or import reports how far it is, and learns that the user cancelled.
// A cancelled import writes nothing; a cancelled export removes the files it wrote.
class ExchangeProgress
{
public:
    virtual ~ExchangeProgress() = default;
    virtual void report(qint64 done, qint64 total, const QString &what) = 0;
    virtual bool isCanceled() const = 0;
};

} // namespace daihoi
