#include "document.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString normalizeLineEndings(const QString &in, QList<int> &collapsed)
{
    if (!in.contains(u'\r'))
        return in;
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (c == u'\r') {
            if (i + 1 < in.size() && in.at(i + 1) == u'\n') {
                collapsed.append(int(out.size()));
                ++i;
            }
            out.append(u'\n');
        } else {
            out.append(c);
        }
    }
    return out;
}

template <typename T> int indexContaining(const QList<T> &list, int pos)
{
    auto it = std::upper_bound(list.cbegin(), list.cend(), pos,
                               [](int p, const T &item) { return p < item.span.begin; });
    if (it == list.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - list.cbegin()) : -1;
}

} // namespace

Document::Document(const QString &originalText, DocumentMetadata metadata)
    : m_original(originalText), m_text(normalizeLineEndings(originalText, m_collapsedCr)),
      m_meta(std::move(metadata))
{
}

Document::Document(const QString &text, const QString &originalText, QList<SourceRun> runs,
                   DocumentMetadata metadata)
    : m_original(originalText), m_text(text), m_runs(std::move(runs)), m_meta(std::move(metadata))
{
}

int Document::originalOffset(int pos) const
{
    if (!m_runs.isEmpty()) {
        auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), pos,
                                   [](int p, const SourceRun &r) { return p < r.textBegin; });
        if (it == m_runs.cbegin())
            return std::min(pos, m_runs.front().originalBegin);
        --it;
        return it->originalBegin + std::min(pos - it->textBegin, it->length);
    }
    // Each collapsed "\r\n" before pos (its '\n' at an index < pos) shifts pos by one.
    return pos +
           int(std::lower_bound(m_collapsedCr.cbegin(), m_collapsedCr.cend(), pos) - m_collapsedCr.cbegin());
}

template <typename T> void Document::noteIds(const QList<T> &list, Store layer)
{
    int &next = m_nextId[size_t(layer)];
    for (const T &a : list)
        next = std::max(next, a.id < std::numeric_limits<int>::max() ? a.id + 1 : a.id); // no overflow
    touch(layer);
}

template <typename T> int Document::indexById(const QList<T> &list, Store layer, int id) const
{
    if (id <= 0)
        return -1;
    const size_t l = size_t(layer);
    // Revision 0 with an empty index and a non-empty list also needs a build (a fresh copy).
    if (m_indexRevision[l] != m_revision[l] + 1) {
        QHash<int, int> &index = m_index[l];
        index.clear();
        index.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            index.insert(list.at(i).id, int(i));
        m_indexRevision[l] = m_revision[l] + 1;
    }
    return m_index[l].value(id, -1);
}

Document Document::unannotated() const
{
    Document fresh;
    fresh.m_original = m_original;
    fresh.m_collapsedCr = m_collapsedCr;
    fresh.m_text = m_text;
    fresh.m_runs = m_runs;
    fresh.m_meta = m_meta;
    fresh.m_nextId = m_nextId;
    return fresh;
}

void Document::setParagraphs(QList<Paragraph> v)
{
    m_paragraphs = std::move(v);
    touch(Store::Paragraphs);
}

void Document::setSentences(QList<Sentence> v)
{
    m_sentences = std::move(v);
    touch(Store::Sentences);
}

void Document::setTokens(QList<Token> v)
{
    m_tokens = std::move(v);
    touch(Store::Tokens);
}

void Document::setMentions(QList<Mention> v)
{
    m_mentions = std::move(v);
    noteIds(m_mentions, Store::Mentions);
}

void Document::setEntities(QList<Entity> v)
{
    m_entities = std::move(v);
    noteIds(m_entities, Store::Entities);
}

void Document::setQuotes(QList<Quote> v)
{
    m_quotes = std::move(v);
    noteIds(m_quotes, Store::Quotes);
}

void Document::setNonQuotes(QList<NonQuote> v)
{
    m_nonQuotes = std::move(v);
    noteIds(m_nonQuotes, Store::NonQuotes);
}

void Document::setTimeExprs(QList<TimeExpr> v)
{
    m_timeExprs = std::move(v);
    noteIds(m_timeExprs, Store::TimeExprs);
}

void Document::setRemovals(QList<Removal> v)
{
    m_removals = std::move(v);
    noteIds(m_removals, Store::Removals);
}

int Document::allocateId(Store layer)
{
    return m_nextId[size_t(layer)]++;
}

void Document::reserveIdsFrom(const Document &other)
{
    for (size_t i = 0; i < m_nextId.size(); ++i)
        m_nextId[i] = std::max(m_nextId[i], other.m_nextId[i]);
}

void Document::reserveId(Store layer, int next)
{
    if (layer < Store::Count)
        m_nextId[size_t(layer)] = std::max(m_nextId[size_t(layer)], next);
}

bool Document::sameAnnotations(const Document &o) const
{
    return m_original == o.m_original && m_meta == o.m_meta && m_paragraphs == o.m_paragraphs &&
           m_mentions == o.m_mentions && m_entities == o.m_entities && m_quotes == o.m_quotes &&
           m_nonQuotes == o.m_nonQuotes && m_timeExprs == o.m_timeExprs && m_removals == o.m_removals;
}

int Document::mentionIndex(int id) const
{
    return indexById(m_mentions, Store::Mentions, id);
}

