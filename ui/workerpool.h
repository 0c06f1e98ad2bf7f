#pragma once

class QThreadPool;

namespace saywho::ui {

// The window's pool for its long work: analysis, highlight runs, a long article's document,
// freeing a closed one. Not Qt's global pool: Qt paints in parallel on that one (large fills and
// image scaling) and waits for its tasks, so a repaint queued behind a document being built took
// half a second of a 40 MB article's opening. As many threads as cores.
QThreadPool *workerPool();

} // namespace saywho::ui
