#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace saywho::app {

// -j/--jobs N, shared by analyze, import and export: how many items run at once.
QCommandLineOption jobsOption(const QString &description);

// The value given with jobsOption(), or one job per core when it is absent. 0 when the value is not
// a positive number; *error then says why, for standard error (exit with a usage error).
int jobsValue(const QCommandLineParser &parser, QString *error);

} // namespace saywho::app
