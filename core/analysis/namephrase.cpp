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

bool isNameToken(const TokenText &tt, int k)
{
    if (!tt.isWord(k) || !tt.capitalized(k))
        return false;
    // A sentence-initial function word ("The", "But") does not start a name, but inside one it may
    // ("Department of the Treasury" is handled by connectors).
    return true;
}

bool allCapsAcronym(QStringView v)
{
    int letters = 0;
    for (QChar c : v) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2 && letters <= 6;
}

// Whether the one capitalized token k could be a name by itself. Not: "Fla." and "Aug." (a state or
// month abbreviation), "I'm" and "We're" (contractions), "D-Nev." (a party and state), "WARNING"
// (a shouted word; "WALLACE:" labels a transcript speaker and stays).
bool namesAlone(const TokenText &tt, int k, int sentenceEnd)
{
    const QStringView v = tt.view(k);
    if (v.endsWith(u'.') && tt.has(k, WordClass::Abbreviation) &&
        !tt.has(k, WordClass::Honorific | WordClass::Title | WordClass::Place))
        return false;
    for (qsizetype i = 1; i + 1 < v.size(); ++i) {
        if (v.at(i) != u'\'' && v.at(i) != QChar(0x2019))
            continue;
        const QStringView rest = v.mid(i + 1);
        if (rest == u"m" || rest == u"re" || rest == u"ve" || rest == u"ll" || rest == u"d" || rest == u"t")
            return false;
    }
    if (v.size() >= 3 && (v.at(0) == u'D' || v.at(0) == u'R' || v.at(0) == u'I') && v.at(1) == u'-' &&
        v.at(2).isUpper())
        return false;
    // "Washington-based", "Saudi-led": an adjective; "African-American", "Franco-German": peoples.
    if (const qsizetype dash = v.lastIndexOf(u'-'); dash > 0 && dash + 1 < v.size()) {
        if (v.at(dash + 1).isLower())
            return false;
        bool places = true;
        for (const QStringView part : v.tokenize(u'-'))
            places = places && Lexicon::instance().isPlace(part);
        if (places)
            return false;
    }
    // "Future45", "P2qpm3h3Pm": digits inside a word make a code or a link, not a name.
    for (qsizetype i = 1; i < v.size(); ++i)
        if (v.at(i).isDigit() && v.at(0).isLetter())
            return false;
    int letters = 0;
    bool lower = false;
    for (const QChar c : v) {
        letters += c.isLetter() ? 1 : 0;
        lower = lower || c.isLower();
    }
    if (!lower && letters > 6 && !(k + 1 < sentenceEnd && tt.isPunct(k + 1, u':')))
        return false;
    return true;
}

// "PolitiFact", "FiveThirtyEight", "AmeriCorps": a capital after lower-case letters inside one word
// names a brand or an outlet. Surnames written so keep their prefix: McConnell, MacArthur, DeVos,
// DiCaprio, DuVernay, LaHood, LeBron, O'Reilly.
bool camelCase(QStringView v)
{
    static const char16_t *const prefixes[] = {u"Mc", u"Mac", u"De", u"Di",  u"Da",
                                               u"Du", u"La",  u"Le", u"Van", u"Von"};
    for (qsizetype i = 1; i + 1 < v.size(); ++i) {
        if (!(v.at(i).isLower() && v.at(i + 1).isUpper()))
            continue;
        const QStringView before = v.first(i + 1);
        bool surname = false;
        for (const char16_t *p : prefixes)
            surname = surname || before == QStringView(p);
        if (!surname)
            return true;
    }
    return false;
}

// "Injecting", "Asked", "Speaking": a capital from the sentence start, not from a name.
bool looksVerbal(QStringView w)
{
    return w.size() > 4 && (w.endsWith(u"ing") || w.endsWith(u"ed") || w.endsWith(u"ly"));
}

// Tokens [first, last) joined by single spaces, without a final possessive: a view of the text
// itself when it is written that way (nearly always), else built in storage.
QStringView joined(const TokenText &tt, int first, int last, QString &storage)
{
    if (last <= first)
        return {};
    bool single = true;
    for (int k = first + 1; k < last && single; ++k)
        single =
            tt.at(k).span.begin == tt.at(k - 1).span.end + 1 && tt.str().at(tt.at(k).span.begin - 1) == u' ';
    QStringView v;
    if (single) {
        v = QStringView(tt.str()).mid(tt.at(first).span.begin,
                                      tt.at(last - 1).span.end - tt.at(first).span.begin);
    } else {
        storage.clear();
        for (int k = first; k < last; ++k) {
            if (k > first)
                storage += u' ';
            storage += tt.view(k);
        }
        v = storage;
    }
    if (tt.possessive(last - 1))
        v.chop(2);
    return v;
}

