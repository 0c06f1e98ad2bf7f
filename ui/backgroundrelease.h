#pragma once

#include "workerpool.h"

#include <QThreadPool>

#include <memory>
#include <type_traits>

class QObject;

namespace saywho::ui {

// Frees what a closed 40 MB article leaves behind (its text, annotations, laid-out document) on a
// worker thread: on the main thread that took most of a tenth of a second, with the window frozen.
// Only for what nothing else refers to any more.
template <typename T> void releaseInBackground(T &&value)
{
    auto held = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    workerPool()->start([held]() mutable { held.reset(); });
}

// Deletes `object`, which must have no parent, no connections anyone still relies on and no thread
// of its own but the calling one, on a worker thread.
void deleteInBackground(QObject *object);

} // namespace saywho::ui
