#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace saywho::core {

enum class TimeUnit : std::uint8_t {
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century
};
enum class Tense : std::uint8_t { Unknown, Past, Present, Future };

struct TemporalPhrase;

// Everything the temporal rules know about one lower-case word. A word can play several parts
// ("may" is a month and a modal; "second" an ordinal and a unit), so each part has its own field.
struct TemporalWord
{
    QString text;
    std::int8_t month = 0; // 1..12
    bool monthAmbiguous = false;
    std::int8_t weekday = 0; // ISO 1..7
    bool weekdayPlural = false;
    bool isNumber = false;
    bool article = false; // "a", "an"
    int number = 0;       // -1 for "several", "few"
    std::int8_t ordinal = 0;
    TimeUnit unit = TimeUnit::None;
    bool unitPlural = false;
    QString season;  // SP SU FA WI
    QString dayPart; // MO AF EV NI
    bool partPlural = false;
    QString clock;            // "12:00" for noon
    std::int8_t meridiem = 0; // 1 a.m., 2 p.m., 3 o'clock
    bool timezone = false;
    bool isRel = false;
    std::int8_t rel = 0;
    QString position; // START MID END
    bool approx = false;
    Tense tense = Tense::Unknown;
    bool tenseBeforeTo = false;   // a tense cue only when "to" follows ("plans to")
    bool tenseBeforeDate = false; // a cue only right before the date ("payable Dec. 7")
    bool startsPhrase = false;    // first word of a fixed phrase
    // The phrases it starts, longest first (TemporalLexicon::phrases of its text, found once).
    const QList<TemporalPhrase> *phrases = nullptr;
    bool starter = false; // some rule can start at this word ("of", "said" cannot)
};

// A fixed phrase: "today", "at present", "the future", "daily", "Thanksgiving Day".
struct TemporalPhrase
{
    enum class Rule : std::uint8_t {
        Day,
        Ref,
        Set,
        HolidayFixed,
        HolidayNth,
        HolidayEaster,
        HolidayElection
    };
    QStringList words; // lower case, first one is the hash key
    QString type;      // DATE TIME SET
    Rule rule = Rule::Ref;
    int a = 0, b = 0, c = 0; // offset / month, weekday, n
    QString value;           // ref or set value, part of day
};

// The temporal word lists (resources/lexicon/temporal_*.txt), loaded once and read-only afterwards
// so every pipeline thread can share it.
class TemporalLexicon final
{
public:
    static const TemporalLexicon &instance();

    // Entry for a lower-case word, or nullptr.
    const TemporalWord *word(QStringView lower) const;
    // Phrases starting with this lower-case word, longest first.
    const QList<TemporalPhrase> *phrases(const QString &lower) const;
    // Every word of the lists, in lower case.
    QStringList words() const { return m_words.keys(); }
    // Length of the longest word, for turning long tokens away before lower-casing them.
    qsizetype longest() const { return m_longest; }

private:
    TemporalLexicon();
    TemporalWord &entry(const QString &lower);
    void loadPhrases();

    QHash<QString, TemporalWord> m_words;
    QHash<QString, QList<TemporalPhrase>> m_phrases;
    qsizetype m_longest = 0;
    // One bit per (first letter, second letter, length) of the words: most words of a text are
    // turned away by it without hashing.
    std::vector<bool> m_shapes;
    static qsizetype shapeIndex(QStringView lower);
    // Open addressing over the finished word table: one cheap hash and usually one comparison,
    // which is what the per-token lookup costs.
    struct Slot
    {
        std::uint32_t hash = 0;
        const TemporalWord *word = nullptr;
    };
    std::vector<Slot> m_slots;
    static std::uint32_t hashOf(QStringView lower);
};

} // namespace saywho::core
