#include "quoteattributor.h"

#include "../runcontrol.h"

#include "shortquotefeatures.h"
#include "sievecontext.h"

#include "../../lexicon/lexicon.h"
#include "../commonwordnames.h"
#include "../linearmodel.h"
#include "../nestedorganisations.h"
#include "../userdecisions.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// A partial quote this short that no reliable sieve attributed is weighed by the short-quote model:
// a quotation inside an attribution, or scare quotes.
constexpr int MaxScareWords = 3;

const LinearModel &shortQuoteModel()
{
    static const LinearModel model = LinearModel::load(u"short_quote_model"_s, ShortQuoteFeatures::names());
    return model;
}

int wordCount(QStringView s)
{
    int n = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        // "3,210" and "2.5" are one word.
        const bool joiner = inWord && (c == u',' || c == u'.') && i > 0 && s.at(i - 1).isDigit() &&
                            i + 1 < s.size() && s.at(i + 1).isDigit();
        const bool w = c.isLetterOrNumber() || joiner;
        if (w && !inWord)
            ++n;
        inWord = w;
    }
    return n;
}

// “What curfew?” is somebody's question or cry; scare quotes mark a word, not a sentence.
bool asksOrExclaims(QStringView quoted)
{
    for (qsizetype i = quoted.size() - 1; i >= 0; --i) {
        const QChar c = quoted.at(i);
        if (c == u'?' || c == u'!')
            return true;
        if (c.isLetterOrNumber())
            return false;
    }
    return false;
}

constexpr int MaxNameWords = 8;

// The “Red Neck Country Club”, the “Talk Bernie to Me” tote bag: a few words in title case inside
// the writer's sentence, which no speech verb, colon or "according to" gives to anybody, name a
// place, a work or a slogan; only a fallback sieve's guess would make them somebody's words. One
// title-case word is left to the short-quote model, and a sentence, question or cry is speech.
bool namesSomething(const SieveContext &ctx, int q)
{
    const TokenText &tt = ctx.tt();
    const Lexicon &lex = Lexicon::instance();
    const int first = ctx.openToken.at(q) + 1;
    const int close = ctx.closeToken.at(q);
    int words = 0;
    for (int k = first; k < close; ++k) {
        if (tt.at(k).kind == TokenKind::Number) {
            ++words;
            continue;
        }
        if (tt.at(k).kind == TokenKind::Punct) {
            const bool last = k + 1 == close;
            if (tt.isPunct(k, u'?') || tt.isPunct(k, u'!') || (tt.isPunct(k, u'.') && !last))
                return false;
            continue;
        }
        if (!tt.isWord(k))
            continue;
        if (!tt.capitalized(k) && !(words > 0 && lex.isHeadlineSmallWord(tt.view(k))))
            return false;
        ++words;
    }
    return words >= 2 && words <= MaxNameWords;
}

