#include "namephrase.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordclass.h"
#include "tokentext.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

const WordSet &quantifiers()
{
    static const WordSet set = makeWordSet({u"other"_s, u"several"_s, u"many"_s, u"some"_s});
    return set;
}

// Two or three words joined by spaces, for multi-word lexicon entries ("secretary of state").
QString phrase(const TokenText &tt, int first, int count, bool lower)
{
    QString s;
    for (int k = first; k < first + count; ++k) {
        if (k > first)
            s += u' ';
        s += lower ? tt.key(k).view() : tt.view(k);
    }
    return s;
}

// Lowercase modifiers allowed inside a role or group phrase ("senior administration officials").
bool isModifier(const TokenText &tt, int k)
{
    if (!tt.isWord(k))
        return false;
    const QStringView w = tt.view(k);
    if (tt.capitalized(k))
        return !tt.has(k, WordClass::FunctionWord) || tt.has(k, WordClass::Place);
    if (tt.has(k, WordClass::FunctionWord) && !quantifiers().contains(w))
        return false;
    return !tt.has(k, WordClass::SpeechVerb);
}

// Before a group noun with no article to anchor the phrase, a lower-case word must read as an
// adjective ("senior administration officials", "local election officials") and not as a verb
// whose object the group is ("take witnesses", "prosecute bank executives").
bool isGroupModifier(const TokenText &tt, int k)
{
    if (!isModifier(tt, k))
        return false;
    if (tt.capitalized(k) || quantifiers().contains(tt.view(k)))
        return true;
    static const WordSet plain =
        makeWordSet({u"top"_s, u"young"_s, u"old"_s, u"older"_s, u"new"_s, u"former"_s, u"current"_s,
                     u"black"_s, u"white"_s, u"senior"_s, u"junior"_s, u"administration"_s, u"election"_s,
                     u"campaign"_s, u"party"_s, u"government"_s, u"police"_s});
    const QStringView w = tt.view(k);
    if (plain.contains(w))
        return true;
    static const char16_t *const suffixes[] = {u"al",   u"an",  u"ar",  u"ic",  u"ive", u"ous", u"ful",
                                               u"less", u"ed",  u"ist", u"ary", u"ory", u"ble", u"ent",
                                               u"ant",  u"ish", u"ese", u"ior", u"ern"};
    for (const char16_t *s : suffixes)
        if (w.endsWith(QStringView(s)))
            return true;
    return false;
}

} // namespace

int NamePhrase::roleLength(const TokenText &tt, int k, int end)
{
    const Lexicon &lex = Lexicon::instance();
    // "said the 46-year-old": an age stands for the person.
    if (tt.at(k).kind == TokenKind::Number && tt.at(k).hyphenated &&
        (tt.view(k).endsWith(u"-year-old") || tt.view(k).endsWith(u"-years-old")))
        return 1;
    if (!tt.isWord(k))
        return 0;
    if (tt.has(k, WordClass::RolePrefix)) {
        if (k + 2 < end && tt.isWord(k + 1) && tt.isWord(k + 2) && lex.isRoleNoun(phrase(tt, k, 3, true)))
            return 3;
        if (k + 1 < end && tt.isWord(k + 1) && lex.isRoleNoun(phrase(tt, k, 2, true)))
            return 2;
    }
    return tt.has(k, WordClass::RoleNoun) ? 1 : 0;
}

