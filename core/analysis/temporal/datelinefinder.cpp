#include "datelinefinder.h"

#include "calendarrules.h"
#include "timextokens.h"

#include "../../lexicon/wordclass.h"

#include "../../model/document.h"

#include <QHash>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

constexpr int MaxParagraphs = 4;
constexpr int MaxTokens = 30;

bool isDash(const TimexToken &t)
{
    if (!t.punct)
        return false;
    const QChar c = t.first;
    return c == u'-' || c == u'_' || c == QChar(0x2013) || c == QChar(0x2014) || c == u'(' || c == u':';
}

// Whether the sentence has a token of four characters that starts with a digit: a year, as
// CalendarRules::yearAt reads one, is such a token, and most sentences have none.
bool mayHoldYear(const Document &doc, const Sentence &sent)
{
    const Token *tokens = doc.tokens().constData() + sent.firstToken;
    for (int k = 0; k < sent.tokenCount; ++k)
        if (tokens[k].kind == TokenKind::Number && tokens[k].span.length() == 4)
            return true;
    return false;
}

// Whether a month could follow a comma among the first count tokens of the sentence, as the
// dateline needs: a capitalized word the temporal lists may hold (a hyphen or a final apostrophe
// hides its form from the word classes) after a comma. Most first sentences have none, and are
// spared building their date tokens.
bool mayHoldDateline(const Document &doc, const Sentence &sent, int count)
{
    const QString &text = doc.text();
    const Token *tokens = doc.tokens().constData() + sent.firstToken;
    for (int i = 2; i + 1 < count; ++i) {
        const Token &comma = tokens[i - 1], &month = tokens[i];
        if (comma.span.length() != 1 || text.at(comma.span.begin) != u',' || !month.capitalized ||
            month.kind != TokenKind::Word)
            continue;
        const QChar last = text.at(month.span.end - 1);
        if ((month.classes & WordClass::Temporal) || month.hyphenated || last == u'\'' ||
            last == QChar(0x2019))
            return true;
    }
    return false;
}

// A full written date "Month D, YYYY" anywhere in the text, for justifying a year.
int justifiedYear(const Document &doc, QDate monthDay)
{
    QHash<int, int> votes;
    for (int s = 0; s < doc.sentences().size(); ++s) {
        const Sentence &sent = doc.sentences().at(s);
        if (!mayHoldYear(doc, sent))
            continue; // building its date tokens would find no year
        const QList<TimexToken> toks = TimexTokens::build(doc, sent.firstToken, sent.tokenCount);
        const TemporalResolver none({}, false);
        const RuleContext ctx{toks, none, {}, {}, {}, {}};
        for (int i = 0; i + 1 < toks.size(); ++i) {
            const int m = CalendarRules::monthAt(ctx, i), d = CalendarRules::dayAt(ctx, i + 1);
            if (!m || d <= 0)
                continue;
            const int k = ctx.at(i + 2) && ctx.at(i + 2)->isPunct(u',') ? i + 3 : i + 2;
            const int y = CalendarRules::yearAt(ctx, k);
            if (y <= 0 || !QDate(y, m, d).isValid())
                continue;
            const QDate there(y, monthDay.month(), monthDay.day());
            if (there.isValid() && std::llabs(there.daysTo(QDate(y, m, d))) <= 31)
                ++votes[y];
        }
    }
    int best = 0, bestVotes = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() > best)) {
            best = it.key();
            bestVotes = it.value();
        }
    return best;
}

} // namespace

bool DatelineFinder::find(const Document &doc, Dateline &out)
{
    const TemporalResolver none({}, false);
    int paragraphs = 0;
    for (const Sentence &sent : doc.sentences()) {
        const int p = doc.paragraphAt(sent.span.begin);
        if (p >= MaxParagraphs)
            break;
        if (p != paragraphs - 1)
            paragraphs = p + 1;
        else
            continue; // only the first sentence of a paragraph can open with a dateline
        const int count = qMin(sent.tokenCount, MaxTokens);
        if (!mayHoldDateline(doc, sent, count))
            continue;
        const QList<TimexToken> toks = TimexTokens::build(doc, sent.firstToken, count);
        const RuleContext ctx{toks, none, {}, {}, {}, {}};
        // PLACE[, REGION], Month Day[, Year] then "(Agency)" or a dash
        for (int i = 2; i + 1 < toks.size(); ++i) {
            if (!toks.at(i - 1).isPunct(u','))
                continue;
            const int month = toks.at(i).word ? toks.at(i).word->month : 0;
            const int day = CalendarRules::dayAt(ctx, i + 1);
            if (!month || day <= 0 || !toks.at(i).capitalized || toks.at(i + 1).shape == NumShape::None)
                continue;
            bool place = true;
            for (int k = 0; k < i - 1; ++k)
                place = place && (toks.at(k).punct || toks.at(k).capitalized);
            if (!place)
                break; // a sentence, not a place name
            int j = i + 2;
            int year = -1;
            if (j + 1 < toks.size() && toks.at(j).isPunct(u',') && CalendarRules::yearAt(ctx, j + 1) > 0) {
                year = CalendarRules::yearAt(ctx, j + 1);
                j += 2;
            } else if (CalendarRules::yearAt(ctx, j) > 0) {
                year = CalendarRules::yearAt(ctx, j);
                ++j;
            }
            if (j < toks.size() && !isDash(toks.at(j)))
                break;
            out.span = {toks.at(i).begin, toks.at(j - 1).end};
            out.yearKnown = year > 0;
            if (!out.yearKnown) {
                year = justifiedYear(doc, QDate(2000, month, day));
                out.yearKnown = year > 0;
            }
            out.date = QDate(out.yearKnown ? year : (month == 2 && day == 29 ? 2000 : 2001), month, day);
            return out.date.isValid();
        }
    }
    return false;
}

} // namespace saywho::core
