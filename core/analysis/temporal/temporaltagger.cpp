#include "temporaltagger.h"

#include "../runcontrol.h"

#include "../userdecisions.h"

#include "../../model/timexvalue.h"
#include "calendarrules.h"
#include "clockrules.h"
#include "datelinefinder.h"
#include "durationrules.h"
#include "relativerules.h"

#include "../../model/document.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString two(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// The longest match any rule family finds at token i.
bool bestAt(const RuleContext &ctx, int i, TimexMatch &best)
{
    bool found = false;
    auto consider = [&](bool (*rule)(const RuleContext &, int, TimexMatch &)) {
        TimexMatch m;
        if (rule(ctx, i, m) && m.last > i && (!found || m.last > best.last)) {
            best = m;
            found = true;
        }
    };
    consider(&CalendarRules::match);
    consider(&RelativeRules::match);
    consider(&ClockRules::match);
    consider(&DurationRules::match);
    return found;
}

// Words that only lead into a date: an article or a determiner ("the week", "that day", "a month",
// "every year", "this spring"), a modifier ("about two years", "more than a decade", "up to a
// week", "at least a day"). Every rule that can start at one of them goes on only at a token the
// lists know, a number or a compound right after it; most of the time the next token is none of
// these, and asking each rule family there would find nothing.
bool leadsNowhere(const RuleContext &ctx, int i)
{
    const TimexToken &t = ctx.toks.at(i);
    if (!t.full)
        return false;
    const bool lead = t.is(u"the") || t.is(u"a") || t.is(u"that") || t.is(u"at") || t.is(u"this") ||
                      t.is(u"an") || t.is(u"more") || t.is(u"about") || t.is(u"up") || t.is(u"over") ||
                      t.is(u"just") || t.is(u"only") || t.is(u"least") || t.is(u"every") || t.is(u"under") ||
                      t.is(u"around") || t.is(u"each") || t.is(u"less") || t.is(u"nearly") ||
                      t.is(u"almost") || t.is(u"roughly") || t.is(u"approximately") || t.is(u"per");
    if (!lead)
        return false;
    const TimexToken *next = ctx.at(i + 1);
    return !next || !(next->full || next->word || next->head || next->tail || next->shape != NumShape::None);
}

// "late-November", "mid-1990s", "post-1959": one hyphenated token, the prefix inside the span.
bool hyphenPrefixed(const RuleContext &ctx, int i, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    if (t.head && t.tail && t.head->ordinal >= 1 && t.head->ordinal <= 4 &&
        t.tail->unit == TimeUnit::Quarter && !t.tail->unitPlural) {
        // "third-quarter earnings": the quarter nearest the anchor that the tense allows
        m.first = i;
        m.last = i + 1;
        m.type = TimexType::Date;
        m.rule = u"date.quarter"_s;
        const int q = t.head->ordinal;
        m.value = ctx.resolver.hasYear()
                      ? TemporalResolver::year(ctx.resolver.quarterYear(q, ctx.tense(i, i + 1))) + u"-Q"_s +
                            QString::number(q)
                      : u"XXXX-Q"_s + QString::number(q);
        return true;
    }
    const bool prefix = (t.head && !t.head->position.isEmpty()) || t.is(u"post") || t.is(u"pre") ||
                        (t.head && (t.head->text == u"post" || t.head->text == u"pre"));
    if (!prefix)
        return false;
    m.first = i;
    m.last = i + 1;
    m.type = TimexType::Date;
    m.rule = u"date.prefixed"_s;
    if (t.tail && t.tail->month && t.head && !t.head->position.isEmpty()) {
        m.value = ctx.resolver.month(t.tail->month, ctx.tense(i, i + 1));
        return true;
    }
    if (t.shape == NumShape::Decade && t.digits == 4) {
        m.value = QString::number(t.n1 / 10) + u'X';
        return true;
    }
    if (t.shape == NumShape::Int && t.digits == 4 && t.n1 >= 1000 && t.n1 <= 2999) {
        m.value = TemporalResolver::year(t.n1);
        return true;
    }
    return false;
}

