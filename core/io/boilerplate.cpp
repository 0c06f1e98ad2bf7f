#include "boilerplate.h"

#include "../lexicon/wordlistfile.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

bool isBullet(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'*':
    case u'>':
    case u'|':
    case 0x2022:
    case 0x00BB:
    case 0x203A:
    case 0x2013:
    case 0x2014:
    case 0x25B6:
    case 0x25BA:
    // A transcript re-opens every paragraph with a quote mark, sign-off included.
    case u'"':
    case 0x201C:
    case 0x201D:
        return true;
    default:
        return c.isSpace();
    }
}

// Lower case, one space between words, no leading bullets, no final colon, full stop or ellipsis,
// so "  SHARE THIS: " and "Share this" compare equal.
QString normalize(QStringView in)
{
    QString out;
    out.reserve(in.size());
    bool space = false;
    qsizetype i = 0;
    while (i < in.size() && isBullet(in.at(i)))
        ++i;
    for (; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u' ');
        space = false;
        out.append(c.toLower());
    }
    while (!out.isEmpty() && (out.back() == u':' || out.back() == u'.' || out.back() == QChar(0x2026) ||
                              out.back() == u'"' || out.back() == QChar(0x201D)))
        out.chop(1);
    return out;
}

// The first run of letters, past bullets, digits and brackets ("3 Comments" -> "Comments").
QStringView firstWord(QStringView in)
{
    qsizetype i = 0;
    while (i < in.size() && !in.at(i).isLetter())
        ++i;
    qsizetype e = i;
    while (e < in.size() && in.at(e).isLetter())
        ++e;
    return in.mid(i, e - i);
}

// "follow * on twitter": the star stands for one to four words (a name, "us", "the author").
bool startsWithPattern(const QString &text, const QString &head, const QString &tail)
{
    constexpr int MaxStarWords = 4;
    if (!text.startsWith(head))
        return false;
    qsizetype at = head.size();
    for (int words = 0; words < MaxStarWords; ++words) {
        at = text.indexOf(u' ', at + 1);
        if (at < 0)
            return false;
        if (QStringView(text).mid(at).startsWith(tail))
            return true;
    }
    return false;
}

} // namespace

const Boilerplate &Boilerplate::instance()
{
    static const Boilerplate b;
    return b;
}

Boilerplate::Boilerplate()
{
    for (const QStringList &row : WordListFile::rows(u"boilerplate"_s)) {
        if (row.size() < 3)
            continue;
        Phrase p;
        p.kind = row.at(0) == u"tail" ? Kind::Tail : Kind::Line;
        p.exact = row.at(1) == u"exact";
        p.text = normalize(row.at(2));
        const qsizetype star = p.text.indexOf(u" * "_s);
        if (star > 0) {
            p.tail = p.text.mid(star + 2);
            p.text.truncate(star);
        }
        if (!p.text.isEmpty()) {
            m_phrases.append(p);
            m_firstWords.insert(firstWord(p.text).toString(), true);
        }
    }
}

Boilerplate::Kind Boilerplate::classify(QStringView paragraph) const
{
    if (paragraph.size() > MaxPrefixLength * 2)
        return Kind::None;
    // Most paragraphs start with a word no phrase starts with: decide that without normalizing.
    if (!m_firstWords.contains(LowerWord(firstWord(paragraph))))
        return Kind::None;
    const QString text = normalize(paragraph);
    if (text.isEmpty())
        return Kind::None;
    // Counts do not change what a line is: "Comments (2)", "3 Comments", "Share 12".
    QString uncounted;
    for (const QChar c : text)
        if (!c.isDigit() && c != u'(' && c != u')' && c != u'[' && c != u']')
            uncounted.append(c);
    uncounted = uncounted.simplified();
    for (const Phrase &p : m_phrases) {
        if (p.exact) {
            if (text == p.text || uncounted == p.text)
                return p.kind;
            continue;
        }
        if (text.size() > MaxPrefixLength || !text.startsWith(p.text))
            continue;
        if (!p.tail.isEmpty()) {
            if (startsWithPattern(text, p.text, p.tail))
                return p.kind;
            continue;
        }
        // "Read more" matches "Read more: …" but "Related" must not match "Relatedly".
        if (text.size() == p.text.size() || !text.at(p.text.size()).isLetterOrNumber() ||
            !p.text.back().isLetterOrNumber())
            return p.kind;
    }
    return Kind::None;
}

} // namespace saywho::core
