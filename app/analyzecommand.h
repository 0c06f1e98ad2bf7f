#pragma once

#include <QStringList>

namespace saywho::app {

// `saywho analyze [--dct YYYY-MM-DD] [--format json|text] FILE...`
// Exit status: 0 success, 2 usage error, 3 unreadable or refused input.
int runAnalyze(const QStringList &arguments);

} // namespace saywho::app
