#include "shortquotefeatures.h"

#include "sievehelpers.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The order of names() and of the values of(): the model file names them, so they may be
// reordered or added to, but a renamed feature needs the model fitted again.
enum Feature {
    OneWord,
    TwoWords,
    Guessed,
    AfterDeterminer,
    AfterPreposition,
    AfterSpeechVerb,
    SpeechVerbJustBefore,
    SpeechVerbBefore,
    SpeechVerbAfter,
    SpeechNounBefore,
    SubjectBefore,
    TitleCase,
    LowerFirst,
    WordAfter,
    PunctuationInside,
    FirstOrSecondPerson,
    NumberInside,
    AfterComma,
    AfterColon,
    AfterThat,
    AfterAs,
    AttributedInSentence,
    AttributedInParagraph,
    GuessInSentence,
    GuessIsName,
    GuessBySentenceSubject,
    GuessBySentenceTail,
    GuessByPreviousSubject,
    GuessByParagraphSubject,
    FeatureCount
};

bool firstOrSecondPerson(QStringView w)
{
    for (const char16_t *p : {u"i", u"me", u"my", u"we", u"us", u"our", u"you", u"your", u"i'm", u"i’m"})
        if (TokenText::equalsLower(w, QStringView(p)))
            return true;
    return false;
}

// The context read around the quote, in tokens and quotes each way: enough for a clause, and a
// sentence of thousands of short quotes stays linear.
constexpr int Window = 40;
constexpr int NeighbourQuotes = 8;

void markAttributed(const SieveContext &ctx, int o, int sentence, QList<float> &x)
{
    if (!ctx.decided.at(o).found())
        return;
    x[AttributedInParagraph] = 1;
    if (ctx.doc.sentenceAt(ctx.doc.quotes().at(o).span.begin) == sentence)
        x[AttributedInSentence] = 1;
}

} // namespace

const QStringList &ShortQuoteFeatures::names()
{
    static const QStringList n{u"one_word"_s,
                               u"two_words"_s,
                               u"guessed"_s,
                               u"after_determiner"_s,
                               u"after_preposition"_s,
                               u"after_speech_verb"_s,
                               u"speech_verb_just_before"_s,
                               u"speech_verb_before"_s,
                               u"speech_verb_after"_s,
                               u"speech_noun_before"_s,
                               u"subject_before"_s,
                               u"title_case"_s,
                               u"lower_first"_s,
                               u"word_after"_s,
                               u"punctuation_inside"_s,
                               u"first_or_second_person"_s,
                               u"number_inside"_s,
                               u"after_comma"_s,
                               u"after_colon"_s,
                               u"after_that"_s,
                               u"after_as"_s,
                               u"attributed_in_sentence"_s,
                               u"attributed_in_paragraph"_s,
                               u"guess_in_sentence"_s,
                               u"guess_is_name"_s,
                               u"guess_by_sentence_subject"_s,
                               u"guess_by_sentence_tail"_s,
                               u"guess_by_previous_subject"_s,
                               u"guess_by_paragraph_subject"_s};
    Q_ASSERT(n.size() == FeatureCount);
    return n;
}

QList<float> ShortQuoteFeatures::of(const SieveContext &ctx, int q, const Attribution &guess,
                                    QStringView sieve)
{
    const TokenText &tt = ctx.tt();
    const SpeakerPhrase &sp = ctx.phrase;
    QList<float> x(FeatureCount, 0.0f);
    const int open = ctx.openToken.at(q);
    const int close = ctx.closeToken.at(q);
    const int first = open + 1;
    int words = 0;
    bool titleCase = true;
    for (int k = first; k < close; ++k) {
        if (tt.at(k).kind == TokenKind::Number)
            x[NumberInside] = 1;
        if (!tt.isWord(k))
            continue;
        ++words;
        if (!tt.capitalized(k))
            titleCase = false;
        if (firstOrSecondPerson(tt.view(k)))
            x[FirstOrSecondPerson] = 1;
    }
    x[OneWord] = words <= 1;
    x[TwoWords] = words == 2;
    x[Guessed] = guess.found();
    x[TitleCase] = words > 0 && titleCase;
    x[LowerFirst] = tt.isWord(first) && !tt.capitalized(first);
    x[PunctuationInside] = close > first && tt.at(close - 1).kind == TokenKind::Punct;
    x[WordAfter] = tt.isWord(close + 1);

    const int prev = open - 1;
    x[AfterDeterminer] = tt.has(prev, WordClass::Determiner) || tt.possessive(prev);
    x[AfterPreposition] = tt.has(prev, WordClass::Preposition);
    x[AfterSpeechVerb] = sp.isSpeechVerb(prev);
    x[AfterComma] = tt.isPunct(prev, u',');
    x[AfterColon] = tt.isPunct(prev, u':');
    x[AfterThat] = tt.isLower(prev, u"that");
    x[AfterAs] = tt.isLower(prev, u"as") || (tt.isLower(prev - 1, u"as") && tt.isWord(prev));

    const int sentenceFirst = sieve::sentenceFirstToken(ctx, open);
    const int sentenceEnd = sieve::sentenceEndToken(ctx, open);
    for (int k = prev; k >= std::max(sentenceFirst, prev - Window); --k) {
        if (sp.inQuote(k))
            continue;
        if (sp.isSpeechVerb(k)) {
            x[SpeechVerbBefore] = 1;
            if (prev - k <= 3)
                x[SpeechVerbJustBefore] = 1;
        }
        if (tt.has(k, WordClass::SpeechNoun))
            x[SpeechNounBefore] = 1;
        if (const int m = sp.mentionAt(k); m >= 0 && ctx.doc.mentions().at(m).entityKind != EntityKind::Group)
            x[SubjectBefore] = 1;
    }
    for (int k = close + 1; k < std::min(sentenceEnd, close + 1 + Window); ++k)
        if (!sp.inQuote(k) && sp.isSpeechVerb(k))
            x[SpeechVerbAfter] = 1;

    const int paragraph = sieve::paragraphOf(ctx, q);
    const int sentence = ctx.doc.sentenceAt(ctx.doc.quotes().at(q).span.begin);
    const int quotes = int(ctx.doc.quotes().size());
    for (int o = q - 1; o >= std::max(0, q - NeighbourQuotes) && sieve::paragraphOf(ctx, o) == paragraph; --o)
        markAttributed(ctx, o, sentence, x);
    for (int o = q + 1;
         o < std::min(quotes, q + 1 + NeighbourQuotes) && sieve::paragraphOf(ctx, o) == paragraph; ++o)
        markAttributed(ctx, o, sentence, x);
    if (guess.mention >= 0) {
        const Mention &m = ctx.doc.mentions().at(guess.mention);
        x[GuessInSentence] = ctx.doc.sentenceAt(m.span.begin) == sentence;
        x[GuessIsName] = m.kind == MentionKind::Name;
    }
    x[GuessBySentenceSubject] = sieve == u"sentence-subject";
    x[GuessBySentenceTail] = sieve == u"sentence-tail";
    x[GuessByPreviousSubject] = sieve == u"previous-subject";
    x[GuessByParagraphSubject] = sieve == u"paragraph-subject";
    return x;
}

} // namespace saywho::core
