#pragma once

#include <QStringList>

namespace saywho::app {

// `saywho [FILE...]` opens the window with those files; `saywho --screenshot OUT.png FILE` renders the
// window with FILE open to a PNG, offscreen, and exits. Returns the process exit status.
int runGui(int &argc, char **argv);

} // namespace saywho::app
