#include "actions.h"

#include "view/formatrun.h"
#include "view/speakerpalette.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

// A small sample of how the layer looks in the text, so the toolbar toggles read as a legend.
QIcon layerIcon(const QTextCharFormat &format, const QString &glyphs)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (format.hasProperty(QTextFormat::BackgroundBrush)) {
        p.setPen(Qt::NoPen);
        p.setBrush(format.background());
        p.drawRoundedRect(QRectF(1, 5, 30, 22), 5, 5);
    }
    QFont f = QApplication::font();
    f.setPixelSize(17);
    f.setBold(format.fontWeight() >= QFont::DemiBold);
    f.setItalic(format.fontItalic());
    p.setFont(f);
    p.setPen(format.hasProperty(QTextFormat::ForegroundBrush)
                 ? format.foreground().color()
                 : QApplication::palette().color(QPalette::Text));
    p.drawText(QRect(0, 2, 32, 26), Qt::AlignCenter, glyphs);
    if (format.underlineStyle() != QTextCharFormat::NoUnderline) {
        QPen pen(format.underlineColor(), 2);
        if (format.underlineStyle() == QTextCharFormat::DotLine)
            pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        p.drawLine(5, 27, 27, 27);
    }
    return QIcon(pm);
}

} // namespace

Actions::Actions(QObject *parent) : QObject(parent)
{
    QStyle *style = QApplication::style();
    open = make(QKeySequence::Open);
    open->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    newFromClipboard = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    openUrl = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openSample = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportArticle = make(QKeySequence(Qt::CTRL | Qt::Key_E));
    closeTab = make(QKeySequence::Close);
    quit = make(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = make(QKeySequence::Undo);
    redo = make(QKeySequence::Redo);
    copy = make(QKeySequence::Copy);
    selectAll = make(QKeySequence::SelectAll);

    showQuotes = make(QKeySequence(Qt::CTRL | Qt::Key_1));
    showSpeakers = make(QKeySequence(Qt::CTRL | Qt::Key_2));
    showDates = make(QKeySequence(Qt::CTRL | Qt::Key_3));
    showTitles = make(QKeySequence(Qt::CTRL | Qt::Key_4));
    updateIcons();
    for (QAction *a : layerActions()) {
        a->setCheckable(true);
        a->setChecked(true);
    }

    nextQuote = make(QKeySequence(Qt::Key_F8));
    nextQuote->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    previousQuote = make(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previousQuote->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
    showEveryone = make(QKeySequence(Qt::Key_Escape));
    zoomIn = make();
    // Ctrl+= is what most keyboards give for "Ctrl +" without Shift.
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    zoomOut = make(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    zoomReset = make(QKeySequence(Qt::CTRL | Qt::Key_0));
    fontGroup = new QActionGroup(this);
    serifFont = make(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    sansFont = make(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    for (QAction *a : {serifFont, sansFont}) {
        a->setCheckable(true);
        fontGroup->addAction(a);
    }
    serifFont->setChecked(true);
    fullScreen = make(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    annotationSource = make(QKeySequence(Qt::CTRL | Qt::Key_U));

    properties = make(QKeySequence(Qt::ALT | Qt::Key_Return));
    reanalyse = make(QKeySequence(Qt::Key_F5));
    reanalyse->setIcon(style->standardIcon(QStyle::SP_BrowserReload));

    about = make(); // F1 opens the handbook
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make();
    aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void Actions::updateIcons()
{
    const SpeakerPalette pal = SpeakerPalette::fromApplication();
    showQuotes->setIcon(layerIcon(FormatRunBuilder::quoteFormat(pal, 0), u"“”"_s));
    showSpeakers->setIcon(layerIcon(FormatRunBuilder::mentionFormat(pal, 1, true), u"Ab"_s));
    showDates->setIcon(layerIcon(FormatRunBuilder::dateFormat(pal), u"24"_s));
    showTitles->setIcon(layerIcon(FormatRunBuilder::nonQuoteFormat(pal), u"Ti"_s));
}

QAction *Actions::make(const QKeySequence &shortcut)
{
    auto *a = new QAction(this);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

QList<QAction *> Actions::articleActions() const
{
    return {exportArticle, closeTab, copy,      selectAll,  nextQuote, previousQuote,
            zoomIn,        zoomOut,  zoomReset, properties, reanalyse, annotationSource};
}

void Actions::adoptUndoActions(QAction *undoAction, QAction *redoAction)
{
    delete undo;
    delete redo;
    undo = undoAction;
    redo = redoAction;
    undo->setObjectName(u"undo"_s);
    redo->setObjectName(u"redo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    redo->setShortcuts(QKeySequence::Redo);
    const QStyle *style = QApplication::style();
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, style->standardIcon(QStyle::SP_ArrowBack)));
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s, style->standardIcon(QStyle::SP_ArrowForward)));
}

void Actions::retranslate()
{
    open->setText(tr("&Open…"));
    open->setStatusTip(tr("Open an article (plain text or Markdown)"));
    newFromClipboard->setText(tr("&New from Clipboard"));
    newFromClipboard->setStatusTip(tr("Analyse the text on the clipboard as a new article"));
    openUrl->setText(tr("Open &URL…"));
    openUrl->setStatusTip(tr("Fetch a web page and open its article text"));
    openSample->setText(tr("Open &Sample Article"));
    exportArticle->setText(tr("&Export…"));
    exportArticle->setStatusTip(
        tr("Save the article with its corrections as HTML, PDF, TEI, brat, CSV and more"));
    closeTab->setText(tr("&Close Article"));
    quit->setText(tr("&Quit"));

    undo->setText(tr("&Undo"));
    redo->setText(tr("&Redo"));
    copy->setText(tr("&Copy"));
    selectAll->setText(tr("Select &All"));

    showQuotes->setText(tr("&Quotations"));
    showQuotes->setToolTip(tr("Tint each quotation in its speaker’s colour"));
    showSpeakers->setText(tr("&Speakers"));
    showSpeakers->setToolTip(tr("Show who is speaking: names in their colour"));
    showDates->setText(tr("&Dates"));
    showDates->setToolTip(tr("Underline dates and times"));
    showTitles->setText(tr("&Titles"));
    showTitles->setToolTip(tr("Mark titles and scare quotes, which are not quotations"));
    nextQuote->setText(tr("&Next Quotation"));
    previousQuote->setText(tr("&Previous Quotation"));
    showEveryone->setText(tr("Show &Everyone"));
    showEveryone->setStatusTip(tr("Show every speaker’s quotations again"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    zoomReset->setText(tr("&Actual Size"));
    serifFont->setText(tr("S&erif Body Text"));
    sansFont->setText(tr("Sa&ns-Serif Body Text"));
    fullScreen->setText(tr("&Full Screen"));
    annotationSource->setText(tr("Annotation &Source"));
    annotationSource->setStatusTip(tr("The article's annotations as SayWho's JSON"));

    properties->setText(tr("&Properties…"));
    properties->setStatusTip(tr("Title, source and publication date of the article"));
    reanalyse->setText(tr("&Analyse Again"));

    about->setText(tr("&About SayWho"));
    aboutQt->setText(tr("About &Qt"));

    // Shortcuts in tooltips, so the toolbar teaches them.
    for (QAction *a : {open, nextQuote, previousQuote, reanalyse})
        a->setToolTip(QString()); // falls back to the (new) text
    for (QAction *a :
         {open, showQuotes, showSpeakers, showDates, showTitles, nextQuote, previousQuote, reanalyse}) {
        const QString tip = a->toolTip();
        a->setToolTip(u"%1  <span style='color:gray'>%2</span>"_s.arg(
            tip, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

} // namespace saywho::ui
