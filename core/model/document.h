#pragma once

#include "documentmetadata.h"
#include "entity.h"
#include "mention.h"
#include "quote.h"
#include "segments.h"
#include "timeexpr.h"
#include "userlayer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace saywho::core {

// A stretch of Document::text() copied from Document::originalText(): where the words of a Markdown
// file stand in the file, between the markup that text() leaves out.
struct SourceRun
{
    int textBegin = 0;
    int originalBegin = 0;
    int length = 0;
};

class Patch;

// Owns an article's text and every annotation layer over it. Layers are plain value lists that
// pipeline stages replace in one step; spans index text() in UTF-16 units. Annotations are found by
// their stable id, never by list position. The user's decisions live in the layers themselves
// (Provenance::origin and Provenance::user) and in removals(); see docs/editing.md.
class Document final
{
public:
    Document() = default;
    // originalText is kept byte-for-byte for export; text() gets line endings normalized to '\n'.
    explicit Document(const QString &originalText, DocumentMetadata metadata = {});
    // A text made from originalText by more than line endings (Markdown without its markup): runs,
    // in text order, say where each stretch of text stands in originalText.
    Document(const QString &text, const QString &originalText, QList<SourceRun> runs,
             DocumentMetadata metadata);

    const QString &text() const { return m_text; }
    const QString &originalText() const { return m_original; }
    QStringView textOf(Span span) const { return QStringView(m_text).mid(span.begin, span.length()); }
    // Position in originalText() of position pos in text(): they differ after each CRLF, and in a
    // Markdown file by its markup (a position between runs, such as a paragraph break the
    // import wrote, maps to the end of the run before it).
    int originalOffset(int pos) const;
    // Where each stretch of text() stands in originalText(); empty when only line endings differ.
    const QList<SourceRun> &sourceRuns() const { return m_runs; }

    const DocumentMetadata &metadata() const { return m_meta; }
    DocumentMetadata &metadata()
    {
        touch(Store::Metadata);
        return m_meta;
    }

    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }
    const QList<Sentence> &sentences() const { return m_sentences; }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<Mention> &mentions() const { return m_mentions; }
    const QList<Entity> &entities() const { return m_entities; }
    const QList<Quote> &quotes() const { return m_quotes; }
    const QList<NonQuote> &nonQuotes() const { return m_nonQuotes; }
    const QList<TimeExpr> &timeExprs() const { return m_timeExprs; }

    // Automatic annotations the user removed: a re-analysis does not bring them back.
    const QList<Removal> &removals() const { return m_removals; }

    void setParagraphs(QList<Paragraph> v);
    void setSentences(QList<Sentence> v);
    void setTokens(QList<Token> v);
    void setMentions(QList<Mention> v);
    void setEntities(QList<Entity> v);
    void setQuotes(QList<Quote> v);
    void setNonQuotes(QList<NonQuote> v);
    void setTimeExprs(QList<TimeExpr> v);
    void setRemovals(QList<Removal> v);

    // The same text (and its map into the original) and metadata, with no annotation: what a
    // re-analysis starts from. Id counters carry on from this document.
    Document unannotated() const;

    // By stable id; nullptr (or -1) when there is none.
    const Entity *entity(int id) const;
    const Quote *quote(int id) const;
    const Mention *mention(int id) const;
    const NonQuote *nonQuote(int id) const;
    const TimeExpr *timeExpr(int id) const;
    int mentionIndex(int id) const;
    int entityIndex(int id) const;
    int quoteIndex(int id) const;

    // A fresh id for a new annotation of a layer: ids only grow, so an id once used (and perhaps
    // still held by an undo step) is never handed out again.
    int allocateId(Store layer);
    int nextId(Store layer) const { return m_nextId.at(size_t(layer)); }
    // Raises the id counters to those of another document (a re-analysis continues its numbering).
    void reserveIdsFrom(const Document &other);
    // Raises one layer's counter to next (a stored article keeps its numbering across sessions).
    void reserveId(Store layer, int next);
    // Counts every change of a layer: the pipeline compares them to check what a stage writes.
    quint64 revision(Store layer) const { return m_revision.at(size_t(layer)); }

    // The same text, metadata and annotations (revision counters and caches aside).
    bool sameAnnotations(const Document &other) const;
    // Index of the paragraph / sentence containing pos, or -1.
    int paragraphAt(int pos) const;
    int sentenceAt(int pos) const;
    // paragraphAt for callers walking the text forward: from, the paragraph found for an earlier
    // position, starts a short walk instead of a binary search.
    int paragraphAtFrom(int pos, int from) const;
    // True when pos lies in a paragraph the user or the boilerplate detector excluded.
    bool isExcluded(int pos) const;
    // True when a sentence begins exactly at pos: a quote there stands as a sentence of its own.
    bool startsSentence(int pos) const;

private:
    friend class Patch;
    void touch(Store layer) { ++m_revision[size_t(layer)]; }
    template <typename T> void noteIds(const QList<T> &list, Store layer);
    template <typename T> int indexById(const QList<T> &list, Store layer, int id) const;

    QString m_original;
    QList<int> m_collapsedCr; // positions in m_text of each '\n' that stood for "\r\n"; before m_text,
                              // which fills it while it is initialised
    QString m_text;
    QList<SourceRun> m_runs; // empty: text() is originalText() with "\r\n" as '\n'
    DocumentMetadata m_meta;
    QList<Paragraph> m_paragraphs;
    QList<Sentence> m_sentences;
    QList<Token> m_tokens;
    QList<Mention> m_mentions;
    QList<Entity> m_entities;
    QList<Quote> m_quotes;
    QList<NonQuote> m_nonQuotes;
    QList<TimeExpr> m_timeExprs;
    QList<Removal> m_removals;
    std::array<int, size_t(Store::Count)> m_nextId{1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    std::array<quint64, size_t(Store::Count)> m_revision{};
    // id -> list index per layer, rebuilt on first look-up after a change (the revision it was built at).
    mutable std::array<QHash<int, int>, size_t(Store::Count)> m_index;
    mutable std::array<quint64, size_t(Store::Count)> m_indexRevision{};
};

} // namespace saywho::core
