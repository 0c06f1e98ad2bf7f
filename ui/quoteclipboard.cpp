#include "quoteclipboard.h"

#include "articlesession.h"
#include "articletab.h"
#include "panels/modelroles.h"
#include "panels/tablepanel.h"
#include "panelscontroller.h"

#include "model/document.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

// The words of a quotation without its marks: the citation sets its own, as the language has them.
QString innerText(const core::Document &doc, const core::Quote &quote)
{
    static const QString marks = u"\"'“”‘’„‚«»‹›「」"_s;
    QString t = doc.textOf(quote.span).toString().simplified();
    while (!t.isEmpty() && marks.contains(t.front()))
        t.remove(0, 1);
    while (!t.isEmpty() && marks.contains(t.back()))
        t.chop(1);
    return t.trimmed();
}

struct Parts
{
    QString words;     // the quotation, its closing full stop or comma dropped
    bool asks = false; // ends in ? ! or …: no comma after it in English
    QString speaker;   // empty when unknown
    QString source;    // "Title, date" or "Title"
};

Parts partsOf(const core::Document &doc, const core::Quote &quote, const QString &title)
{
    Parts p;
    p.words = innerText(doc, quote);
    if (p.words.endsWith(u'.') && !p.words.endsWith(u"..."_s))
        p.words.chop(1);
    else if (p.words.endsWith(u','))
        p.words.chop(1);
    p.asks = p.words.endsWith(u'?') || p.words.endsWith(u'!') || p.words.endsWith(u'…') ||
             p.words.endsWith(u"..."_s);
    if (const core::Entity *e = doc.entity(quote.speaker))
        p.speaker = e->name;
    const QDate dct = doc.metadata().dct;
    p.source =
        dct.isValid()
            ? QuoteClipboard::tr("%1, %2", "title, date")
                  .arg(title,
                       QLocale().toString(dct, QuoteClipboard::tr("MMMM d, yyyy", "date in a citation")))
            : title;
    return p;
}

// The sentence with its three holes filled: the words, the speaker, the source.
QString fill(const Parts &p, const QString &words, const QString &speaker, const QString &source)
{
    QString quoted;
    if (p.speaker.isEmpty())
        quoted = QuoteClipboard::tr("“%1”", "an unattributed quotation").arg(words);
    else if (p.asks)
        quoted = QuoteClipboard::tr("“%1” %2 said", "a quotation ending in ? or !").arg(words, speaker);
    else
        quoted = QuoteClipboard::tr("“%1,” %2 said").arg(words, speaker);
    return source.isEmpty() ? quoted
                            : QuoteClipboard::tr("%1 (%2)", "quotation (source)").arg(quoted, source);
}

} // namespace

QuoteClipboard::QuoteClipboard(TablePanel *quotes, PanelsController *controller, QObject *parent)
    : QObject(parent), m_quotes(quotes), m_controller(controller)
{
    quotes->view()->installEventFilter(this);
}

QString QuoteClipboard::citation(const core::Document &doc, const core::Quote &quote, const QString &title)
{
    const Parts p = partsOf(doc, quote, title);
    return fill(p, p.words, p.speaker, p.source);
}

QString QuoteClipboard::citationHtml(const core::Document &doc, const core::Quote &quote,
                                     const QString &title)
{
    const Parts p = partsOf(doc, quote, title);
    QString source = p.source.toHtmlEscaped();
    if (!title.isEmpty())
        source.replace(0, title.toHtmlEscaped().size(), u"<i>%1</i>"_s.arg(title.toHtmlEscaped()));
    return u"<p>%1</p>"_s.arg(fill(p, p.words.toHtmlEscaped(), p.speaker.toHtmlEscaped(), source));
}

QMimeData *QuoteClipboard::mimeData(const core::Document &doc, const core::Quote &quote, const QString &title)
{
    auto *data = new QMimeData;
    data->setText(citation(doc, quote, title));
    data->setHtml(citationHtml(doc, quote, title));
    return data;
}

void QuoteClipboard::copy(const ArticleSession &session, const core::Quote &quote)
{
    const core::Document &doc = session.document();
    const QString title = doc.metadata().title.isEmpty() ? session.displayName() : doc.metadata().title;
    QApplication::clipboard()->setMimeData(mimeData(doc, quote, title));
}

void QuoteClipboard::addMenuAction(QMenu *menu, const ArticleSession &session, int position)
{
    for (const core::Quote &q : session.document().quotes()) {
        if (!q.span.contains(position))
            continue;
        QAction *action = menu->addAction(tr("Copy &Quotation"));
        action->setObjectName(u"copyQuotation"_s);
        action->setStatusTip(tr("Copy the quotation with its speaker, the article and its date"));
        connect(action, &QAction::triggered, menu, [s = QPointer<const ArticleSession>(&session), id = q.id] {
            if (const core::Quote *quote = s ? s->document().quote(id) : nullptr)
                copy(*s, *quote);
        });
        return;
    }
}

bool QuoteClipboard::copyCurrentRow() const
{
    ArticleTab *tab = m_controller->tab();
    const QModelIndex current = m_quotes->view()->currentIndex();
    if (!tab || !current.isValid())
        return false;
    const int begin = current.data(SpanBeginRole).toInt();
    for (const core::Quote &q : tab->session()->document().quotes())
        if (q.span.begin == begin) {
            copy(*tab->session(), q);
            return true;
        }
    return false;
}

bool QuoteClipboard::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+C in the panel: the view's own copy would take the one cell's text only.
    if (watched == m_quotes->view() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) && m_quotes->view()->currentIndex().isValid()) {
            if (event->type() == QEvent::ShortcutOverride)
                event->accept();
            else
                copyCurrentRow();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace saywho::ui
