#include "workerpool.h"

#include <QThreadPool>

namespace saywho::ui {

Q_GLOBAL_STATIC(QThreadPool, pool) // like Qt's own: waits for its tasks when the program ends

QThreadPool *workerPool()
{
    return pool();
}

} // namespace saywho::ui
