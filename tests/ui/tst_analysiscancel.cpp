// A long analysis shows its stage, stops on Cancel or Esc, and quitting while it runs stops it.
#include "actions.h"
#include "analysis/runcontrol.h"
#include "analysisstatus.h"
#include "articlesession.h"
#include "articletabs.h"
#include "mainwindow.h"
#include "uiresources.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestAnalysisCancel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_long;

    // The window's opening session once its pipeline has started a stage.
    static ui::ArticleSession *runningSession(ui::MainWindow &w)
    {
        ui::ArticleSession *found = nullptr;
        auto running = [&] {
            for (ui::ArticleSession *s : w.findChildren<ui::ArticleSession *>())
                if (s->isBusy() && s->runControl())
                    found = s;
            return found != nullptr;
        };
        if (!QTest::qWaitFor(running, 20000))
            return nullptr;
        return found;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        ui::initResources();
        // About 4 MB of quotations: several seconds of analysis on any machine.
        QByteArray text = "The Long Meeting\n\n";
        for (int i = 0; text.size() < 4 * 1024 * 1024; ++i)
            text +=
                "\xe2\x80\x9cWe will talk again on Monday,\xe2\x80\x9d Ann Lee said on Sunday, after meeting "
                "Bob Stone in Geneva. \xe2\x80\x9cIt was useful,\xe2\x80\x9d he told reporters.\n\n";
        m_long = m_dir.filePath(u"long.txt"_s);
        QFile f(m_long);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    void cancelButtonStopsOpening()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &ui::MainWindow::articleOpened);
        w.openFiles({m_long});
        ui::ArticleSession *session = runningSession(w);
        QVERIFY(session);
        ui::AnalysisStatus *status = w.analysisStatus();
        QVERIFY(status->isVisible());
        // Determinate: the bar counts the stages (and reading the file) once the pipeline runs.
        auto *bar = status->findChild<QProgressBar *>(u"analysisProgress"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 5, 20000);
        QVERIFY(status->cancelAction()->isEnabled());
        const std::shared_ptr<const core::RunControl> control = session->runControl();
        QSignalSpy cancelled(session, &ui::ArticleSession::cancelled);
        QTest::mouseClick(status->findChild<QToolButton *>(u"cancelAnalysis"_s), Qt::LeftButton);
        QVERIFY(control->isCancelled());
        QVERIFY(cancelled.wait(20000));
        QTRY_VERIFY(!status->isVisible());
        QCOMPARE(opened.size(), 0);
        QCOMPARE(w.tabs()->count(), 0);
    }

    void escapeCancelsOnlyWhileAnalysing()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({m_long});
        ui::ArticleSession *session = runningSession(w);
        QVERIFY(session);
        const std::shared_ptr<const core::RunControl> control = session->runControl();
        QTRY_VERIFY(w.analysisStatus()->cancelAction()->isEnabled());
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(control->isCancelled());
        QTRY_VERIFY_WITH_TIMEOUT(!w.analysisStatus()->isBusy(), 20000);
        // Idle, Esc is "Show Everyone" again.
        QCOMPARE(w.analysisStatus()->cancelAction()->shortcut(), QKeySequence());
    }

    void quittingStopsTheAnalysis()
    {
        auto w = std::make_unique<ui::MainWindow>();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->openFiles({m_long});
        ui::ArticleSession *session = runningSession(*w);
        QVERIFY(session);
        const std::shared_ptr<const core::RunControl> control = session->runControl();
        QVERIFY(!control->isCancelled());
        // File → Quit, then the window goes as it does when main() returns.
        w->actions()->quit->trigger();
        QVERIFY(control->isCancelled());
        w.reset();
        QElapsedTimer t;
        t.start();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        qInfo("the worker stopped %lld ms after quitting", t.elapsed());
    }
};

QTEST_MAIN(TestAnalysisCancel)
#include "tst_analysiscancel.moc"
