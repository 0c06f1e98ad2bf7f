#pragma once

// The benchmarks' long article: the corpus texts end to end, repeated until the size is reached,
// written to a scratch file. Built at run time so the corpus never lands in the repository.

#include <QDir>
#include <QFile>
#include <QString>

namespace saywho::bench {

// The path of the file written into scratchDir, or an empty string when the corpus has no .txt files.
inline QString writeLongArticle(const QString &corpusDir, double megabytes, const QString &scratchDir)
{
    using namespace Qt::StringLiterals;
    const QDir corpus(corpusDir);
    const QStringList files = corpus.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return {};
    const qint64 target = qint64(megabytes * 1024 * 1024);
    QByteArray text;
    for (int i = 0; text.size() < target; i = (i + 1) % int(files.size())) {
        QFile f(corpus.filePath(files.at(i)));
        if (f.open(QIODevice::ReadOnly))
            text += f.readAll().trimmed() + "\n\n";
    }
    const QString path = QDir(scratchDir).filePath(u"long-article.txt"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace saywho::bench
