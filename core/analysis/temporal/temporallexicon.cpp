#include "temporallexicon.h"

#include "../../lexicon/wordlistfile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The comparison of a hash match, inline: the words are a few letters long, and QStringView's
// operator== calls into Qt for them.
bool equalShort(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

TimeUnit unitFromCode(const QString &c)
{
    static const QHash<QString, TimeUnit> codes = {
        {u"S"_s, TimeUnit::Second},  {u"MIN"_s, TimeUnit::Minute}, {u"H"_s, TimeUnit::Hour},
        {u"D"_s, TimeUnit::Day},     {u"W"_s, TimeUnit::Week},     {u"WE"_s, TimeUnit::Weekend},
        {u"M"_s, TimeUnit::Month},   {u"Q"_s, TimeUnit::Quarter},  {u"Y"_s, TimeUnit::Year},
        {u"DE"_s, TimeUnit::Decade}, {u"CE"_s, TimeUnit::Century}};
    return codes.value(c, TimeUnit::None);
}

QString cell(const QStringList &row, int i)
{
    return i < row.size() ? row.at(i) : QString();
}

} // namespace

constexpr qsizetype ShapeCount = 128 * 128 * 16;

const TemporalLexicon &TemporalLexicon::instance()
{
    static const TemporalLexicon lexicon;
    return lexicon;
}

TemporalWord &TemporalLexicon::entry(const QString &lower)
{
    TemporalWord &w = m_words[lower];
    w.text = lower;
    return w;
}

TemporalLexicon::TemporalLexicon()
{
    for (const QStringList &r : WordListFile::rows(u"temporal_months"_s)) {
        TemporalWord &w = entry(r.at(0));
        w.month = std::int8_t(cell(r, 1).toInt());
        w.monthAmbiguous = cell(r, 2) == u"ambiguous";
    }
    for (const QStringList &r : WordListFile::rows(u"temporal_weekdays"_s)) {
        TemporalWord &w = entry(r.at(0));
        w.weekday = std::int8_t(cell(r, 1).toInt());
        w.weekdayPlural = cell(r, 2) == u"plural";
    }
    for (const QStringList &r : WordListFile::rows(u"temporal_numbers"_s)) {
        TemporalWord &w = entry(r.at(0));
        w.isNumber = true;
        w.number = cell(r, 1).toInt();
        w.article = cell(r, 2) == u"article";
    }
    for (const QStringList &r : WordListFile::rows(u"temporal_ordinals"_s))
        entry(r.at(0)).ordinal = std::int8_t(cell(r, 1).toInt());
    for (const QStringList &r : WordListFile::rows(u"temporal_units"_s)) {
        TemporalWord &w = entry(r.at(0));
        w.unit = unitFromCode(cell(r, 1));
        w.unitPlural = cell(r, 2) == u"plural";
    }
    for (const QStringList &r : WordListFile::rows(u"temporal_dayparts"_s)) {
        TemporalWord &w = entry(r.at(0));
        const QString kind = cell(r, 1), arg = cell(r, 2);
        if (kind == u"part") {
            w.dayPart = arg;
            w.partPlural = cell(r, 3) == u"plural";
        } else if (kind == u"clock") {
            w.clock = arg;
        } else {
            w.meridiem = arg == u"am" ? 1 : arg == u"pm" ? 2 : 3;
        }
    }
    for (const QStringList &r : WordListFile::rows(u"temporal_seasons"_s)) {
        TemporalWord &w = entry(r.at(0));
        w.season = cell(r, 1);
        w.partPlural = cell(r, 2) == u"plural";
    }
    for (const QString &z : WordListFile::words(u"temporal_timezones"_s))
        entry(z).timezone = true;
    for (const QStringList &r : WordListFile::rows(u"temporal_modifiers"_s)) {
        TemporalWord &w = entry(r.at(0));
        const QString kind = cell(r, 1);
        if (kind == u"rel") {
            w.isRel = true;
            w.rel = std::int8_t(cell(r, 2).toInt());
        } else if (kind == u"pos") {
            w.position = cell(r, 2);
        } else {
            w.approx = true;
        }
    }
    for (const QStringList &r : WordListFile::rows(u"temporal_tense"_s)) {
        TemporalWord &w = entry(r.at(0));
        w.tense = cell(r, 1) == u"FUT" ? Tense::Future : cell(r, 1) == u"PRES" ? Tense::Present : Tense::Past;
        w.tenseBeforeTo = cell(r, 2) == u"to";
        w.tenseBeforeDate = cell(r, 2) == u"date";
    }
    for (const QString &f : WordListFile::words(u"temporal_words"_s))
        entry(f);
    loadPhrases();
    for (const QString &s : WordListFile::words(u"temporal_starters"_s))
        entry(s).starter = true;
    m_shapes.assign(ShapeCount, false);
    for (auto it = m_words.begin(); it != m_words.end(); ++it) {
        TemporalWord &w = *it;
        // m_phrases is complete too: its values no longer move.
        const auto phrases = m_phrases.constFind(w.text);
        w.phrases = phrases == m_phrases.constEnd() ? nullptr : &*phrases;
        w.startsPhrase = w.phrases != nullptr;
        w.starter = w.starter || w.startsPhrase || w.month || w.weekday || w.isNumber || w.ordinal ||
                    w.unit != TimeUnit::None || !w.season.isEmpty() || !w.dayPart.isEmpty() ||
                    !w.clock.isEmpty() || w.isRel || !w.position.isEmpty() || w.approx;
        m_longest = qMax(m_longest, it.key().size());
        const qsizetype s = shapeIndex(it.key());
        if (s >= 0)
            m_shapes[size_t(s)] = true;
    }
    // The word table is complete: its entries no longer move, so the slots can point at them.
    size_t size = 16;
    while (size < size_t(m_words.size()) * 4)
        size *= 2;
    m_slots.assign(size, Slot{});
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        const std::uint32_t h = hashOf(it.key());
        size_t k = h & (size - 1);
        while (m_slots[k].word)
            k = (k + 1) & (size - 1);
        m_slots[k] = {h, &*it};
    }
}

