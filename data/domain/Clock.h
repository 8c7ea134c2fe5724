#pragma once

#include <QDateTime>

namespace adreview {

// Where "now" comes from, so that tests can pin and move time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace adreview
