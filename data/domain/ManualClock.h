#pragma once

#include "domain/Clock.h"

namespace adreview {

// A clock that only moves when told to; used by tests and by replayed histories.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace adreview
