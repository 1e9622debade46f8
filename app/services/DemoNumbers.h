#pragma once

#include <QtGlobal>

namespace daihoi {

// A small deterministic generator so the demo is the same on every machine.
class DemoNumbers
{
public:
    explicit DemoNumbers(quint32 seed)
        : m_state(seed * 2654435761u + 1u)
    {
    }
    int between(int low, int high)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return low + int((m_state >> 8) % quint32(high - low + 1));
    }

private:
    quint32 m_state;
};

} // namespace daihoi
