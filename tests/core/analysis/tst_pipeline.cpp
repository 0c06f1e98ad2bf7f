// The pipeline checks what each stage reads (when it is built) and writes (when it runs).

#include "testdocument.h"

#include "analysis/paragraphsplitter.h"
#include "analysis/pipeline.h"
#include "analysis/runcontrol.h"
#include "analysis/stage.h"
#include "analysis/tokenizer.h"

#include <QTest>

using namespace saywho;
using namespace Qt::StringLiterals;

namespace {

// Says it writes paragraphs, and also writes quotes.
class SneakyStage final : public core::Stage
{
public:
    QString name() const override { return u"sneaky"_s; }
    core::Layers needs() const override { return core::Layer::None; }
    core::Layers provides() const override { return core::Layer::Paragraphs; }
    core::Layers writes() const override { return core::Layer::Paragraphs; }
    void run(core::Document &doc) const override
    {
        doc.setParagraphs({{{0, int(doc.text().size())}, false}});
        core::Quote q;
        q.id = 1;
        q.span = {0, 3};
        doc.setQuotes({q});
    }
};

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void undeclaredWriteIsReported()
    {
        core::Pipeline p;
        QVERIFY(p.append(std::make_unique<SneakyStage>()).isEmpty());
        core::Document doc(u"Ann said: \u201cYes.\u201d"_s);
        QTest::ignoreMessage(QtWarningMsg, "pipeline: stage sneaky writes quotes without declaring it");
        const QList<core::StageTiming> t = p.run(doc);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().undeclaredWrites, QStringList{u"quotes"_s});
    }

    void standardStagesDeclareTheirWrites()
    {
        // A dateline supplies the publication date: the date stage writes metadata, and says so.
        core::Document doc(
            u"WASHINGTON, Feb. 21, 2022 (AP) \u2014 Ann Lee said on Sunday: \u201cWe will talk.\u201d "
            u"She met a reporter, who called it \u201ca start.\u201d The talks were \u201cuseful,\u201d "
            u"officials said."_s);
        const QList<core::StageTiming> t = core::Pipeline::standard().run(doc);
        for (const core::StageTiming &s : t)
            QVERIFY2(s.undeclaredWrites.isEmpty(),
                     qPrintable(s.stage + u": "_s + s.undeclaredWrites.join(u", "_s)));
        QVERIFY(!doc.quotes().isEmpty());
    }

    void progressNamesEachStageInOrder()
    {
        const core::Pipeline pipeline = core::Pipeline::standard();
        QStringList heard;
        int total = 0;
        const core::RunControl control([&](int stage, int count, const QString &name) {
            QCOMPARE(stage, int(heard.size()));
            total = count;
            heard.append(name);
        });
        core::Document doc(u"Ann Lee said on Sunday: \u201cWe will talk.\u201d"_s);
        QCOMPARE(pipeline.run(doc, control).size(), pipeline.stageNames().size());
        // Every stage, then the end (stage == count, no name).
        QCOMPARE(heard.size(), pipeline.stageNames().size() + 1);
        QCOMPARE(heard.mid(0, total), pipeline.stageNames());
        QVERIFY(heard.last().isEmpty());
        QVERIFY(!doc.quotes().isEmpty());
    }

    void cancelledBetweenStages()
    {
        const core::Pipeline pipeline = core::Pipeline::standard();
        core::RunControl *self = nullptr;
        core::RunControl control([&](int stage, int, const QString &) {
            if (stage == 3)
                self->cancel();
        });
        self = &control;
        core::Document doc(u"Ann Lee said on Sunday: \u201cWe will talk.\u201d"_s);
        QCOMPARE(pipeline.run(doc, control).size(), 3); // the fourth stage never ran
        QVERIFY(doc.quotes().isEmpty());
    }

    void cancelledInsideALongStage()
    {
        // Over a thousand paragraphs: the tokenizer looks at the flag on its way and writes nothing.
        QString text;
        for (int i = 0; i < 1200; ++i)
            text += u"Ann Lee said on Sunday that the talks would go on.\n\n"_s;
        core::Document doc(text);
        core::ParagraphSplitter().run(doc);
        core::RunControl control;
        control.cancel();
        core::Tokenizer().runCancellable(doc, control);
        QVERIFY(doc.tokens().isEmpty());
        core::Tokenizer().runCancellable(doc, core::RunControl());
        QVERIFY(!doc.tokens().isEmpty());
    }

    void readsAreCheckedWhenBuilt()
    {
        core::Pipeline p;
        const core::Pipeline standard = core::Pipeline::standard();
        QVERIFY(standard.stageNames().contains(u"attribution"_s));
        // The attribution stage needs quotes and mentions nobody provides yet.
        class Reader final : public core::Stage
        {
        public:
            QString name() const override { return u"reader"_s; }
            core::Layers needs() const override { return core::Layer::Mentions; }
            core::Layers provides() const override { return core::Layer::None; }
            core::Layers writes() const override { return core::Layer::None; }
            void run(core::Document &) const override {}
        };
        QVERIFY(!p.append(std::make_unique<Reader>()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
