// Edits and their inverses: random corrections undone in reverse give back the very document;
// a re-analysis after random corrections keeps every one of them.

#include "randomedits.h"
#include "testdocument.h"

#include "analysis/pipeline.h"
#include "analysis/reanalysis.h"
#include "model/timex3.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace saywho;
using namespace Qt::StringLiterals;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const core::Pipeline &pipeline()
{
    static const core::Pipeline p = core::Pipeline::standard();
    return p;
}

core::Document analysedSample()
{
    core::Document doc = core::DocumentLoader::loadFile(QStringLiteral(SAYWHO_SOURCE_DIR) +
                                                        u"/resources/samples/biden-putin-summit.txt"_s)
                             .document;
    pipeline().run(doc);
    return doc;
}

// What a re-analysis must keep of one user decision, checked field by field.
QString lostDecision(const core::Document &edited, const core::Document &after)
{
    using core::UserField;
    for (const core::Quote &q : edited.quotes()) {
        if (!q.provenance.userDecided())
            continue;
        const core::Quote *n = after.quote(q.id);
        if (!n || n->span != q.span)
            return u"quote q%1 lost or moved"_s.arg(q.id);
        if (q.provenance.decidedByUser(UserField::Speaker) && n->speaker != q.speaker)
            return u"quote q%1 changed speaker %2 -> %3"_s.arg(q.id).arg(q.speaker).arg(n->speaker);
        if (q.provenance.decidedByUser(UserField::Kind) && n->kind != q.kind)
            return u"quote q%1 changed kind"_s.arg(q.id);
    }
    for (const core::Mention &m : edited.mentions()) {
        if (!m.provenance.userDecided())
            continue;
        const core::Mention *n = after.mention(m.id);
        if (!n || n->span != m.span || n->entity != m.entity)
            return u"mention m%1 lost or relinked"_s.arg(m.id);
    }
    for (const core::TimeExpr &t : edited.timeExprs()) {
        if (!t.provenance.userDecided())
            continue;
        const core::TimeExpr *n = after.timeExpr(t.id);
        if (!n || !(*n == t))
            return u"date d%1 lost or changed"_s.arg(t.id);
    }
    for (const core::NonQuote &nq : edited.nonQuotes())
        if (nq.provenance.userDecided() && !after.nonQuote(nq.id))
            return u"non-quote n%1 lost"_s.arg(nq.id);
    for (const core::Entity &e : edited.entities()) {
        if (!e.provenance.userDecided())
            continue;
        const core::Entity *n = after.entity(e.id);
        if (!n || n->name != e.name || n->kind != e.kind)
            return u"entity e%1 lost or renamed"_s.arg(e.id);
        // Merged stays merged: nobody else goes by a name the user gave this entity.
        auto apartBefore = [&](const QString &name) {
            for (const core::Entity &o : edited.entities())
                if (o.id != e.id && o.name.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            return false;
        };
        for (const core::Entity &other : after.entities())
            if (other.id != e.id && !other.provenance.userDecided() &&
                e.claims.contains(other.name, Qt::CaseInsensitive) && !apartBefore(other.name))
                return u"entity e%1 found again apart from e%2"_s.arg(other.id).arg(e.id);
    }
    for (const core::Removal &r : edited.removals()) {
        auto autoOverlap = [&](const auto &list) {
            for (const auto &a : list)
                if (!a.provenance.userDecided() && a.span.overlaps(r.span))
                    return true;
            return false;
        };
        const bool back = (r.layer == core::Store::Quotes && autoOverlap(after.quotes())) ||
                          (r.layer == core::Store::Mentions && autoOverlap(after.mentions())) ||
                          (r.layer == core::Store::TimeExprs && autoOverlap(after.timeExprs())) ||
                          (r.layer == core::Store::NonQuotes && autoOverlap(after.nonQuotes()));
        if (back)
            return u"removed annotation came back at %1"_s.arg(r.span.begin);
    }
    if (!(edited.metadata() == after.metadata()) && edited.metadata().dctSource == core::DctSource::User)
        return u"publication date lost"_s;
    return {};
}

} // namespace

