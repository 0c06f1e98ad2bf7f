#include "exportfile.h"

#include "../model/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace saywho::core {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("saywho::core::Export", s);
}

} // namespace

ExportResult saveFile(const QString &path, const std::function<ExportResult(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    ExportResult r = write(file);
    if (!r.ok()) {
        file.cancelWriting();
        return ExportResult::failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), r.error));
    }
    if (!file.commit())
        return ExportResult::failure(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

ExportResult exportToFile(const Exporter &exporter, const Document &doc, const QString &path)
{
    return saveFile(path, [&](QIODevice &out) { return exporter.write(doc, out); });
}

ExportResult Exporter::writeFolder(const Document &doc, const QString &dir, const QString &baseName) const
{
    if (!QDir().mkpath(dir))
        return ExportResult::failure(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    return exportToFile(*this, doc, QDir(dir).filePath(baseName + u'.' + extension()));
}

ExportResult Exporter::put(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return ExportResult::failure(out.errorString().isEmpty() ? tr("the output refused the data")
                                                                 : out.errorString());
    return {};
}

} // namespace saywho::core
