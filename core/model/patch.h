#pragma once

#include "document.h"

#include <QString>

#include <optional>

namespace saywho::core {

// One change of annotations, by stable id: what each touched annotation was before and is after
// (absent = did not exist). Every edit, and every re-analysis, is a Patch; applying one returns the
// Patch that undoes it, so undo is exact by construction.
class Patch final
{
public:
    template <typename T> struct Change
    {
        std::optional<T> before;
        std::optional<T> after;
        friend bool operator==(const Change &, const Change &) = default;
    };

    struct Result
    {
        QString error; // empty when the patch applied
        bool ok() const { return error.isEmpty(); }
    };

    QList<Change<Quote>> quotes;
    QList<Change<NonQuote>> nonQuotes;
    QList<Change<Mention>> mentions;
    QList<Change<Entity>> entities;
    QList<Change<TimeExpr>> dates;
    QList<Change<Removal>> removals;
    std::optional<DocumentMetadata> metadataBefore;
    std::optional<DocumentMetadata> metadataAfter;
    // Paragraphs, sentences and tokens, when a re-analysis changed them (a paragraph brought back).
    struct Segments
    {
        QList<Paragraph> paragraphs;
        QList<Sentence> sentences;
        QList<Token> tokens;
        friend bool operator==(const Segments &, const Segments &) = default;
    };
    std::optional<Segments> segmentsBefore;
    std::optional<Segments> segmentsAfter;

    bool isEmpty() const;
    // How many annotations it touches (metadata counts as one).
    int size() const;
    Patch inverted() const;
    // This patch followed by later, as one: a later change of the same id keeps the first "before".
    void append(const Patch &later);

    // Checks that doc holds every "before" (and no "after"-only id yet), then applies everything;
    // on a mismatch nothing changes and the result says why. inverse gets the undoing patch.
    Result apply(Document &doc, Patch *inverse = nullptr) const;

    // The patch that turns from's annotations into to's (same text).
    static Patch between(const Document &from, const Document &to);

    // Builders used by the edits.
    void update(const Quote &before, const Quote &after) { quotes.append({before, after}); }
    void insert(const Quote &q) { quotes.append({std::nullopt, q}); }
    void erase(const Quote &q) { quotes.append({q, std::nullopt}); }
    void update(const NonQuote &before, const NonQuote &after) { nonQuotes.append({before, after}); }
    void insert(const NonQuote &n) { nonQuotes.append({std::nullopt, n}); }
    void erase(const NonQuote &n) { nonQuotes.append({n, std::nullopt}); }
    void update(const Mention &before, const Mention &after) { mentions.append({before, after}); }
    void insert(const Mention &m) { mentions.append({std::nullopt, m}); }
    void erase(const Mention &m) { mentions.append({m, std::nullopt}); }
    void update(const Entity &before, const Entity &after) { entities.append({before, after}); }
    void insert(const Entity &e) { entities.append({std::nullopt, e}); }
    void erase(const Entity &e) { entities.append({e, std::nullopt}); }
    void update(const TimeExpr &before, const TimeExpr &after) { dates.append({before, after}); }
    void insert(const TimeExpr &t) { dates.append({std::nullopt, t}); }
    void erase(const TimeExpr &t) { dates.append({t, std::nullopt}); }
    void insert(const Removal &r) { removals.append({std::nullopt, r}); }
    void erase(const Removal &r) { removals.append({r, std::nullopt}); }
    void setMetadata(const DocumentMetadata &before, const DocumentMetadata &after)
    {
        metadataBefore = before;
        metadataAfter = after;
    }
};

} // namespace saywho::core
