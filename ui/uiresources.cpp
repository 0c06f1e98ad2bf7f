#include "uiresources.h"

#include <QtGlobal>

static void initUiQrc()
{
    Q_INIT_RESOURCE(ui);
    Q_INIT_RESOURCE(help);
}

namespace saywho::ui {

void initResources()
{
    initUiQrc();
}

} // namespace saywho::ui
