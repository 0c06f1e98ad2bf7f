#include "backgroundrelease.h"

#include <QObject>
#include <QThread>

namespace saywho::ui {

void deleteInBackground(QObject *object)
{
    if (!object)
        return;
    object->setParent(nullptr);
    // An object of no thread may be taken by any thread: the worker makes it its own, then deletes it.
    object->moveToThread(nullptr);
    workerPool()->start([object] {
        object->moveToThread(QThread::currentThread());
        delete object;
    });
}

} // namespace saywho::ui
