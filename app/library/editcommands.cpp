// saywho edit | reanalyze: corrections and re-analyses of stored articles, logged like the window's.

#include "librarycli.h"

#include "analysis/pipeline.h"
#include "analysis/reanalysis.h"
#include "model/edits/editscript.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace saywho::app::librarycli {

namespace {

// The ids an edit created, as show prints them: what a script needs for its next edit.
QStringList createdIds(const core::Patch &p)
{
    QStringList ids;
    for (const auto &c : p.quotes)
        if (!c.before && c.after)
            ids.append(u"q%1"_s.arg(c.after->id));
    for (const auto &c : p.entities)
        if (!c.before && c.after)
            ids.append(u"e%1"_s.arg(c.after->id));
    for (const auto &c : p.dates)
        if (!c.before && c.after)
            ids.append(u"t%1"_s.arg(c.after->id));
    return ids;
}

} // namespace

int runEdit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The article's id (saywho list)."));
    parser.addPositionalArgument(u"EDIT-JSON"_s,
                                 tr("One correction, e.g. {\"op\":\"remove-quote\",\"quote\":\"q5\"}."));
    if (!parse(parser, arguments,
               tr("Makes one correction of a stored article, the same the window makes (docs/format.md).")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 2) {
        printErr(tr("edit: give an article id and one edit as JSON"));
        return ExitUsage;
    }
    const qint64 id = articleArg(parser.positionalArguments().at(0));
    if (!id)
        return ExitUsage;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(parser.positionalArguments().at(1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        printErr(tr("edit: the edit is not a JSON object (%1)").arg(error.errorString()));
        return ExitUsage;
    }
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    store::StoreResult r;
    auto doc = lib.load(id, &r);
    if (!doc) {
        printErr(r.error);
        return ExitFailed;
    }
    const core::Edit edit = core::edits::fromScript(*doc, json.object());
    if (!edit.ok()) {
        printErr(tr("edit refused, nothing changed: %1").arg(edit.error));
        return ExitFailed;
    }
    if (const core::Patch::Result applied = edit.patch.apply(*doc); !applied.ok()) {
        printErr(tr("edit refused, nothing changed: %1").arg(applied.error));
        return ExitFailed;
    }
    const QString description = u"saywho edit "_s + QString::fromUtf8(json.toJson(QJsonDocument::Compact));
    if (r = lib.record(id, edit.patch, *doc, store::CorrectionKind::Edit, description); !r.ok()) {
        printErr(r.error);
        return r.busy ? ExitLibrary : ExitFailed;
    }
    const QStringList created = createdIds(edit.patch);
    printOut(created.isEmpty() ? tr("article %1: done").arg(id)
                               : tr("article %1: done; new %2").arg(id).arg(created.join(u", "_s)));
    return 0;
}

int runReanalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"all"_s, tr("Every article of the library.")});
    parser.addPositionalArgument(u"ID"_s, tr("The article's id (saywho list)."), u"[ID...]"_s);
    if (!parse(parser, arguments,
               tr("Analyses stored articles again with this SayWho; every correction is kept.")))
        return ExitUsage;
    if (parser.isSet(u"all"_s) == !parser.positionalArguments().isEmpty()) {
        printErr(tr("reanalyze: give article ids or --all"));
        return ExitUsage;
    }
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    QList<qint64> ids;
    if (parser.isSet(u"all"_s)) {
        ids = lib.articles().ids();
    } else {
        for (const QString &a : parser.positionalArguments()) {
            const qint64 id = articleArg(a);
            if (!id)
                return ExitUsage;
            ids.append(id);
        }
    }
    const core::Pipeline pipeline = core::Pipeline::standard();
    int changed = 0, failed = 0;
    for (qint64 id : ids) {
        store::StoreResult r;
        const auto doc = lib.load(id, &r);
        if (!doc) {
            printErr(u"%1: %2"_s.arg(id).arg(r.error));
            ++failed;
            continue;
        }
        const core::Document fresh = core::Reanalysis::run(pipeline, *doc);
        const core::Patch diff = core::Patch::between(*doc, fresh);
        if (diff.isEmpty())
            continue;
        r = lib.record(id, diff, fresh, store::CorrectionKind::Reanalysis, tr("Re-analysis"), 0, nullptr,
                       QStringLiteral(SAYWHO_VERSION));
        if (!r.ok()) {
            printErr(u"%1: %2"_s.arg(id).arg(r.error));
            ++failed;
            continue;
        }
        ++changed;
    }
    printErr(tr("re-analysed %1 articles: %2 changed, %3 failed").arg(ids.size()).arg(changed).arg(failed));
    return failed ? ExitFailed : 0;
}

} // namespace saywho::app::librarycli
