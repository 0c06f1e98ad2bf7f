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

// `saywho ARGS…` with input on its standard input.
inline CliRun runSaywho(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(SAYWHO_BIN), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// `saywho analyze ARGS…` with input on its standard input.
inline CliRun runAnalyze(const QStringList &args, const QByteArray &input = {})
{
    return runSaywho(QStringList{QStringLiteral("analyze")} + args, input);
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

// A file's bytes; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace saywho::test
