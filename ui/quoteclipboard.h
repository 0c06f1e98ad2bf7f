#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QMenu;
class QMimeData;

namespace saywho::core {
class Document;
struct Quote;
} // namespace saywho::core

namespace saywho::ui {

class ArticleSession;
class PanelsController;
class TablePanel;

// Copy on a quotation: “…,” Speaker said (Title, date), as plain text and as HTML, ready to paste
// into notes or a fact-check. Ctrl+C in the Quotations panel copies the current row this way.
class QuoteClipboard final : public QObject
{
    Q_OBJECT

public:
    QuoteClipboard(TablePanel *quotes, PanelsController *controller, QObject *parent = nullptr);

    // The citation of a quote; title is what the article is called (its title or file name).
    static QString citation(const core::Document &doc, const core::Quote &quote, const QString &title);
    static QString citationHtml(const core::Document &doc, const core::Quote &quote, const QString &title);
    static QMimeData *mimeData(const core::Document &doc, const core::Quote &quote, const QString &title);
    // Puts the quote of this session on the clipboard.
    static void copy(const ArticleSession &session, const core::Quote &quote);

    // The view's context menu: "Copy Quotation" when position lies in one.
    static void addMenuAction(QMenu *menu, const ArticleSession &session, int position);

    // Copies the quotation in the panel's current row; false when no row is current.
    bool copyCurrentRow() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TablePanel *m_quotes;
    PanelsController *m_controller;
};

} // namespace saywho::ui
