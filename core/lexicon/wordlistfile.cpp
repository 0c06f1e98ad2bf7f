#include "wordlistfile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QStringList lines(const QString &name)
{
    QFile f(u":/lexicon/"_s + name + u".txt"_s);
    // Resources are compiled in; a missing one is a build error, not a user error.
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("lexicon resource %s is missing", qPrintable(name));
    }
    QStringList out;
    const QString all = QString::fromUtf8(f.readAll());
    for (const QString &raw : all.split(u'\n')) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            out.append(raw.trimmed());
    }
    return out;
}

} // namespace

QList<QStringList> WordListFile::rows(const QString &name)
{
    QList<QStringList> out;
    for (const QString &line : lines(name)) {
        QStringList cells = line.split(u'\t');
        for (QString &c : cells)
            c = c.trimmed();
        out.append(cells);
    }
    return out;
}

QStringList WordListFile::words(const QString &name)
{
    QStringList out;
    for (const QString &line : lines(name))
        for (const QString &w : line.split(u' ', Qt::SkipEmptyParts))
            out.append(QString(w).replace(u'_', u' '));
    return out;
}

} // namespace saywho::core
