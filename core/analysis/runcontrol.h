#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace saywho::core {

// What the caller of a running analysis holds: a flag that stops it, and what it hears of its
// progress. The pipeline checks the flag between stages, and long stages check it inside their
// loops; a cancelled run leaves the document half-analysed, to be thrown away. Shared between the
// thread that runs and the one that cancels, so the flag is atomic and the rest is set before the run.
class RunControl final
{
public:
    // Called on the running thread before each stage: its index, the number of stages, its name.
    using Progress = std::function<void(int stage, int stageCount, const QString &name)>;

    RunControl() = default;
    explicit RunControl(Progress progress) : m_progress(std::move(progress)) {}

    // Before the run starts: the thread that runs it is often the one that knows where to report.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void report(int stage, int stageCount, const QString &name) const
    {
        if (m_progress)
            m_progress(stage, stageCount, name);
    }

private:
    std::atomic<bool> m_cancelled{false};
    Progress m_progress;
};

// How often a stage's loop looks at the flag: every this many items (an atomic load is cheap, but
// not free in the innermost loops).
constexpr int CancelCheckInterval = 256;

} // namespace saywho::core
