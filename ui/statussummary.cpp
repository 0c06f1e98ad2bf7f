#include "statussummary.h"

#include "articlesession.h"
#include "panels/modelroles.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace saywho::ui {

StatusSummary::StatusSummary(QWidget *parent) : QLabel(parent)
{
    setContentsMargins(6, 0, 6, 0);
}

void StatusSummary::setSession(const ArticleSession *session)
{
    m_session = session;
    refresh();
}

void StatusSummary::setFilters(const QAbstractItemModel *quotes, const QAbstractItemModel *dates)
{
    m_quotes = quotes;
    m_dates = dates;
    for (const QAbstractItemModel *m : {quotes, dates}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &StatusSummary::refresh);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &StatusSummary::refresh);
        connect(m, &QAbstractItemModel::modelReset, this, &StatusSummary::refresh);
        connect(m, &QAbstractItemModel::layoutChanged, this, &StatusSummary::refresh);
    }
    refresh();
}

void StatusSummary::refresh()
{
    if (!m_session || !m_session->hasDocument()) {
        clear();
        return;
    }
    const core::Document &doc = m_session->document();
    const int quotes = int(doc.quotes().size());
    const int dates = int(doc.timeExprs().size());
    // A panel shows fewer rows than the article has only while a filter is on.
    const int shownQuotes = m_quotes && m_quotes->rowCount() < quotes ? m_quotes->rowCount() : quotes;
    const int shownDates = m_dates && m_dates->rowCount() < dates ? m_dates->rowCount() : dates;
    int speakers = int(m_session->colors().speakers().size());
    if (shownQuotes < quotes) {
        QSet<int> seen; // the speakers of the quotations shown
        for (int r = 0; r < shownQuotes; ++r)
            if (const int id = m_quotes->index(r, 0).data(EntityIdRole).toInt())
                seen.insert(id);
        speakers = int(seen.size());
    }
    const QString quoteCount =
        shownQuotes < quotes
            ? tr("%1 of %n quotation(s)", nullptr, quotes).arg(QLocale().toString(shownQuotes))
            : tr("%n quotation(s)", nullptr, quotes);
    const QString dateCount = shownDates < dates
                                  ? tr("%1 of %n date(s)", nullptr, dates).arg(QLocale().toString(shownDates))
                                  : tr("%n date(s)", nullptr, dates);
    const QString counts =
        quoteCount + u"  ·  "_s + tr("%n speaker(s)", nullptr, speakers) + u"  ·  "_s + dateCount;
    setText(counts);
    setToolTip(tr("Analysed in %1 ms").arg(QLocale().toString(m_session->lastAnalysisMs(), 'f', 1)));
}

void StatusSummary::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace saywho::ui