Span spanOf(const TokenText &tt, int first, int last)
{
    Span s{tt.at(first).span.begin, tt.at(last - 1).span.end};
    if (tt.possessive(last - 1))
        s.end -= 2; // Smith’s -> Smith
    return s;
}

// A speech verb right after token `after` (past adverbs), or after one appositive between commas.
bool speaksNext(const TokenText &tt, int after, int sentenceEnd)
{
    constexpr int MaxAppositive = 16;
    // A verb in the past ("Russia insisted", "China said") or "says": "Republican claims" is a noun.
    auto verbAt = [&](int j) {
        while (j < sentenceEnd && tt.has(j, WordClass::Filler))
            ++j;
        if (j >= sentenceEnd || !tt.has(j, WordClass::SpeechVerb) || tt.has(j, WordClass::WeakSpeechVerb))
            return false;
        const QStringView v = tt.view(j);
        return v.endsWith(u"ed") || v == u"said" || v == u"says" || v == u"told" || v == u"wrote";
    };
    if (verbAt(after))
        return true;
    if (!tt.isPunct(after, u','))
        return false;
    for (int j = after + 1; j < sentenceEnd && j < after + MaxAppositive; ++j) {
        if (tt.isPunct(j, u'.') || tt.isQuoteMark(j))
            return false;
        if (tt.isPunct(j, u','))
            return verbAt(j + 1);
    }
    return false;
}

} // namespace

