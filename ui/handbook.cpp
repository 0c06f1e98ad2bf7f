#include "handbook.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

QString plain(QString text)
{
    // "&Open…" in a menu is "Open…" in prose; a literal "&&" stays one ampersand.
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

} // namespace

HandbookBrowser::HandbookBrowser(QMainWindow *window, QWidget *parent)
    : QTextBrowser(parent), m_window(window)
{
    setObjectName(u"handbook"_s);
    setOpenExternalLinks(true);
    document()->setDocumentMargin(18);
}

QString HandbookBrowser::pageLanguage()
{
    const QString lang = QLocale().name().left(2);
    return QFile::exists(u":/help/%1/index.html"_s.arg(lang)) ? lang : u"en"_s;
}

void HandbookBrowser::showPage(const QString &page)
{
    setSource(QUrl(u"qrc:/help/%1/%2"_s.arg(pageLanguage(), page)));
}

QVariant HandbookBrowser::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::HtmlResource && name.fileName() == u"keys.html")
        return keyboardReference();
    return QTextBrowser::loadResource(type, name);
}

QString HandbookBrowser::keyboardReference() const
{
    QString html = u"<html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p>"_s.arg(
        tr("Keyboard Reference").toHtmlEscaped(),
        tr("Every command of the window that has a key, by menu. In the Find bar, Enter finds the next match "
           "and Esc closes it; in a panel, Ctrl+C copies the quotation of the current row.")
            .toHtmlEscaped());
    if (m_window) {
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            QString rows;
            QList<QMenu *> menus{menu};
            for (int i = 0; i < menus.size(); ++i) {
                for (QAction *a : menus.at(i)->actions()) {
                    if (a->menu()) {
                        menus.append(a->menu());
                        continue;
                    }
                    if (a->isSeparator() || a->shortcut().isEmpty())
                        continue;
                    rows += u"<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
                        a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                        plain(a->text()).toHtmlEscaped());
                }
            }
            if (!rows.isEmpty())
                html += u"<h2>%1</h2><table>%2</table>"_s.arg(plain(menu->title()).toHtmlEscaped(), rows);
        }
    }
    html +=
        u"<p><a href='index.html'>%1</a></p></body></html>"_s.arg(tr("Back to the handbook").toHtmlEscaped());
    return html;
}

void HandbookBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The same page in the new language.
        const QString page = source().fileName();
        showPage(page.isEmpty() ? u"index.html"_s : page);
    }
}

Handbook::Handbook(QMainWindow *window) : QObject(window), m_window(window), m_action(new QAction(this))
{
    m_action->setShortcut(QKeySequence::HelpContents);
    m_action->setIcon(QIcon::fromTheme(u"help-contents"_s));
    connect(m_action, &QAction::triggered, this, &Handbook::open);
    window->installEventFilter(this);
    retranslate();
}

void Handbook::open()
{
    if (!m_view) {
        m_view = new QWidget(m_window, Qt::Window);
        m_view->setObjectName(u"handbookWindow"_s);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        m_browser = new HandbookBrowser(m_window, m_view);
        auto *layout = new QVBoxLayout(m_view);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_browser);
        m_view->resize(m_browser->fontMetrics().averageCharWidth() * 90, m_window->height() * 4 / 5);
        m_browser->showPage(u"index.html"_s);
        retranslate();
    }
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
}

void Handbook::retranslate()
{
    m_action->setText(tr("SayWho &Handbook"));
    m_action->setStatusTip(tr("How to read an article with SayWho, and every key"));
    if (m_view)
        m_view->setWindowTitle(tr("SayWho Handbook"));
}

bool Handbook::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace saywho::ui
