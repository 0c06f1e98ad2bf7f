#include "articletabs.h"

#include "articlesession.h"
#include "articletab.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>

namespace saywho::ui {

ArticleTabs::ArticleTabs(QWidget *parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setElideMode(Qt::ElideMiddle);
    connect(this, &QTabWidget::tabCloseRequested, this, &ArticleTabs::closeArticle);
    connect(this, &QTabWidget::currentChanged, this, [this] { emit currentArticleChanged(current()); });
}

void ArticleTabs::addArticle(ArticleTab *tab)
{
    ArticleSession *s = tab->session();
    const int index = addTab(tab, s->displayName());
    setTabToolTip(index,
                  s->path().isEmpty() ? s->document().metadata().title : QDir::toNativeSeparators(s->path()));
    setCurrentIndex(index);
    tab->view()->setFocus();
}

ArticleTab *ArticleTabs::current() const
{
    return qobject_cast<ArticleTab *>(currentWidget());
}

ArticleTab *ArticleTabs::article(int index) const
{
    return qobject_cast<ArticleTab *>(widget(index));
}

ArticleTab *ArticleTabs::findByPath(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < count(); ++i)
        if (ArticleTab *t = article(i);
            t && !t->session()->path().isEmpty() && t->session()->path() == wanted)
            return t;
    return nullptr;
}

void ArticleTabs::closeArticle(int index)
{
    ArticleTab *tab = article(index);
    removeTab(index);
    delete tab;
    if (count() == 0)
        emit currentArticleChanged(nullptr);
}

void ArticleTabs::paintEvent(QPaintEvent *event)
{
    QTabWidget::paintEvent(event);
    if (count() > 0)
        return;
    QPainter p(this);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    p.setFont(f);
    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    p.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
               tr("Open an article with Ctrl+O, paste one with Ctrl+Shift+V,\nor drop a text file here."));
}

} // namespace saywho::ui
