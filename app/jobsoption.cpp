#include "jobsoption.h"

#include "orderedrunner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace saywho::app {

QCommandLineOption jobsOption(const QString &description)
{
    return QCommandLineOption(QStringList{u"j"_s, u"jobs"_s}, description, u"N"_s);
}

int jobsValue(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(u"jobs"_s))
        return OrderedRunner::defaultThreads();
    bool ok = false;
    const int jobs = parser.value(u"jobs"_s).toInt(&ok);
    if (ok && jobs >= 1)
        return jobs;
    *error =
        QCoreApplication::translate("saywho::app::Jobs", "-j wants a number of jobs of at least 1, not '%1'")
            .arg(parser.value(u"jobs"_s));
    return 0;
}

} // namespace saywho::app
