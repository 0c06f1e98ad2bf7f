#include "sentenceinitialwords.h"

#include "../lexicon/wordkey.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace saywho::core {

namespace {

// Which of these lower-case words the article also writes in lower case: "Check" opening a
// sentence is "check". One pass over the tokens for all of them.
QList<bool> writtenInLowerCase(const TokenText &tt, const QStringList &words)
{
    QList<bool> seen(words.size(), false);
    QHash<WordView, QList<qsizetype>> index; // a word may be a candidate more than once
    for (qsizetype j = 0; j < words.size(); ++j)
        index[QStringView(words.at(j))].append(j);
    // First letters and lengths of the words: most tokens are ruled out by these two.
    std::vector<bool> firsts(128, false);
    qsizetype shortest = 1 << 20, longest = 0;
    for (const QString &w : words) {
        if (w.isEmpty() || w.at(0).unicode() >= 128)
            continue;
        firsts[w.at(0).unicode()] = true;
        shortest = std::min(shortest, w.size());
        longest = std::max(longest, w.size());
    }
    const QString &text = tt.doc().text();
    for (int k = 0; k < tt.size(); ++k) {
        const Span span = tt.at(k).span;
        const char16_t first = text.at(span.begin).unicode();
        if (span.length() < shortest || span.length() > longest || first >= 128 || !firsts[first] ||
            !tt.isWord(k) || tt.capitalized(k))
            continue;
        if (const auto it = index.constFind(tt.view(k)); it != index.cend())
            for (const qsizetype j : it.value())
                seen[j] = true;
    }
    return seen;
}

} // namespace

void dropSentenceInitialWords(const TokenText &tt, QList<Mention> &mentions, std::vector<int> &headToken)
{
    // Lone words opening a sentence; known first names ("Hunter said") need no look.
    std::vector<bool> opens(size_t(mentions.size()), false);
    bool any = false;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const Mention &m = mentions.at(i);
        const int k = headToken[size_t(i)];
        if (m.kind == MentionKind::Name && tt.at(k).sentenceStart && m.provenance.rule == u"single-name") {
            opens[size_t(i)] = true;
            any = any || !tt.has(k, WordClass::FirstName);
        }
    }
    if (!any)
        return;
    // The words of the other name mentions: mid-sentence names and parts of longer names. A set, so
    // that a long text with thousands of names stays linear.
    QSet<WordView> nameWords;
    nameWords.reserve(mentions.size() * 2);
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        if (mentions.at(i).kind != MentionKind::Name || opens[size_t(i)])
            continue;
        const QStringView head = tt.doc().textOf(mentions.at(i).head);
        qsizetype start = 0;
        for (qsizetype at = 0; at <= head.size(); ++at) {
            if (at < head.size() && head.at(at) != u' ')
                continue;
            if (at > start)
                nameWords.insert(head.mid(start, at - start));
            start = at + 1;
        }
    }
    // Candidates: not a first name, not named elsewhere. Those before a preposition or
    // determiner go at once; the rest when the article writes them in lower case.
    QList<qsizetype> drop;
    QList<qsizetype> unsure;
    QStringList lowered;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const Mention &m = mentions.at(i);
        if (!opens[size_t(i)])
            continue;
        const int k = headToken[size_t(i)];
        if (tt.has(k, WordClass::FirstName) || nameWords.contains(tt.doc().textOf(m.head)))
            continue;
        const int next = k + 1;
        if (next < tt.size() && tt.isWord(next) && !tt.capitalized(next) &&
            tt.has(next, WordClass::Preposition | WordClass::Determiner | WordClass::FunctionWord)) {
            drop.append(i);
        } else {
            unsure.append(i);
            lowered.append(tt.lower(k).toString());
        }
    }
    if (!unsure.isEmpty()) {
        const QList<bool> seen = writtenInLowerCase(tt, lowered);
        for (qsizetype j = 0; j < unsure.size(); ++j)
            if (seen.at(j))
                drop.append(unsure.at(j));
    }
    // One compaction pass: removing the dropped one at a time moves the tail each time.
    std::vector<bool> dropped(size_t(mentions.size()), false);
    for (const qsizetype i : drop)
        dropped[size_t(i)] = true;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        if (dropped[size_t(i)])
            continue;
        if (kept != i) {
            mentions[kept] = std::move(mentions[i]);
            headToken[size_t(kept)] = headToken[size_t(i)];
        }
        ++kept;
    }
    mentions.resize(kept);
    headToken.resize(size_t(kept));
}

} // namespace saywho::core
