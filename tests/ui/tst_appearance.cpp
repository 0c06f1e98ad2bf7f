// The window in its other looks: a dark palette, another language, a selected row, the
// properties dialog. Checks what can be checked; with SAYWHO_UI_SHOTS=DIR it also saves each look
// as a PNG there, for a person to judge.
#include "formatprobe.h"

#include "actions.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "dialogs/propertiesdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "panels/tablepanel.h"
#include "uiresources.h"
#include "view/annotationtooltip.h"
#include "view/speakerpalette.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestAppearance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ArticleTab *m_tab = nullptr;

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SAYWHO_UI_SHOTS");
        QTest::qWait(60);
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2c, 0x30));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        p.setColor(QPalette::AlternateBase, QColor(0x27, 0x28, 0x2c));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x33, 0x34, 0x38));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x34, 0x38));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        return p;
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        ui::initResources();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        m_window->languages()->setLanguage(u"en"_s);
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        m_window->openFiles({u":/samples/biden-putin-summit.txt"_s});
        QVERIFY(opened.wait(20000));
        m_tab = m_window->tabs()->current();
    }

    void selectedRowFlashes()
    {
        m_window->actions()->nextQuote->trigger();
        m_window->actions()->nextQuote->trigger();
        QVERIFY(!m_tab->view()->extraSelections().isEmpty());
        shoot(m_window.get(), u"selected"_s);
    }

    void zoomedSansText()
    {
        m_window->actions()->zoomIn->trigger();
        m_window->actions()->zoomIn->trigger();
        m_window->actions()->sansFont->trigger();
        shoot(m_window.get(), u"zoomed-sans"_s);
        m_window->actions()->serifFont->trigger();
        m_window->actions()->zoomReset->trigger();
    }

    void tooltipReads()
    {
        const core::Quote &q = m_tab->session()->document().quotes().at(1);
        auto *tip = new QLabel(ui::AnnotationTooltip::at(m_tab->session()->document(),
                                                         m_tab->session()->colors(), q.span.begin + 3));
        tip->setWindowFlag(Qt::ToolTip);
        tip->setMargin(6);
        tip->show();
        shoot(tip, u"tooltip"_s);
        delete tip;
    }

    void propertiesDialog()
    {
        ui::PropertiesDialog dialog(m_tab->session()->document(), m_window.get());
        dialog.show();
        shoot(&dialog, u"properties"_s);
    }

    void darkPaletteRepaints()
    {
        const QColor lightTint = highlightFormatAt(m_tab->view()->document(),
                                                   m_tab->session()->document().quotes().first().span.begin)
                                     .background()
                                     .color();
        QApplication::setPalette(darkPalette());
        QTRY_VERIFY(ui::SpeakerPalette::fromApplication().isDark());
        QTRY_VERIFY(highlightFormatAt(m_tab->view()->document(),
                                      m_tab->session()->document().quotes().first().span.begin)
                        .background()
                        .color() != lightTint);
        shoot(m_window.get(), u"dark"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void datesAndEmptyWindow()
    {
        m_window->datesPanel()->parentWidget()->raise();
        shoot(m_window.get(), u"dates"_s);
        ui::MainWindow empty;
        empty.resize(900, 600);
        empty.show();
        QVERIFY(!empty.actions()->closeTab->isEnabled());
        shoot(&empty, u"empty"_s);
    }

    void aboutBoxShowsTheIcon()
    {
        QString text;
        QTimer::singleShot(100, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            QVERIFY(!box->iconPixmap().isNull());
            shoot(box, u"about"_s);
            box->close();
        });
        m_window->actions()->about->trigger();
        QVERIFY2(text.contains(u"SayWho"_s), qPrintable(text));
    }

    void german()
    {
        m_window->languages()->setLanguage(u"de"_s);
        QTRY_COMPARE(m_window->actions()->showQuotes->text(), u"&Zitate"_s);
        shoot(m_window.get(), u"german"_s);
        m_window->languages()->setLanguage(u"fr"_s);
        QTRY_COMPARE(m_window->actions()->showQuotes->text(), u"&Citations"_s);
        shoot(m_window.get(), u"french"_s);
        m_window->languages()->setLanguage(u"en"_s);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
