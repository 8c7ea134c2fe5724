#pragma once

#include "domain/Result.h"
#include "import/ImportPlan.h"

namespace adreview {

// The shipped demo cases (the Kaspersky Lab ads ban of 2018 and its neighbours), loaded through
// the ordinary importer.
class DemoDataset {
public:
    static QByteArray json();
    // Creates a database at path holding the demo cases. An existing file is refused unless
    // force is set, in which case it is replaced only once the new one is complete.
    static Result<ImportReport> create(const QString &path, bool force);
};

} // namespace adreview
