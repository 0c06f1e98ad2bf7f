#include "librarycli.h"

#include "store/library.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

namespace saywho::app {

namespace librarycli {

QString tr(const char *text)
{
    return QCoreApplication::translate("saywho::app::Library", text);
}

void printErr(const QString &line)
{
    QTextStream err(stderr);
    err << u"saywho: "_s << line << u'\n';
}

void printOut(const QString &line)
{
    QTextStream out(stdout);
    out << line << u'\n';
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(
        {u"db"_s, tr("The library file (default: %1).").arg(store::Library::defaultPath()), u"PATH"_s});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return false;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    return true;
}

bool openLibrary(const QCommandLineParser &parser, store::Library &lib)
{
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : store::Library::defaultPath();
    const store::StoreResult r = lib.open(path, 10000);
    if (!r.ok()) {
        printErr(r.error);
        return false;
    }
    return true;
}

int parseId(const QString &text, QChar prefix)
{
    QString t = text.trimmed();
    if (t.startsWith(prefix))
        t.remove(0, 1);
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok && n > 0 ? n : 0;
}

qint64 articleArg(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        printErr(tr("%1 is not an article id (saywho list shows them).").arg(text));
        return 0;
    }
    return id;
}

} // namespace librarycli

namespace {

using Command = std::function<int(const QStringList &)>;

const QHash<QString, Command> &commands()
{
    using namespace librarycli;
    static const QHash<QString, Command> table{
        {u"import"_s, runImport},       {u"list"_s, runList},     {u"show"_s, runShow},
        {u"search"_s, runSearch},       {u"quotes"_s, runQuotes}, {u"edit"_s, runEdit},
        {u"reanalyze"_s, runReanalyze}, {u"people"_s, runPeople}, {u"export"_s, runExport},
    };
    return table;
}

} // namespace

bool isLibraryCommand(const QString &name)
{
    return commands().contains(name);
}

int runLibraryCommand(const QString &name, const QStringList &arguments)
{
    return commands().value(name)(arguments);
}

} // namespace saywho::app