// "a diplomat" mentioned once and never quoted is no source: only anonymous entities that speak or
// are referred to again stay in the people list.
void pruneSilentPeople(const SieveContext &ctx, QList<Entity> &entities, QList<Mention> &mentions,
                       const QList<Quote> &quotes)
{
    QHash<int, int> uses;
    for (int i = 0; i < mentions.size(); ++i) {
        if (!mentions.at(i).entity)
            continue;
        // "Johnson said nothing": the subject of a speech verb speaks, quoted or not.
        const bool speaks = i < ctx.doc.mentions().size() && ctx.phrase.isSpeechVerb(ctx.phrase.lastToken(i));
        uses[mentions.at(i).entity] += speaks ? 3 : 1;
    }
    for (const Quote &q : quotes)
        if (q.speaker)
            uses[q.speaker] += 2;
    QSet<int> dropped;
    // Entities the user's decisions point at stay, however little the article says of them.
    QSet<int> decided;
    for (const Mention &m : mentions)
        if (m.provenance.origin == Origin::User || m.provenance.decidedByUser(UserField::Entity))
            decided.insert(m.entity);
    for (const Quote &q : quotes)
        if (q.provenance.decidedByUser(UserField::Speaker))
            decided.insert(q.speaker);
    const Lexicon &lex = Lexicon::instance();
    entities.removeIf([&](const Entity &e) {
        // A lone capitalized word seen once ("Level", "Partial", "Country"), which nobody quotes and
        // nothing refers back to, is no evidence of a person either: no first name, title or role.
        const bool lone = !e.anonymous && e.kind == EntityKind::Person && !e.name.contains(u' ') &&
                          e.aliases.isEmpty() && e.roles.isEmpty() && !lex.isFirstName(e.name) &&
                          e.gender == Gender::Unknown;
        const bool drop = e.kind == EntityKind::Person && !e.provenance.userDecided() &&
                          !decided.contains(e.id) &&
                          ((e.anonymous && uses.value(e.id) <= 1) || (lone && uses.value(e.id) <= 2));
        if (drop)
            dropped.insert(e.id);
        return drop;
    });
    for (Mention &m : mentions)
        if (dropped.contains(m.entity))
            m.entity = 0;
    // Who speaks: a quote's speaker, or the subject of a speech verb ("Johnson said nothing").
    QSet<int> speakers;
    for (const Quote &q : quotes)
        speakers.insert(q.speaker);
    for (int i = 0; i < mentions.size() && i < ctx.doc.mentions().size(); ++i)
        if (mentions.at(i).entity && ctx.phrase.isSpeechVerb(ctx.phrase.lastToken(i)))
            speakers.insert(mentions.at(i).entity);
    dropCommonWordPeople(ctx.doc, entities, mentions, decided, speakers);
}

} // namespace

QString QuoteAttributor::name() const
{
    return u"attribution"_s;
}

void QuoteAttributor::run(Document &doc) const
{
    const RunControl never;
    runCancellable(doc, never);
}

