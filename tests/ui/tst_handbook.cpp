// Help: F1 opens the handbook in the window's language, with a keyboard reference written from the
// window's own shortcuts; About sits in the Help menu.
#include "actions.h"
#include "handbook.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "uiresources.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestHandbook final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::HandbookBrowser *browser() const { return m_window->findChild<ui::HandbookBrowser *>(); }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        ui::initResources();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->languages()->setLanguage(u"en"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void f1OpensTheHandbook()
    {
        QVERIFY(!browser());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QVERIFY(browser());
        QVERIFY(browser()->window()->isVisible());
        QCOMPARE(browser()->documentTitle(), u"SayWho Handbook"_s);
        QVERIFY(browser()->toPlainText().contains(u"Find"_s));
    }

    void keyboardReferenceListsTheShortcuts()
    {
        browser()->showPage(u"keys.html"_s);
        const QString keys = browser()->toPlainText();
        QVERIFY2(keys.contains(u"Ctrl+F"_s), qPrintable(keys));
        QVERIFY2(keys.contains(u"F8"_s), qPrintable(keys));
        QVERIFY2(keys.contains(u"Ctrl+L"_s), qPrintable(keys));
        // From the actions themselves: a changed shortcut shows at once.
        m_window->actions()->showEveryone->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_9));
        browser()->reload();
        QVERIFY(browser()->toPlainText().contains(u"Ctrl+Alt+9"_s));
    }

    void followsTheLanguage()
    {
        m_window->languages()->setLanguage(u"de"_s);
        QTRY_COMPARE(browser()->documentTitle(), u"Tastaturübersicht"_s); // LanguageChange is posted
        QVERIFY2(browser()->toPlainText().contains(u"Strg+F"_s), qPrintable(browser()->toPlainText()));
        browser()->showPage(u"index.html"_s);
        QCOMPARE(browser()->documentTitle(), u"SayWho-Handbuch"_s);
        m_window->languages()->setLanguage(u"fr"_s);
        QTRY_COMPARE(browser()->documentTitle(), u"Manuel de SayWho"_s);
        m_window->languages()->setLanguage(u"en"_s);
    }

    void aboutIsInTheHelpMenu()
    {
        QAction *about = m_window->actions()->about;
        QVERIFY(about->shortcut().isEmpty()); // F1 is the handbook's
        QMenu *help = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu() && a->menu()->actions().contains(about))
                help = a->menu();
        QVERIFY(help);
        QTRY_COMPARE(help->title().remove(u'&'), u"Help"_s);
        QCOMPARE(about->text().remove(u'&'), u"About SayWho"_s);
    }
};

QTEST_MAIN(TestHandbook)
#include "tst_handbook.moc"
