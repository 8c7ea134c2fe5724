#include "reports/ReportPipeline.h"

#include "storage/Database.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// One slice's text, once formatted.
struct Slice {
    QByteArray text;
    qint64 rows = 0;
    std::optional<Error> error;
    bool ready = false;
};

Slice formatSlice(ReportEngine &engine, const ReportFilter &filter, const DecisionRange &range,
                  const ReportPipeline::Format &format, QByteArrayView separator, const std::atomic<bool> &stop,
                  QByteArray buffer = {})
{
    Slice slice;
    slice.text = std::move(buffer);
    slice.text.resize(0); // keeps the capacity: no page faults growing it again
    auto read = engine.forEachDecision(
        filter,
        [&](const DecisionRow &row) {
            if (slice.rows++ > 0)
                slice.text += separator;
            format(slice.text, row);
            return !stop.load(std::memory_order_relaxed);
        },
        &range);
    if (!read)
        slice.error = read.error();
    return slice;
}

bool inMemory(const QString &path)
{
    return path.isEmpty() || path == u":memory:" || path.startsWith(u"file::memory:");
}

} // namespace

Status ReportPipeline::run(ReportEngine &engine, const ReportFilter &filter, const Format &format,
                           QByteArrayView separator, const Sink &sink, Options options)
{
    auto slices = engine.decisionSlices(filter, options.rowsPerSlice);
    if (!slices)
        return slices.error();
    const qsizetype count = slices->size();
    const QString path = engine.database().path();
    std::atomic<bool> stop = false;
    bool anyRows = false;
    // Hands one slice to the sink, with a separator after the rows before it.
    const auto deliver = [&](Slice &slice) -> Status {
        if (slice.error)
            return *slice.error;
        if (slice.rows == 0)
            return {};
        if (anyRows && !sink(separator, 0))
            return Error::rejected(u"cancelled"_s);
        anyRows = true;
        if (!sink(QByteArrayView(slice.text), slice.rows))
            return Error::rejected(u"cancelled"_s);
        return {};
    };

    int threads = options.threads > 0 ? options.threads : std::clamp(QThread::idealThreadCount(), 1, 4);
    threads = int(std::min<qsizetype>(threads, count));
    if (threads <= 1 || inMemory(path)) {
        QByteArray buffer;
        for (const DecisionRange &range : std::as_const(*slices)) {
            Slice slice = formatSlice(engine, filter, range, format, separator, stop, std::move(buffer));
            if (auto ok = deliver(slice); !ok)
                return ok;
            buffer = std::move(slice.text);
        }
        return {};
    }

    std::vector<Slice> done(static_cast<size_t>(count));
    std::mutex mutex;
    std::condition_variable changed;
    qsizetype next = 0;            // the next slice a thread takes
    qsizetype delivered = 0;       // slices handed to the sink
    std::vector<QByteArray> spare; // the texts of delivered slices, for their memory
    // Threads run at most this many slices ahead of the sink, which bounds the memory held.
    const qsizetype ahead = 2 * threads;

    const auto work = [&] {
        std::unique_ptr<Database> own;
        std::optional<ReportEngine> mine;
        std::optional<Error> unusable;
        for (;;) {
            qsizetype i = 0;
            QByteArray buffer;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= count || next < delivered + ahead; });
                if (stop || next >= count)
                    return;
                i = next++;
                if (!spare.empty()) {
                    buffer = std::move(spare.back());
                    spare.pop_back();
                }
            }
            Slice slice;
            if (!own && !unusable) {
                auto opened = Database::open(path, Database::OpenMode::MustExist);
                if (opened) {
                    own = std::move(*opened);
                    mine.emplace(*own, engine.clock());
                } else {
                    unusable = opened.error();
                }
            }
            if (unusable)
                slice.error = *unusable;
            else
                slice = formatSlice(*mine, filter, slices->at(i), format, separator, stop, std::move(buffer));
            {
                std::lock_guard lock(mutex);
                slice.ready = true;
                done[size_t(i)] = std::move(slice);
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);

    Status result;
    for (qsizetype i = 0; i < count && result; ++i) {
        Slice slice;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return done[size_t(i)].ready; });
            slice = std::move(done[size_t(i)]);
        }
        result = deliver(slice);
        {
            std::lock_guard lock(mutex);
            delivered = i + 1;
            spare.push_back(std::move(slice.text));
        }
        changed.notify_all();
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (std::thread &t : pool)
        t.join();
    return result;
}

} // namespace adreview