void QuoteAttributor::runCancellable(Document &doc, const RunControl &control) const
{
    SieveContext ctx(doc);
    const QList<Quote> &qs = doc.quotes();
    QList<QString> rules(qs.size());
    QList<double> confidence(qs.size(), 0.0);
    QList<bool> guessed(qs.size(), false);
    // The user's speakers are decided before any sieve runs (CoreNLP's sieves skip filled quotes),
    // and the sieves may lean on them: a paragraph the user attributed speaks for its continuation.
    QList<bool> byUser(qs.size(), false);
    for (int i = 0; i < qs.size(); ++i) {
        const Quote &q = qs.at(i);
        ctx.openToken.append(ctx.tt().tokenAt(q.span.begin));
        ctx.closeToken.append(std::max(ctx.openToken.last(), ctx.tt().tokenAt(q.span.end) - 1));
        if (q.provenance.decidedByUser(UserField::Speaker)) {
            byUser[i] = true;
            ctx.decided[i] = {doc.mentionIndex(q.speakerMention), q.speaker, q.cue};
        }
    }
    for (const Sieve &sieve : attributionSieves()) {
        for (int i = 0; i < qs.size(); ++i) {
            if (i % CancelCheckInterval == 0 && control.isCancelled())
                return;
            if (byUser.at(i) || ctx.decided.at(i).found())
                continue;
            Attribution a;
            if (sieve.apply(ctx, i, a) && a.found()) {
                ctx.decide(i, a);
                rules[i] = QString::fromLatin1(sieve.name);
                confidence[i] = sieve.confidence;
                guessed[i] = sieve.guess;
            }
        }
    }

    // The short-quote model's verdict; while it is fitted, the observer's row.
    const auto keptShortQuote = [&](int i, const Attribution &guess) {
        const QList<float> x = ShortQuoteFeatures::of(ctx, i, guess, rules.at(i));
        if (m_options.shortQuoteObserver)
            m_options.shortQuoteObserver(qs.at(i).span, x);
        return m_options.keepShortQuotes || shortQuoteModel().accepts(x);
    };
    QList<Entity> entities = doc.entities();
    QList<Mention> mentions = doc.mentions();
    QList<Quote> out;
    QList<NonQuote> non = doc.nonQuotes();
    const UserDecisions removedNonQuotes(doc, Store::NonQuotes);
    for (int i = 0; i < qs.size(); ++i) {
        Quote q = qs.at(i);
        if (byUser.at(i)) {
            out.append(q);
            continue;
        }
        Attribution a = ctx.decided.at(i);
        // "one Democrat familiar with the talks, who added …": a relative "who" whose antecedent
        // names nobody yet speaks as that antecedent, which becomes the anonymous source below.
        int antecedent = a.mention - 1;
        while (antecedent >= 0 && NestedOrganisations::isNested(mentions.at(antecedent)))
            --antecedent;
        if (antecedent >= 0 && !a.entity && !mentions.at(a.mention).entity &&
            mentions.at(a.mention).kind == MentionKind::Pronoun &&
            doc.textOf(mentions.at(a.mention).span).compare(u"who", Qt::CaseInsensitive) == 0 &&
            doc.textOf({mentions.at(antecedent).span.end, mentions.at(a.mention).span.begin}).trimmed() ==
                u",")
            a.mention = antecedent;
        const bool standsAlone = doc.startsSentence(q.span.begin);
        const QStringView quoted = doc.textOf(q.span);
        const bool scare = (!a.found() || guessed.at(i)) && !standsAlone && !q.continues &&
                           !q.provenance.userDecided() && wordCount(quoted) <= MaxScareWords &&
                           !asksOrExclaims(quoted) && !keptShortQuote(i, a);
        const bool title = !scare && guessed.at(i) && q.kind == QuoteKind::Partial && !q.continues &&
                           !q.provenance.userDecided() && namesSomething(ctx, i);
        if (scare || title) {
            if (removedNonQuotes.blocks(q.span))
                continue; // the user removed this scare quote or title
            NonQuote n;
            n.id = doc.allocateId(Store::NonQuotes);
            n.span = q.span;
            n.kind = scare ? NonQuoteKind::Scare : NonQuoteKind::Title;
            n.provenance.rule = scare ? u"unattributed"_s : u"unattributed-name"_s;
            non.append(n);
            continue;
        }
        q.speakerMention = a.mention >= 0 ? mentions.at(a.mention).id : 0;
        q.speaker = a.entity ? a.entity : (a.mention >= 0 ? mentions.at(a.mention).entity : 0);
        if (!q.speaker && a.mention >= 0 && mentions.at(a.mention).kind != MentionKind::Pronoun) {
            // An unresolved role noun ("the official") still names a source: keep it as one.
            Mention &m = mentions[a.mention];
            Entity e;
            e.id = doc.allocateId(Store::Entities);
            e.name = doc.textOf(m.span).toString().simplified();
            e.kind = m.entityKind;
            e.gender = m.gender;
            e.anonymous = true;
            e.provenance.rule = u"attribution"_s;
            entities.append(e);
            m.entity = e.id;
            q.speaker = e.id;
        }
        q.cue = a.cue;
        q.provenance.rule = rules.at(i);
        q.provenance.confidence = a.found() ? confidence.at(i) * q.provenance.confidence : 0.0;
        out.append(q);
    }
    std::sort(non.begin(), non.end(), [](const NonQuote &x, const NonQuote &y) { return x.span < y.span; });
    pruneSilentPeople(ctx, entities, mentions, out);
    // A quote whose speaker was dropped keeps the words that name it, without the entity.
    QSet<int> left;
    for (const Entity &e : std::as_const(entities))
        left.insert(e.id);
    for (Quote &q : out)
        if (q.speaker && !left.contains(q.speaker))
            q.speaker = 0;
    doc.setEntities(std::move(entities));
    doc.setMentions(std::move(mentions));
    doc.setQuotes(std::move(out));
    doc.setNonQuotes(std::move(non));
}

} // namespace saywho::core
