#pragma once

#include <QCoreApplication>

class QWidget;

namespace saywho::ui {

// Help → About SayWho.
class AboutDialog final
{
    Q_DECLARE_TR_FUNCTIONS(AboutDialog)

public:
    static void show(QWidget *parent);
};

} // namespace saywho::ui