int Document::entityIndex(int id) const
{
    return indexById(m_entities, Store::Entities, id);
}

int Document::quoteIndex(int id) const
{
    return indexById(m_quotes, Store::Quotes, id);
}

const Entity *Document::entity(int id) const
{
    const int i = entityIndex(id);
    return i < 0 ? nullptr : &m_entities.at(i);
}

const Quote *Document::quote(int id) const
{
    const int i = quoteIndex(id);
    return i < 0 ? nullptr : &m_quotes.at(i);
}

const Mention *Document::mention(int id) const
{
    const int i = mentionIndex(id);
    return i < 0 ? nullptr : &m_mentions.at(i);
}

const NonQuote *Document::nonQuote(int id) const
{
    const int i = indexById(m_nonQuotes, Store::NonQuotes, id);
    return i < 0 ? nullptr : &m_nonQuotes.at(i);
}

const TimeExpr *Document::timeExpr(int id) const
{
    const int i = indexById(m_timeExprs, Store::TimeExprs, id);
    return i < 0 ? nullptr : &m_timeExprs.at(i);
}

int Document::paragraphAt(int pos) const
{
    return indexContaining(m_paragraphs, pos);
}

int Document::paragraphAtFrom(int pos, int from) const
{
    qsizetype i = std::max(from, 0);
    if (i >= m_paragraphs.size() || m_paragraphs.at(i).span.begin > pos)
        return paragraphAt(pos);
    while (i + 1 < m_paragraphs.size() && m_paragraphs.at(i + 1).span.begin <= pos)
        ++i;
    return m_paragraphs.at(i).span.contains(pos) ? int(i) : -1;
}

int Document::sentenceAt(int pos) const
{
    return indexContaining(m_sentences, pos);
}

bool Document::isExcluded(int pos) const
{
    const int p = paragraphAt(pos);
    return p >= 0 && m_paragraphs.at(p).excluded;
}

bool Document::startsSentence(int pos) const
{
    const int s = sentenceAt(pos);
    return s >= 0 && m_sentences.at(s).span.begin == pos;
}

QString originName(Origin origin)
{
    return origin == Origin::User ? u"user"_s : u"auto"_s;
}

namespace {
constexpr std::array<std::pair<UserField, const char16_t *>, 6> UserFieldNames{{
    {UserField::Span, u"span"},
    {UserField::Kind, u"kind"},
    {UserField::Speaker, u"speaker"},
    {UserField::Value, u"value"},
    {UserField::Entity, u"entity"},
    {UserField::Name, u"name"},
}};
} // namespace

QStringList userFieldNames(UserFields fields)
{
    QStringList names;
    for (const auto &[field, name] : UserFieldNames)
        if (fields.testFlag(field))
            names.append(QString::fromUtf16(name));
    return names;
}

UserFields userFieldsFromNames(const QStringList &names)
{
    UserFields fields;
    for (const auto &[field, name] : UserFieldNames)
        if (names.contains(QString::fromUtf16(name)))
            fields |= field;
    return fields;
}

QString layerName(Store layer)
{
    static constexpr std::array<const char16_t *, size_t(Store::Count)> names{
        u"paragraphs", u"tokens",     u"sentences", u"mentions", u"entities",
        u"quotes",     u"non_quotes", u"dates",     u"metadata", u"removals"};
    return layer < Store::Count ? QString::fromUtf16(names.at(size_t(layer))) : QString();
}

Store layerFromName(QStringView name)
{
    for (int i = 0; i < int(Store::Count); ++i)
        if (name == layerName(Store(i)))
            return Store(i);
    return Store::Count;
}

QString mentionKindName(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Name:
        return u"name"_s;
    case MentionKind::Pronoun:
        return u"pronoun"_s;
    case MentionKind::Nominal:
        return u"nominal"_s;
    case MentionKind::Anonymous:
        return u"anonymous"_s;
    }
    return {};
}

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return u"person"_s;
    case EntityKind::Organization:
        return u"organization"_s;
    case EntityKind::Group:
        return u"group"_s;
    }
    return {};
}

QString quoteKindName(QuoteKind kind)
{
    return kind == QuoteKind::Direct ? u"direct"_s : u"partial"_s;
}

QString nonQuoteKindName(NonQuoteKind kind)
{
    switch (kind) {
    case NonQuoteKind::Title:
        return u"title"_s;
    case NonQuoteKind::Scare:
        return u"scare"_s;
    case NonQuoteKind::Nickname:
        return u"nickname"_s;
    case NonQuoteKind::Direction:
        return u"direction"_s;
    }
    return {};
}

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date:
        return u"DATE"_s;
    case TimexType::Time:
        return u"TIME"_s;
    case TimexType::Duration:
        return u"DURATION"_s;
    case TimexType::Set:
        return u"SET"_s;
    }
    return {};
}

QString dctSourceName(DctSource source)
{
    switch (source) {
    case DctSource::None:
        return u"none"_s;
    case DctSource::Argument:
        return u"argument"_s;
    case DctSource::Dateline:
        return u"dateline"_s;
    case DctSource::Metadata:
        return u"metadata"_s;
    case DctSource::User:
        return u"user"_s;
    }
    return {};
}

} // namespace saywho::core
