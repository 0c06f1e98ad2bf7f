// View → Reload with Encoding: the file read again as the encoding chosen and analysed again; the
// tab's corrections stay when the text reads the same, and go only after the reader says so.
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "encodingmenu.h"
#include "mainwindow.h"
#include "uiresources.h"
#include "view/articleview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestReloadEncoding final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ArticleTab *m_tab = nullptr;

    ui::ArticleSession *session() const { return m_tab->session(); }

    // Chooses the encoding in the menu and waits for the reload to end; true when it replaced the text.
    bool reloadAs(const QString &encoding)
    {
        auto *menu = m_window->findChild<ui::EncodingMenu *>();
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toString() == encoding)
                chosen = a;
        if (!chosen)
            qFatal("no %s in the menu", qPrintable(encoding));
        QSignalSpy finished(session(), &ui::ArticleSession::reloadFinished);
        chosen->trigger();
        if (!finished.wait(20000))
            qFatal("the reload did not finish");
        return finished.first().at(0).toBool();
    }

    // Answers the confirmation the next reload shows; counts it in *asked. Delete the timer when no
    // confirmation is expected.
    QTimer *answer(bool drop, int *asked)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, drop, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != ui::EncodingMenu::confirmationName())
                return;
            ++*asked;
            timer->deleteLater();
            for (QAbstractButton *b : box->buttons())
                if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == drop)
                    b->click();
        });
        timer->start(20);
        return timer;
    }

    void makeCorrection()
    {
        session()->setPublicationDate(QDate(2022, 2, 21));
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);
        QVERIFY(session()->hasCorrections());
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        ui::initResources();
    }

    void init()
    {
        const QString path = m_dir.filePath(u"summit.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(u"The Summit\n\n\u201cLe pr\u00e9sident est l\u00e0,\u201d Ann Lee said on Monday in "
                u"Gen\u00e8ve.\n\n"
                "Bob Stone said the talks were useful.\n"_s.toUtf8());
        f.close();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        m_window->openFiles({path});
        QVERIFY(opened.wait(20000));
        m_tab = m_window->tabs()->current();
        QVERIFY(m_tab->session()->document().text().contains(u"pr\u00e9sident"_s));
    }

    void cleanup() { m_window.reset(); }

    void menuOffersTheCommonEncodings()
    {
        QStringList names;
        for (QAction *a : m_window->findChild<ui::EncodingMenu *>()->actions())
            names.append(a->data().toString());
        for (const QString &n : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"ISO-8859-1"_s})
            QVERIFY2(names.contains(n), qPrintable(n));
        // Windows-1252 and ISO-8859-15 come from ICU, which Debian's Qt has.
        QVERIFY(names.contains(u"Windows-1252"_s));
        QVERIFY(names.contains(u"ISO-8859-15"_s));
    }

    void reloadReadsAndAnalysesAgain()
    {
        QVERIFY(reloadAs(u"Windows-1252"_s));
        QVERIFY(session()->document().text().contains(u"pr\u00c3\u00a9sident"_s));
        // The view shows the new text, and the analysis is of it.
        QVERIFY(m_tab->view()->toPlainText().contains(u"pr\u00c3\u00a9sident"_s));
        QVERIFY(!session()->document().tokens().isEmpty());
        // Its curly quotation marks are mojibake now: no quotation is found; back in UTF-8, it is.
        QVERIFY(session()->document().quotes().isEmpty());
        QVERIFY(reloadAs(u"UTF-8"_s));
        QVERIFY(m_tab->view()->toPlainText().contains(u"pr\u00e9sident"_s));
        QVERIFY(!session()->document().quotes().isEmpty());
    }

    void theSameTextKeepsTheCorrections()
    {
        makeCorrection();
        const int steps = session()->undoStack()->count();
        int asked = 0;
        std::unique_ptr<QTimer> watcher(answer(true, &asked));
        QVERIFY(!reloadAs(u"UTF-8"_s));
        QCOMPARE(asked, 0); // nothing to lose: nobody is asked
        QVERIFY(session()->hasCorrections());
        QCOMPARE(session()->undoStack()->count(), steps);
        QCOMPARE(session()->document().metadata().dct, QDate(2022, 2, 21));
    }

    void anotherTextDropsThemOnlyWhenConfirmed()
    {
        makeCorrection();
        int asked = 0;
        answer(false, &asked);
        QVERIFY(!reloadAs(u"Windows-1252"_s));
        QCOMPARE(asked, 1);
        QVERIFY(session()->hasCorrections());
        QVERIFY(session()->document().text().contains(u"pr\u00e9sident"_s));

        answer(true, &asked);
        QVERIFY(reloadAs(u"Windows-1252"_s));
        QCOMPARE(asked, 2);
        QVERIFY(!session()->hasCorrections());
        QCOMPARE(session()->undoStack()->count(), 0);
        QVERIFY(session()->document().text().contains(u"pr\u00c3\u00a9sident"_s));
    }
};

QTEST_MAIN(TestReloadEncoding)
#include "tst_reloadencoding.moc"
