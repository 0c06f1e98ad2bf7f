#include "boilerplatemarker.h"

#include "../io/boilerplate.h"
#include "../model/document.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

QString BoilerplateMarker::name() const
{
    return u"boilerplate"_s;
}

void BoilerplateMarker::run(Document &doc) const
{
    const Boilerplate &boilerplate = Boilerplate::instance();
    QList<Paragraph> paragraphs = doc.paragraphs();
    bool tail = false;
    // A one-paragraph text is the article itself, whatever it starts with.
    const bool single = paragraphs.size() < 2;
    const DocumentMetadata &meta = std::as_const(doc).metadata();
    const QList<int> &kept = meta.includedParagraphs;
    const QList<int> &left = meta.excludedParagraphs;
    if (single && left.isEmpty())
        return;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        Paragraph &p = paragraphs[i];
        // The user's word beats the phrase list: a paragraph they included again stays in, one
        // they left out stays out.
        if (left.contains(p.span.begin)) {
            p.excluded = true;
            continue;
        }
        if (kept.contains(p.span.begin) || single)
            continue;
        if (!tail) {
            const Boilerplate::Kind kind = boilerplate.classify(doc.textOf(p.span));
            // The headline is never boilerplate: an article may well be titled "Comments".
            if (i > 0 && kind == Boilerplate::Kind::Tail)
                tail = true;
            else if (i > 0 && kind == Boilerplate::Kind::Line)
                p.excluded = true;
        }
        if (tail)
            p.excluded = true;
    }
    doc.setParagraphs(std::move(paragraphs));
}

} // namespace saywho::core
