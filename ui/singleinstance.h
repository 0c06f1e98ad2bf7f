#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace saywho::ui {

// One window per user: a second `saywho FILE` hands its files to the running instance over a
// local socket (QLocalServer/QLocalSocket) and exits; the running one opens them as tabs. The
// socket name is per user and display, so two users (or two X displays) never share a window.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // "saywho-<user>-<display>"; SAYWHO_INSTANCE_NAME overrides it (tests use their own).
    static QString defaultName();
    // Sends the files (absolute paths) to the instance listening on name; true when it took them.
    static bool handOver(const QStringList &paths, const QString &name = defaultName(), int timeoutMs = 2000);

    // Starts listening; false when another instance already does (or the socket cannot be made).
    bool listen(const QString &name = defaultName());
    QString serverName() const;

signals:
    // Files another `saywho` handed over; possibly empty (a bare `saywho` just raises the window).
    void filesReceived(const QStringList &paths);

private:
    void accept();

    QLocalServer *m_server;
};

} // namespace saywho::ui
