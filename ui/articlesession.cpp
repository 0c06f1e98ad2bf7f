#include "articlesession.h"

#include "analysis/pipeline.h"
#include "analysis/reanalysis.h"
#include "analysis/runcontrol.h"
#include "backgroundrelease.h"
#include "commands/editcommand.h"
#include "io/documentloader.h"
#include "model/edits/dateedits.h"
#include "workerpool.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPromise>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace saywho::ui {

namespace {

AnalysisOutcome analyse(const core::Pipeline &pipeline, core::LoadResult loaded, QElapsedTimer timer,
                        const core::RunControl &control)
{
    AnalysisOutcome out;
    out.ok = loaded.ok;
    out.error = loaded.error;
    out.warnings = loaded.warnings;
    if (loaded.ok) {
        out.loadedMetadata = loaded.document.metadata();
        out.document = std::move(loaded.document);
        pipeline.run(out.document, control);
    }
    out.cancelled = control.isCancelled();
    out.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace

ArticleSession::ArticleSession(std::shared_ptr<const core::Pipeline> pipeline, QObject *parent)
    : QObject(parent), m_pipeline(std::move(pipeline)), m_undo(new QUndoStack(this))
{
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome>::finished, this, &ArticleSession::finished);
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome>::progressTextChanged, this,
            [this](const QString &text) {
                emit progressed(m_watcher.progressValue(), m_watcher.progressMaximum(), text);
            });
}

// A job still running is not waited for: it holds copies of what it needs, is told to stop, and its
// result is dropped, so closing a tab (or the window) mid-analysis never blocks and quitting does
// not leave the analysis running on.
ArticleSession::~ArticleSession()
{
    cancel();
    releaseInBackground(std::move(m_document));
}

void ArticleSession::cancel()
{
    if (m_control && m_running)
        m_control->cancel();
    m_rerun = false;
}

QString ArticleSession::displayName() const
{
    const core::DocumentMetadata &meta = m_document.metadata();
    if (!meta.path.isEmpty())
        return QFileInfo(meta.path).fileName();
    if (!meta.title.isEmpty())
        return meta.title.size() > 40 ? meta.title.left(38) + QChar(0x2026) : meta.title;
    return tr("Untitled");
}

void ArticleSession::openFile(const QString &path)
{
    start([pipeline = m_pipeline, path](const core::RunControl &control) {
        QElapsedTimer t;
        t.start();
        return analyse(*pipeline, core::DocumentLoader::loadFile(path), t, control);
    });
}

void ArticleSession::openText(const QString &text)
{
    start([pipeline = m_pipeline, text](const core::RunControl &control) {
        QElapsedTimer t;
        t.start();
        return analyse(*pipeline, core::DocumentLoader::fromText(text), t, control);
    });
}

void ArticleSession::openLoaded(const core::LoadResult &loaded)
{
    start([pipeline = m_pipeline, loaded](const core::RunControl &control) {
        QElapsedTimer t;
        t.start();
        return analyse(*pipeline, loaded, t, control);
    });
}

void ArticleSession::openAnalysed(core::Document document)
{
    m_loaded = true;
    m_undo->clear();
    m_document = std::move(document);
    ++m_revision;
    m_colors = SpeakerColors(m_document);
    emit analysed();
}

bool ArticleSession::hasCorrections() const
{
    return m_undo->count() > 0 && !m_undo->isClean();
}

QString ArticleSession::applyEdit(const core::Edit &edit, const QString &text)
{
    if (!edit.ok())
        return edit.error;
    if (edit.patch.isEmpty())
        return {};
    m_undo->push(new EditCommand(this, edit.patch, text));
    return {};
}

bool ArticleSession::applyPatch(const core::Patch &patch, core::Patch *inverse)
{
    const core::Patch::Result r = patch.apply(m_document, inverse);
    if (!r.ok()) {
        emit editFailed(r.error);
        return false;
    }
    ++m_revision;
    m_colors.follow(m_document);
    emit edited(patch);
    return true;
}

void ArticleSession::setPublicationDate(const QDate &date)
{
    const core::Edit e = core::edits::setPublicationDate(m_document, date);
    if (!e.ok() || e.patch.isEmpty())
        return;
    applyEdit(e, date.isValid()
                     ? tr("Set Publication Date to %1").arg(QLocale().toString(date, QLocale::ShortFormat))
                     : tr("Clear Publication Date"));
    // Every relative date hangs on it: the re-analysis joins this step.
    m_requester = topSerial();
    reanalyse();
}

void ArticleSession::setParagraphIncluded(int paragraphBegin, bool included)
{
    const core::Edit e = core::edits::setParagraphIncluded(m_document, paragraphBegin, included);
    if (!e.ok() || e.patch.isEmpty())
        return;
    applyEdit(e,
              included ? tr("Include Paragraph in the Analysis") : tr("Leave Paragraph Out of the Analysis"));
    m_requester = topSerial();
    reanalyse();
}

void ArticleSession::reload(const QString &encoding)
{
    if (!m_loaded || isBusy() || path().isEmpty())
        return;
    m_reload = Reload::Reading;
    m_reloadEncoding = encoding;
    start([path = path(), encoding, current = m_document.text()](const core::RunControl &control) {
        AnalysisOutcome out;
        core::LoadResult loaded = core::DocumentLoader::loadFile(path, encoding);
        out.ok = loaded.ok;
        out.error = loaded.error;
        out.warnings = loaded.warnings;
        out.unchanged = loaded.ok && loaded.document.text() == current;
        out.loadedMetadata = loaded.document.metadata();
        out.document = std::move(loaded.document);
        out.cancelled = control.isCancelled();
        return out;
    });
}

