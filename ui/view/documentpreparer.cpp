#include "documentpreparer.h"

#include "workerpool.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace saywho::ui {

struct DocumentPreparer::Result
{
    quint64 generation = 0;
    QTextDocument *document = nullptr;
    std::vector<int> blockStarts;
    Result() = default;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    // Not taken (superseded, or the preparer went first): deleted in the thread it was moved to.
    ~Result()
    {
        if (document)
            document->deleteLater();
    }
};

DocumentPreparer::DocumentPreparer(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this,
            &DocumentPreparer::finished);
}

DocumentPreparer::~DocumentPreparer()
{
    // Not waited for: the job holds its own copy of the text, and its result deletes itself.
    cancel();
}

void DocumentPreparer::prepare(const QString &text)
{
    m_busy = true;
    const quint64 generation = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [text, generation, target = thread()] {
        auto result = std::make_shared<Result>();
        result->generation = generation;
        auto *doc = new QTextDocument;
        doc->setUndoRedoEnabled(false);
        doc->setPlainText(text);
        result->blockStarts.reserve(size_t(doc->blockCount()));
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            result->blockStarts.push_back(b.position());
        doc->moveToThread(target);
        result->document = doc;
        return result;
    }));
}

void DocumentPreparer::cancel()
{
    ++m_generation;
    m_busy = false;
}

void DocumentPreparer::finished()
{
    // A superseded job's signal may arrive after the next was set: never wait for that one.
    if (!m_watcher.isFinished() || m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const std::shared_ptr<Result> result = m_watcher.result();
    if (!result || result->generation != m_generation)
        return;
    m_busy = false;
    QTextDocument *doc = std::exchange(result->document, nullptr);
    emit prepared(doc, result->blockStarts);
}

} // namespace saywho::ui
