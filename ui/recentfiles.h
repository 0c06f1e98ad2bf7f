#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace saywho::ui {

// The most recently opened files, kept in QSettings, shown as File → Open Recent.
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    void add(const QString &path);
    void clear();
    QStringList files() const;
    // Fills the menu (rebuilt whenever the list changes).
    void attach(QMenu *menu);

signals:
    void openRequested(const QString &path);

private:
    void rebuild();

    QMenu *m_menu = nullptr;
};

} // namespace saywho::ui
