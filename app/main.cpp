#include "analyzecommand.h"
#include "guicommand.h"
#include "library/librarycli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // `saywho analyze …` is the command-line tool: no display, no widgets.
    const bool analyze = argc > 1 && std::strcmp(argv[1], "analyze") == 0;
    const bool exporting = argc > 1 && std::strcmp(argv[1], "export") == 0;
    // PDF and ODT lay out a QTextDocument, which needs fonts: a GUI application, offscreen.
    bool render = false;
    for (int i = 2; (analyze || exporting) && i < argc; ++i) {
        const bool pdf =
            std::strcmp(argv[i], "--format=pdf") == 0 || std::strcmp(argv[i], "--format=odt") == 0;
        const bool next = std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
                          (std::strcmp(argv[i + 1], "pdf") == 0 || std::strcmp(argv[i + 1], "odt") == 0);
        render = render || pdf || next;
    }
    if (render && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (analyze) {
        std::unique_ptr<QCoreApplication> holder(render ? new QGuiApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
        QCoreApplication::setApplicationName(u"saywho"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(SAYWHO_VERSION));
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1);
        return saywho::app::runAnalyze(args);
    }
    // `saywho import|list|show|search|quotes|edit|reanalyze|export …`: the library, also
    // without a display (a GUI application, offscreen, for exports to pdf and odt).
    if (argc > 1 && saywho::app::isLibraryCommand(QString::fromLocal8Bit(argv[1]))) {
        std::unique_ptr<QCoreApplication> holder(render ? new QGuiApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
        QCoreApplication::setApplicationName(u"saywho"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(SAYWHO_VERSION));
        QStringList args = QCoreApplication::arguments();
        const QString command = args.takeAt(1);
        return saywho::app::runLibraryCommand(command, args);
    }
    return saywho::app::runGui(argc, argv);
}
