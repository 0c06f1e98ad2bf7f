#pragma once

#include <QMenu>

namespace saywho::ui {

class ArticleSession;
class ArticleTabs;

// View → Reload with Encoding (as in Kate): the file of the current article read again as the
// encoding chosen, and analysed again. A text that reads the same keeps the tab's corrections; one
// that reads differently replaces them, and the reader is asked first when there are any.
class EncodingMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit EncodingMenu(ArticleTabs *tabs, QWidget *parent = nullptr);

    // The confirmation before corrections are dropped (tests answer it).
    static QString confirmationName() { return QStringLiteral("reloadConfirmation"); }

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(const QString &encoding);
    void ready(ArticleSession *session, const QString &encoding);
    void retranslate();

    ArticleTabs *m_tabs;
};

} // namespace saywho::ui
