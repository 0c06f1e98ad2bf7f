#include "datetablemodel.h"

#include "articlesession.h"
#include "model/patch.h"
#include "modelroles.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saywho::ui {

int DateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> DateTableModel::reload()
{
    QList<int> ids;
    for (const core::TimeExpr &t : session()->document().timeExprs())
        ids.append(t.id);
    return ids;
}

std::optional<QSet<int>> DateTableModel::touchedIds(const core::Patch &patch) const
{
    // The publication date anchors every value's reading.
    if (patch.segmentsAfter || patch.metadataAfter)
        return std::nullopt;
    QSet<int> ids;
    for (const auto &c : patch.dates)
        if (c.after)
            ids.insert(c.after->id);
    return ids;
}

int DateTableModel::rowAt(int position) const
{
    for (const core::TimeExpr &t : session()->document().timeExprs())
        if (t.span.contains(position))
            return rowOfId(t.id);
    return -1;
}

QString DateTableModel::readable(const QString &value)
{
    static const QRegularExpression day(u"^(\\d{4})-(\\d{2})-(\\d{2})(?:T(MO|AF|EV|NI|\\d{2}:\\d{2}))?$"_s);
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression week(u"^(\\d{4})-W(\\d{2})(-WE)?$"_s);
    // Underspecified values (no publication date to anchor them): still say what they name.
    static const QRegularExpression weekday(u"^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?$"_s);
    static const QRegularExpression monthDay(u"^XXXX-(\\d{2})(?:-(\\d{2}))?$"_s);
    const QLocale locale;
    if (const auto m = day.match(value); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return {};
        QString s = locale.toString(d, QLocale::LongFormat);
        const QString part = m.captured(4);
        if (part == u"MO")
            s = tr("%1, morning").arg(s);
        else if (part == u"AF")
            s = tr("%1, afternoon").arg(s);
        else if (part == u"EV")
            s = tr("%1, evening").arg(s);
        else if (part == u"NI")
            s = tr("%1, night").arg(s);
        else if (!part.isEmpty())
            s = tr("%1 at %2").arg(s, part);
        return s;
    }
    if (const auto m = month.match(value); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return d.isValid() ? locale.toString(d, u"MMMM yyyy"_s) : QString();
    }
    if (const auto m = week.match(value); m.hasMatch()) {
        return m.captured(3).isEmpty()
                   ? tr("week %1 of %2").arg(m.captured(2).toInt()).arg(m.captured(1))
                   : tr("weekend of week %1, %2").arg(m.captured(2).toInt()).arg(m.captured(1));
    }
    if (const auto m = weekday.match(value); m.hasMatch()) {
        const QString day = locale.standaloneDayName(m.captured(1).toInt());
        const QString part = m.captured(2);
        if (part == u"MO")
            return tr("%1, morning").arg(day);
        if (part == u"AF")
            return tr("%1, afternoon").arg(day);
        if (part == u"EV")
            return tr("%1, evening").arg(day);
        if (part == u"NI")
            return tr("%1, night").arg(day);
        return day;
    }
    if (const auto m = monthDay.match(value); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        if (month < 1 || month > 12)
            return {};
        if (m.captured(2).isEmpty())
            return locale.standaloneMonthName(month);
        const QDate d(2000, month, m.captured(2).toInt()); // a leap year, so 29 February exists
        return d.isValid() ? locale.toString(d, u"d MMMM"_s) : QString();
    }
    if (value == u"XXXX-WXX-WE")
        return tr("a weekend");
    if (value == u"PRESENT_REF")
        return tr("now");
    if (value == u"PAST_REF")
        return tr("in the past");
    if (value == u"FUTURE_REF")
        return tr("in the future");
    return {};
}

QVariant DateTableModel::data(const QModelIndex &index, int role) const
{
    // The document may already be the next analysis while views still hold the old rows.
    const core::Document &doc = session()->document();
    const core::TimeExpr *found =
        index.isValid() ? annotationAt(index.row(), doc.timeExprs(), [&](int id) { return doc.timeExpr(id); })
                        : nullptr;
    if (!found)
        return {};
    const core::TimeExpr &t = *found;

    switch (role) {
    case SpanBeginRole:
        return t.span.begin;
    case SpanEndRole:
        return t.span.end;
    case EntityIdRole:
        return 0;
    default:
        break;
    }

    switch (index.column()) {
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return t.value;
        if (role == SortRole) {
            // Calendar values sort by their characters (ISO 8601 puts them in time order, and no
            // language's collation should reorder them); then values without a year; references and
            // durations last. As bytes: a long article's timeline sorts without collating.
            const char rank = t.value.isEmpty()             ? '3'
                              : t.value.front().isDigit()   ? '0'
                              : t.value.startsWith(u"XXXX") ? '1'
                                                            : '2';
            QByteArray key(1 + t.value.size(), Qt::Uninitialized);
            key[0] = rank;
            for (qsizetype i = 0; i < t.value.size(); ++i)
                key[i + 1] = char(t.value.at(i).toLatin1());
            return key;
        }
        if (role == Qt::FontRole) {
            QFont f;
            f.setFamilies({u"DejaVu Sans Mono"_s, u"Noto Mono"_s});
            f.setStyleHint(QFont::Monospace);
            return f;
        }
        break;
    case WhenColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return readable(t.value);
        break;
    case ExpressionColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return doc.textOf(t.span).toString().simplified();
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            switch (t.type) {
            case core::TimexType::Date:
                return tr("date");
            case core::TimexType::Time:
                return tr("time");
            case core::TimexType::Duration:
                return tr("duration");
            case core::TimexType::Set:
                return tr("recurring");
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return tr("Value");
    case WhenColumn:
        return tr("When");
    case ExpressionColumn:
        return tr("Expression");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace saywho::ui
