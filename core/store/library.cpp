#include "library.h"

#include "annotationrows.h"
#include "schemamigrator.h"
#include "schemasteps.h"
#include "texthash.h"

#include "analysis/canonicalorder.h"
#include "analysis/pipeline.h"
#include "model/documentcheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace saywho::core;

namespace saywho::store {

namespace {

// Paragraphs, sentences and tokens are not stored: they follow from the text and metadata.
const Pipeline &segmentation()
{
    static const Pipeline p = [] {
        AnalysisOptions o;
        o.findQuotes = false;
        o.findDates = false;
        return Pipeline::standard(o);
    }();
    return p;
}

} // namespace

Library::Library() = default;
Library::~Library() = default;

QString Library::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"library.sqlite"_s);
}

StoreResult Library::failOpen(Problem problem, const QString &message)
{
    m_problem = problem;
    close();
    m_problem = problem;
    return StoreResult::failed(message, problem == Problem::Busy);
}

StoreResult Library::open(const QString &path, int busyTimeoutMs)
{
    close();
    m_problem = Problem::None;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return failOpen(Problem::NotALibrary, tr("%1 is not a file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return failOpen(Problem::Unwritable, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    if (StoreResult r = m_db.open(path, busyTimeoutMs); !r.ok())
        return failOpen(Problem::Other, tr("Cannot open the library %1: %2").arg(path, r.error));
    // Read before anything is written: a newer or foreign file is left exactly as it was.
    StoreResult r;
    const int version = SchemaMigrator::version(m_db, &r);
    if (!r.ok()) {
        if (r.busy)
            return failOpen(
                Problem::Busy,
                tr("The library %1 is busy: another SayWho is writing to it. Try again in a moment.")
                    .arg(path));
        return failOpen(Problem::NotALibrary,
                        tr("%1 is not a SayWho library (SQLite says: %2).").arg(path, r.error));
    }
    if (version > latestSchemaVersion())
        return failOpen(Problem::Newer,
                        tr("The library %1 was written by a newer SayWho (library version %2; this "
                           "SayWho reads up to version %3). It was left untouched.")
                            .arg(path)
                            .arg(version)
                            .arg(latestSchemaVersion()));
    if (version > 0) {
        const QVariant tables =
            m_db.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'article'"_s, &r);
        if (!r.ok() || tables.toInt() != 1)
            return failOpen(r.busy ? Problem::Busy : Problem::Corrupt,
                            tr("The library %1 is damaged: %2")
                                .arg(path, r.ok() ? tr("its tables are missing") : r.error));
    }
    // Switching to WAL and migrating need the write lock; SQLite answers "busy" at once, without
    // the busy timeout, when waiting could deadlock (another process holds the write lock while
    // this one reads). Try again until the timeout has passed.
    const auto untilFree = [busyTimeoutMs](const auto &step) {
        QElapsedTimer waited;
        waited.start();
        StoreResult result = step();
        while (result.busy && waited.elapsed() < busyTimeoutMs) {
            QThread::msleep(25);
            result = step();
        }
        return result;
    };
    if (r = untilFree([this] { return m_db.configure(); }); !r.ok())
        return failOpen(
            r.busy ? Problem::Busy : Problem::Unwritable,
            r.busy ? tr("The library %1 is busy: another SayWho is writing to it. Try again in a moment.")
                         .arg(path)
                   : tr("Cannot write to the library %1: %2").arg(path, r.error));
    if (r = untilFree([this] { return SchemaMigrator::migrate(m_db); }); !r.ok())
        return failOpen(r.busy ? Problem::Busy : Problem::Corrupt,
                        tr("Cannot bring the library %1 up to date: %2").arg(path, r.error));
    m_search = std::make_unique<SearchIndex>(m_db);
    m_articles = std::make_unique<ArticleRepository>(m_db, *m_search);
    m_corrections = std::make_unique<CorrectionLog>(m_db);
    m_people = std::make_unique<PersonRepository>(m_db);
    if (version < 2 && version > 0) {
        // Libraries from before library people: link every stored entity once.
        Transaction tx(m_db);
        for (qint64 id : m_articles->ids()) {
            if (r = linkPeople(id); !r.ok())
                return failOpen(Problem::Other, r.error);
        }
        if (r = tx.commit(); !r.ok())
            return failOpen(Problem::Other, r.error);
    }
    return {};
}

void Library::close()
{
    m_people.reset();
    m_corrections.reset();
    m_articles.reset();
    m_search.reset();
    m_db.close();
}

QString Library::integrityCheck(StoreResult *result)
{
    return m_db.scalar(u"PRAGMA integrity_check"_s, result).toString();
}

std::optional<qint64> Library::find(const Document &doc, StoreResult *result)
{
    return m_articles->findByHash(textHash(doc.originalText()), result);
}

StoreResult Library::linkPeople(qint64 article)
{
    AnnotationRows rows(m_db, *m_search);
    StoreResult r;
    for (const auto &[row, entity] : rows.unlinkedEntities(article, &r)) {
        if (StoreResult l = m_people->link(row, entity); !l.ok())
            return l;
    }
    return r;
}

StoreResult Library::insertOne(const Document &doc, const QString &engineVersion, qint64 *id)
{
    if (StoreResult r = m_articles->insert(doc, engineVersion, id); !r.ok())
        return r;
    AnnotationRows rows(m_db, *m_search);
    if (StoreResult r = rows.insertAll(*id, doc); !r.ok())
        return r;
    return linkPeople(*id);
}

StoreResult Library::add(const Document &doc, const QString &engineVersion, qint64 *id)
{
    QList<qint64> ids;
    StoreResult r = addAll({&doc}, engineVersion, &ids);
    if (r.ok())
        *id = ids.first();
    return r;
}

StoreResult Library::addAll(const QList<const Document *> &docs, const QString &engineVersion,
                            QList<qint64> *ids)
{
    Transaction tx(m_db);
    if (!tx.begun().ok())
        return tx.begun();
    ids->clear();
    for (const Document *doc : docs) {
        qint64 id = 0;
        if (StoreResult r = insertOne(*doc, engineVersion, &id); !r.ok())
            return r;
        ids->append(id);
    }
    return tx.commit();
}

std::optional<Document> Library::load(qint64 id, StoreResult *result)
{
    StoreResult r;
    const auto stored = m_articles->read(id, &r);
    if (!stored) {
        if (result)
            *result = r;
        return std::nullopt;
    }
    Document doc = stored->runs.isEmpty()
                       ? Document(stored->originalText, stored->metadata)
                       : Document(stored->text, stored->originalText, stored->runs, stored->metadata);
    if (doc.text() != stored->text) {
        if (result)
            *result =
                StoreResult::failed(tr("The stored text of article %1 does not match its map.").arg(id));
        return std::nullopt;
    }
    segmentation().run(doc);
    AnnotationRows rows(m_db, *m_search);
    if (r = rows.readAll(id, doc); !r.ok()) {
        if (result)
            *result = r;
        return std::nullopt;
    }
    putInCanonicalOrder(doc);
    // Rows changed behind the library's back (another tool, a damaged page) can hold what the
    // window and the edits cannot work on: the article is refused, the file left as it is.
    if (const QString problem = documentInconsistency(doc); !problem.isEmpty()) {
        if (result)
            *result = StoreResult::failed(
                tr("The annotations of article %1 in the library contradict each other: %2")
                    .arg(id)
                    .arg(problem));
        return std::nullopt;
    }
    for (int i = 0; i < stored->nextIds.size() && i < int(Store::Count); ++i)
        doc.reserveId(Store(i), stored->nextIds.at(i));
    if (result)
        *result = {};
    return doc;
}

StoreResult Library::record(qint64 article, const Patch &patch, const Document &after, CorrectionKind kind,
                            const QString &description, qint64 reverts, qint64 *logId,
                            const QString &engineVersion)
{
    Transaction tx(m_db);
    if (!tx.begun().ok())
        return tx.begun();
    AnnotationRows rows(m_db, *m_search);
    if (StoreResult r = rows.apply(article, patch, after); !r.ok())
        return r;
    if (StoreResult r = m_articles->update(article, after, engineVersion); !r.ok())
        return r;
    if (StoreResult r = linkPeople(article); !r.ok())
        return r;
    if (StoreResult r = m_corrections->append(article, kind, description, patch, reverts, logId); !r.ok())
        return r;
    return tx.commit();
}

StoreResult Library::mergePeople(qint64 into, qint64 from, PersonMerge *undo)
{
    Transaction tx(m_db);
    if (!tx.begun().ok())
        return tx.begun();
    if (StoreResult r = m_people->merge(into, from, undo); !r.ok())
        return r;
    return tx.commit();
}

StoreResult Library::unmergePeople(const PersonMerge &merge)
{
    Transaction tx(m_db);
    if (!tx.begun().ok())
        return tx.begun();
    if (StoreResult r = m_people->unmerge(merge); !r.ok())
        return r;
    return tx.commit();
}

StoreResult Library::splitPerson(qint64 person, const QList<qint64> &entityRows, const QString &name,
                                 qint64 *newPerson)
{
    Transaction tx(m_db);
    if (!tx.begun().ok())
        return tx.begun();
    if (StoreResult r = m_people->split(person, entityRows, name, newPerson); !r.ok())
        return r;
    return tx.commit();
}

StoreResult Library::unsplitPerson(const PersonSplit &split)
{
    Transaction tx(m_db);
    if (!tx.begun().ok())
        return tx.begun();
    if (StoreResult r = m_people->unsplit(split); !r.ok())
        return r;
    return tx.commit();
}

} // namespace saywho::store
