#pragma once

#include <QStringList>

namespace saywho::app {

// `saywho analyze [--dct YYYY-MM-DD] [--format json|text] [-j N] FILE...` and
// `saywho analyze --jsonl [--dct YYYY-MM-DD] [-j N]` (docs/batch.md).
// Exit status: 0 success, 2 usage error, 3 unreadable or refused input (some file), 4 output refused.
int runAnalyze(const QStringList &arguments);

} // namespace saywho::app