std::uint32_t TemporalLexicon::hashOf(QStringView lower)
{
    std::uint32_t h = 2166136261u; // FNV-1a
    for (const QChar c : lower)
        h = (h ^ c.unicode()) * 16777619u;
    return h;
}

qsizetype TemporalLexicon::shapeIndex(QStringView lower)
{
    if (lower.size() < 2)
        return -1;
    const char16_t a = lower.at(0).unicode(), b = lower.at(1).unicode();
    if (a >= 128 || b >= 128)
        return -1;
    return (qsizetype(a) * 128 + b) * 16 + qMin<qsizetype>(lower.size(), 15);
}

void TemporalLexicon::loadPhrases()
{
    auto add = [this](TemporalPhrase p) {
        for (const QString &w : p.words)
            entry(w); // every phrase word must classify as known
        m_phrases[p.words.first()].append(p);
    };
    for (const QStringList &r : WordListFile::rows(u"temporal_phrases"_s)) {
        TemporalPhrase p;
        p.words = r.at(0).split(u' ', Qt::SkipEmptyParts);
        p.type = cell(r, 1);
        const QString rule = cell(r, 2);
        if (rule == u"day") {
            p.rule = TemporalPhrase::Rule::Day;
            p.a = cell(r, 3).toInt();
            p.value = cell(r, 4);
        } else {
            p.rule = rule == u"set" ? TemporalPhrase::Rule::Set : TemporalPhrase::Rule::Ref;
            p.value = cell(r, 3);
        }
        add(p);
    }
    for (const QStringList &r : WordListFile::rows(u"temporal_holidays"_s)) {
        TemporalPhrase p;
        p.words = r.at(0).split(u' ', Qt::SkipEmptyParts);
        p.type = u"DATE"_s;
        const QString rule = cell(r, 1);
        if (rule == u"fixed") {
            p.rule = TemporalPhrase::Rule::HolidayFixed;
            p.a = cell(r, 2).left(2).toInt();
            p.b = cell(r, 2).mid(3).toInt();
        } else if (rule == u"nth") {
            p.rule = TemporalPhrase::Rule::HolidayNth;
            p.a = cell(r, 2).toInt();
            p.b = cell(r, 3).toInt();
            p.c = cell(r, 4).toInt();
        } else if (rule == u"easter") {
            p.rule = TemporalPhrase::Rule::HolidayEaster;
            p.a = cell(r, 2).toInt();
        } else {
            p.rule = TemporalPhrase::Rule::HolidayElection;
        }
        add(p);
    }
    for (auto it = m_phrases.begin(); it != m_phrases.end(); ++it)
        std::stable_sort(it->begin(), it->end(), [](const TemporalPhrase &x, const TemporalPhrase &y) {
            return x.words.size() > y.words.size();
        });
}

const TemporalWord *TemporalLexicon::word(QStringView lower) const
{
    if (lower.size() > m_longest)
        return nullptr; // most words of a text are longer than any temporal word: no hashing
    if (const qsizetype s = shapeIndex(lower); s >= 0 && !m_shapes[size_t(s)])
        return nullptr;
    const std::uint32_t h = hashOf(lower);
    const size_t mask = m_slots.size() - 1;
    for (size_t k = h & mask;; k = (k + 1) & mask) {
        const Slot &slot = m_slots[k];
        if (!slot.word)
            return nullptr;
        if (slot.hash == h && equalShort(slot.word->text, lower))
            return slot.word;
    }
}

const QList<TemporalPhrase> *TemporalLexicon::phrases(const QString &lower) const
{
    auto it = m_phrases.constFind(lower);
    return it == m_phrases.cend() ? nullptr : &*it;
}

} // namespace saywho::core
