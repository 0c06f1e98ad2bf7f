#include "quotemark.h"

#include "tokenizer.h"

namespace saywho::core {

namespace {

// Space, start of paragraph, or an opening bracket / dash before a mark: the mark opens.
bool openSide(const QString &t, int pos, int paraBegin)
{
    if (pos <= paraBegin)
        return true;
    const QChar c = t.at(pos - 1);
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == QChar(0x2014) ||
           c == QChar(0x2013) || c == u'-' || c == u':' || Tokenizer::isQuoteMark(c);
}

// Space, end of paragraph, or punctuation after a mark: the mark closes.
bool closeSide(const QString &t, int end, int paraEnd)
{
    if (end >= paraEnd)
        return true;
    const QChar c = t.at(end);
    return c.isSpace() || (c.isPunct() && c != u'(' && c != u'[' && c != u'\'' && c != u'"' && c != u'`' &&
                           c != QChar(0x201C) && c != QChar(0x2018) && c != QChar(0x00AB));
}

} // namespace

QuoteMark QuoteMark::classify(const QString &t, int pos, int len, int paraBegin, int paraEnd)
{
    using F = Family;
    using R = Role;
    const QChar c = t.at(pos);
    const bool before = openSide(t, pos, paraBegin);
    const bool after = closeSide(t, pos + len, paraEnd);
    auto byContext = [&](F f) -> QuoteMark {
        if (before && !after)
            return {f, R::Open};
        if (after && !before)
            return {f, R::Close};
        return {f, R::Either};
    };
    if (len == 2)
        return {F::Double, c == u'`' ? R::Open : R::Close}; // `` ''
    switch (c.unicode()) {
    case 0x201C: // “ opens in English; closes a German „
        return {F::Double, (after && !before) ? R::Either : R::Open};
    case 0x201D: // ” closes; a few texts open with it
        return {F::Double, (before && !after) ? R::Either : R::Close};
    case 0x201E: // „
        return {F::Double, R::Open};
    case 0x00AB: // « opens in French, closes in German »…«
        return {F::Double, (after && !before) ? R::Either : R::Open};
    case 0x00BB: // »
        return {F::Double, (before && !after) ? R::Either : R::Close};
    case 0x2039: // ‹
        return {F::Single, (after && !before) ? R::Either : R::Open};
    case 0x203A: // ›
        return {F::Single, (before && !after) ? R::Either : R::Close};
    case 0x2018: // ‘ opens; right after a letter it is a mistyped apostrophe (Review‘s, CBS‘ show)
        if (pos > paraBegin && t.at(pos - 1).isLetterOrNumber())
            return {F::Single, after ? R::Close : R::Ignore};
        return {F::Single, R::Open};
    case 0x201A: // ‚
    case 0x201B:
        return {F::Single, R::Open};
    case 0x2019: // ’ standing alone: a closing single quote, or the apostrophe of a plural possessive
        return {F::Single, before && !after ? R::Ignore : R::Close};
    case u'"':
        if (pos > paraBegin && t.at(pos - 1) == u'=')
            return {F::Double, R::AttributeOpen};
        if (pos + len < paraEnd && t.at(pos + len) == u'>')
            return {F::Double, R::AttributeClose};
        return byContext(F::Double);
    case 0x201F:
        return byContext(F::Double);
    case u'\'': {
        const QuoteMark m = byContext(F::Single);
        return m.role == R::Either ? QuoteMark{F::Single, R::Ignore} : m;
    }
    default:
        return {F::Double, R::Ignore};
    }
}

} // namespace saywho::core
