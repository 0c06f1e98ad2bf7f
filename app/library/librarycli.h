#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace saywho::store {
class Library;
}

namespace saywho::app {

// The library commands of `saywho` (import, list, show, search, quotes, edit, reanalyze, export):
// each opens the library given by --db (or the default one) and says clearly why it cannot.
bool isLibraryCommand(const QString &name);
int runLibraryCommand(const QString &name, const QStringList &arguments);

namespace librarycli {

constexpr int ExitFailed = 1; // some item (file, edit) failed; the rest were done
constexpr int ExitUsage = 2;
constexpr int ExitLibrary = 5; // the library cannot be opened (newer, damaged, busy, not SQLite)

QString tr(const char *text);
void printErr(const QString &line);
void printOut(const QString &line);
// Adds --db and --help; parses. false: usage printed, exit with ExitUsage.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);
// Opens --db (or Library::defaultPath()); prints the reason and returns false when it cannot.
bool openLibrary(const QCommandLineParser &parser, store::Library &lib);
// "q3" -> 3 for prefix 'q'; also a plain number. 0 when it is neither.
int parseId(const QString &text, QChar prefix);
// An article id argument, printed as an error when it is not one.
qint64 articleArg(const QString &text);

int runImport(const QStringList &arguments);
int runList(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runQuotes(const QStringList &arguments);
int runEdit(const QStringList &arguments);
int runReanalyze(const QStringList &arguments);
int runPeople(const QStringList &arguments);
int runExport(const QStringList &arguments);

} // namespace librarycli

} // namespace saywho::app
