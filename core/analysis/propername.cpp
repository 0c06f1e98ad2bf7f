#include "propername.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordclass.h"
#include "tokentext.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

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
    int run = 0;         // letters since the last hyphen
    bool spelled = true; // "U-S-A": one letter between hyphens spells a word out
    bool hyphen = false;
    for (QChar c : v) {
        if (c.isLower())
            return false;
        if (c.isLetter()) {
            ++letters;
            ++run;
        } else if (c == u'-') {
            hyphen = true;
            spelled = spelled && run == 1;
            run = 0;
        }
    }
    if (hyphen && spelled && run == 1)
        return false;
    return letters >= 2 && letters <= 6;
}

// Whether the one capitalized token k could be a name by itself. Not: "Fla." and "Aug." (a state or
// month abbreviation), "I'm" and "We're" (contractions), "D-Nev." (a party and state), "WARNING"
// (a shouted word; "WALLACE:" labels a transcript speaker and stays).
bool namesAlone(const TokenText &tt, int k, int sentenceEnd)
{
    const QStringView v = tt.view(k);
    if (v.endsWith(u'.') && tt.has(k, WordClass::Abbreviation) &&
        !tt.has(k, WordClass::Honorific | WordClass::Title | WordClass::Place | WordClass::OrgName))
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
// DiCaprio, DuVernay, FitzGerald, LaHood, LeBron, O'Reilly; first names such as JoAnn, LaToya, KeShawn.
bool camelCase(QStringView v)
{
    static const char16_t *const prefixes[] = {u"Mc", u"Mac", u"Fitz", u"De",  u"Di",  u"Da",
                                               u"Du", u"La",  u"Le",   u"Van", u"Von", u"Jo",
                                               u"Ja", u"Ke",  u"Ka",   u"Ty",  u"Sha"};
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

// "Fox News's": an organisation's head word that also opens sentences ends in a possessive the
// token text does not call one (it reads "News's" as a contraction like "that's").
bool ownedByOrganisation(const TokenText &tt, int k)
{
    const QStringView v = tt.view(k);
    return !tt.possessive(k) && tt.has(k, WordClass::OrgWord) && v.size() > 2 &&
           (v.endsWith(u"'s") || v.endsWith(u"\u2019s"));
}

// No name, but tokens [first, last) are read: none of them may start another name.
NamePhrase::Result consumed(int first, int last)
{
    NamePhrase::Result r;
    r.first = first;
    r.last = last;
    return r;
}

} // namespace

NamePhrase::Result ProperName::find(const TokenText &tt, int k, int sentenceBegin, int sentenceEnd,
                                    const std::vector<bool> &used)
{
    NamePhrase::Result r;
    const Lexicon &lex = Lexicon::instance();
    // "@HillaryClinton", "#The411": an account or a hashtag, not a name as prose writes one.
    if (k > 0 && tt.at(k - 1).span.end == tt.at(k).span.begin &&
        (tt.isPunct(k - 1, u'@') || tt.isPunct(k - 1, u'#'))) {
        r.first = k;
        r.last = k + 1;
        return r;
    }
    QString storage;
    // The capitalized run, with connectors between capitalized words.
    int last = k;
    while (last < sentenceEnd && !used[size_t(last)]) {
        // "the House Oversight and Government Reform Committee": an organisation's name may hold an
        // "and" when it starts with one ("House") and ends in a head word ("Committee").
        bool orgStart = false;
        for (int j = k; j < last && !orgStart && tt.isLower(last, u"and"); ++j)
            orgStart = tt.has(j, WordClass::OrgName);
        if (orgStart) {
            int e = last + 1;
            while (e < sentenceEnd && e < last + 5 && isNameToken(tt, e))
                ++e;
            if (e > last + 1 && tt.has(e - 1, WordClass::OrgWord)) {
                last = e;
                continue;
            }
        }
        // "the Institute for Policy Integrity", "the Board on Professional Responsibility", "the
        // Court of Appeals for the District of Columbia Circuit": after an organisation's head word,
        // "for" or "on" continues its name (not "the Senate on Tuesday").
        if (last > k && tt.has(last - 1, WordClass::OrgWord) &&
            (tt.isLower(last, u"for") || tt.isLower(last, u"on"))) {
            const int next = tt.isLower(last + 1, u"the") ? last + 2 : last + 1;
            if (next < sentenceEnd && !used[size_t(next)] && isNameToken(tt, next) &&
                !tt.has(next, WordClass::Temporal)) {
                last = next;
                continue;
            }
        }
        // A headline's capitalized "As A" or "To" ends the name ("… Trump As A ‘Fraud’"), but not an
        // organisation's head word that opens sentences too ("Breitbart News", "Human Rights Watch"),
        // nor a word of a known name ("USA Today").
        if (last > k && tt.has(last, WordClass::FunctionWord) && !tt.has(last, WordClass::Connector) &&
            !tt.has(last, WordClass::OrgWord) && !lex.isOrganisation(tt.joined(k, last + 1, storage)))
            break;
        if (isNameToken(tt, last)) {
            ++last;
            if (tt.possessive(last - 1) || ownedByOrganisation(tt, last - 1))
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
    // an inverted speech verb ("Said Ellis: …"), nor a word that reads as a verb ("Asked about …"),
    // unless a speech verb follows it ("Husted added" is a name; "Having said that" is none) or it
    // starts a known name ("Morning Consult").
    while (first < last && !tt.has(first, WordClass::Honorific) &&
           (tt.has(first, WordClass::FunctionWord) ||
            (tt.at(first).sentenceStart &&
             ((looksVerbal(tt.view(first)) && !(last == first + 1 && !tt.has(first, WordClass::Filler) &&
                                                speaksNext(tt, last, sentenceEnd))) ||
              tt.has(first, WordClass::SpeechVerb)) &&
             !(last - first >= 2 && lex.isOrganisation(tt.joined(first, last, storage))))))
        ++first;
    while (last > first && tt.has(last - 1, WordClass::Connector))
        --last;
    if (first >= last)
        return r;
    // "John Smith of Harvard University", "Jennifer Epstein of Bloomberg News": a person of an
    // organisation; the name ends before "of", and the organisation is read after it.
    for (int c = first + 2; c + 1 < last; ++c) {
        if (!tt.isLower(c, u"of"))
            continue;
        if (!tt.has(first, WordClass::FirstName | WordClass::Honorific))
            break;
        bool organisation = lex.isOrganisation(tt.joined(c + 1, last, storage));
        for (int j = c + 1; j < last && !organisation; ++j)
            organisation = tt.has(j, WordClass::OrgWord | WordClass::OrgName);
        if (organisation)
            last = c;
        break;
    }
    if (last - first == 1 && !namesAlone(tt, first, sentenceEnd))
        return r;
    r.first = k;
    r.last = last;

    // "Police say", "Officials said" at the start of a sentence: a group, capitalized by position.
    if (last - first == 1 && tt.has(first, WordClass::GroupNoun)) {
        r.found = true;
        r.first = k;
        r.last = last;
        r.mention.span = r.mention.head = tt.spanOf(first, last);
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
        allPlaces = lex.isPlace(tt.joined(first, last, storage));
    if (allPlaces && speaksNext(tt, last, sentenceEnd)) {
        r.found = true;
        r.first = k;
        r.last = last;
        r.mention.span = r.mention.head = tt.spanOf(first, last);
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
                    lex.isPlace(tt.joined(name, name + 2, storage)))) {
            name += tt.has(name, WordClass::Place) ? 1 : 2;
        } else if (name + 2 < last && tt.has(name, WordClass::MultiStart) &&
                   lex.isOrganisation(tt.joined(name, name + 2, storage))) {
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
            return consumed(k, name + 1);
        }
        if (opens || name > first) // after a title: "Miss Universe Alicia Machado"
            ++name;
    }
    Mention &m = r.mention;
    m.span = tt.spanOf(first, last);
    m.kind = MentionKind::Name;

    // Organisations: a known name, a head word such as Department, or an acronym.
    const bool oneWord = last - first == 1;
    // "Breitbart California", "BBC Scotland": a known organisation's branch in a place.
    bool branch = !oneWord && tt.has(first, WordClass::OrgName);
    for (int j = first + 1; j < last && branch; ++j)
        branch = tt.has(j, WordClass::Place) && !tt.possessive(j);
    // "for The Atlantic": a name known with its article, whose other words alone name a place.
    const bool knownOrg =
        branch ||
        (oneWord ? tt.has(first, WordClass::OrgName) : lex.isOrganisation(tt.joined(first, last, storage))) ||
        (name > first && lex.isOrganisation(tt.joined(name, last, storage))) ||
        (first > k && tt.is(first - 1, u"The") && lex.isOrganisation(tt.joined(first - 1, last, storage)));
    // "Senate Majority Leader Mitch McConnell", "U.S. Supreme Court Justice Antonin Scalia": an
    // organisation's word before the office belongs to the office; the name after it is a person's.
    bool titled = false;
    for (int j = first; j < name && !titled; ++j)
        titled = tt.has(j, WordClass::Title | WordClass::Honorific);
    // "the Oval Office": a place named whole has no organisation's head word.
    bool orgWord = false;
    for (int j = titled ? name : first; j < last && !orgWord && last - first >= 2 && !allPlaces; ++j)
        orgWord = tt.has(j, WordClass::OrgWord) || (tt.possessive(j) && lex.isOrgWord(tt.bare(j)));
    // "the Court", "the Commission": an organisation named earlier in full.
    if (oneWord && tt.has(first, WordClass::OrgWord) && !tt.has(first, WordClass::ThingHead) &&
        first - 1 >= sentenceBegin && tt.isLower(first - 1, u"the"))
        orgWord = true;
    // Not "EDT", nor "TV" or "PTSD" (thing_heads.txt), nor a transcript's speaker label ("PENCE: Well,").
    const bool label = last < sentenceEnd && tt.isPunct(last, u':') &&
                       (tt.at(name).sentenceStart || tt.isQuoteMark(name - 1)) &&
                       !tt.has(name, WordClass::OrgName);
    const bool acronym = name == last - 1 && allCapsAcronym(tt.view(name)) && !label &&
                         !tt.has(name, WordClass::Place | WordClass::Temporal | WordClass::ThingHead);
    const bool brand = name == last - 1 && camelCase(tt.view(name)) && !tt.has(name, WordClass::FirstName);
    if (knownOrg || orgWord || acronym || brand) {
        // "White House officials", "CNN anchor Jake Tapper": the organisation modifies what follows.
        // A known one before an office is named all the same ("White House press secretary Josh
        // Earnest"); before a group it stays part of the group's phrase.
        if (last < sentenceEnd && tt.isWord(last) && !tt.capitalized(last) &&
            tt.has(last, WordClass::Title | WordClass::RoleNoun) &&
            !(knownOrg && tt.has(last, WordClass::Title)))
            return {};
        m.entityKind = EntityKind::Organization;
        if (ownedByOrganisation(tt, last - 1))
            m.span.end -= 2;
        m.head = m.span;
        r.found = true;
        m.provenance.rule = u"organization"_s;
        return r;
    }
    if (name >= last) {
        // Only titles ("President", "Foreign Minister") or only places ("Fort Wayne", consumed whole
        // so that "Wayne" is not read as a name): no one named.
        // A single word ("U.S.", "French") stays free to modify a group ("U.S. officials").
        return consumed(k, last - first >= 2 ? last : k);
    }
    // "a good Christmas", "Labor Day": a holiday, not a person a pronoun could refer to.
    if (tt.has(last - 1, WordClass::Temporal) &&
        lex.isHoliday(tt.joined(name, last, storage).toString().toLower()))
        return consumed(k, last);
    // "GARLAND STEPS ASIDE", "LOS ANGELES —": capitals throughout over several words shout a
    // heading or a dateline; a transcript's speaker label ("DONALD TRUMP:") stays.
    bool shouted = last - name >= 2 && !(last < sentenceEnd && tt.isPunct(last, u':'));
    for (int j = name; j < last && shouted; ++j) {
        int letters = 0;
        for (const QChar c : tt.view(j)) {
            shouted = shouted && !c.isLower();
            letters += c.isLetter() ? 1 : 0;
        }
        shouted = shouted && letters >= 2;
    }
    if (shouted)
        return consumed(k, last);
    // "Nassau Country", "Capitol Hill", "Midway Atoll", "Apple Music": one word that is no first
    // name after a place or an organisation (no title) names a thing there, not a person ("Russia's
    // Putin" keeps his name). Said or saying, it is a speaker: "the American Legion said", "said
    // German Ortega".
    const bool saying = speaksNext(tt, last, sentenceEnd) ||
                        (first - 1 >= sentenceBegin && tt.has(first - 1, WordClass::SpeechVerb)) ||
                        (last < sentenceEnd && tt.isWord(last) && !tt.capitalized(last) &&
                         tt.has(last, WordClass::Title | WordClass::RoleNoun));
    if (!titled && !saying && name > first && last - name == 1 && !tt.has(name, WordClass::FirstName) &&
        !tt.possessive(name - 1) && !tt.possessive(name))
        return consumed(k, last);
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
    if (allPlain || (last - name > 1 && lex.isPlace(tt.joined(name, last, storage)))) {
        // "Fort Wayne" is consumed whole: "Wayne" must not be read as a name on its own.
        return consumed(k, last - first >= 2 ? last : k);
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
    // "the Fifth Amendment", "Kaneohe Bay", "the Clean Power Plan", "World War II": the name of a
    // law, place, plan or event, not of a person.
    const int headWord = last - 1 > name && allCapsAcronym(tt.view(last - 1)) && tt.view(last - 1).size() <= 3
                             ? last - 2 // a numeral: "World War II"
                             : last - 1;
    const bool thing = !tt.has(name, WordClass::FirstName) && tt.has(headWord, WordClass::ThingHead);
    // "her 2003 book, Living History,", "the film Selma": the title of a work after its cue word.
    const int cue = first - 1 >= sentenceBegin && tt.isPunct(first - 1, u',') ? first - 2 : first - 1;
    const bool workTitle = !knownPerson && cue >= sentenceBegin && tt.isWord(cue) && !tt.capitalized(cue) &&
                           tt.has(cue, WordClass::TitleCue);
    // "said Adriaan Schout, Europe coordinator at …": who is said to speak is no place.
    const bool saidBy = first - 1 >= sentenceBegin && tt.has(first - 1, WordClass::SpeechVerb) &&
                        !tt.has(first - 1, WordClass::WeakSpeechVerb);
    if (namedDay || thing || workTitle ||
        (!knownPerson && !tt.possessive(last - 1) &&
         (afterPlacePreposition || (beforeKnownPlace && !saidBy)))) {
        // The whole run is consumed: "Fort Wayne" must not leave "Wayne" to be read as a name.
        return consumed(k, last);
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
    // "Rep. Elijah Cummings of Maryland": the state he represents is not part of his name.
    if (last - name >= 4 && tt.isLower(last - 2, u"of") && tt.has(last - 1, WordClass::Place)) {
        last -= 2;
        r.last = last;
        m.span.end = tt.at(last - 1).span.end;
    }
    m.span.begin = tt.at(before).span.begin;
    m.head = tt.spanOf(name, last);
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
