#include "librarydock.h"

#include "librarycontroller.h"
#include "librarypeoplecommand.h"
#include "personsplitdialog.h"

#include "store/library.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

constexpr int ArticleRole = Qt::UserRole + 1;
constexpr int PositionRole = Qt::UserRole + 2;
constexpr int PersonRole = Qt::UserRole + 3;

// Sorts numbers and dates by value, not by their text.
class Row final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(c, Qt::UserRole), b = other.data(c, Qt::UserRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return text(c).localeAwareCompare(other.text(c)) < 0;
    }
};

QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString plain(QString s)
{
    s.replace(u'\n', u' ');
    return s;
}

} // namespace

LibraryDock::LibraryDock(LibraryController *controller, QWidget *parent)
    : QDockWidget(parent), m_controller(controller), m_scope(new QComboBox), m_search(new QLineEdit),
      m_tree(new QTreeWidget), m_note(new QLabel), m_debounce(new QTimer(this)), m_undo(new QUndoStack(this))
{
    setObjectName(u"libraryDock"_s);
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    row->addWidget(m_scope);
    row->addWidget(m_search, 1);
    column->addLayout(row);
    column->addWidget(m_tree, 1);
    column->addWidget(m_note);
    m_note->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"librarySearch"_s);
    m_tree->setObjectName(u"libraryResults"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // Wide enough for a title and its date beside the article column.
    body->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setWidget(body);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryDock::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &LibraryDock::refresh);
    connect(m_debounce, &QTimer::timeout, this, &LibraryDock::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activated(item); });
    connect(controller, &LibraryController::libraryChanged, this, [this] {
        // The steps were changes of the library that is no longer open.
        m_undo->clear();
        refresh();
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &LibraryDock::peopleMenu);
    // Lists are re-read when seen: a correction in a hidden panel costs nothing.
    connect(controller, &LibraryController::stored, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            refresh();
        // Shown from the keyboard (Ctrl+Shift+L): ready to type a search.
        if (visible)
            m_search->setFocus();
    });
    retranslate();
}

void LibraryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void LibraryDock::retranslate()
{
    setWindowTitle(tr("Library"));
    const int scope = qMax(0, m_scope->currentIndex());
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItems({tr("Words"), tr("Quotes by"), tr("Articles mentioning"), tr("People")});
    m_scope->setCurrentIndex(scope);
    m_search->setPlaceholderText(tr("Search the library (a \"phrase\" in double quotes)"));
    toggleViewAction()->setText(tr("&Library"));
    refresh();
}

void LibraryDock::refresh()
{
    m_stale = false;
    m_tree->clear();
    m_note->clear();
    if (!m_controller->library()) {
        m_note->setText(tr("No library is open (File → Open Library…)."));
        return;
    }
    const QString query = m_search->text().trimmed();
    const Scope scope = Scope(qMax(0, m_scope->currentIndex()));
    m_tree->setSelectionMode(scope == Scope::People ? QAbstractItemView::ExtendedSelection
                                                    : QAbstractItemView::SingleSelection);
    if (scope == Scope::People)
        showPeople(query);
    else if (query.isEmpty())
        showArticles();
    else if (scope == Scope::Words)
        showSearch(query);
    else
        showQuotesBy(query);
}

