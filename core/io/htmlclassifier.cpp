#include "htmlclassifier.h"

#include "../lexicon/wordlistfile.h"
#include "htmldom.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// "share-buttons jpRelatedPosts" -> share, buttons, jp, related, posts, jprelatedposts. Whole names
// are matched too, so "sharedaddy" and "relatedposts" can be listed as they are.
QStringList tokens(const QString &names)
{
    QStringList out;
    for (const QString &name : names.split(u' ', Qt::SkipEmptyParts)) {
        QString word;
        QString whole;
        QChar prev;
        for (const QChar c : name) {
            if (!c.isLetterOrNumber()) {
                if (!word.isEmpty())
                    out.append(word.toLower());
                word.clear();
            } else {
                if (c.isUpper() && prev.isLower() && !word.isEmpty()) {
                    out.append(word.toLower());
                    word.clear();
                }
                word.append(c);
                whole.append(c);
            }
            prev = c;
        }
        if (!word.isEmpty())
            out.append(word.toLower());
        out.append(whole.toLower());
    }
    return out;
}

} // namespace

const HtmlClassifier &HtmlClassifier::instance()
{
    static const HtmlClassifier c;
    return c;
}

HtmlClassifier::HtmlClassifier()
{
    for (const QStringList &row : WordListFile::rows(u"html_classes"_s)) {
        if (row.size() < 2)
            continue;
        const QString &kind = row.at(0);
        const QString token = row.at(1).toLower();
        if (kind == u"strong")
            m_strong.insert(token);
        else if (kind == u"weak")
            m_weak.insert(token);
        else if (kind == u"content")
            m_content.insert(token);
        else if (kind == u"meta")
            m_meta.insert(token);
    }
}

HtmlClassifier::Hits HtmlClassifier::hits(const GumboNode *element) const
{
    Hits h;
    const QString names = html::attribute(element, "class") + u' ' + html::attribute(element, "id");
    if (names.trimmed().isEmpty())
        return h;
    for (const QString &t : tokens(names)) {
        h.strong = h.strong || m_strong.contains(t);
        h.weak = h.weak || m_weak.contains(t);
        h.content = h.content || m_content.contains(t);
        h.meta = h.meta || m_meta.contains(t);
    }
    return h;
}

bool HtmlClassifier::isClutter(const GumboNode *element) const
{
    const Hits h = hits(element);
    return h.strong || (h.weak && !h.content);
}

bool HtmlClassifier::isMeta(const GumboNode *element) const
{
    return hits(element).meta;
}

} // namespace saywho::core
