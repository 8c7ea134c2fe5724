#pragma once

#include <QtGlobal>

#include <functional>

namespace adreview {

// How a long operation (verify, backup, a sync bundle's export or merge) tells its caller how far
// it has come: called every thousand records or so, never per row, so that a set callback costs
// no measurable time. `total` is 0 when it is not known. Returning false stops the operation as a
// failure that writes nothing.
using WorkProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace adreview
