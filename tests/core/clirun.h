#pragma once

// Header-only helpers for the tests that run the `saywho` binary (SAYWHO_BIN) as scripts do.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace saywho::test {

struct CliRun
{
    int status;
    QByteArray out;
    QByteArray err;
};

// `saywho analyze ARGS…` with input on its standard input.
inline CliRun runAnalyze(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(SAYWHO_BIN), QStringList{QStringLiteral("analyze")} + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// Writes bytes to name in dir; returns the file's path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

} // namespace saywho::test
