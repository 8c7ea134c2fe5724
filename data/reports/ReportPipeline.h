#pragma once

#include "reports/Report.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace adreview {

// Turns the decisions of a report into text on several threads at once and hands the text over
// in report order. Reading rows through SQLite and formatting them is nearly all the cost of a
// CSV or JSON report, and one core does it at about half the speed the file takes it; each
// thread reads its own slices of the time index through its own connection to the file.
class ReportPipeline {
public:
    // Appends one row's text; called from several threads at once, so it keeps no state.
    using Format = std::function<void(QByteArray &out, const DecisionRow &row)>;
    // Takes the next text in order and how many rows it holds; returns false to stop.
    using Sink = std::function<bool(QByteArrayView text, qint64 rows)>;

    struct Options {
        int threads = 0;            // 0: one per core, at most four
        qint64 rowsPerSlice = 4096; // rows a thread formats before handing them over
    };

    // Every decision under the filter through `format`, with `separator` between rows, into
    // `sink`. A database without a file (in memory) is read on the caller's thread. Returns
    // Error::rejected("cancelled") when the sink stopped it.
    static Status run(ReportEngine &engine, const ReportFilter &filter, const Format &format, QByteArrayView separator,
                      const Sink &sink, Options options);
    static Status run(ReportEngine &engine, const ReportFilter &filter, const Format &format, QByteArrayView separator,
                      const Sink &sink)
    {
        return run(engine, filter, format, separator, sink, Options{});
    }
};

} // namespace adreview
