#include "orderedrunner.h"

#include <QThread>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace saywho::app {

OrderedRunner::OrderedRunner(int threads, int window)
    : m_threads(std::max(1, threads)), m_window(std::max(window, std::max(1, threads)))
{
}

int OrderedRunner::defaultThreads()
{
    return std::max(1, QThread::idealThreadCount());
}

qint64 OrderedRunner::run(const std::function<Work()> &take,
                          const std::function<void(const ItemOutput &)> &deliver)
{
    std::mutex mutex;
    std::condition_variable taken;    // a slot came free or the input ended: workers may take more
    std::condition_variable finished; // an item is done: the emitter may have its next one
    // Slot i % window holds item i's output from when it is done until it is emitted.
    std::vector<std::optional<ItemOutput>> results(static_cast<size_t>(m_window));
    qint64 next = 0;    // items taken
    qint64 emitted = 0; // items emitted
    bool exhausted = false;
    int running = m_threads;

    auto worker = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            taken.wait(lock, [&] { return exhausted || next - emitted < m_window; });
            if (exhausted)
                break;
            Work work = take();
            if (!work) {
                exhausted = true;
                taken.notify_all();
                break;
            }
            const qint64 index = next++;
            lock.unlock();
            ItemOutput output = work();
            work = {};
            lock.lock();
            results[size_t(index % m_window)] = std::move(output);
            if (index == emitted)
                finished.notify_one();
        }
        --running;
        finished.notify_one();
    };

    std::vector<std::thread> pool;
    pool.reserve(size_t(m_threads));
    for (int i = 0; i < m_threads; ++i)
        pool.emplace_back(worker);

    qint64 failed = 0;
    {
        std::unique_lock lock(mutex);
        for (;;) {
            std::optional<ItemOutput> &slot = results[size_t(emitted % m_window)];
            finished.wait(lock, [&] { return slot.has_value() || (running == 0 && emitted == next); });
            if (!slot)
                break;
            const ItemOutput output = std::move(*slot);
            slot.reset();
            lock.unlock();
            if (output.failed)
                ++failed;
            deliver(output);
            lock.lock();
            ++emitted;
            taken.notify_all();
        }
    }
    for (std::thread &t : pool)
        t.join();
    return failed;
}

} // namespace saywho::app
