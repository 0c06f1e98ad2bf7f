#include "articlesession.h"

#include "analysis/pipeline.h"
#include "io/documentloader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace saywho::ui {

namespace {

AnalysisOutcome analyse(const core::Pipeline &pipeline, core::LoadResult loaded, QElapsedTimer timer)
{
    AnalysisOutcome out;
    out.ok = loaded.ok;
    out.error = loaded.error;
    out.warnings = loaded.warnings;
    if (loaded.ok) {
        out.loadedMetadata = loaded.document.metadata();
        out.document = std::move(loaded.document);
        pipeline.run(out.document);
    }
    out.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace

ArticleSession::ArticleSession(std::shared_ptr<const core::Pipeline> pipeline, QObject *parent)
    : QObject(parent), m_pipeline(std::move(pipeline)), m_undo(new QUndoStack(this))
{
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome>::finished, this, &ArticleSession::finished);
}

// A job still running is not waited for: it holds copies of what it needs and its result is
// simply dropped, so closing a tab mid-analysis never blocks the window.
ArticleSession::~ArticleSession() = default;

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
    start([pipeline = m_pipeline, path] {
        QElapsedTimer t;
        t.start();
        return analyse(*pipeline, core::DocumentLoader::loadFile(path), t);
    });
}

void ArticleSession::openText(const QString &text)
{
    start([pipeline = m_pipeline, text] {
        QElapsedTimer t;
        t.start();
        return analyse(*pipeline, core::DocumentLoader::fromText(text), t);
    });
}

void ArticleSession::openLoaded(const core::LoadResult &loaded)
{
    start([pipeline = m_pipeline, loaded] {
        QElapsedTimer t;
        t.start();
        return analyse(*pipeline, loaded, t);
    });
}

void ArticleSession::setPublicationDate(const QDate &date)
{
    m_source.metadata().dct = date;
    m_source.metadata().dctSource = date.isValid() ? core::DctSource::User : core::DctSource::None;
    reanalyse();
}

void ArticleSession::setParagraphIncluded(int paragraphBegin, bool included)
{
    QList<int> &kept = m_source.metadata().includedParagraphs;
    kept.removeAll(paragraphBegin);
    if (included)
        kept.append(paragraphBegin);
    reanalyse();
}

void ArticleSession::reanalyse()
{
    if (!m_loaded)
        return;
    if (m_watcher.isRunning()) {
        m_rerun = true; // the running job started from stale metadata; go again when it lands
        return;
    }
    start([pipeline = m_pipeline, source = m_source] {
        QElapsedTimer t;
        t.start();
        core::LoadResult r;
        r.ok = true;
        // A fresh Document from the same text and metadata: every auto layer is recomputed.
        r.document = core::Document(source.originalText(), source.metadata());
        return analyse(*pipeline, std::move(r), t);
    });
}

void ArticleSession::start(std::function<AnalysisOutcome()> job)
{
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
    emit busyChanged(true);
}

void ArticleSession::finished()
{
    AnalysisOutcome out = m_watcher.result();
    if (m_rerun) {
        m_rerun = false;
        reanalyse();
        return;
    }
    emit busyChanged(false);
    if (!out.ok) {
        emit failed(out.error);
        return;
    }
    if (!m_loaded) {
        // Keep the un-analysed document as the source of later runs.
        m_source = core::Document(out.document.originalText(), out.loadedMetadata);
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
