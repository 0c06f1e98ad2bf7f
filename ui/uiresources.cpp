#include "uiresources.h"

#include <QtGlobal>

static void initUiQrc()
{
    Q_INIT_RESOURCE(ui);
}

namespace saywho::ui {

void initResources()
{
    initUiQrc();
}

} // namespace saywho::ui
