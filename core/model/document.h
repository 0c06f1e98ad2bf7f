#pragma once

#include "documentmetadata.h"
#include "entity.h"
#include "mention.h"
#include "quote.h"
#include "segments.h"
#include "timeexpr.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace saywho::core {

// A stretch of Document::text() copied from Document::originalText(): where the words of a Markdown
// file stand in the file, between the markup that text() leaves out.
struct SourceRun
{
    int textBegin = 0;
    int originalBegin = 0;
    int length = 0;
};

// Owns an article's text and every annotation layer over it. Layers are plain value lists that
// pipeline stages replace in one step; spans index text() in UTF-16 units.
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

    const DocumentMetadata &metadata() const { return m_meta; }
    DocumentMetadata &metadata() { return m_meta; }

    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }
    const QList<Sentence> &sentences() const { return m_sentences; }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<Mention> &mentions() const { return m_mentions; }
    const QList<Entity> &entities() const { return m_entities; }
    const QList<Quote> &quotes() const { return m_quotes; }
    const QList<NonQuote> &nonQuotes() const { return m_nonQuotes; }
    const QList<TimeExpr> &timeExprs() const { return m_timeExprs; }

    void setParagraphs(QList<Paragraph> v) { m_paragraphs = std::move(v); }
    void setSentences(QList<Sentence> v) { m_sentences = std::move(v); }
    void setTokens(QList<Token> v) { m_tokens = std::move(v); }
    void setMentions(QList<Mention> v) { m_mentions = std::move(v); }
    void setEntities(QList<Entity> v) { m_entities = std::move(v); }
    void setQuotes(QList<Quote> v) { m_quotes = std::move(v); }
    void setNonQuotes(QList<NonQuote> v) { m_nonQuotes = std::move(v); }
    void setTimeExprs(QList<TimeExpr> v) { m_timeExprs = std::move(v); }

    const Entity *entity(int id) const;
    const Quote *quote(int id) const;
    // Index of the paragraph / sentence containing pos, or -1.
    int paragraphAt(int pos) const;
    int sentenceAt(int pos) const;
    // True when pos lies in a paragraph the user or the boilerplate detector excluded.
    bool isExcluded(int pos) const;
    // True when a sentence begins exactly at pos: a quote there stands as a sentence of its own.
    bool startsSentence(int pos) const;

private:
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
};

} // namespace saywho::core
