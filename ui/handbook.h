#pragma once

#include <QPointer>
#include <QTextBrowser>

class QAction;
class QMainWindow;

namespace saywho::ui {

// The handbook's pages (resources/help/<language>/) in a QTextBrowser. keys.html is not a file:
// it is written from the window's actions, so the keyboard reference always matches the shortcuts
// and reads in the current language.
class HandbookBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit HandbookBrowser(QMainWindow *window, QWidget *parent = nullptr);

    // The page for the current UI language (English when there is none): "index.html", "keys.html".
    void showPage(const QString &page);
    // en, de or fr: what the pages are shown in.
    static QString pageLanguage();
    QVariant loadResource(int type, const QUrl &name) override;
    // The keyboard reference: every action of the window with a shortcut, by menu.
    QString keyboardReference() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<QMainWindow> m_window;
};

// Help → SayWho Handbook (F1): opens the handbook beside the main window.
class Handbook final : public QObject
{
    Q_OBJECT

public:
    explicit Handbook(QMainWindow *window);

    QAction *action() const { return m_action; }
    // The open handbook window, or nullptr.
    QWidget *window() const { return m_view; }
    HandbookBrowser *browser() const { return m_browser; }
    void open();

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMainWindow *m_window;
    QAction *m_action;
    QPointer<QWidget> m_view;
    QPointer<HandbookBrowser> m_browser;
};

} // namespace saywho::ui
