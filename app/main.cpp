#include "analyzecommand.h"
#include "guicommand.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // `saywho analyze …` is the command-line tool: no display, no widgets.
    if (argc > 1 && std::strcmp(argv[1], "analyze") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"saywho"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(SAYWHO_VERSION));
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1);
        return saywho::app::runAnalyze(args);
    }
    return saywho::app::runGui(argc, argv);
}