class TestEdits : public QObject
{
    Q_OBJECT

private:
    QList<core::Document> m_docs;

private slots:
    void initTestCase()
    {
        m_docs.append(analysedSample());
        QVERIFY(!m_docs.first().quotes().isEmpty());
        // A few development articles too where the shared corpora sit beside the project.
        const QDir dev(QStringLiteral(SAYWHO_SHARED_DIR "/corpora/polnear-dev"));
        const QStringList files = dev.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        for (qsizetype i = 0; i < files.size() && i < 6; ++i) {
            core::Document doc(readFile(dev.filePath(files.at(i))));
            pipeline().run(doc);
            m_docs.append(doc);
        }
    }

    void undoRestoresTheDocument_data()
    {
        QTest::addColumn<int>("doc");
        QTest::addColumn<quint32>("seed");
        for (int d = 0; d < m_docs.size(); ++d)
            for (quint32 seed = 1; seed <= (d == 0 ? 40u : 8u); ++seed)
                QTest::addRow("doc%d-seed%u", d, seed) << d << seed;
    }
    void undoRestoresTheDocument()
    {
        QFETCH(int, doc);
        QFETCH(quint32, seed);
        const core::Document original = m_docs.at(doc);
        core::Document work = original;
        test::RandomEdits random(seed);
        QList<core::Patch> inverses;
        int refused = 0;
        for (int step = 0; step < 60; ++step) {
            const core::Document before = work;
            const core::Edit e = random.next(work);
            if (!e.ok()) {
                ++refused;
                QVERIFY(work.sameAnnotations(before));
                continue;
            }
            core::Patch inverse;
            const auto r = e.patch.apply(work, &inverse);
            QVERIFY2(r.ok(), qPrintable(r.error));
            // Undo then redo at once: the same document again.
            core::Document probe = work;
            core::Patch redo;
            QVERIFY(inverse.apply(probe, &redo).ok());
            QVERIFY(probe.sameAnnotations(before));
            QVERIFY(redo.apply(probe).ok());
            QVERIFY(probe.sameAnnotations(work));
            inverses.append(inverse);
        }
        QVERIFY(inverses.size() > 10);
        while (!inverses.isEmpty()) {
            const auto r = inverses.takeLast().apply(work);
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
        QVERIFY(work.sameAnnotations(original));
        Q_UNUSED(refused);
    }

    void reanalysisKeepsEveryDecision_data()
    {
        QTest::addColumn<int>("doc");
        QTest::addColumn<quint32>("seed");
        for (int d = 0; d < m_docs.size(); ++d)
            for (quint32 seed = 100; seed < (d == 0 ? 130u : 104u); ++seed)
                QTest::addRow("doc%d-seed%u", d, seed) << d << seed;
    }
    void reanalysisKeepsEveryDecision()
    {
        QFETCH(int, doc);
        QFETCH(quint32, seed);
        core::Document work = m_docs.at(doc);
        test::RandomEdits random(seed);
        for (int step = 0; step < 30; ++step) {
            const core::Edit e = random.next(work);
            if (e.ok())
                QVERIFY(e.patch.apply(work).ok());
        }
        const core::Document again = core::Reanalysis::run(pipeline(), work);
        const QString lost = lostDecision(work, again);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        // And the patch between the two turns one into the other exactly.
        core::Document applied = work;
        QVERIFY(core::Patch::between(work, again).apply(applied).ok());
        QVERIFY(applied.sameAnnotations(again));
    }

    void reanalysisWithoutEditsChangesNothing()
    {
        for (const core::Document &doc : std::as_const(m_docs)) {
            const core::Document again = core::Reanalysis::run(pipeline(), doc);
            QCOMPARE(core::Patch::between(doc, again).size(), 0);
        }
    }

    void userSpeakerSurvivesReanalysis()
    {
        core::Document doc = m_docs.first();
        const core::Quote q = doc.quotes().first();
        const core::Edit e = core::edits::setSpeakerByName(doc, q.id, u"Jen Psaki"_s);
        QVERIFY(e.ok());
        QVERIFY(e.patch.apply(doc).ok());
        const core::Document again = core::Reanalysis::run(pipeline(), doc);
        QCOMPARE(test::speakerName(again, *again.quote(q.id)), u"Jen Psaki"_s);
        QCOMPARE(again.quote(q.id)->provenance.origin, q.provenance.origin);
        QVERIFY(again.quote(q.id)->provenance.decidedByUser(core::UserField::Speaker));
    }

    void userQuoteStaysUser()
    {
        // The defect the issue found: a quote marked Origin::User came back auto after a re-run.
        core::Document doc = m_docs.first();
        const core::Quote q = doc.quotes().last();
        QVERIFY(core::edits::removeQuote(doc, q.id).patch.apply(doc).ok());
        const core::Edit add = core::edits::addQuote(doc, q.span, core::QuoteKind::Partial);
        QVERIFY(add.ok());
        QVERIFY(add.patch.apply(doc).ok());
        const int id = add.patch.quotes.last().after->id;
        const core::Document again = core::Reanalysis::run(pipeline(), doc);
        QVERIFY(again.quote(id));
        QCOMPARE(again.quote(id)->provenance.origin, core::Origin::User);
        QCOMPARE(again.quote(id)->kind, core::QuoteKind::Partial);
        int overlapping = 0;
        for (const core::Quote &other : again.quotes())
            overlapping += other.span.overlaps(q.span);
        QCOMPARE(overlapping, 1);
    }

    void publicationDateUndoRestoresSource()
    {
        core::Document doc = m_docs.first();
        const core::DocumentMetadata before = doc.metadata();
        QVERIFY(before.dctSource != core::DctSource::User);
        const core::Edit e = core::edits::setPublicationDate(doc, QDate(2021, 1, 5));
        core::Patch inverse;
        QVERIFY(e.patch.apply(doc, &inverse).ok());
        QCOMPARE(doc.metadata().dctSource, core::DctSource::User);
        QVERIFY(inverse.apply(doc).ok());
        QCOMPARE(doc.metadata().dct, before.dct);
        QCOMPARE(doc.metadata().dctSource, before.dctSource);
    }

    void staleUndoIsRefused()
    {
        core::Document doc = m_docs.first();
        const core::Quote q = doc.quotes().first();
        const core::Edit e = core::edits::setQuoteKind(doc, q.id, core::QuoteKind::Partial);
        QVERIFY(e.patch.apply(doc).ok());
        QVERIFY(core::edits::removeQuote(doc, q.id).patch.apply(doc).ok());
        const core::Document before = doc;
        const auto r = e.patch.inverted().apply(doc);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"q%1"_s.arg(q.id)));
        QVERIFY(doc.sameAnnotations(before));
    }

    void timex3Values_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const int D = int(core::TimexType::Date), T = int(core::TimexType::Time),
                  P = int(core::TimexType::Duration), S = int(core::TimexType::Set);
        QTest::newRow("day") << D << u"2022-02-20"_s << true;
        QTest::newRow("month") << D << u"2022-02"_s << true;
        QTest::newRow("week-end") << D << u"2022-W08-WE"_s << true;
        QTest::newRow("quarter") << D << u"2022-Q1"_s << true;
        QTest::newRow("decade") << D << u"197"_s << true;
        QTest::newRow("placeholder") << D << u"XXXX-02-20"_s << true;
        QTest::newRow("present") << D << u"PRESENT_REF"_s << true;
        QTest::newRow("bad month") << D << u"2022-13"_s << false;
        QTest::newRow("words") << D << u"Feb 20"_s << false;
        QTest::newRow("duration as date") << D << u"P3D"_s << false;
        QTest::newRow("night") << T << u"2022-02-20TNI"_s << true;
        QTest::newRow("clock") << T << u"2022-02-20T14:30"_s << true;
        QTest::newRow("bad clock") << T << u"2022-02-20T25:00"_s << false;
        QTest::newRow("days") << P << u"P3D"_s << true;
        QTest::newRow("mixed") << P << u"P2Y6M"_s << true;
        QTest::newRow("hours") << P << u"PT4H"_s << true;
        QTest::newRow("unknown") << P << u"PXY"_s << true;
        QTest::newRow("empty duration") << P << u"P"_s << false;
        QTest::newRow("weekly") << S << u"P1W"_s << true;
        QTest::newRow("every monday") << S << u"XXXX-WXX-1"_s << true;
        QTest::newRow("empty") << D << QString() << false;
        // What an edit accepts, import and export accept too (both found by fuzz_documentjson).
        QTest::newRow("fiscal year") << D << u"FY2016"_s << true;
        QTest::newRow("unknown digits before known") << D << u"XXX-WXX"_s << false;
        QTest::newRow("year zero") << D << u"0000-01-01"_s << false;
        QTest::newRow("midday") << T << u"2022-02-20TMI"_s << true;
    }
    void timex3Values()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(core::timex3Error(core::TimexType(type), value).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
