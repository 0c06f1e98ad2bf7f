#include "peopletablemodel.h"

#include "articlesession.h"
#include "model/patch.h"
#include "modelroles.h"
#include "view/speakerpalette.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace saywho::ui {

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> PeopleTableModel::reload()
{
    m_mentions.clear();
    for (const core::Mention &m : session()->document().mentions())
        if (m.entity != 0)
            ++m_mentions[m.entity];
    QList<int> ids;
    for (const core::Entity &e : session()->document().entities())
        ids.append(e.id);
    return ids;
}

std::optional<QSet<int>> PeopleTableModel::touchedIds(const core::Patch &patch) const
{
    if (patch.segmentsAfter || patch.metadataAfter)
        return std::nullopt;
    // A person's row shows their name, kind, aliases, colour and how often they are quoted and
    // mentioned: what changes with their entity, their quotes and their mentions.
    QSet<int> ids;
    for (const auto &c : patch.entities)
        ids.insert(c.before ? c.before->id : c.after->id);
    for (const auto &c : patch.quotes)
        for (const auto &q : {c.before, c.after})
            if (q)
                ids.insert(q->speaker);
    for (const auto &c : patch.mentions)
        for (const auto &m : {c.before, c.after})
            if (m)
                ids.insert(m->entity);
    ids.remove(0);
    return ids;
}

int PeopleTableModel::rowOfEntity(int entityId) const
{
    return rowOfId(entityId);
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    // The document may already be the next analysis while views still hold the old rows.
    const core::Document &doc = session()->document();
    const core::Entity *found =
        index.isValid() ? annotationAt(index.row(), doc.entities(), [&](int id) { return doc.entity(id); })
                        : nullptr;
    if (!found)
        return {};
    const core::Entity &e = *found;
    const SpeakerColors &colors = session()->colors();

    if (role == EntityIdRole)
        return e.id;
    if (role == SpanBeginRole || role == SpanEndRole) {
        // The first mention: where the view goes when the row is chosen.
        for (const core::Mention &m : session()->document().mentions())
            if (m.entity == e.id)
                return role == SpanBeginRole ? m.span.begin : m.span.end;
        return -1;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.name;
        if (role == Qt::DecorationRole && colors.isSpeaker(e.id))
            return SpeakerPalette::fromApplication().hue(colors.slotOf(e.id));
        if (role == Qt::ToolTipRole && !e.roles.isEmpty())
            return e.roles.join(u", "_s);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (e.anonymous)
                return tr("anonymous source");
            switch (e.kind) {
            case core::EntityKind::Person:
                return tr("person");
            case core::EntityKind::Organization:
                return tr("organisation");
            case core::EntityKind::Group:
                return tr("group");
            }
        }
        break;
    case QuotesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return colors.quoteCount(e.id);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MentionsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m_mentions.value(e.id);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AliasesColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return QLocale().createSeparatedList(e.aliases);
        break;
    default:
        break;
    }
    return {};
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case QuotesColumn:
        return tr("Quotes");
    case MentionsColumn:
        return tr("Mentions");
    case AliasesColumn:
        return tr("Also called");
    default:
        return {};
    }
}

} // namespace saywho::ui
