#include "quoteclassifier.h"

#include "userdecisions.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordset.h"
#include "tokentext.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Title case allows these small words in lower case ("State of the Union").
bool smallWord(QStringView w)
{
    static const WordSet small =
        makeWordSet({u"a"_s, u"an"_s, u"the"_s, u"of"_s, u"and"_s, u"or"_s, u"in"_s, u"on"_s, u"to"_s,
                     u"for"_s, u"at"_s, u"by"_s, u"with"_s, u"from"_s});
    return small.contains(w);
}

constexpr int MaxTitleWords = 8;

class Classifier
{
public:
    explicit Classifier(const Document &doc) : m_doc(doc), m_tt(doc), m_lex(Lexicon::instance())
    {
        for (const Quote &q : doc.quotes())
            m_doubleMarksQuote = m_doubleMarksQuote || !singleMarks(q);
    }

    // Tokens strictly inside the marks of q: [first, last).
    void inner(const Quote &q, int &first, int &last) const
    {
        first = m_tt.tokenAt(q.span.begin) + 1;
        last = m_tt.tokenAt(q.span.end);
        if (last > 0 && last - 1 >= first && m_tt.isQuoteMark(last - 1) &&
            m_tt.at(last - 1).span.end == q.span.end)
            --last;
    }

    bool titleCase(int first, int last) const
    {
        int words = 0;
        for (int k = first; k < last; ++k) {
            if (!m_tt.isWord(k) && m_tt.at(k).kind != TokenKind::Number)
                continue;
            ++words;
            if (!m_tt.capitalized(k) && m_tt.at(k).kind != TokenKind::Number &&
                !(k > first && smallWord(m_tt.view(k))))
                return false;
        }
        return words >= 1 && words <= MaxTitleWords;
    }

    // Token k closes a name's possessive: "CNN's", or "Davis" + "'".
    bool namedOwner(int k) const
    {
        if (m_tt.isWord(k) && m_tt.possessive(k) && m_tt.capitalized(k))
            return true;
        const QStringView apostrophe = m_tt.view(k);
        return (apostrophe == u"'" || apostrophe == u"\u2019") && m_tt.isWord(k - 1) &&
               m_tt.capitalized(k - 1) && m_tt.view(k - 1).endsWith(u's') &&
               m_tt.at(k).span.begin == m_tt.at(k - 1).span.end;
    }

    // The "Broad City" star, the "Sean Hannity Show": a noun for a work or its people right after
    // the closing mark, or a work's noun as the quoted name's last word.
    bool namesAWork(int first, int last) const
    {
        if (workNounAfter(last))
            return true;
        int end = last;
        while (end > first && !m_tt.isWord(end - 1))
            --end;
        return end - first >= 2 && m_tt.capitalized(end - 1) && m_lex.isTitleFollower(m_tt.lower(end - 1));
    }

    // The word after the closing mark is a work's noun or its people (star, host, show).
    bool workNounAfter(int last) const
    {
        return m_tt.isWord(last + 1) && m_lex.isTitleFollower(m_tt.lower(last + 1));
    }

    // A news round-up's item: NOW OPEN— "Pop-up art show strives to …," by DNAinfo's Eddie Small.
    // A headline standing on its own, its comma inside the marks, then its byline; "called
    // 'rigged,' by Sanders" inside a sentence is Sanders's word.
    bool headlineWithByline(const Quote &q, int open, int last) const
    {
        const bool standsAlone = m_doc.startsSentence(q.span.begin) || m_tt.isPunct(open - 1, u':') ||
                                 m_tt.isPunct(open - 1, QChar(0x2014)) ||
                                 m_tt.isPunct(open - 1, QChar(0x2013));
        return standsAlone && m_tt.isPunct(last - 1, u',') && m_tt.isWord(last + 1) &&
               m_tt.view(last + 1) == u"by" && m_tt.isWord(last + 2) && m_tt.capitalized(last + 2);
    }

    // q is its paragraph, but for a full stop after the closing mark.
    bool fillsParagraph(const Quote &q) const
    {
        const int para = m_doc.paragraphAt(q.span.begin);
        if (para < 0)
            return false;
        const Span p = m_doc.paragraphs().at(para).span;
        return q.span.begin == p.begin && q.span.end >= p.end - 1;
    }

    bool singleMarks(const Quote &q) const
    {
        const QChar open = m_doc.text().at(q.span.begin);
        return open == QChar(0x2018) || open == u'\'' || open == QChar(0x201A) || open == QChar(0x201B) ||
               open == QChar(0x2039);
    }

