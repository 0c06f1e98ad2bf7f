#pragma once

#include "view/articleview.h"
#include "view/highlightlayer.h"

#include <QWidget>

#include <functional>

class QMenu;

namespace saywho::core {
class Patch;
}

namespace saywho::ui {

class ArticleSession;
class FormatRunBuilder;
class DateTableModel;
class LegendWidget;
class PeopleTableModel;
class QuoteTableModel;

// One article's page: the legend strip over the reading view, and the panel models of its
// session. Paints the session's latest analysis with the layers and focus the reader chose.
class ArticleTab final : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of the session.
    explicit ArticleTab(ArticleSession *session, QWidget *parent = nullptr);

    ArticleSession *session() const { return m_session; }
    ArticleView *view() const { return m_view; }
    LegendWidget *legend() const { return m_legend; }
    QuoteTableModel *quoteModel() const { return m_quotes; }
    PeopleTableModel *peopleModel() const { return m_people; }
    DateTableModel *dateModel() const { return m_dates; }

    void setLayers(HighlightLayers layers);
    HighlightLayers layers() const { return m_layers; }
    // Shows only one person's quotes and mentions; 0 shows everyone.
    void setFocusEntity(int entityId);
    int focusEntity() const { return m_focus; }
    // The corrections for the view's context menu at a text position.
    // The highlights shown are the last ones asked for (a long article's are built on the pool).
    bool highlightsCurrent() const { return m_runsShown == m_runsWanted; }
    void setCorrectionMenu(std::function<void(QMenu *, int)> menu) { m_correctionMenu = std::move(menu); }

signals:
    void quoteClicked(int row);
    void dateClicked(int row);
    void entityClicked(int entityId);
    void focusRequested(int entityId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // "Include This Paragraph in the Analysis" for dimmed boilerplate, and the way back.
    void addParagraphActions(QMenu *menu, int position);
    void analysed();
    void edited(const core::Patch &patch);
    // A run builder with the tab's layers, focus and emphasis, over the session's document.
    FormatRunBuilder runBuilder() const;
    void repaint();
    void updateLegend();
    void clicked(int position);
    std::pair<int, int> clickableAt(int position) const;

    ArticleSession *m_session;
    LegendWidget *m_legend;
    ArticleView *m_view;
    QuoteTableModel *m_quotes;
    PeopleTableModel *m_people;
    DateTableModel *m_dates;
    std::function<void(QMenu *, int)> m_correctionMenu;
    HighlightLayers m_layers = AllHighlightLayers;
    int m_focus = 0;
    bool m_shown = false;
    quint64 m_runsWanted = 0; // highlight builds asked for, the last one shown
    quint64 m_runsShown = 0;
};

} // namespace saywho::ui
