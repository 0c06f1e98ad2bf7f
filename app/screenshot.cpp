#include "screenshot.h"

#include "articletab.h"
#include "mainwindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace saywho::app {

int Screenshot::render(ui::MainWindow &window, const QStringList &files, const QString &out)
{
    QTextStream err(stderr);
    if (files.size() != 1 || out.isEmpty()) {
        err << tr("usage: saywho --screenshot OUT.png FILE") << u'\n';
        return 2;
    }
    window.resize(1400, 900);
    window.show();

    QEventLoop loop;
    QString error;
    QObject::connect(&window, &ui::MainWindow::articleOpened, &loop, [&loop] { loop.quit(); });
    QObject::connect(&window, &ui::MainWindow::openFailed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, [&] {
        error = tr("timed out while analysing");
        loop.quit();
    });
    window.openFiles(files);
    loop.exec();
    if (!error.isEmpty()) {
        err << u"saywho: %1: %2\n"_s.arg(files.first(), error);
        return 3;
    }
    // Let layout and the highlighter settle before grabbing.
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTimer t;
        QEventLoop wait;
        QTimer::singleShot(40, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (!window.grab().save(out)) {
        err << tr("saywho: cannot write %1").arg(out) << u'\n';
        return 3;
    }
    return 0;
}

} // namespace saywho::app
