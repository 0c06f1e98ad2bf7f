#include "annotationtooltip.h"

#include "panels/datetablemodel.h"
#include "panels/ruledescriptions.h"
#include "speakercolors.h"
#include "speakerpalette.h"

#include "model/document.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

template <typename T> const T *covering(const QList<T> &list, int pos)
{
    for (const T &item : list)
        if (item.span.contains(pos))
            return &item;
    return nullptr;
}

QString swatch(const QColor &c)
{
    return u"<span style='color:%1'>&#9679;</span> "_s.arg(c.name());
}

} // namespace

QString AnnotationTooltip::at(const core::Document &doc, const SpeakerColors &colors, int position)
{
    const SpeakerPalette pal = SpeakerPalette::fromApplication();
    QStringList parts;

    if (const core::Mention *m = covering(doc.mentions(), position); m && m->entity != 0) {
        if (const core::Entity *e = doc.entity(m->entity)) {
            QString line =
                swatch(pal.hue(colors.slotOf(e->id))) + u"<b>%1</b>"_s.arg(e->name.toHtmlEscaped());
            const QString written = doc.textOf(m->span).toString();
            if (written != e->name)
                line += u"<br/>"_s +
                        tr("“%1” refers to %2").arg(written.toHtmlEscaped(), e->name.toHtmlEscaped());
            if (colors.quoteCount(e->id) > 0)
                line += u"<br/>"_s + tr("%n quotation(s) in this article", nullptr, colors.quoteCount(e->id));
            parts.append(line);
        }
    }

    if (const core::Quote *q = covering(doc.quotes(), position)) {
        const core::Entity *e = doc.entity(q->speaker);
        QString line = swatch(pal.hue(colors.slotOf(q->speaker)));
        line += e ? tr("Said by <b>%1</b>").arg(e->name.toHtmlEscaped()) : tr("Speaker unknown");
        if (const core::Mention *sm = doc.mention(q->speakerMention)) {
            const core::Mention &m = *sm;
            if (m.kind == core::MentionKind::Pronoun || m.kind == core::MentionKind::Nominal)
                line += u"<br/>"_s + tr("through “%1”").arg(doc.textOf(m.span).toString().toHtmlEscaped());
        }
        const QString rule = RuleDescriptions::describe(q->provenance);
        if (!rule.isEmpty())
            line += u"<br/><i>%1</i>"_s.arg(rule.toHtmlEscaped());
        if (q->kind == core::QuoteKind::Partial)
            line += u"<br/>"_s + tr("partial quotation");
        if (q->headline)
            line += u"<br/>"_s + tr("in the headline");
        if (q->provenance.userDecided())
            line += u"<br/><i>%1</i>"_s.arg(tr("corrected by you"));
        parts.append(line);
    }

    if (const core::NonQuote *n = covering(doc.nonQuotes(), position)) {
        switch (n->kind) {
        case core::NonQuoteKind::Title:
            parts.append(tr("A title, not a quotation"));
            break;
        case core::NonQuoteKind::Scare:
            parts.append(tr("Scare quotes, not a quotation"));
            break;
        case core::NonQuoteKind::Nickname:
            parts.append(tr("A nickname, not a quotation"));
            break;
        case core::NonQuoteKind::Direction:
            parts.append(tr("A stage direction, not a quotation"));
            break;
        }
    }

    if (const core::TimeExpr *t = covering(doc.timeExprs(), position)) {
        QString line = tr("Date: <b>%1</b>").arg(t->value.toHtmlEscaped());
        const QString readable = DateTableModel::readable(t->value);
        if (!readable.isEmpty())
            line += u"<br/>"_s + readable.toHtmlEscaped();
        if (!doc.metadata().dct.isValid())
            line += u"<br/><i>%1</i>"_s.arg(tr("No publication date: relative dates stay unresolved."));
        parts.append(line);
    }

    return parts.join(u"<hr/>"_s);
}

} // namespace saywho::ui
