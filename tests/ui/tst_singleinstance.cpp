// One window: a second `saywho FILE` hands its files to the running instance, which opens them;
// --new-window starts a window of its own.
#include "singleinstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QString uniqueName()
{
    return u"saywho-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void nameIsPerUser()
    {
        qunsetenv("SAYWHO_INSTANCE_NAME");
        QVERIFY(ui::SingleInstance::defaultName().startsWith(u"saywho-"_s));
        QVERIFY(ui::SingleInstance::defaultName().size() > 7);
        qputenv("SAYWHO_INSTANCE_NAME", "saywho-elsewhere");
        QCOMPARE(ui::SingleInstance::defaultName(), u"saywho-elsewhere"_s);
        qunsetenv("SAYWHO_INSTANCE_NAME");
    }

    void nobodyListening() { QVERIFY(!ui::SingleInstance::handOver({u"/tmp/a.txt"_s}, uniqueName(), 300)); }

    void filesReachTheRunningInstance()
    {
        const QString name = uniqueName();
        ui::SingleInstance running;
        QVERIFY(running.listen(name));
        ui::SingleInstance second;
        QVERIFY(!second.listen(name)); // the name is taken while the first lives
        QSignalSpy received(&running, &ui::SingleInstance::filesReceived);
        // The second process blocks while it hands over; here it is another thread.
        QFuture<bool> handed = QtConcurrent::run([name] {
            return ui::SingleInstance::handOver({u"relative.txt"_s, u"/abs/b.md"_s}, name);
        });
        QVERIFY(received.wait(5000));
        const QStringList paths = received.at(0).at(0).toStringList();
        QCOMPARE(paths.size(), 2);
        QVERIFY(paths.at(0).endsWith(u"/relative.txt"_s));
        QVERIFY(!QFileInfo(paths.at(0)).isRelative());
        QCOMPARE(paths.at(1), u"/abs/b.md"_s);
        handed.waitForFinished();
        QVERIFY(handed.result());
    }

    // The real program: the first `saywho` opens what the second hands it (it lands in its recent
    // files); `--new-window` does not hand over.
    void secondSaywhoOpensATabInTheFirst()
    {
        QTemporaryDir config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        // The default library lives under XDG_DATA_HOME: the reader's own stays out of the test.
        env.insert(u"XDG_DATA_HOME"_s, config.path());
        env.insert(u"SAYWHO_INSTANCE_NAME"_s, uniqueName());
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(SAYWHO_BIN), {});
        QVERIFY(first.waitForStarted());
        // Up once it listens: a hand-over succeeds.
        const QString article = config.filePath(u"article.txt"_s);
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("“We will,” said Mayor Anna Berg on Monday.\n");
        f.close();
        // Up once it listens.
        bool listening = false;
        for (int i = 0; i < 200 && !listening; ++i) {
            QLocalSocket probe;
            probe.connectToServer(env.value(u"SAYWHO_INSTANCE_NAME"_s));
            listening = probe.waitForConnected(100);
            if (!listening)
                QTest::qWait(100);
        }
        QVERIFY(listening);
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(SAYWHO_BIN), {article});
        QVERIFY(second.waitForStarted());
        const bool handed = second.waitForFinished(15000) && second.exitStatus() == QProcess::NormalExit &&
                            second.exitCode() == 0;
        QVERIFY(handed);
        // The first instance opened it: it is in its recent files.
        const QString settings = config.filePath(u"SayWho/SayWho.conf"_s);
        bool recent = false;
        for (int i = 0; i < 100 && !recent; ++i) {
            QTest::qWait(100);
            recent = QSettings(settings, QSettings::IniFormat)
                         .value(u"recentFiles"_s)
                         .toStringList()
                         .contains(article);
        }
        QVERIFY2(recent, qPrintable(QString::fromUtf8(first.readAllStandardError())));

        QProcess own;
        own.setProcessEnvironment(env);
        own.start(QStringLiteral(SAYWHO_BIN), {u"--new-window"_s, article});
        QVERIFY(own.waitForStarted());
        QVERIFY(!own.waitForFinished(1500)); // a window of its own: still running
        own.kill();
        own.waitForFinished();
        first.kill();
        first.waitForFinished();
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