// TimeML keeps "early", "mid", "late" inside a date's span: "late November", "early 1990s".
bool takesPosition(const TimexMatch &m)
{
    if (m.type != TimexType::Date || m.rule.startsWith(u"relative.positioned"))
        return false;
    // Annotated practice differs by granularity: "late November" keeps "late"; "early 1990s" and
    // "late Monday" leave it out.
    return m.rule == u"date.month" || m.rule == u"date.month-year" || m.rule == u"date.season-year" ||
           m.rule == u"relative.unit" || m.rule == u"relative.month" || m.rule == u"relative.season" ||
           m.rule == u"date.season";
}

// "April 24 and 25": a bare day right after a month-day joins its month.
bool continuedDay(const RuleContext &ctx, int i, const QString &previous, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    if (!(t.is(u"and") || t.is(u"to") || t.isPunct(u'-')) || CalendarRules::dayAt(ctx, i + 1) <= 0 ||
        ctx.toks.at(i + 1).shape != NumShape::Int ||
        (ctx.at(i + 2) && ctx.at(i + 2)->word && ctx.at(i + 2)->word->month))
        return false;
    m.first = i + 1;
    m.last = i + 2;
    m.value = previous.left(8) + two(CalendarRules::dayAt(ctx, i + 1));
    m.rule = u"date.day-continued"_s;
    return true;
}

// Takes in what TimeML keeps inside a date's span before it: "late November", "the end of the year".
void widen(const RuleContext &ctx, int consumed, TimexMatch &m)
{
    const TimexToken *before = ctx.at(m.first - 1);
    if (m.first - 1 >= consumed && before && takesPosition(m) &&
        (before->is(u"early") || before->is(u"late") || before->is(u"mid") || before->is(u"earlier") ||
         before->is(u"later")))
        --m.first;
    const TimexToken *pos = ctx.at(m.first - 2);
    if (m.type == TimexType::Date && m.first - 2 >= consumed && ctx.is(m.first - 1, u"of") && pos &&
        (pos->is(u"end") || pos->is(u"beginning") || pos->is(u"start") || pos->is(u"middle")))
        m.first -= ctx.is(m.first - 3, u"the") && m.first - 3 >= consumed ? 3 : 2;
}

// A quarter a report is about: "third-quarter profit", "the quarter ended Sept. 30", but not
// "the year-ago quarter" or "the previous quarter", which compare with one.
bool reportsOn(const RuleContext &ctx, const TimexMatch &m)
{
    if (m.type != TimexType::Date || m.value.size() != 7 || m.value.at(5) != u'Q' ||
        !m.value.at(0).isDigit() || !(m.rule.startsWith(u"date.") || m.rule == u"relative.unit"))
        return false;
    for (int k = m.first; k < m.last; ++k) {
        const TimexToken &t = ctx.toks.at(k);
        if (t.is(u"ago") || t.is(u"earlier") || t.is(u"previous") || t.is(u"last") ||
            (t.tail && (t.tail->text == u"ago" || t.tail->text == u"earlier")))
            return false;
    }
    return true;
}

} // namespace

QString TemporalTagger::name() const
{
    return u"dates"_s;
}

void TemporalTagger::run(Document &doc) const
{
    const RunControl never;
    runCancellable(doc, never);
}

