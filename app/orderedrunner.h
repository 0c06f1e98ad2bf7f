#pragma once

#include <QByteArray>

#include <functional>

namespace saywho::app {

// What one item (a file, a JSON Lines record) produced: its standard output, its messages for
// standard error, and whether it failed.
struct ItemOutput
{
    QByteArray out;
    QByteArray err;
    bool failed = false;
};

// Runs items on several threads and hands their outputs on in the order they were taken.
//
// take() is called under a lock, one call at a time, in order; it returns the work for the next
// item, or an empty function when there are no more. Up to `threads` items run at once. deliver() is
// called on the calling thread with each item's output in the order take() produced them, as soon as
// that item and all before it are done. At most `window` items are taken but not yet emitted, so
// memory stays bounded however many items there are.
class OrderedRunner final
{
public:
    using Work = std::function<ItemOutput()>;

    OrderedRunner(int threads, int window);

    // Returns the number of items that failed.
    qint64 run(const std::function<Work()> &take, const std::function<void(const ItemOutput &)> &deliver);

    static int defaultThreads();

private:
    int m_threads;
    int m_window;
};

} // namespace saywho::app