void ArticleSession::acceptReload()
{
    if (m_reload != Reload::Reading || !m_reloaded.ok)
        return;
    m_reload = Reload::Analysing;
    start([pipeline = m_pipeline, loaded = std::exchange(m_reloaded, {})](const core::RunControl &control) {
        QElapsedTimer t;
        t.start();
        return analyse(*pipeline, loaded, t, control);
    });
}

void ArticleSession::discardReload()
{
    if (m_reload != Reload::Reading)
        return;
    m_reload = Reload::None;
    m_reloaded = {};
    emit reloadFinished(false, {}, {});
}

void ArticleSession::reloadStep(AnalysisOutcome out)
{
    if (!out.ok || out.unchanged) {
        m_reload = Reload::None;
        emit reloadFinished(false, out.error, out.warnings);
        return;
    }
    if (m_reload == Reload::Reading) {
        m_reloaded.ok = true;
        m_reloaded.warnings = out.warnings;
        m_reloaded.document = std::move(out.document);
        emit reloadReady(m_reloadEncoding);
        // Nothing of the reader's would be lost: go on at once.
        if (!hasCorrections())
            acceptReload();
        return;
    }
    m_reload = Reload::None;
    m_document = std::move(out.document);
    ++m_revision;
    m_colors = SpeakerColors(m_document);
    m_lastMs = out.milliseconds;
    m_undo->clear(); // its steps were corrections of the old text
    emit textReplaced();
    emit analysed();
    emit reloadFinished(true, {}, out.warnings);
}

quint64 ArticleSession::topSerial() const
{
    const auto *top = dynamic_cast<const EditCommand *>(m_undo->command(m_undo->index() - 1));
    return top && m_undo->index() == m_undo->count() ? top->serial() : 0;
}

void ArticleSession::reanalyse()
{
    if (!m_loaded)
        return;
    if (m_running) {
        m_rerun = true; // the running job started from an older document; go again when it lands
        return;
    }
    m_reanalysing = true;
    m_jobRevision = m_revision;
    start([pipeline = m_pipeline, current = m_document](const core::RunControl &control) {
        QElapsedTimer t;
        t.start();
        AnalysisOutcome out;
        out.ok = true;
        out.document = core::Reanalysis::run(*pipeline, current, control);
        out.cancelled = control.isCancelled();
        out.milliseconds = double(t.nsecsElapsed()) / 1e6;
        return out;
    });
}

void ArticleSession::reanalysisFinished(AnalysisOutcome out)
{
    m_reanalysing = false;
    // A correction made while it ran is in m_document, not in this result: run again from it.
    if (m_revision != m_jobRevision) {
        reanalyse();
        return;
    }
    emit busyChanged(false);
    const core::Patch diff = core::Patch::between(m_document, out.document);
    m_lastMs = out.milliseconds;
    const quint64 requester = m_requester;
    m_requester = 0;
    if (!diff.isEmpty()) {
        if (requester && requester == topSerial()) {
            auto *top = const_cast<EditCommand *>(
                static_cast<const EditCommand *>(m_undo->command(m_undo->index() - 1)));
            if (applyPatch(diff, nullptr))
                top->absorb(diff);
        } else {
            m_undo->push(new EditCommand(this, diff, tr("Re-analyse")));
        }
    }
    emit reanalysed(diff.size());
}

void ArticleSession::start(Job job)
{
    auto control = std::make_shared<core::RunControl>();
    m_control = control;
    m_running = true;
    // The promise reports progress to the watcher, which hands it to this thread: the session may be
    // gone by the time a stage starts, and nothing here points at it.
    m_watcher.setFuture(
        QtConcurrent::run(workerPool(), [job = std::move(job), control](QPromise<AnalysisOutcome> &promise) {
            promise.setProgressRange(0, 1);
            promise.setProgressValueAndText(0, QString());
            control->setProgress([&promise](int stage, int count, const QString &name) {
                // Reading the file is step 0; stage i is step i + 1 of count + 1.
                promise.setProgressRange(0, count + 1);
                promise.setProgressValueAndText(stage + 1, name);
            });
            promise.addResult((job)(*control));
        }));
    emit busyChanged(true);
}

void ArticleSession::finished()
{
    AnalysisOutcome out = m_watcher.result();
    m_control.reset();
    m_running = false;
    if (out.cancelled) {
        if (m_reload != Reload::None) {
            m_reload = Reload::None;
            emit busyChanged(false);
            emit reloadFinished(false, {}, {});
            return;
        }
        m_rerun = false;
        m_reanalysing = false;
        m_requester = 0;
        emit busyChanged(false);
        emit cancelled();
        return;
    }
    if (m_rerun) {
        m_rerun = false;
        m_reanalysing = false;
        reanalyse();
        return;
    }
    if (m_reanalysing && m_loaded && out.ok) {
        reanalysisFinished(std::move(out));
        return;
    }
    if (m_reload != Reload::None) {
        emit busyChanged(false);
        reloadStep(std::move(out));
        return;
    }
    emit busyChanged(false);
    if (!out.ok) {
        emit failed(out.error);
        return;
    }
    if (!m_loaded) {
        m_loaded = true;
        if (!out.warnings.isEmpty())
            emit warned(out.warnings);
    }
    m_document = std::move(out.document);
    m_colors = SpeakerColors(m_document);
    m_lastMs = out.milliseconds;
    emit analysed();
}

} // namespace saywho::ui