void LibraryDock::showArticles()
{
    m_tree->setColumnCount(6);
    m_tree->setHeaderLabels(
        {tr("Title"), tr("Date"), tr("Site"), tr("Quotes"), tr("Corrections"), tr("Last opened")});
    store::StoreResult r;
    const QList<store::ArticleSummary> all = m_controller->library()->articles().list(&r);
    QList<QTreeWidgetItem *> items;
    for (const store::ArticleSummary &a : all) {
        auto *item = new Row;
        item->setText(0, a.title.isEmpty() ? tr("(untitled)") : plain(a.title));
        item->setToolTip(0, a.path.isEmpty() ? plain(a.title) : a.path);
        item->setText(1, dateText(a.dct));
        item->setData(1, Qt::UserRole, a.dct);
        item->setText(2, a.site);
        item->setText(3, QLocale().toString(a.quotes));
        item->setData(3, Qt::UserRole, a.quotes);
        item->setText(4, QLocale().toString(a.corrections));
        item->setData(4, Qt::UserRole, a.corrections);
        item->setText(5, QLocale().toString(a.lastOpened.toLocalTime(), QLocale::ShortFormat));
        item->setData(5, Qt::UserRole, a.lastOpened);
        item->setData(0, ArticleRole, a.id);
        item->setData(0, PositionRole, 0);
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_note->setText(r.ok() ? tr("%n article(s)", nullptr, int(all.size())) : r.error);
}

void LibraryDock::showSearch(const QString &query)
{
    m_tree->setSortingEnabled(false);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Found"), tr("Date"), tr("Article")});
    store::StoreResult r;
    store::SearchIndex &search = m_controller->library()->search();
    const QList<store::SearchHit> quotes = search.quotes(query, 200, &r);
    const QList<store::SearchHit> articles = search.articles(query, 200, &r);
    auto add = [this](const store::SearchHit &h, bool quote) {
        auto *item = new Row(m_tree);
        item->setText(0, (quote ? tr("Quote: %1") : tr("Text: %1")).arg(plain(h.snippet)));
        item->setToolTip(0, plain(h.snippet));
        item->setText(1, dateText(h.dct));
        item->setText(2, plain(h.title));
        item->setData(0, ArticleRole, h.article);
        item->setData(0, PositionRole, h.position);
    };
    for (const store::SearchHit &h : quotes)
        add(h, true);
    for (const store::SearchHit &h : articles)
        add(h, false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_note->setText(r.ok() ? tr("%1 quotes and %2 articles found").arg(quotes.size()).arg(articles.size())
                           : r.error);
}

void LibraryDock::showQuotesBy(const QString &name)
{
    m_tree->setSortingEnabled(false);
    m_tree->setColumnCount(3);
    store::Library *lib = m_controller->library();
    store::StoreResult r;
    const QList<store::LibraryPerson> people = lib->people().find(name, &r);
    const bool quotes = Scope(m_scope->currentIndex()) == Scope::QuotesBy;
    m_tree->setHeaderLabels(quotes ? QStringList{tr("Quote"), tr("Date"), tr("Article")}
                                   : QStringList{tr("Article"), tr("Date"), tr("Quotes")});
    int count = 0;
    for (const store::LibraryPerson &p : people) {
        if (quotes) {
            for (const store::LibraryQuote &q : lib->people().quotesBy(p.id, 500, &r)) {
                auto *item = new Row(m_tree);
                item->setText(0, plain(q.text));
                item->setToolTip(0, tr("%1: %2").arg(q.speaker, plain(q.text)));
                item->setText(1, dateText(q.dct));
                item->setText(2, plain(q.title));
                item->setData(0, ArticleRole, q.article);
                item->setData(0, PositionRole, q.position);
                ++count;
            }
        } else {
            const QList<store::ArticleSummary> all = lib->articles().list(&r);
            const QList<qint64> mentioning = lib->people().articlesMentioning(p.id, &r);
            const QSet<qint64> ids(mentioning.begin(), mentioning.end());
            for (const store::ArticleSummary &a : all) {
                if (!ids.contains(a.id))
                    continue;
                auto *item = new Row(m_tree);
                item->setText(0, plain(a.title));
                item->setText(1, dateText(a.dct));
                item->setText(2, QLocale().toString(a.quotes));
                item->setData(0, ArticleRole, a.id);
                item->setData(0, PositionRole, 0);
                ++count;
            }
        }
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!r.ok())
        m_note->setText(r.error);
    else if (people.isEmpty())
        m_note->setText(tr("Nobody called “%1” in the library.").arg(name));
    else
        m_note->setText((quotes ? tr("%1 quotes by %2") : tr("%1 articles mentioning %2"))
                            .arg(count)
                            .arg(people.first().name));
}

void LibraryDock::showPeople(const QString &filter)
{
    m_tree->setSortingEnabled(false);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Articles"), tr("Quotes")});
    store::StoreResult r;
    const QString key = store::PersonRepository::nameKey(filter);
    QList<QTreeWidgetItem *> items;
    for (const store::LibraryPerson &p : m_controller->library()->people().all(&r)) {
        if (!key.isEmpty() && !store::PersonRepository::nameKey(p.name).contains(key))
            continue;
        auto *item = new Row;
        item->setText(0, p.name);
        item->setText(1, p.kind == core::EntityKind::Person         ? tr("Person")
                         : p.kind == core::EntityKind::Organization ? tr("Organization")
                                                                    : tr("Group"));
        item->setText(2, QLocale().toString(p.articles));
        item->setData(2, Qt::UserRole, p.articles);
        item->setText(3, QLocale().toString(p.quotes));
        item->setData(3, Qt::UserRole, p.quotes);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, PersonRole, p.id);
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(2, Qt::DescendingOrder);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Names first: the counts are short, and the kind is one word.
    m_tree->header()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_note->setText(r.ok() ? tr("%n people; select two to merge them, one to split it (right-click)", nullptr,
                                int(items.size()))
                           : r.error);
}

void LibraryDock::setScope(Scope scope)
{
    m_scope->setCurrentIndex(int(scope));
}

void LibraryDock::peopleMenu(const QPoint &at)
{
    if (Scope(m_scope->currentIndex()) != Scope::People || !m_controller->library())
        return;
    QList<std::pair<qint64, QString>> chosen;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        chosen.append({item->data(0, PersonRole).toLongLong(), item->text(0)});
    QMenu menu(this);
    if (chosen.size() >= 2) {
        for (const auto &[id, name] : chosen) {
            QList<qint64> others;
            for (const auto &[other, n] : chosen)
                if (other != id)
                    others.append(other);
            menu.addAction(tr("Merge into “%1”").arg(name), this,
                           [this, id = id, others] { mergePeople(id, others); });
        }
    } else if (chosen.size() == 1) {
        const auto [id, name] = chosen.first();
        menu.addAction(tr("Quotes by “%1”").arg(name), this, [this, name = name] {
            m_search->setText(name);
            setScope(Scope::QuotesBy);
        });
        menu.addAction(tr("Articles Mentioning “%1”").arg(name), this, [this, name = name] {
            m_search->setText(name);
            setScope(Scope::Mentioning);
        });
        menu.addSeparator();
        menu.addAction(tr("&Split…"), this, [this, id = id] { splitWithDialog(id); });
    }
    menu.addSeparator();
    QAction *undo = m_undo->createUndoAction(&menu, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(&menu, tr("Redo"));
    menu.addActions({undo, redo});
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

bool LibraryDock::mergePeople(qint64 into, const QList<qint64> &from)
{
    store::Library *lib = m_controller->library();
    const auto keep = lib ? lib->people().person(into) : std::nullopt;
    if (!keep || from.isEmpty())
        return false;
    auto report = [this](const store::StoreResult &r) { reportPeople(r); };
    QString text;
    if (from.size() == 1) {
        const auto other = lib->people().person(from.first());
        text = tr("Merge “%1” into “%2”").arg(other ? other->name : QString(), keep->name);
    } else {
        text = tr("Merge %n people into “%1”", nullptr, int(from.size())).arg(keep->name);
    }
    store::StoreResult r;
    QList<store::PersonMerge> merged;
    for (qint64 f : from) {
        store::PersonMerge done;
        if (r = lib->mergePeople(into, f, &done); !r.ok())
            break;
        merged.append(done);
    }
    // The merges made are one step, even when a later one was refused.
    if (!merged.isEmpty()) {
        m_undo->beginMacro(text);
        for (const store::PersonMerge &done : std::as_const(merged))
            m_undo->push(LibraryPeopleCommand::merge(m_controller, done, text, report));
        m_undo->endMacro();
    }
    reportPeople(r);
    return r.ok();
}

bool LibraryDock::splitPerson(qint64 person, const QList<qint64> &entityRows, const QString &name)
{
    store::Library *lib = m_controller->library();
    const auto p = lib ? lib->people().person(person) : std::nullopt;
    if (!p)
        return false;
    qint64 created = 0;
    const store::StoreResult r = lib->splitPerson(person, entityRows, name, &created);
    if (r.ok())
        m_undo->push(LibraryPeopleCommand::split(
            m_controller, {person, created, name, entityRows}, tr("Split “%1” off “%2”").arg(name, p->name),
            [this](const store::StoreResult &done) { reportPeople(done); }));
    reportPeople(r);
    return r.ok();
}

void LibraryDock::splitWithDialog(qint64 person)
{
    store::Library *lib = m_controller->library();
    const auto p = lib ? lib->people().person(person) : std::nullopt;
    if (!p)
        return;
    store::StoreResult r;
    const QList<store::PersonAppearance> seen = lib->people().appearances(person, &r);
    if (!r.ok() || seen.size() < 2) {
        m_note->setText(r.ok()
                            ? tr("“%1” appears in one article only: there is nothing to split.").arg(p->name)
                            : r.error);
        return;
    }
    PersonSplitDialog dialog(*p, seen, this);
    if (dialog.exec() == QDialog::Accepted)
        splitPerson(person, dialog.chosenRows(), dialog.newName());
}

void LibraryDock::reportPeople(const store::StoreResult &result)
{
    refresh();
    if (!result.ok())
        m_note->setText(tr("The library did not take the change: %1").arg(result.error));
    emit peopleChanged();
}

void LibraryDock::activated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (const QVariant person = item->data(0, PersonRole); person.isValid()) {
        m_search->setText(item->text(0));
        setScope(Scope::QuotesBy);
        return;
    }
    emit openRequested(item->data(0, ArticleRole).toLongLong(), item->data(0, PositionRole).toInt());
}

} // namespace saywho::ui
