#pragma once

#include "articlerepository.h"
#include "correctionlog.h"
#include "database.h"
#include "personrepository.h"
#include "schema.h"
#include "searchindex.h"
#include "storeresult.h"

#include "model/document.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace saywho::store {

// The SQLite library of articles and corrections (docs/library.md): opens (and creates, migrates)
// the file, and keeps every save one transaction. One Library per thread: Qt SQL connections do not
// cross threads.
class Library final
{
    Q_DECLARE_TR_FUNCTIONS(saywho::store::Library)
public:
    enum class Problem { None, Newer, NotALibrary, Corrupt, Busy, Unwritable, Other };

    Library();
    ~Library();

    // QStandardPaths::AppDataLocation/library.sqlite
    static QString defaultPath();

    // Opens or creates the library at path and brings its schema up to date. On failure nothing was
    // written, problem() says what kind of failure it was and the message is for the user.
    StoreResult open(const QString &path, int busyTimeoutMs = 5000);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    Problem problem() const { return m_problem; }
    QString path() const { return m_db.path(); }
    // PRAGMA integrity_check: "ok" or what SQLite found.
    QString integrityCheck(StoreResult *result = nullptr);

    // The stored article with this text, if any.
    std::optional<qint64> find(const core::Document &doc, StoreResult *result = nullptr);
    // Stores an analysed document with all its annotations and links its people (one transaction).
    StoreResult add(const core::Document &doc, const QString &engineVersion, qint64 *id);
    // Several at once in one transaction (the import batches); ids gets one id per document.
    StoreResult addAll(const QList<const core::Document *> &docs, const QString &engineVersion,
                       QList<qint64> *ids);
    // The stored article as a Document: text, metadata, annotations, user layer and id counters,
    // with its paragraphs, sentences and tokens computed again.
    std::optional<core::Document> load(qint64 id, StoreResult *result = nullptr);

    // Writes one correction (or re-analysis): the rows its patch touches, the article's metadata,
    // and a log entry, all in one transaction. after is the document the patch produced; a
    // re-analysis also records the engine version that made it.
    StoreResult record(qint64 article, const core::Patch &patch, const core::Document &after,
                       CorrectionKind kind, const QString &description, qint64 reverts = 0,
                       qint64 *logId = nullptr, const QString &engineVersion = {});

    ArticleRepository &articles() { return *m_articles; }
    CorrectionLog &corrections() { return *m_corrections; }
    PersonRepository &people() { return *m_people; }
    SearchIndex &search() { return *m_search; }
    Database &database() { return m_db; }

    // Merges and splits of library people, each one transaction.
    StoreResult mergePeople(qint64 into, qint64 from, PersonMerge *undo);
    StoreResult unmergePeople(const PersonMerge &merge);
    StoreResult splitPerson(qint64 person, const QList<qint64> &entityRows, const QString &name,
                            qint64 *newPerson);
    StoreResult unsplitPerson(const PersonSplit &split);

private:
    StoreResult insertOne(const core::Document &doc, const QString &engineVersion, qint64 *id);
    StoreResult linkPeople(qint64 article);
    StoreResult failOpen(Problem problem, const QString &message);

    Database m_db;
    Problem m_problem = Problem::None;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<ArticleRepository> m_articles;
    std::unique_ptr<CorrectionLog> m_corrections;
    std::unique_ptr<PersonRepository> m_people;
};

} // namespace saywho::store
