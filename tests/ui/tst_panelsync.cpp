// A correction repaints only the panel rows it changed, so a sorted panel of a long article
// re-sorts a few rows instead of thousands; the rows still show the corrected values, in order.
#include "analysis/pipeline.h"
#include "articlesession.h"
#include "model/document.h"
#include "model/edits/entityedits.h"
#include "model/edits/quoteedits.h"
#include "panels/datetablemodel.h"
#include "panels/modelroles.h"
#include "panels/panelfilterproxy.h"
#include "panels/peopletablemodel.h"
#include "panels/quotetablemodel.h"

#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

constexpr int QuoteCount = 30;

// Ann speaks the odd quote ids, Bob the even ones; Cy is mentioned twice and never quoted.
core::Document makeDocument()
{
    QString text;
    QList<core::Mention> mentions;
    QList<core::Quote> quotes;
    for (int i = 0; i < QuoteCount; ++i) {
        const int begin = int(text.size());
        const QString name = i % 2 ? u"Bob"_s : u"Ann"_s;
        text += name + u" said: “Line %1.”\n"_s.arg(i);
        core::Mention m;
        m.id = i + 1;
        m.span = {begin, begin + 3};
        m.entity = i % 2 ? 2 : 1;
        mentions.append(m);
        core::Quote q;
        q.id = i + 1;
        q.span = {int(text.indexOf(u'“', begin)), int(text.size()) - 1};
        q.speaker = m.entity;
        q.speakerMention = m.id;
        quotes.append(q);
    }
    for (const QString &line : {u"Cy listened.\n"_s, u"Cy left.\n"_s}) {
        core::Mention m;
        m.id = int(mentions.size()) + 1;
        m.span = {int(text.size()), int(text.size()) + 2};
        m.entity = 3;
        mentions.append(m);
        text += line;
    }

    core::Document doc(text);
    doc.setParagraphs({{{0, int(text.size())}, false}});
    doc.setEntities({{1, u"Ann"_s, {}, {}, core::EntityKind::Person, core::Gender::Female, false, {}, {}},
                     {2, u"Bob"_s, {}, {}, core::EntityKind::Person, core::Gender::Male, false, {}, {}},
                     {3, u"Cy"_s, {}, {}, core::EntityKind::Person, core::Gender::Unknown, false, {}, {}}});
    doc.setMentions(mentions);
    doc.setQuotes(quotes);
    return doc;
}

// The rows that dataChanged signals covered.
QSet<int> rowsOf(const QSignalSpy &spy)
{
    QSet<int> rows;
    for (const QList<QVariant> &args : spy)
        for (int r = args.at(0).toModelIndex().row(); r <= args.at(1).toModelIndex().row(); ++r)
            rows.insert(r);
    return rows;
}

} // namespace

class TestPanelSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::ArticleSession> m_session;
    std::unique_ptr<ui::QuoteTableModel> m_quotes;
    std::unique_ptr<ui::PeopleTableModel> m_people;

    QSet<int> quoteRows(std::initializer_list<int> ids) const
    {
        QSet<int> rows;
        for (int id : ids)
            rows.insert(m_quotes->rowOfId(id));
        return rows;
    }
    QSet<int> personRows(std::initializer_list<int> ids) const
    {
        QSet<int> rows;
        for (int id : ids)
            rows.insert(m_people->rowOfEntity(id));
        return rows;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_session = std::make_unique<ui::ArticleSession>(
            std::make_shared<const core::Pipeline>(core::Pipeline::standard()));
        m_quotes = std::make_unique<ui::QuoteTableModel>(m_session.get());
        m_people = std::make_unique<ui::PeopleTableModel>(m_session.get());
        m_session->openAnalysed(makeDocument());
        QCOMPARE(m_quotes->rowCount(), QuoteCount);
        QCOMPARE(m_people->rowCount(), 3);
    }

    void cleanup()
    {
        m_quotes.reset();
        m_people.reset();
        m_session.reset();
    }

    void newSpeakerRepaintsThatQuoteAndBothPeople()
    {
        QSignalSpy quotes(m_quotes.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy people(m_people.get(), &QAbstractItemModel::dataChanged);
        const core::Document &doc = m_session->document();
        QVERIFY(m_session->applyEdit(core::edits::setSpeaker(doc, 6, 1), u"speaker"_s).isEmpty());
        QCOMPARE(rowsOf(quotes), quoteRows({6}));
        QCOMPARE(rowsOf(people), personRows({1, 2}));
        const QModelIndex speaker = m_quotes->index(m_quotes->rowOfId(6), ui::QuoteTableModel::SpeakerColumn);
        QCOMPARE(speaker.data().toString(), u"Ann"_s);
        const QModelIndex count =
            m_people->index(m_people->rowOfEntity(1), ui::PeopleTableModel::QuotesColumn);
        QCOMPARE(count.data(ui::SortRole).toInt(), QuoteCount / 2 + 1);

        quotes.clear();
        people.clear();
        m_session->undoStack()->undo();
        QCOMPARE(rowsOf(quotes), quoteRows({6}));
        QCOMPARE(speaker.data().toString(), u"Bob"_s);
        QCOMPARE(count.data(ui::SortRole).toInt(), QuoteCount / 2);
    }

    void renameRepaintsEveryQuoteOfThatPerson()
    {
        QSignalSpy quotes(m_quotes.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy people(m_people.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(
            m_session->applyEdit(core::edits::renameEntity(m_session->document(), 2, u"Bea"_s), u"rename"_s)
                .isEmpty());
        QSet<int> bobs;
        for (int id = 2; id <= QuoteCount; id += 2)
            bobs.insert(m_quotes->rowOfId(id));
        QCOMPARE(rowsOf(quotes), bobs);
        QCOMPARE(rowsOf(people), personRows({2}));
        QCOMPARE(m_quotes->index(m_quotes->rowOfId(2), ui::QuoteTableModel::SpeakerColumn).data().toString(),
                 u"Bea"_s);
    }

    void mentionRemovalRepaintsItsPerson()
    {
        QSignalSpy people(m_people.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(
            m_session->applyEdit(core::edits::removeMention(m_session->document(), QuoteCount + 1), u"rm"_s)
                .isEmpty());
        QCOMPARE(rowsOf(people), personRows({3}));
        QCOMPARE(
            m_people->index(m_people->rowOfEntity(3), ui::PeopleTableModel::MentionsColumn).data().toInt(),
            1);
    }

    // A panel's sorted view keeps the corrected row in its sorted place (the view keeps each row's
    // collation key: a stale one would leave it where it was), in the order of the language.
    void sortedViewMovesTheCorrectedRow()
    {
        ui::PanelFilterProxy sorted;
        sorted.setSourceModel(m_quotes.get());
        sorted.sort(ui::QuoteTableModel::SpeakerColumn);
        const QModelIndex before = sorted.index(0, ui::QuoteTableModel::SpeakerColumn);
        QCOMPARE(before.data().toString(), u"Ann"_s);
        // Every Ann quote goes to Bob, one by one: the Ann rows must leave the top.
        for (int id = 1; id <= QuoteCount; id += 2)
            QVERIFY(m_session->applyEdit(core::edits::setSpeaker(m_session->document(), id, 2), u"s"_s)
                        .isEmpty());
        QCOMPARE(sorted.index(0, ui::QuoteTableModel::SpeakerColumn).data().toString(), u"Bob"_s);
        // A new person between the two sorts between them.
        QVERIFY(m_session
                    ->applyEdit(core::edits::setSpeakerByName(m_session->document(), 5, u"Al"_s,
                                                              core::EntityKind::Person),
                                u"s"_s)
                    .isEmpty());
        QCOMPARE(sorted.index(0, ui::QuoteTableModel::SpeakerColumn).data().toString(), u"Al"_s);
        QCOMPARE(sorted.index(0, ui::QuoteTableModel::SpeakerColumn).data(ui::SpanBeginRole).toInt(),
                 m_session->document().quote(5)->span.begin);

        for (const auto &[quote, name] : {std::pair{7, u"Fred"_s}, std::pair{9, u"Émile"_s}})
            QVERIFY(m_session
                        ->applyEdit(core::edits::setSpeakerByName(m_session->document(), quote, name), u"s"_s)
                        .isEmpty());
        QStringList order;
        for (int row = 0; row < sorted.rowCount(); ++row) {
            const QString name = sorted.index(row, ui::QuoteTableModel::SpeakerColumn).data().toString();
            if (order.isEmpty() || order.constLast() != name)
                order.append(name);
        }
        QCOMPARE(order, (QStringList{u"Al"_s, u"Bob"_s, u"Émile"_s, u"Fred"_s}));
    }

    void datesSortAsATimeline()
    {
        // Calendar values in time order, then those without a year, then references and durations.
        core::Document doc = makeDocument();
        const QStringList values{u"PRESENT_REF"_s, u"2022-10-01"_s, u"XXXX-02-24"_s,
                                 u"2022-02-21"_s,  u"P3D"_s,        u"2021-12-31T10:00"_s};
        QList<core::TimeExpr> dates;
        for (int i = 0; i < values.size(); ++i) {
            core::TimeExpr t;
            t.id = i + 1;
            t.span = doc.quotes().at(i).span;
            t.type = values.at(i).startsWith(u'P') && values.at(i) != u"PRESENT_REF"_s
                         ? core::TimexType::Duration
                         : core::TimexType::Date;
            t.value = values.at(i);
            dates.append(t);
        }
        doc.setTimeExprs(dates);
        m_session->openAnalysed(doc);
        ui::DateTableModel model(m_session.get());
        model.refresh(); // the session was analysed before the model existed
        ui::PanelFilterProxy sorted;
        sorted.setSourceModel(&model);
        sorted.sort(ui::DateTableModel::ValueColumn);
        QStringList order;
        for (int row = 0; row < sorted.rowCount(); ++row)
            order.append(sorted.index(row, ui::DateTableModel::ValueColumn).data().toString());
        QCOMPARE(order, (QStringList{u"2021-12-31T10:00"_s, u"2022-02-21"_s, u"2022-10-01"_s, u"XXXX-02-24"_s,
                                     u"P3D"_s, u"PRESENT_REF"_s}));
    }
};

QTEST_MAIN(TestPanelSync)
#include "tst_panelsync.moc"
