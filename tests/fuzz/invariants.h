#pragma once

// What every harness checks beyond "no crash": a broken invariant aborts with a message, which
// libFuzzer reports as a crash and saves the input that caused it.

#include "model/timexvalue.h"
#include "export/jsonexporter.h"
#include "model/codepointmap.h"
#include "model/document.h"
#include "model/documentcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace saywho::fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "INVARIANT BROKEN: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool ok, const char *what, const QString &detail = {})
{
    if (!ok)
        fail(what, detail);
}

inline void checkSpan(const core::Span &s, int length, const char *layer, bool mayBeEmpty = false)
{
    check(s.begin >= 0 && s.begin <= s.end && s.end <= length && (mayBeEmpty || s.end > s.begin), layer,
          QStringLiteral("[%1, %2) in a text of %3").arg(s.begin).arg(s.end).arg(length));
}

// Every span object the JSON export writes ({"start", "end", "text"}, in code points of the original
// text) holds exactly the text at its offsets.
inline void checkJsonSpans(const QJsonValue &v, const QString &original, const core::CodePointMap &map)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            checkJsonSpans(e, original, map);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("start")) && o.contains(QStringLiteral("end")) &&
        o.contains(QStringLiteral("text"))) {
        const int b = map.toUtf16(o.value(QStringLiteral("start")).toInt());
        const int e = map.toUtf16(o.value(QStringLiteral("end")).toInt());
        check(original.mid(b, e - b) == o.value(QStringLiteral("text")).toString(),
              "JSON text differs from the text at its offsets", o.value(QStringLiteral("text")).toString());
    }
    for (const QJsonValue &e : o)
        checkJsonSpans(e, original, map);
}

inline void checkDocument(const core::Document &doc)
{
    const int n = int(doc.text().size());
    for (const auto &p : doc.paragraphs())
        checkSpan(p.span, n, "paragraph", true);
    for (const auto &s : doc.sentences())
        checkSpan(s.span, n, "sentence", true);
    for (const auto &t : doc.tokens())
        checkSpan(t.span, n, "token");
    for (const auto &m : doc.mentions()) {
        checkSpan(m.span, n, "mention");
        checkSpan(m.head, n, "mention head");
        check(m.span.begin <= m.head.begin && m.head.end <= m.span.end, "mention head outside its mention");
    }
    core::Span previous;
    for (const auto &q : doc.quotes()) {
        checkSpan(q.span, n, "quote");
        checkSpan(q.cue, n, "quote cue", true);
        check(q.span.begin >= previous.end, "quotes overlap",
              QStringLiteral("[%1, %2) and [%3, %4)")
                  .arg(previous.begin)
                  .arg(previous.end)
                  .arg(q.span.begin)
                  .arg(q.span.end));
        previous = q.span;
        check(!q.speaker || doc.entity(q.speaker), "a quote's speaker is no entity");
        check(!q.speakerMention || doc.mention(q.speakerMention), "a quote's speaker mention does not exist");
    }
    for (const auto &q : doc.nonQuotes())
        checkSpan(q.span, n, "non-quote");
    for (const auto &t : doc.timeExprs()) {
        checkSpan(t.span, n, "time expression");
        check(core::isValidTimexValue(t.value), "not a TIMEX3 value", t.value);
    }
    const QString inconsistency = core::documentInconsistency(doc);
    check(inconsistency.isEmpty(), "layers the window cannot work on:", inconsistency);
    const core::CodePointMap map(doc.originalText());
    const QJsonDocument json = QJsonDocument::fromJson(core::JsonExporter::toJsonLine(doc));
    check(json.isObject(), "the JSON export does not parse");
    checkJsonSpans(json.object(), doc.originalText(), map);
}

} // namespace saywho::fuzz
