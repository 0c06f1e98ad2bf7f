#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace saywho::ui {
class MainWindow;
}

namespace saywho::app {

// `saywho --screenshot OUT.png FILE`: waits until FILE is open and painted, then saves the window.
class Screenshot final
{
    Q_DECLARE_TR_FUNCTIONS(Screenshot)

public:
    static int render(ui::MainWindow &window, const QStringList &files, const QString &out);
};

} // namespace saywho::app
