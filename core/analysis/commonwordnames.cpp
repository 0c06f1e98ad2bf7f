#include "commonwordnames.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordkey.h"
#include "tokentext.h"

#include <array>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Without a final possessive: "Women's" -> "Women".
QStringView bareWord(QStringView w)
{
    if (w.size() > 2 && (w.endsWith(u"'s") || w.endsWith(u"’s")))
        w.chop(2);
    return w;
}

bool honoured(const Entity &e, const Lexicon &lex)
{
    for (const QString &role : e.roles) {
        QStringView first = QStringView(role).left(role.indexOf(u' '));
        if (first.endsWith(u'.'))
            first.chop(1);
        if (lex.isHonorific(first))
            return true;
    }
    return false;
}

// Whether the entity is a candidate at all: a person with no known first name among its words.
bool suspect(const Entity &e, const Lexicon &lex)
{
    if (e.kind != EntityKind::Person || e.anonymous || e.provenance.userDecided())
        return false;
    for (const QStringView w : QStringView(e.name).tokenize(u' ', Qt::SkipEmptyParts))
        if (lex.isFirstName(w))
            return false;
    return true;
}

// The word a name is taken at, lower case and without a possessive: "Grand Bargain" -> "bargain".
QString lastWordOf(const Entity &e)
{
    const QString name = e.name.contains(u' ') ? e.name.section(u' ', -1) : e.name;
    return bareWord(name).toString().toLower();
}

} // namespace

void dropCommonWordPeople(const Document &doc, QList<Entity> &entities, QList<Mention> &mentions,
                          const QSet<int> &keep, const QSet<int> &speakers)
{
    const Lexicon &lex = Lexicon::instance();
    // Of the suspects' last words, those the article also writes in lower case. Only those few
    // words are looked for: a set of every lower-case word cost a fifth of the whole pipeline.
    QList<QString> wanted;
    for (const Entity &e : std::as_const(entities))
        if (!keep.contains(e.id) && suspect(e, lex))
            wanted.append(lastWordOf(e));
    if (wanted.isEmpty())
        return;
    const TokenText tt(doc);
    // A set of them, looked up once per lower-case word: a long article has thousands of suspects,
    // and comparing each word with every one of them was quadratic.
    QSet<WordView> pending;
    pending.reserve(wanted.size());
    // Their first letters and lengths rule out most words before any hashing.
    std::array<bool, 128> firsts{};
    quint64 lengths = 0;  // bit n: some suspect's word has n letters (n < 64)
    bool unusual = false; // a word starting beyond ASCII or longer than 63: no filter
    for (const QString &w : std::as_const(wanted)) {
        pending.insert(QStringView(w));
        if (w.isEmpty() || w.at(0).unicode() >= 128 || w.size() >= 64) {
            unusual = true;
        } else {
            firsts[w.at(0).unicode()] = true;
            lengths |= quint64(1) << w.size();
        }
    }
    const QString &text = doc.text();
    QSet<WordKey> lower;
    for (int k = 0; k < tt.size() && !pending.isEmpty(); ++k) {
        if (!tt.isWord(k) || tt.capitalized(k))
            continue;
        const Span span = tt.at(k).span;
        if (!unusual) {
            const char16_t first = text.at(span.begin).unicode();
            if (span.length() >= 64 || !((lengths >> span.length()) & 1) || first >= 128 || !firsts[first])
                continue;
        }
        const auto it = pending.constFind(tt.view(k));
        if (it == pending.cend())
            continue;
        lower.insert(it->text.toString());
        pending.erase(it);
    }
    // Whether each person is named anywhere but at a sentence's start (a capital of its own), or
    // referred to by a pronoun.
    QSet<int> namedMidSentence;
    for (const Mention &m : std::as_const(mentions)) {
        if (m.kind == MentionKind::Pronoun && m.entity)
            namedMidSentence.insert(m.entity); // "Psaki arrived. She spoke.": referred to again
        if (m.kind != MentionKind::Name || !m.entity)
            continue;
        const int k = tt.tokenAt(m.head.begin);
        if (k < tt.size() && !tt.at(k).sentenceStart)
            namedMidSentence.insert(m.entity);
    }
    QSet<int> dropped;
    entities.removeIf([&](const Entity &e) {
        if (keep.contains(e.id) || !suspect(e, lex))
            return false;
        const bool oneWord = !e.name.contains(u' ');
        const QString last = lastWordOf(e);
        const bool title = oneWord && lex.isTitleWord(last);
        // "Details …", "Additional reporting …": one word only ever at a sentence's start.
        const bool opener = oneWord && e.aliases.isEmpty() && !namedMidSentence.contains(e.id);
        // A name of several words ("Marty Small") or written only at sentence starts is taken at
        // its word when the article quotes its bearer; a bare title or a lone lower-case word is not.
        const bool weak = !oneWord || (opener && !lower.contains(last));
        if (weak && speakers.contains(e.id))
            return false;
        // "Mr. President" addresses an office; "Mr. Level" would be a man.
        if (!title && (honoured(e, lex) || (!opener && !lower.contains(last))))
            return false;
        dropped.insert(e.id);
        return true;
    });
    for (Mention &m : mentions)
        if (dropped.contains(m.entity))
            m.entity = 0;
}

} // namespace saywho::core
