#include "quotetablemodel.h"

#include "articlesession.h"
#include "model/patch.h"
#include "modelroles.h"
#include "ruledescriptions.h"
#include "view/speakerpalette.h"

using namespace Qt::StringLiterals;

namespace saywho::ui {

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> QuoteTableModel::reload()
{
    m_names.clear();
    for (const core::Entity &e : session()->document().entities())
        m_names.insert(e.id, e.name);
    QList<int> ids;
    for (const core::Quote &q : session()->document().quotes())
        ids.append(q.id);
    return ids;
}

std::optional<QSet<int>> QuoteTableModel::touchedIds(const core::Patch &patch) const
{
    if (patch.segmentsAfter || patch.metadataAfter)
        return std::nullopt;
    QSet<int> ids;
    for (const auto &c : patch.quotes)
        if (c.after)
            ids.insert(c.after->id);
    // A renamed person renames the speaker of each of their quotes.
    QSet<int> people;
    for (const auto &c : patch.entities)
        people.insert(c.before ? c.before->id : c.after->id);
    if (!people.isEmpty())
        for (const core::Quote &q : session()->document().quotes())
            if (people.contains(q.speaker))
                ids.insert(q.id);
    return ids;
}

int QuoteTableModel::rowAt(int position) const
{
    for (const core::Quote &q : session()->document().quotes())
        if (q.span.contains(position))
            return rowOfId(q.id);
    return -1;
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    // The document may already be the next analysis while views still hold the old rows.
    const core::Document &doc = session()->document();
    const core::Quote *found =
        index.isValid() ? annotationAt(index.row(), doc.quotes(), [&](int id) { return doc.quote(id); })
                        : nullptr;
    if (!found)
        return {};
    const core::Quote &q = *found;
    const auto speaker = m_names.constFind(q.speaker);
    const bool known = speaker != m_names.cend();

    switch (role) {
    case SpanBeginRole:
        return q.span.begin;
    case SpanEndRole:
        return q.span.end;
    case EntityIdRole:
        return q.speaker;
    default:
        break;
    }

    switch (index.column()) {
    case SpeakerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return known ? speaker.value() : (role == SortRole ? u"\uffff"_s : tr("unknown"));
        if (role == Qt::DecorationRole)
            return SpeakerPalette::fromApplication().hue(session()->colors().slotOf(q.speaker));
        if (role == Qt::ToolTipRole && doc.mention(q.speakerMention))
            return tr("Named here as “%1”").arg(doc.textOf(doc.mention(q.speakerMention)->span).toString());
        break;
    case QuoteColumn:
        if (role == Qt::DisplayRole)
            return doc.textOf(q.span).toString().simplified();
        if (role == SortRole)
            return q.span.begin;
        if (role == Qt::ToolTipRole)
            return u"<p style='white-space:pre-wrap'>%1</p>"_s.arg(
                doc.textOf(q.span).toString().toHtmlEscaped());
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            const QString kind = q.kind == core::QuoteKind::Direct ? tr("direct") : tr("partial");
            return q.headline ? tr("%1, headline").arg(kind) : kind;
        }
        if (role == Qt::ToolTipRole && q.headline)
            return tr("In the headline, which often shortens or recases a quotation: exports list it apart "
                      "from the article's own quotations");
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return q.provenance.userDecided() ? tr("you") : RuleDescriptions::label(q.provenance.rule);
        if (role == SortRole)
            return q.provenance.rule;
        if (role == Qt::ToolTipRole)
            return RuleDescriptions::describe(q.provenance);
        break;
    default:
        break;
    }
    return {};
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case QuoteColumn:
        return tr("Quote");
    case KindColumn:
        return tr("Kind");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace saywho::ui
