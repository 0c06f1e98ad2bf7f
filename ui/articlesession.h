#pragma once

#include "view/speakercolors.h"

#include "io/documentloader.h"
#include "model/document.h"
#include "model/edits/edit.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace saywho::core {
class Pipeline;
class RunControl;
} // namespace saywho::core

namespace saywho::ui {

class EditCommand;

// What a worker thread hands back: the loaded and analysed document, or why it could not be read.
struct AnalysisOutcome
{
    bool ok = false;
    bool cancelled = false; // stopped by the reader, or by quitting: nothing to show
    bool unchanged = false; // a reload that read the same text as before
    QString error;
    QStringList warnings;
    core::Document document;
    core::DocumentMetadata loadedMetadata; // before the pipeline filled anything in
    double milliseconds = 0;
};

// One open article: its source document, the latest analysis of it, and the undo stack of the
// user's actions on it. Loading and analysis run on the thread pool; the session only ever swaps
// in a finished result, so the window never waits and never sees half a document.
class ArticleSession final : public QObject
{
    Q_OBJECT

public:
    ArticleSession(std::shared_ptr<const core::Pipeline> pipeline, QObject *parent = nullptr);
    ~ArticleSession() override;

    void openFile(const QString &path);
    void openText(const QString &text);
    void openLoaded(const core::LoadResult &loaded);
    // A document analysed already (the library's stored article with its corrections): shown as it
    // is, with an empty undo history.
    void openAnalysed(core::Document document);

    const core::Document &document() const { return m_document; }
    const SpeakerColors &colors() const { return m_colors; }
    QString path() const { return m_document.metadata().path; }
    QString displayName() const;
    // From start() until its result is handled (the worker may be done before that).
    bool isBusy() const { return m_running; }
    // Stops the running load or analysis as soon as it looks (between stages and inside the long
    // ones); its result is dropped and cancelled() follows. Nothing is waited for.
    void cancel();
    // The running job's control (null when idle): what cancel() sets.
    std::shared_ptr<const core::RunControl> runControl() const { return m_control; }
    bool hasDocument() const { return m_loaded; }
    double lastAnalysisMs() const { return m_lastMs; }
    QUndoStack *undoStack() const { return m_undo; }
    // Corrections on the undo stack (re-analyses that changed something included).
    bool hasCorrections() const;

    // Pushes one correction on the undo stack, which applies it at once. Returns why it was refused,
    // or an empty string.
    QString applyEdit(const core::Edit &edit, const QString &text);
    // Re-resolves the dates against a new publication date; an invalid date means "unknown".
    void setPublicationDate(const QDate &date);
    // Brings a boilerplate paragraph (by its start) back into the analysis, or leaves it out again.
    void setParagraphIncluded(int paragraphBegin, bool included);
    // Recomputes every automatic annotation and keeps every correction; the result is one undo step.
    void reanalyse();
    // View → Reload with Encoding: reads the file again as encoding. The same text keeps everything
    // (corrections included); a different one is offered through reloadReady() and replaces the
    // article, its analysis and its undo history once acceptReload() is called.
    void reload(const QString &encoding);
    void acceptReload();
    void discardReload();

    // For EditCommand: applies a patch to the document (inverse gets its undo), repaints.
    bool applyPatch(const core::Patch &patch, core::Patch *inverse);

signals:
    void busyChanged(bool busy);
    // How far the running job is: step of steps, and the stage it is in (a pipeline stage's name,
    // or empty while the file is read).
    void progressed(int step, int steps, const QString &stage);
    // The running job was cancelled: a first analysis leaves no document, a re-analysis keeps the
    // previous one.
    void cancelled();
    void analysed();
    void failed(const QString &message);
    void warned(const QStringList &warnings);
    // A correction, its undo or redo, or a re-analysis changed these annotations.
    void edited(const core::Patch &patch);
    // A re-analysis landed: how many automatic annotations it changed.
    void reanalysed(int changed);
    void editFailed(const QString &message);
    // The file reads differently as the encoding chosen; acceptReload() or discardReload() follows.
    void reloadReady(const QString &encoding);
    // The reload is over: replaced says whether the text (and the analysis) changed; error is why
    // the file could not be read, warnings what the decoder noticed.
    void reloadFinished(bool replaced, const QString &error, const QStringList &warnings);
    // The article's text is replaced (a reload): views showing the old text start again.
    void textReplaced();

private:
    using Job = std::function<AnalysisOutcome(const core::RunControl &)>;
    void start(Job job);
    void finished();
    void reanalysisFinished(AnalysisOutcome out);
    void reloadStep(AnalysisOutcome out);
    // The serial of the latest step when it is the top of the stack, else 0.
    quint64 topSerial() const;

    std::shared_ptr<const core::Pipeline> m_pipeline;
    QFutureWatcher<AnalysisOutcome> m_watcher;
    std::shared_ptr<core::RunControl> m_control; // of the running job
    core::Document m_document;
    // Counts changes of m_document: a re-analysis started before the latest one is stale.
    quint64 m_revision = 0;
    quint64 m_jobRevision = 0;
    bool m_reanalysing = false;
    // The correction that asked for the running re-analysis; the result joins it when it is still
    // the latest step.
    quint64 m_requester = 0;
    SpeakerColors m_colors;
    QUndoStack *m_undo = nullptr;
    bool m_loaded = false;
    bool m_rerun = false;
    bool m_running = false;
    enum class Reload { None, Reading, Analysing } m_reload = Reload::None;
    QString m_reloadEncoding;
    core::LoadResult m_reloaded; // read, not yet analysed, waiting for acceptReload()
    double m_lastMs = 0;
};

} // namespace saywho::ui