int NamePhrase::roleLength(const TokenText &tt, int k, int end)
{
    const Lexicon &lex = Lexicon::instance();
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
        if (len > 0 && tt.capitalized(j) && !tt.has(j, WordClass::Title))
            len = 0;
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
        // Any noun phrase that speaks: "the announcer said", "the clip says".
        for (int j = k + 1; j < sentenceEnd && j <= k + 3; ++j) {
            if (used[size_t(j)] || !tt.isWord(j) || tt.capitalized(j) ||
                tt.has(j, WordClass::FunctionWord | WordClass::Filler | WordClass::Connector))
                break;
            if (j + 1 < sentenceEnd && tt.has(j + 1, WordClass::SpeechVerb) &&
                !tt.has(j + 1, WordClass::WeakSpeechVerb) && !tt.has(j, WordClass::SpeechVerb)) {
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
            if (!lex.isOrganisation(joined(tt, k + 1, e, storage)))
                continue;
            r.found = true;
            r.first = k;
            r.last = e;
            r.mention.span = r.mention.head = spanOf(tt, k + 1, e);
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
    m.head = spanOf(tt, head, r.last);
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
    m.span = spanOf(tt, k, r.last);
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
           isModifier(tt, first - 1))
        --first;
    r.found = true;
    r.first = first;
    r.last = k + 1;
    Mention &m = r.mention;
    m.span = spanOf(tt, first, k + 1);
    m.head = tt.at(k).span;
    m.kind = MentionKind::Anonymous;
    m.entityKind = EntityKind::Group;
    m.provenance.rule = u"group"_s;
    return r;
}

NamePhrase::Result NamePhrase::properName(const TokenText &tt, int k, int sentenceBegin, int sentenceEnd,
                                          const std::vector<bool> &used)
{
    Result r;
    const Lexicon &lex = Lexicon::instance();
    // The capitalized run, with connectors between capitalized words.
    int last = k;
    while (last < sentenceEnd && !used[size_t(last)]) {
        // A headline's capitalized "As A" or "To" ends the name ("… Trump As A ‘Fraud’").
        if (last > k && tt.has(last, WordClass::FunctionWord) && !tt.has(last, WordClass::Connector))
            break;
        if (isNameToken(tt, last)) {
            ++last;
            if (tt.possessive(last - 1))
                break;
            continue;
        }
        if (last > k && tt.has(last, WordClass::Connector) && isNameToken(tt, last + 1) &&
            last + 1 < sentenceEnd) {
            ++last;
            continue;
        }
        // Marcia "Cia" Price: a nickname in quotation marks between the parts of a name.
        if (last > k && last + 3 < sentenceEnd && tt.isQuoteMark(last) && isNameToken(tt, last + 1) &&
            tt.isQuoteMark(last + 2) && isNameToken(tt, last + 3) && !used[size_t(last + 1)]) {
            last += 3;
            continue;
        }
        break;
    }
    int first = k;
    // A sentence-initial function word is not part of the name ("But Blinken", "The Kremlin"), nor
    // an inverted speech verb ("Said Ellis: …").
    while (first < last && !tt.has(first, WordClass::Honorific) &&
           (tt.has(first, WordClass::FunctionWord) ||
            (tt.at(first).sentenceStart &&
             (looksVerbal(tt.view(first)) || tt.has(first, WordClass::SpeechVerb)))))
        ++first;
    while (last > first && tt.has(last - 1, WordClass::Connector))
        --last;
    if (first >= last)
        return r;
    if (last - first == 1 && !namesAlone(tt, first, sentenceEnd))
        return r;
    r.first = k;
    r.last = last;

    QString storage;
    // "Police say", "Officials said" at the start of a sentence: a group, capitalized by position.
    if (last - first == 1 && tt.has(first, WordClass::GroupNoun)) {
        r.found = true;
        r.first = k;
        r.last = last;
        r.mention.span = r.mention.head = spanOf(tt, first, last);
        r.mention.kind = MentionKind::Anonymous;
        r.mention.entityKind = EntityKind::Group;
        r.mention.provenance.rule = u"group"_s;
        return r;
    }
    // "China said", "Russia, Pyongyang's only ally, said": a country that speaks is its government.
    bool allPlaces = true;
    for (int j = first; j < last && allPlaces; ++j)
        allPlaces = tt.has(j, WordClass::Place) && !tt.possessive(j);
    if (!allPlaces && last - first > 1)
        allPlaces = lex.isPlace(joined(tt, first, last, storage));
    if (allPlaces && speaksNext(tt, last, sentenceEnd)) {
        r.found = true;
        r.first = k;
        r.last = last;
        r.mention.span = r.mention.head = spanOf(tt, first, last);
        r.mention.entityKind = EntityKind::Organization;
        r.mention.provenance.rule = u"place-as-speaker"_s;
        return r;
    }

    // Leading titles and modifiers: places, nationalities, known organisations, title words.
    int name = first;
    Gender gender = Gender::Unknown;
    while (name < last) {
        if (tt.has(name, WordClass::Honorific)) {
            gender = lex.honorificGender(tt.key(name));
            ++name;
            break; // "Mr. King": after an honorific comes the name, even one that looks like a title
        } else if (tt.has(name, WordClass::Title)) {
            const Gender g = lex.titleGender(tt.key(name));
            if (g != Gender::Unknown)
                gender = g;
            ++name;
        } else if (tt.has(name, WordClass::Place) ||
                   (name + 1 < last && tt.has(name, WordClass::MultiStart) &&
                    lex.isPlace(joined(tt, name, name + 2, storage)))) {
            name += tt.has(name, WordClass::Place) ? 1 : 2;
        } else if (name + 2 < last && tt.has(name, WordClass::MultiStart) &&
                   lex.isOrganisation(joined(tt, name, name + 2, storage))) {
            name += 2; // "White House press secretary"
        } else if (tt.has(name, WordClass::OrgName) && name + 1 < last &&
                   !tt.has(name + 1, WordClass::OrgWord)) {
            ++name; // "CNN anchor", "House Speaker"
        } else if (tt.isLower(name, u"of") || tt.isLower(name, u"the")) {
            ++name;
        } else {
            break;
        }
    }
    // "Homeland Security Secretary Jeh Johnson", "City Attorney Brad Holm": whatever stands before the
    // last title word describes the office; the name follows it.
    for (int j = last - 2; j >= name; --j) {
        if (tt.has(j, WordClass::Title) && !tt.has(j + 1, WordClass::Title) && !tt.possessive(j)) {
            name = j + 1;
            break;
        }
    }
    // "Rival Hillary Clinton", "Crooked Hillary Clinton": an unknown word before a known first name
    // and a surname qualifies the person at the start of a sentence or quotation. Elsewhere it is
    // a word of its own ("Christie Calls Hillary Clinton"), and the name starts after it.
    // Mid-sentence, only a word that reads as a verb is one ("Cornell William Brooks" is a name).
    if (last - (name + 1) >= 2 && !tt.has(name, WordClass::FirstName) &&
        tt.has(name + 1, WordClass::FirstName) && !tt.possessive(name)) {
        const bool opens = tt.at(name).sentenceStart || (name > 0 && tt.isQuoteMark(name - 1));
        const bool verb = tt.has(name, WordClass::SpeechVerb) || looksVerbal(tt.view(name));
        if (name == first && !opens && verb) {
            Result skip;
            skip.first = k;
            skip.last = name + 1;
            return skip;
        }
        if (opens || name > first) // after a title: "Miss Universe Alicia Machado"
            ++name;
    }
    Mention &m = r.mention;
    m.span = spanOf(tt, first, last);
    m.kind = MentionKind::Name;

    // Organisations: a known name, a head word such as Department, or an acronym.
    const bool oneWord = last - first == 1;
    const bool knownOrg = (oneWord ? tt.has(first, WordClass::OrgName)
                                   : lex.isOrganisation(joined(tt, first, last, storage))) ||
                          (name > first && lex.isOrganisation(joined(tt, name, last, storage)));
    bool orgWord = false;
    for (int j = first; j < last && !orgWord && last - first >= 2; ++j)
        orgWord = tt.has(j, WordClass::OrgWord) || (tt.possessive(j) && lex.isOrgWord(tt.bare(j)));
    // "the Court", "the Commission": an organisation named earlier in full.
    if (oneWord && tt.has(first, WordClass::OrgWord) && first - 1 >= sentenceBegin &&
        tt.isLower(first - 1, u"the"))
        orgWord = true;
    const bool acronym = name == last - 1 && allCapsAcronym(tt.view(name)) && !tt.has(name, WordClass::Place);
    const bool brand = name == last - 1 && camelCase(tt.view(name));
    if (knownOrg || orgWord || acronym || brand) {
        // "White House officials", "CNN anchor Jake Tapper": the organisation modifies what follows.
        if (last < sentenceEnd && tt.isWord(last) && !tt.capitalized(last) &&
            tt.has(last, WordClass::Title | WordClass::RoleNoun))
            return {};
        m.entityKind = EntityKind::Organization;
        m.head = m.span;
        r.found = true;
        m.provenance.rule = u"organization"_s;
        return r;
    }
    if (name >= last) {
        // Only titles ("President", "Foreign Minister") or only places ("Fort Wayne", consumed whole
        // so that "Wayne" is not read as a name): no one named.
        // A single word ("U.S.", "French") stays free to modify a group ("U.S. officials").
        Result none;
        none.first = k;
        none.last = last - first >= 2 ? last : 0;
        return none;
    }
    // "Libertarian presidential candidate Gary Johnson": one capitalized word before a lower-case
    // title modifies it; it names no one.
    if (last - first == 1 && last < sentenceEnd && !tt.capitalized(last) && tt.has(last, WordClass::Title))
        return {};
    // Every remaining word a place, month or function word: not a person.
    bool allPlain = true;
    for (int j = name; j < last && allPlain; ++j) {
        const QStringView w = tt.possessive(j) ? tt.view(j).chopped(2) : tt.view(j);
        allPlain =
            tt.has(j, WordClass::Place | WordClass::FunctionWord) || (tt.possessive(j) && lex.isPlace(w));
    }
    if (allPlain || (last - name > 1 && lex.isPlace(joined(tt, name, last, storage)))) {
        // "Fort Wayne" is consumed whole: "Wayne" must not be read as a name on its own.
        Result place;
        place.first = k;
        place.last = last - first >= 2 ? last : 0;
        return place;
    }
    // "in Coral Springs", "near Fort Wayne", "Novi, Michigan": an unknown place, not a person.
    const bool knownPerson = name > first || tt.has(name, WordClass::FirstName);
    const bool afterPlacePreposition =
        first - 1 >= sentenceBegin &&
        (tt.isLower(first - 1, u"in") || tt.isLower(first - 1, u"near") || tt.isLower(first - 1, u"outside"));
    const bool beforeKnownPlace = last + 1 < sentenceEnd && tt.isPunct(last, u',') &&
                                  tt.has(last + 1, WordClass::Place) && !tt.possessive(last - 1);
    // "Election Day", "Veterans Day": a named day, not a person.
    const bool namedDay = last - name >= 2 && (tt.view(last - 1) == u"Day" || tt.view(last - 1) == u"Night");
    if (namedDay ||
        (!knownPerson && !tt.possessive(last - 1) && (afterPlacePreposition || beforeKnownPlace))) {
        // The whole run is consumed: "Fort Wayne" must not leave "Wayne" to be read as a name.
        Result consumed;
        consumed.first = k;
        consumed.last = last;
        return consumed;
    }

    // Lowercase titles just before the name belong to the mention ("press secretary Josh Earnest").
    int before = first;
    while (before - 1 >= sentenceBegin && !used[size_t(before - 1)] && tt.isWord(before - 1) &&
           (tt.has(before - 1, WordClass::Title) ||
            (tt.capitalized(before - 1) &&
             tt.has(before - 1, WordClass::Place | WordClass::OrgWord | WordClass::OrgName))))
        --before;
    if (before < first && tt.capitalized(before) == false && tt.isLower(before, u"of"))
        ++before;
    m.span.begin = tt.at(before).span.begin;
    m.head = spanOf(tt, name, last);
    m.entityKind = EntityKind::Person;
    if (gender == Gender::Unknown && last - name >= 2)
        gender = lex.firstNameGender(tt.view(name));
    m.gender = gender;
    m.provenance.rule = last - name >= 2 || name > first ? u"name"_s : u"single-name"_s;
    m.provenance.confidence = last - name >= 2 || name > first ? 0.9 : 0.6;
    r.found = true;
    return r;
}

} // namespace saywho::core
