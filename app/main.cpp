#include "analyzecommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (args.size() > 1 && args.at(1) == u"analyze") {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"saywho"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(SAYWHO_VERSION));
        args.removeAt(1);
        return saywho::app::runAnalyze(args);
    }
    QTextStream(stderr) << u"usage: saywho analyze [--dct YYYY-MM-DD] [--format json|text] FILE...\n"_s;
    return 2;
}