    // An article that quotes in double marks keeps single ones for a quotation inside a quotation
    // and for its headlines: a stretch in single marks that stands outside every double quotation
    // (the 'Grand Bargain', a section's 'Stoic' driver) quotes nobody. A text quoting in single marks
    // throughout (British style) has no double-mark quotation to tell it so.
    bool singleOutsideDouble(const Quote &q) const { return m_doubleMarksQuote && singleMarks(q); }

    int wordsBetween(int first, int last) const
    {
        int words = 0;
        for (int k = first; k < last; ++k)
            words += m_tt.isWord(k) || m_tt.at(k).kind == TokenKind::Number;
        return words;
    }

    bool endsSentenceInside(int first, int last) const
    {
        for (int k = first; k < last - 1; ++k)
            if (m_tt.isPunct(k, u'.') || m_tt.isPunct(k, u'?') || m_tt.isPunct(k, u'!'))
                return true;
        return false;
    }

    // "(CROSSTALK.)", "[Applause]": all the quoted words are in one pair of brackets.
    bool bracketed(int first, int last) const
    {
        if (last - first < 3 || !(m_tt.isPunct(first, u'(') || m_tt.isPunct(first, u'[')))
            return false;
        int close = last - 1;
        if (m_tt.isPunct(close, u'.'))
            --close;
        if (close <= first || !(m_tt.isPunct(close, u')') || m_tt.isPunct(close, u']')))
            return false;
        for (int k = first + 1; k < close; ++k)
            if (m_tt.isPunct(k, u')') || m_tt.isPunct(k, u']'))
                return false;
        return true;
    }

    bool stageDirection(const Quote &q) const
    {
        int first, last;
        inner(q, first, last);
        return bracketed(first, last);
    }

    // Returns true and sets kind when q is not a quotation.
    bool nonQuote(const Quote &q, NonQuoteKind &kind) const
    {
        int first, last;
        inner(q, first, last);
        if (bracketed(first, last)) {
            kind = NonQuoteKind::Direction;
            return true;
        }
        const int open = first - 1;
        const int prev = open - 1;
        if (prev >= 0 && m_tt.isWord(prev)) {
            const LowerWord p = m_tt.lower(prev);
            const QString cue = m_lex.scareCue(p);
            const QString cue2 =
                prev >= 1 ? m_lex.scareCue(m_tt.lower(prev - 1).toString() + u' ' + p.toString()) : QString();
            if (!cue.isEmpty() || !cue2.isEmpty()) {
                kind = (cue.isEmpty() ? cue2 : cue) == u"nickname" ? NonQuoteKind::Nickname
                                                                   : NonQuoteKind::Scare;
                return true;
            }
        }
        const int words = last - first;
        // Marcia "Cia" Price: one word between two parts of a name.
        if (words == 1 && prev >= 0 && m_tt.isWord(prev) && m_tt.capitalized(prev) &&
            !m_tt.has(prev, WordClass::FunctionWord) && m_tt.isWord(last + 1) && m_tt.capitalized(last + 1) &&
            m_tt.capitalized(first)) {
            kind = NonQuoteKind::Nickname;
            return true;
        }
        if (headlineWithByline(q, open, last)) {
            kind = NonQuoteKind::Title;
            return true;
        }
        if (endsSentenceInside(first, last))
            return false;
        // Ouisa Davis' commentary, "Melania, tell your immigrant story,": a work named right after
        // its author's cue word needs no title case.
        const int cueWord = prev >= 0 && m_tt.isPunct(prev, u',') ? prev - 1 : prev;
        if (cueWord >= 1 && m_tt.has(cueWord, WordClass::TitleCue) && namedOwner(cueWord - 1)) {
            kind = NonQuoteKind::Title;
            return true;
        }
        // 'A change warrior.': a paragraph that is nothing but a few words in single marks, which
        // American news prints only inside a double quotation or in a headline, is a section heading.
        if (fillsParagraph(q) && singleMarks(q) && wordsBetween(first, last) <= MaxTitleWords) {
            kind = NonQuoteKind::Title;
            return true;
        }
        // “Orange is the New Black” star: a short name the next word makes a work needs no title
        // case, since a title keeps its small verbs low. No punctuation may close it inside the
        // marks: “We won,” show the polls is a quotation.
        if (m_tt.isWord(first) && m_tt.capitalized(first) && m_tt.isWord(last - 1) &&
            wordsBetween(first, last) <= MaxTitleWords && workNounAfter(last)) {
            kind = NonQuoteKind::Title;
            return true;
        }
        if (!titleCase(first, last))
            return false;
        // A paragraph that is nothing but a short title-case quoted phrase: a section heading.
        if (fillsParagraph(q)) {
            kind = NonQuoteKind::Title;
            return true;
        }
        // A title: after a possessive (CNN's "State of the Union") or a cue word (the show "...").
        const bool afterPossessive =
            prev >= 0 && m_tt.isWord(prev) && m_tt.possessive(prev) && m_tt.capitalized(prev);
        bool afterCue = false;
        for (int k = prev; k >= 0 && k >= prev - 2 && !afterCue; --k)
            afterCue = m_tt.has(k, WordClass::TitleCue);
        if (afterPossessive || afterCue || namesAWork(first, last)) {
            kind = NonQuoteKind::Title;
            return true;
        }
        return false;
    }

