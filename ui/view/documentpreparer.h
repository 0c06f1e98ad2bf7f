#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTextDocument;

namespace saywho::ui {

// Builds the QTextDocument of a long text on a worker thread: filling it is a second and a half
// for a 40 MB article, which the window must not wait for. The document is built without a
// layout (nothing of it touches fonts or the screen), then moved to this object's thread.
class DocumentPreparer final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentPreparer(QObject *parent = nullptr);
    ~DocumentPreparer() override;

    // A new text replaces the one being prepared; its document is dropped.
    void prepare(const QString &text);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    // The receiver takes the document (it has no parent) and the position of each of its blocks.
    void prepared(QTextDocument *document, const std::vector<int> &blockStarts);

private:
    struct Result;
    void finished();

    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace saywho::ui
