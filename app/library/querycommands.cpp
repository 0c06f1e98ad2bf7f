// saywho list | show | search | quotes: reading the library.

#include "librarycli.h"

#include "export/jsonexporter.h"
#include "export/textreport.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace saywho::app::librarycli {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u"----------"_s;
}

// One line per hit; newlines inside a snippet would break the line-per-record output.
QString oneLine(QString s)
{
    s.replace(u'\n', u' ');
    return s;
}

} // namespace

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, tr("Lists the library's articles: id, date, quotes, corrections, title.")))
        return ExitUsage;
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    store::StoreResult r;
    for (const store::ArticleSummary &a : lib.articles().list(&r))
        printOut(u"%1\t%2\t%3\t%4\t%5"_s.arg(a.id)
                     .arg(dateText(a.dct))
                     .arg(a.quotes)
                     .arg(a.corrections)
                     .arg(oneLine(a.title)));
    if (!r.ok()) {
        printErr(r.error);
        return ExitLibrary;
    }
    return 0;
}

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, tr("json (default) or text."), u"FORMAT"_s, u"json"_s});
    parser.addPositionalArgument(u"ID"_s, tr("The article's id (saywho list)."));
    if (!parse(parser, arguments, tr("Prints a stored article with its corrections (\"origin\": \"user\").")))
        return ExitUsage;
    const QString format = parser.value(u"format"_s);
    if (parser.positionalArguments().size() != 1 || (format != u"json"_s && format != u"text"_s)) {
        printErr(tr("show: give one article id, and --format json or text"));
        return ExitUsage;
    }
    const qint64 id = articleArg(parser.positionalArguments().first());
    if (!id)
        return ExitUsage;
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    store::StoreResult r;
    const auto doc = lib.load(id, &r);
    if (!doc) {
        printErr(r.error);
        return ExitFailed;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ExitFailed;
    if (format == u"text"_s) {
        out.write(core::TextReport::render(*doc).toUtf8() + '\n');
    } else {
        core::JsonExporter::write(*doc, &out);
        out.write("\n");
    }
    return 0;
}

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {u"limit"_s, tr("At most this many articles and quotes (default 50)."), u"N"_s, u"50"_s});
    parser.addPositionalArgument(u"QUERY"_s, tr("Words (all must occur), or a \"phrase\" in double quotes."));
    if (!parse(parser, arguments, tr("Finds articles and quotes by their words, newest first.")))
        return ExitUsage;
    const QString query = parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty()) {
        printErr(tr("search: give the words to find"));
        return ExitUsage;
    }
    const int limit = qMax(1, parser.value(u"limit"_s).toInt());
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    store::StoreResult r;
    const QList<store::SearchHit> articles = lib.search().articles(query, limit, &r);
    if (!r.ok()) {
        printErr(r.error);
        return ExitFailed;
    }
    for (const store::SearchHit &h : articles)
        printOut(u"article\t%1\t%2\t%3\t%4"_s.arg(h.article).arg(dateText(h.dct), oneLine(h.title),
                                                                 oneLine(h.snippet)));
    const QList<store::SearchHit> quotes = lib.search().quotes(query, limit, &r);
    for (const store::SearchHit &h : quotes)
        printOut(
            u"quote\t%1\tq%2\t%3\t%4"_s.arg(h.article).arg(h.quote).arg(dateText(h.dct), oneLine(h.snippet)));
    if (!r.ok()) {
        printErr(r.error);
        return ExitFailed;
    }
    return articles.isEmpty() && quotes.isEmpty() ? ExitFailed : 0;
}

int runQuotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"speaker"_s, tr("The library person (full name, alias or surname)."), u"NAME"_s});
    parser.addOption({u"limit"_s, tr("At most this many quotes (default 1000)."), u"N"_s, u"1000"_s});
    if (!parse(parser, arguments, tr("Every quote of a library person, newest first.")))
        return ExitUsage;
    if (!parser.isSet(u"speaker"_s)) {
        printErr(tr("quotes: --speaker NAME is needed"));
        return ExitUsage;
    }
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    const QString name = parser.value(u"speaker"_s);
    store::StoreResult r;
    const QList<store::LibraryPerson> people = lib.people().find(name, &r);
    if (people.isEmpty()) {
        printErr(r.ok() ? tr("nobody named %1 in the library").arg(name) : r.error);
        return ExitFailed;
    }
    if (people.size() > 1) {
        QStringList names;
        for (const store::LibraryPerson &p : people)
            names.append(u"%1 (%2)"_s.arg(p.name).arg(p.id));
        printErr(tr("%1 names %2 library people: %3; their quotes follow together.")
                     .arg(name)
                     .arg(people.size())
                     .arg(names.join(u", "_s)));
    }
    const int limit = qMax(1, parser.value(u"limit"_s).toInt());
    for (const store::LibraryPerson &p : people) {
        for (const store::LibraryQuote &q : lib.people().quotesBy(p.id, limit, &r))
            printOut(u"%1\t%2\tq%3\t%4\t%5"_s.arg(dateText(q.dct))
                         .arg(q.article)
                         .arg(q.quote)
                         .arg(oneLine(q.speaker), oneLine(q.text)));
        if (!r.ok()) {
            printErr(r.error);
            return ExitFailed;
        }
    }
    return 0;
}

} // namespace saywho::app::librarycli