void TemporalTagger::runCancellable(Document &doc, const RunControl &control) const
{
    QDate anchor = std::as_const(doc).metadata().dct;
    bool yearKnown = anchor.isValid();
    // A date the user set, or cleared, is not replaced by the dateline's.
    if (!anchor.isValid() && std::as_const(doc).metadata().dctSource != DctSource::User) {
        Dateline line;
        if (DatelineFinder::find(doc, line)) {
            anchor = line.date;
            yearKnown = line.yearKnown;
            if (yearKnown) {
                DocumentMetadata &meta = doc.metadata();
                meta.dct = line.date;
                meta.dctSource = DctSource::Dateline;
            }
        }
    }
    const TemporalResolver resolver(anchor, yearKnown);
    QList<TimeExpr> out;
    QDate lastDay, lastMention;
    QString reportQuarter;
    const QList<Sentence> &sentences = doc.sentences();
    int seen = 0;
    int lastParagraph = 0; // sentences run in text order: each paragraph lookup walks on from here
    for (qsizetype s = 0; s < sentences.size();) {
        if (++seen % CancelCheckInterval == 0 && control.isCancelled())
            return;
        // One paragraph at a time: the tokenizer may end a sentence inside "9 a.m. Tuesday".
        const int paragraph = doc.paragraphAtFrom(sentences.at(s).span.begin, lastParagraph);
        lastParagraph = std::max(paragraph, lastParagraph);
        const int firstToken = sentences.at(s).firstToken;
        qsizetype e = s + 1;
        while (e < sentences.size() &&
               doc.paragraphAtFrom(sentences.at(e).span.begin, lastParagraph) == paragraph)
            ++e;
        const Sentence &lastSentence = sentences.at(e - 1);
        const int tokenCount = lastSentence.firstToken + lastSentence.tokenCount - firstToken;
        const bool excluded = paragraph >= 0 && doc.paragraphs().at(paragraph).excluded;
        s = e;
        if (excluded)
            continue;
        const QList<TimexToken> toks = TimexTokens::build(doc, firstToken, tokenCount);
        RuleContext ctx{toks, resolver, lastDay, lastMention, {}, reportQuarter};
        int consumed = 0;
        bool afterMonthDay = false; // for "April 24 and 25"
        for (int i = 0; i < toks.size();) {
            TimexMatch m;
            const bool found = toks.at(i).mayStart() && !leadsNowhere(ctx, i) &&
                               (bestAt(ctx, i, m) || hyphenPrefixed(ctx, i, m));
            if (!found && !(afterMonthDay && continuedDay(ctx, i, out.last().value, m))) {
                afterMonthDay = false;
                ++i;
                continue;
            }
            afterMonthDay = m.rule.startsWith(u"date.month-day");
            widen(ctx, consumed, m);
            TimeExpr e;
            e.span = {m.begin >= 0 ? m.begin : toks.at(m.first).begin,
                      m.end >= 0 ? m.end : toks.at(m.last - 1).end};
            e.type = m.type;
            e.value = m.value;
            e.provenance.rule = m.rule;
            e.provenance.confidence = m.rule.endsWith(u"ambiguous") ? 0.6 : 0.9;
            // A value that is not TIMEX3 (a year before 1 from "2,000 years ago" in an old
            // article) is never written.
            if (!isValidTimexValue(e.value)) {
                afterMonthDay = false;
                consumed = i = qMax(m.last, m.skipTo);
                continue;
            }
            out.append(e);
            if (reportsOn(ctx, m))
                ctx.reportQuarter = reportQuarter = m.value;
            else if (m.type == TimexType::Duration && (m.value == u"P6M" || m.value == u"P9M"))
                ctx.reportQuarter = reportQuarter = QString(); // "the nine months", "the first half"
            if (m.date.isValid())
                ctx.lastDay = lastDay = m.date;
            if (m.rule.startsWith(u"date.") && m.value.size() >= 4 && m.value.at(0).isDigit()) {
                const QDate d(m.value.left(4).toInt(), m.value.size() >= 7 ? m.value.mid(5, 2).toInt() : 1,
                              1);
                if (d.isValid())
                    ctx.localMention = ctx.lastMention = lastMention = m.date.isValid() ? m.date : d;
            }
            consumed = i = qMax(m.last, m.skipTo);
        }
    }
    const QList<TimeExpr> kept = UserDecisions::kept(doc.timeExprs());
    UserDecisions user(doc, Store::TimeExprs);
    user.block(kept);
    out.removeIf([&](const TimeExpr &t) { return user.blocks(t.span); });
    for (TimeExpr &t : out)
        t.id = doc.allocateId(Store::TimeExprs);
    doc.setTimeExprs(user.merged(kept, out));
}

} // namespace saywho::core
