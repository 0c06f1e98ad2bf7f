#pragma once

#include "../lexicon/wordclass.h"
#include "../lexicon/wordset.h"
#include "../model/document.h"

#include <QString>
#include <QStringView>

namespace saywho::core {

// Read access to the tokens of one document, for the rule stages.
class TokenText final
{
public:
    explicit TokenText(const Document &doc) : m_doc(doc), m_t(doc.text()), m_tokens(doc.tokens()) {}

    int size() const { return int(m_tokens.size()); }
    const Token &at(int k) const { return m_tokens.at(k); }
    // Every accessor taking a token index answers for any k: an index before the first token or
    // past the last one (a rule looking at "the word before" the first word) reads as an empty word.
    bool valid(int k) const { return k >= 0 && k < size(); }
    QStringView view(int k) const
    {
        if (!valid(k))
            return {};
        return QStringView(m_t).mid(m_tokens.at(k).span.begin, m_tokens.at(k).span.length());
    }
    QString text(int k) const { return view(k).toString(); }
    // Lower case in a stack buffer, for lexicon lookups.
    LowerWord lower(int k) const { return LowerWord(view(k)); }
    // Without a final period or possessive: "Sen." -> "Sen", "Smith's" -> "Smith".
    QStringView bare(int k) const
    {
        QStringView v = view(k);
        if (v.size() > 1 && v.endsWith(u'.'))
            v.chop(1);
        if (v.size() > 2 && endsWithApostropheS(v))
            v.chop(2);
        return v;
    }
    // Lower case without a final period or possessive: "Sen." -> "sen".
    LowerWord key(int k) const { return LowerWord(bare(k)); }
    bool is(int k, QStringView w) const { return k >= 0 && k < size() && view(k) == w; }
    // Whether token k is w in any case; w is a lower-case ASCII word.
    bool isLower(int k, QStringView w) const
    {
        // The length first: most calls compare words that differ in it.
        return k >= 0 && k < size() && m_tokens.at(k).span.length() == w.size() && equalsLower(view(k), w);
    }
    // Whether v is lower, a lower-case ASCII word, in any case: ASCII letters compared inline, a
    // word with any other character by Qt's case folding.
    static bool equalsLower(QStringView v, QStringView lower)
    {
        if (v.size() != lower.size())
            return false;
        for (qsizetype i = 0; i < v.size(); ++i) {
            const char16_t c = v[i].unicode();
            if (c >= 0x80)
                return v.compare(lower, Qt::CaseInsensitive) == 0;
            if ((c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) != lower[i].unicode())
                return false;
        }
        return true;
    }
    QChar first(int k) const { return valid(k) ? m_t.at(m_tokens.at(k).span.begin) : QChar(); }
    bool isWord(int k) const { return k >= 0 && k < size() && m_tokens.at(k).kind == TokenKind::Word; }
    bool isPunct(int k, QChar c) const
    {
        return k >= 0 && k < size() && m_tokens.at(k).kind == TokenKind::Punct &&
               m_tokens.at(k).span.length() == 1 && first(k) == c;
    }
    // Whether token k has any of the WordClass bits in cls.
    bool has(int k, quint32 cls) const { return k >= 0 && k < size() && (m_tokens.at(k).classes & cls); }
    bool isQuoteMark(int k) const
    {
        return k >= 0 && k < size() && m_tokens.at(k).kind == TokenKind::QuoteMark;
    }
    bool capitalized(int k) const { return k >= 0 && k < size() && m_tokens.at(k).capitalized; }
    // Possessive ending: Smith's, Smith’s.
    bool possessive(int k) const
    {
        // "he's" and "that's" are contractions: their bare word is a function word.
        const QStringView v = view(k);
        return v.size() > 2 && endsWithApostropheS(v) && !(m_tokens.at(k).classes & WordClass::FunctionWord);
    }
    // First token index at or after position pos.
    int tokenAt(int pos) const;
    // Tokens [first, last) joined by single spaces, without a final possessive: a view of the text
    // itself when it is written that way (nearly always), else built in storage.
    QStringView joined(int first, int last, QString &storage) const;
    // The text span of tokens [first, last), without a final possessive ("Smith’s" -> "Smith").
    Span spanOf(int first, int last) const;
    // The same, stepping forward from token hint when pos lies a little after it: callers walking
    // spans in text order avoid a binary search each.
    int tokenAtFrom(int pos, int hint) const;

    const Document &doc() const { return m_doc; }
    const QString &str() const { return m_t; }

private:
    // 's or ’s, checked by hand: QStringView::endsWith is too slow for every token.
    static bool endsWithApostropheS(QStringView v)
    {
        const qsizetype n = v.size();
        return n >= 2 && (v.at(n - 1) == u's' || v.at(n - 1) == u'S') &&
               (v.at(n - 2) == u'\'' || v.at(n - 2) == QChar(0x2019));
    }

    const Document &m_doc;
    const QString &m_t;
    const QList<Token> &m_tokens;
};

inline int TokenText::tokenAt(int pos) const
{
    int lo = 0, hi = size();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_tokens.at(mid).span.begin < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

inline int TokenText::tokenAtFrom(int pos, int hint) const
{
    constexpr int MaxSteps = 16;
    if (hint < 0 || hint > size() || (hint > 0 && m_tokens.at(hint - 1).span.begin >= pos))
        return tokenAt(pos);
    for (int k = hint, steps = 0; steps < MaxSteps; ++k, ++steps)
        if (k == size() || m_tokens.at(k).span.begin >= pos)
            return k;
    return tokenAt(pos);
}

} // namespace saywho::core
