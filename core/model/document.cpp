#include "document.h"

#include <algorithm>

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

const Entity *Document::entity(int id) const
{
    for (const Entity &e : m_entities)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Quote *Document::quote(int id) const
{
    for (const Quote &q : m_quotes)
        if (q.id == id)
            return &q;
    return nullptr;
}

int Document::paragraphAt(int pos) const
{
    return indexContaining(m_paragraphs, pos);
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
