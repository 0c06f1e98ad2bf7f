#pragma once

#include "view/speakercolors.h"

#include "io/documentloader.h"
#include "model/document.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QUndoStack;

namespace saywho::core {
class Pipeline;
}

namespace saywho::ui {

// What a worker thread hands back: the loaded and analysed document, or why it could not be read.
struct AnalysisOutcome
{
    bool ok = false;
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

    const core::Document &document() const { return m_document; }
    const SpeakerColors &colors() const { return m_colors; }
    QString path() const { return m_document.metadata().path; }
    QString displayName() const;
    bool isBusy() const { return m_watcher.isRunning(); }
    bool hasDocument() const { return m_loaded; }
    double lastAnalysisMs() const { return m_lastMs; }
    QUndoStack *undoStack() const { return m_undo; }

    // Re-resolves the dates against a new publication date; an invalid date means "unknown".
    void setPublicationDate(const QDate &date);
    // Brings a boilerplate paragraph (by its start) back into the analysis, or leaves it out again.
    void setParagraphIncluded(int paragraphBegin, bool included);
    void reanalyse();

signals:
    void busyChanged(bool busy);
    void analysed();
    void failed(const QString &message);
    void warned(const QStringList &warnings);

private:
    void start(std::function<AnalysisOutcome()> job);
    void finished();

    std::shared_ptr<const core::Pipeline> m_pipeline;
    QFutureWatcher<AnalysisOutcome> m_watcher;
    core::Document m_source; // as loaded, with the user's metadata: what every re-analysis starts from
    core::Document m_document;
    SpeakerColors m_colors;
    QUndoStack *m_undo = nullptr;
    bool m_loaded = false;
    bool m_rerun = false;
    double m_lastMs = 0;
};

} // namespace saywho::ui
