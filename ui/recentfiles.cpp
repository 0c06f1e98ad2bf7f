#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

constexpr int MaxRecent = 9;
const QString Key = u"recentFiles"_s;

} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    QStringList out;
    for (const QString &f : QSettings().value(Key).toStringList())
        if (QFileInfo::exists(f))
            out.append(f);
    return out;
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList list = QSettings().value(Key).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxRecent)
        list.removeLast();
    QSettings().setValue(Key, list);
    rebuild();
}

void RecentFiles::clear()
{
    QSettings().remove(Key);
    rebuild();
}

void RecentFiles::attach(QMenu *menu)
{
    m_menu = menu;
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::rebuild);
    rebuild();
}

void RecentFiles::rebuild()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        QAction *a = m_menu->addAction(u"&%1  %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        // Alt+Shift+digit: the digits alone belong to the layer toggles.
        a->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
    clearAction->setEnabled(!list.isEmpty());
    m_menu->setEnabled(true);
}

} // namespace saywho::ui
