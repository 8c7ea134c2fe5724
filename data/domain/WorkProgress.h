#pragma once

#include <QtGlobal>

#include <functional>

namespace adreview {

// How a long operation (verify, backup, a sync bundle's export or merge) tells its caller how far
// it has come: called every few thousand records, never per row, so that an unset callback and a
// set one cost the same. `total` is 0 when it is not known. Returning false asks the operation to
// stop where it stands.
using WorkProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace adreview
