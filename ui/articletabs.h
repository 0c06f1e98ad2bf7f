#pragma once

#include <QTabWidget>

namespace saywho::ui {

class ArticleTab;

// The open articles, one tab each. With none open it shows how to get started.
class ArticleTabs final : public QTabWidget
{
    Q_OBJECT

public:
    explicit ArticleTabs(QWidget *parent = nullptr);

    void addArticle(ArticleTab *tab);
    ArticleTab *current() const;
    ArticleTab *article(int index) const;
    ArticleTab *findByPath(const QString &path) const;
    void closeArticle(int index);

signals:
    void currentArticleChanged(saywho::ui::ArticleTab *tab);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace saywho::ui
