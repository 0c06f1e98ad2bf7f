#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QActionGroup;

namespace saywho::ui {

// Every command of the window, with its shortcut and icon, in one place. Texts are set by
// retranslate(), called again when the language changes.
class Actions final : public QObject
{
    Q_OBJECT

public:
    explicit Actions(QObject *parent = nullptr);
    void retranslate();
    // The layer toggles show samples in the palette's colours: redraw them for a new palette.
    void updateIcons();
    // Undo and Redo become the undo group's own actions (enabled and triggered by the group).
    void adoptUndoActions(QAction *undoAction, QAction *redoAction);

    // File
    QAction *open;
    QAction *newFromClipboard;
    QAction *openUrl;
    QAction *openSample;
    QAction *exportArticle;
    QAction *closeTab;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *copy;
    QAction *selectAll;
    // View
    QAction *showQuotes;
    QAction *showSpeakers;
    QAction *showDates;
    QAction *showTitles;
    QAction *nextQuote;
    QAction *previousQuote;
    QAction *showEveryone;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *serifFont;
    QAction *sansFont;
    QActionGroup *fontGroup;
    QAction *fullScreen;
    QAction *annotationSource;
    // Article
    QAction *properties;
    QAction *reanalyse;
    // Help
    QAction *about;
    QAction *aboutQt;

    QList<QAction *> layerActions() const { return {showQuotes, showSpeakers, showDates, showTitles}; }
    // Actions that need an open article.
    QList<QAction *> articleActions() const;

private:
    QAction *make(const QKeySequence &shortcut = {});
};

} // namespace saywho::ui
