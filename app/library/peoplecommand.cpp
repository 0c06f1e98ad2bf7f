// saywho people: the library's people, and merging and splitting them.

#include "librarycli.h"

#include "store/library.h"

#include <QCommandLineParser>
#include <QSet>

using namespace Qt::StringLiterals;

namespace saywho::app::librarycli {

namespace {

QString kindText(core::EntityKind kind)
{
    switch (kind) {
    case core::EntityKind::Person:
        return u"person"_s;
    case core::EntityKind::Organization:
        return u"organization"_s;
    default:
        return u"group"_s;
    }
}

QString personLine(const store::LibraryPerson &p)
{
    return u"p%1\t%2\t%3\t%4\t%5"_s.arg(p.id).arg(kindText(p.kind)).arg(p.articles).arg(p.quotes).arg(p.name);
}

std::optional<store::LibraryPerson> personArg(store::Library &lib, const QString &text)
{
    const int id = parseId(text, u'p');
    const auto p = id ? lib.people().person(id) : std::nullopt;
    if (!p)
        printErr(tr("%1 is not a library person (saywho people lists them as p1, p2, …).").arg(text));
    return p;
}

int merge(store::Library &lib, const QStringList &ids)
{
    if (ids.size() != 2) {
        printErr(tr("people --merge: give the person to keep, then the one merged into it"));
        return ExitUsage;
    }
    const auto into = personArg(lib, ids.at(0));
    const auto from = personArg(lib, ids.at(1));
    if (!into || !from)
        return ExitFailed;
    if (into->id == from->id) {
        printErr(tr("people --merge: p%1 is the same person twice").arg(into->id));
        return ExitFailed;
    }
    if (const store::StoreResult r = lib.mergePeople(into->id, from->id, nullptr); !r.ok()) {
        printErr(r.error);
        return ExitFailed;
    }
    const auto merged = lib.people().person(into->id);
    printOut(tr("merged p%1 (%2) into p%3 (%4)").arg(from->id).arg(from->name).arg(into->id).arg(into->name));
    if (merged)
        printOut(personLine(*merged));
    return 0;
}

int split(store::Library &lib, const QString &idText, const QString &articlesText, const QString &name)
{
    const auto person = personArg(lib, idText);
    if (!person)
        return ExitFailed;
    if (name.trimmed().isEmpty()) {
        printErr(tr("people --split: --name NAME names the new person"));
        return ExitUsage;
    }
    QSet<qint64> articles;
    for (const QString &a : articlesText.split(u',', Qt::SkipEmptyParts)) {
        const qint64 id = articleArg(a);
        if (!id)
            return ExitUsage;
        articles.insert(id);
    }
    if (articles.isEmpty()) {
        printErr(tr("people --split: --articles ID,ID… says which articles' mentions become the new person"));
        return ExitUsage;
    }
    store::StoreResult r;
    QList<qint64> rows;
    QSet<qint64> found;
    for (const store::PersonAppearance &a : lib.people().appearances(person->id, &r)) {
        if (articles.contains(a.article)) {
            rows.append(a.entityRow);
            found.insert(a.article);
        }
    }
    if (!r.ok()) {
        printErr(r.error);
        return ExitFailed;
    }
    for (qint64 a : std::as_const(articles)) {
        if (!found.contains(a)) {
            printErr(tr("people --split: article %1 does not mention p%2 (%3); nothing was changed")
                         .arg(a)
                         .arg(person->id)
                         .arg(person->name));
            return ExitFailed;
        }
    }
    qint64 created = 0;
    if (r = lib.splitPerson(person->id, rows, name.trimmed(), &created); !r.ok()) {
        printErr(r.error);
        return ExitFailed;
    }
    QStringList moved;
    for (qint64 a : std::as_const(articles))
        moved.append(QString::number(a));
    moved.sort();
    printOut(tr("split p%1 (%2): its mentions in article(s) %3 are now p%4 (%5)")
                 .arg(person->id)
                 .arg(person->name, moved.join(u','), QString::number(created), name.trimmed()));
    for (qint64 id : {person->id, created})
        if (const auto p = lib.people().person(id))
            printOut(personLine(*p));
    return 0;
}

} // namespace

int runPeople(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"merge"_s, tr("Merge two library people: keep the first, fold the second into it.")});
    parser.addOption(
        {u"split"_s, tr("Move this person's mentions in some articles to a new person."), u"ID"_s});
    parser.addOption({u"articles"_s, tr("With --split: the articles whose mentions move."), u"ID,ID…"_s});
    parser.addOption({u"name"_s, tr("With --split: the new person's name."), u"NAME"_s});
    parser.addPositionalArgument(u"NAME|ID"_s,
                                 tr("Whom to list (all when absent); with --merge two person ids."));
    if (!parse(parser, arguments,
               tr("Lists the library's people (id, kind, articles, quotes, name); merges and splits them. "
                  "Every merge and split is logged.")))
        return ExitUsage;
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(u"merge"_s))
        return merge(lib, args);
    if (parser.isSet(u"split"_s))
        return split(lib, parser.value(u"split"_s), parser.value(u"articles"_s), parser.value(u"name"_s));
    store::StoreResult r;
    const QString name = args.join(u' ');
    const QList<store::LibraryPerson> people =
        name.isEmpty() ? lib.people().all(&r) : lib.people().find(name, &r);
    for (const store::LibraryPerson &p : people)
        printOut(personLine(p));
    if (!r.ok()) {
        printErr(r.error);
        return ExitFailed;
    }
    if (people.isEmpty() && !name.isEmpty()) {
        printErr(tr("nobody named %1 in the library").arg(name));
        return ExitFailed;
    }
    return 0;
}

} // namespace saywho::app::librarycli
