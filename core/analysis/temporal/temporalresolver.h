#pragma once

#include "temporallexicon.h"

#include <QDate>
#include <QString>

namespace saywho::core {

// Calendar arithmetic and TIMEX3 value formatting against the anchor (the publication date).
// The anchor may be missing, or known without its year (a dateline "Feb. 21"): values then keep
// what is known and leave the rest underspecified ("XXXX-02-20", "XXXX-WXX-7").
class TemporalResolver final
{
public:
    TemporalResolver(QDate anchor, bool yearKnown);

    bool hasAnchor() const { return m_anchor.isValid(); }
    bool hasYear() const { return m_anchor.isValid() && m_yearKnown; }
    QDate anchor() const { return m_anchor; }

    QString day(QDate d) const;
    QString dayOffset(int days) const;
    // A bare weekday: rel -1 last, +1 next, 0 this week, otherwise chosen by tense.
    QString weekday(int isoDay, int rel, bool hasRel, Tense tense, QDate *date = nullptr) const;
    QString month(int month, Tense tense) const;
    QString monthDay(int month, int dayOfMonth, Tense tense, QDate *date = nullptr) const;
    // A quarter named without its year ("third-quarter profit"): the year it belongs to.
    int quarterYear(int quarter, Tense tense) const;
    // "last week", "next month", "this year", "two days ago": the period n units from the anchor.
    QString shifted(TimeUnit unit, int n) const;
    QString weekend(int rel, bool hasRel, Tense tense) const;
    QString season(const QString &code, int rel, bool hasRel, Tense tense) const;
    // A holiday rule from the lexicon, in the year chosen by rel / tense.
    QString holiday(int rule, int a, int b, int c, int rel, bool hasRel, Tense tense,
                    QDate *date = nullptr) const;

    static QString year(int y) { return QString::number(y).rightJustified(4, u'0'); }
    static QString ymd(int y, int m, int d);
    static QString week(QDate d);
    static QString duration(TimeUnit unit, int n); // n < 0: unknown quantity ("PXY")
    static QDate holidayDate(int rule, int year, int a, int b, int c);

private:
    // Picks the year among anchor-1..anchor+1 for a month(-day), honouring tense when plausible.
    int chooseYear(int month, int dayOfMonth, Tense tense) const;

    QDate m_anchor;
    bool m_yearKnown = true;
};

} // namespace saywho::core
