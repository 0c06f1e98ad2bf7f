#include "singleinstance.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

// Bumped when the message changes; an instance ignores a message it does not know.
constexpr quint32 ProtocolVersion = 1;
constexpr quint32 Magic = 0x53415957; // "SAYW"

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    const QString overridden = qEnvironmentVariable("SAYWHO_INSTANCE_NAME");
    if (!overridden.isEmpty())
        return overridden;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    // Per user and per display: a window on another X display (or a test's Xvfb) is none of ours.
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    QString name = u"saywho-%1"_s.arg(user);
    if (!display.isEmpty())
        name += u'-' + display;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return name;
}

bool SingleInstance::handOver(const QStringList &paths, const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QStringList absolute;
    for (const QString &p : paths)
        absolute.append(p.startsWith(u':') ? p : QFileInfo(p).absoluteFilePath());
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << ProtocolVersion << absolute;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The instance answers once it has the files: only then may this process exit.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readAll().startsWith("ok");
}

bool SingleInstance::listen(const QString &name)
{
    // Ask first: with access options Qt renames its socket into place, which would silently take
    // the name from a live instance.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    // Nobody answers: at most a socket file left by an instance that crashed.
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

QString SingleInstance::serverName() const
{
    return m_server->serverName();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_4);
            in.startTransaction();
            quint32 magic = 0;
            quint32 version = 0;
            QStringList paths;
            in >> magic >> version >> paths;
            if (!in.commitTransaction())
                return; // the rest is still on its way
            if (magic != Magic || version != ProtocolVersion) {
                socket->disconnectFromServer();
                return;
            }
            socket->write("ok");
            socket->flush();
            emit filesReceived(paths);
        });
    }
}

} // namespace saywho::ui