NamePhrase::Result NamePhrase::roleAfterDeterminer(const TokenText &tt, int k, int sentenceEnd,
                                                   const std::vector<bool> &used)
{
    Result r;
    if (!tt.has(k, WordClass::Determiner))
        return r;
    const LowerWord det = tt.lower(k);
    // "in a statement", "in an interview": the medium, not a source.
    if (k > 0 && tt.isLower(k - 1, u"in") && det != u"the")
        return r;
    const Lexicon &lex = Lexicon::instance();
    int head = -1, headLen = 0;
    for (int j = k + 1; j < sentenceEnd && j <= k + 5; ++j) {
        if (used[size_t(j)] || !(tt.isWord(j) || tt.at(j).kind == TokenKind::Number))
            break;
        int len = roleLength(tt, j, sentenceEnd);
        // "the Justice Department", "the Kremlin": a capitalized head is a proper name, unless it is
        // a title ("the French President").
        if (len > 0 && tt.capitalized(j) && !tt.has(j, WordClass::Title)) {
            // A person or a group keeps a capital where the word names a party's member ("a New
            // Hampshire Democrat"), unless a role follows it ("the Republican presidential nominee").
            if (len == 1 && lex.role(tt.key(j).view()).kind != EntityKind::Organization) {
                head = j;
                headLen = 1;
                continue;
            }
            len = 0;
        }
        if (len > 0) {
            head = j;
            headLen = len;
            // "the former secretary of state and current nominee": the first role is the head, unless
            // it modifies the next ("the campaign spokesman", "the ad's narrator").
            const int after = j + len;
            // "the French president's statement": the owner is the mention; "the ad's narrator": not.
            if (tt.possessive(j + len - 1) &&
                !(after < sentenceEnd && roleLength(tt, after, sentenceEnd) > 0 &&
                  !tt.has(after, WordClass::SpeechNoun)))
                break;
            if (after < sentenceEnd && !used[size_t(after)] && roleLength(tt, after, sentenceEnd) > 0 &&
                !tt.possessive(after)) {
                continue;
            }
            break;
        }
        if (!isModifier(tt, j) && !tt.possessive(j) && tt.at(j).kind != TokenKind::Number)
            break;
    }
    if (head < 0) {
        // Any noun phrase that speaks: "the announcer said", "the clip says", "the email said" (a
        // speech noun after the article, though "email" is a verb too).
        for (int j = k + 1; j < sentenceEnd && j <= k + 3; ++j) {
            if (used[size_t(j)] || !tt.isWord(j) || tt.capitalized(j) ||
                tt.has(j, WordClass::FunctionWord | WordClass::Filler | WordClass::Connector))
                break;
            const bool noun = !tt.has(j, WordClass::SpeechVerb) || tt.has(j, WordClass::SpeechNoun);
            if (j + 1 < sentenceEnd && tt.has(j + 1, WordClass::SpeechVerb) &&
                !tt.has(j + 1, WordClass::WeakSpeechVerb) && noun) {
                head = j;
                headLen = 1;
                break;
            }
        }
        if (head < 0)
            return r;
    }
    // "the Republican nominee Mike Pence": a title before a name belongs to the name's mention.
    const int next = head + headLen;
    if (next < sentenceEnd && tt.isWord(next) && tt.capitalized(next) &&
        !tt.has(next, WordClass::FunctionWord))
        return r;
    const RoleInfo info = lex.role(phrase(tt, head, headLen, true));
    // "the Elysee Palace report": a known organisation's report speaks for the organisation.
    if (info.kind != EntityKind::Person && head > k + 1 && tt.capitalized(k + 1)) {
        QString storage;
        for (int e = head; e > k + 1; --e) {
            if (!lex.isOrganisation(tt.joined(k + 1, e, storage)))
                continue;
            r.found = true;
            r.first = k;
            r.last = e;
            r.mention.span = r.mention.head = tt.spanOf(k + 1, e);
            r.mention.kind = MentionKind::Name;
            r.mention.entityKind = EntityKind::Organization;
            r.mention.provenance.rule = u"organization"_s;
            return r;
        }
    }
    r.found = true;
    r.first = k;
    r.last = head + headLen;
    Mention &m = r.mention;
    m.head = tt.spanOf(head, r.last);
    // "the mother of three", "the chair of the DNC": the of-phrase belongs to the role.
    if (tt.isLower(r.last, u"of")) {
        int e = r.last + 1;
        while (e < sentenceEnd && e < r.last + 5 && !used[size_t(e)] &&
               (tt.isWord(e) || tt.at(e).kind == TokenKind::Number) &&
               !tt.has(e, WordClass::SpeechVerb | WordClass::Filler | WordClass::Preposition) &&
               !tt.possessive(e))
            ++e;
        if (e > r.last + 1 && !tt.has(e - 1, WordClass::FunctionWord))
            r.last = e;
    }
    m.span = tt.spanOf(k, r.last);
    const bool indefinite = det == u"a" || det == u"an" || det == u"another" || det == u"one";
    m.kind = indefinite ? MentionKind::Anonymous : MentionKind::Nominal;
    m.entityKind = info.kind;
    m.gender = info.gender;
    m.provenance.rule = indefinite ? u"anonymous"_s : u"nominal"_s;
    return r;
}

NamePhrase::Result NamePhrase::roleAfterPossessive(const TokenText &tt, int k, int sentenceBegin,
                                                   const std::vector<bool> &used)
{
    Result r;
    if (tt.capitalized(k) || !tt.has(k, WordClass::RoleNoun) || tt.possessive(k))
        return r;
    int first = k;
    while (first - 1 >= sentenceBegin && first > k - 4 && !used[size_t(first - 1)] &&
           isModifier(tt, first - 1) && !tt.possessive(first - 1))
        --first;
    if (first - 1 < sentenceBegin || !tt.possessive(first - 1) || !tt.capitalized(first - 1))
        return r;
    // "Obama's former campaign strategist": the last of several role nouns is the head.
    int head = k;
    while (head + 1 < tt.size() && !used[size_t(head + 1)] && !tt.possessive(head) &&
           tt.has(head + 1, WordClass::RoleNoun) && !tt.capitalized(head + 1))
        ++head;
    const RoleInfo info = Lexicon::instance().role(tt.key(head));
    r.found = true;
    r.first = first;
    r.last = head + 1;
    Mention &m = r.mention;
    // The owner's name stays a mention of its own; this one spans "Clinton's campaign".
    m.span = {tt.at(first - 1).span.begin, tt.at(head).span.end};
    m.head = tt.at(head).span;
    m.kind = MentionKind::Nominal;
    m.entityKind = info.kind;
    m.gender = info.gender;
    m.provenance.rule = u"owned-role"_s;
    return r;
}

NamePhrase::Result NamePhrase::bareGroup(const TokenText &tt, int k, int sentenceBegin,
                                         const std::vector<bool> &used)
{
    Result r;
    const QStringView v = tt.view(k);
    if (v.size() < 4 || !v.endsWith(u's'))
        return r;
    if (!tt.has(k, WordClass::GroupNoun))
        return r;
    int first = k;
    while (first - 1 >= sentenceBegin && first > k - 4 && !used[size_t(first - 1)] &&
           isGroupModifier(tt, first - 1))
        --first;
    r.found = true;
    r.first = first;
    r.last = k + 1;
    Mention &m = r.mention;
    m.span = tt.spanOf(first, k + 1);
    m.head = tt.at(k).span;
    m.kind = MentionKind::Anonymous;
    m.entityKind = EntityKind::Group;
    m.provenance.rule = u"group"_s;
    return r;
}

} // namespace saywho::core
