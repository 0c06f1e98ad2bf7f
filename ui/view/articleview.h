#pragma once

#include <QTextEdit>

#include <functional>
#include <vector>

class QMenu;
class QVariantAnimation;

namespace saywho::ui {

class AnnotationHighlighter;
class DocumentPreparer;
class LazyBlockLayout;

// The read-only reading pane: a column of comfortable width centred in the window, a serif or sans
// body face, zoom, and paragraph spacing given by block formats. It knows nothing of quotes; the
// tab gives it runs (through the highlighter) and a tooltip provider.
class ArticleView final : public QTextEdit
{
    Q_OBJECT

public:
    enum class BodyFont { Serif, Sans };
    using TooltipProvider = std::function<QString(int position)>;
    // The clickable span under a position ({-1, -1} when none): outlined on hover.
    using HoverProvider = std::function<std::pair<int, int>(int position)>;
    // Adds the tab's own entries to the context menu for a document position.
    using MenuProvider = std::function<void(QMenu *menu, int position)>;

    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    // Replaces the text (the only time it changes) and lays out its blocks; titleLength > 0 sets
    // the first block apart as the headline. A text of LazyLayoutChars or more is laid out and
    // highlighted block by block as it is shown (LazyBlockLayout), not all at once, and its
    // document is built on a worker thread: until it is shown (textShown), the view is empty and
    // says so, and a reveal() waits for it.
    void setArticle(const QString &text, int titleLength);
    static constexpr int LazyLayoutChars = 200'000;
    bool isPreparing() const;
    // The lazy layout of a long article, or nullptr (the document's own layout).
    LazyBlockLayout *lazyLayout() const { return m_lazy; }
    AnnotationHighlighter *highlighter() const { return m_highlighter; }

    void setBodyFont(BodyFont font);
    BodyFont bodyFont() const { return m_bodyFont; }
    // Semi-bold when the body font has it, else the next heavier weight it has (P052's "Medium"
    // would otherwise stand in for semi-bold and look like the regular text).
    int emphasisWeight() const { return m_emphasisWeight; }
    // Width of an average character of running text in a font, measured on a sample of prose: a
    // font's own average counts every glyph it has, and URW's run far wider than the text.
    static double proseCharWidth(const QFont &font);
    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoom; }

    void setTooltipProvider(TooltipProvider provider) { m_tooltips = std::move(provider); }
    void setHoverProvider(HoverProvider provider) { m_hover = std::move(provider); }
    void setMenuProvider(MenuProvider provider) { m_menu = std::move(provider); }

    // Puts the cursor at begin, scrolls the span into the upper third of the pane and flashes it.
    void reveal(int begin, int end);
    // Find: every match is underlined, the current one (index into matches, or -1) selected. Extra
    // selections only: the annotation formats underneath keep their colours.
    void setSearchMatches(const QList<std::pair<int, int>> &matches, int current);
    // Document position of the character under a viewport point, or -1 off the text.
    int positionAt(const QPoint &viewportPos) const;

signals:
    void positionClicked(int position);
    // The article's text is in the view (at once for a short one, once prepared for a long one).
    void textShown();

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFont();
    void updateColumn();
    void applyBlockFormats();
    void setFlash(int begin, int end, double strength);
    void setHovered(std::pair<int, int> span);
    void updateExtraSelections();

    void replaceDocument(QTextDocument *document);
    void showPrepared(QTextDocument *document, const std::vector<int> &blockStarts);
    QList<ExtraSelection> searchSelections() const;

    AnnotationHighlighter *m_highlighter = nullptr;
    LazyBlockLayout *m_lazy = nullptr;
    DocumentPreparer *m_preparer = nullptr;
    QList<std::pair<int, int>> m_searchMatches;
    int m_searchCurrent = -1;
    QList<QTextEdit::ExtraSelection> m_searchSelections; // built once per search, not per hover
    std::pair<int, int> m_pendingReveal{-1, -1};
    QVariantAnimation *m_flash = nullptr;
    TooltipProvider m_tooltips;
    HoverProvider m_hover;
    MenuProvider m_menu;
    std::pair<int, int> m_hovered{-1, -1};
    double m_flashStrength = 0;
    BodyFont m_bodyFont = BodyFont::Serif;
    int m_zoom = 0;
    int m_emphasisWeight = QFont::DemiBold;
    int m_titleLength = 0;
    int m_flashBegin = 0;
    int m_flashEnd = 0;
    QPoint m_pressPos;
};

} // namespace saywho::ui