    QuoteKind kind(const Quote &q) const
    {
        int first, last;
        inner(q, first, last);
        const int prev = first - 2;
        const bool sentenceStart = m_doc.startsSentence(q.span.begin);
        if (q.continues || sentenceStart || prev < 0)
            return QuoteKind::Direct;
        // Embedded in the writer's words: partial. After punctuation, a dash, a symbol or a speech
        // verb, the quotation stands on its own.
        const bool afterWords = m_tt.isWord(prev) || m_tt.at(prev).kind == TokenKind::Number;
        if (afterWords && !m_tt.has(prev, WordClass::SpeechVerb))
            return QuoteKind::Partial;
        return QuoteKind::Direct;
    }

private:
    const Document &m_doc;
    TokenText m_tt;
    const Lexicon &m_lex;
    bool m_doubleMarksQuote = false; // some quotation of the article opens with a double mark
};

} // namespace

QString QuoteClassifier::name() const
{
    return u"quote-kinds"_s;
}

namespace {

// The span of the headline paragraph: the first paragraph when it is the document's title (a web
// page's title may add the site: "Headline | Site") and the article goes on after it. Empty when
// there is none. A text that starts straight with its lede is told apart by length and tense:
// headlines are short and say "says", ledes run on and say "said".
Span headlineSpan(const Document &doc)
{
    constexpr int MaxHeadlineWords = 25;
    const QList<Paragraph> &ps = doc.paragraphs();
    const QString &title = doc.metadata().title;
    if (ps.size() < 2 || title.isEmpty())
        return {};
    const QStringView first = doc.textOf(ps.first().span).trimmed();
    if (first.isEmpty() || !title.startsWith(first))
        return {};
    int words = 0;
    for (const QStringView w : first.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (++words > MaxHeadlineWords || w.startsWith(u"said"))
            return {};
    }
    return ps.first().span;
}

} // namespace

void QuoteClassifier::run(Document &doc) const
{
    const Classifier c(doc);
    const Span headline = headlineSpan(doc);
    QList<Quote> quotes;
    QList<NonQuote> non = UserDecisions::kept(doc.nonQuotes());
    const UserDecisions removed(doc, Store::NonQuotes);
    for (Quote q : doc.quotes()) {
        if (q.provenance.userDecided()) {
            // The user said it is a quotation: only what the user left open is classified.
            if (!q.provenance.decidedByUser(UserField::Kind))
                q.kind = c.kind(q);
            q.headline = headline.contains(q.span.begin);
            quotes.append(q);
            continue;
        }
        NonQuoteKind nk = NonQuoteKind::Direction;
        // A paragraph that re-opens a running quotation can only be a transcript's stage direction.
        const bool headlineStyle =
            !headline.contains(q.span.begin) && !q.continues && c.singleOutsideDouble(q);
        if (headlineStyle)
            nk = NonQuoteKind::Scare;
        if (headlineStyle || (q.continues ? c.stageDirection(q) : c.nonQuote(q, nk))) {
            if (removed.blocks(q.span))
                continue; // the user removed this title or scare quote
            NonQuote n;
            n.id = doc.allocateId(Store::NonQuotes);
            n.span = q.span;
            n.kind = nk;
            n.provenance.rule = u"cue"_s;
            non.append(n);
            continue;
        }
        q.kind = c.kind(q);
        q.headline = headline.contains(q.span.begin);
        quotes.append(q);
    }
    std::sort(non.begin(), non.end(), [](const NonQuote &a, const NonQuote &b) { return a.span < b.span; });
    doc.setQuotes(std::move(quotes));
    doc.setNonQuotes(std::move(non));
}

} // namespace saywho::core
