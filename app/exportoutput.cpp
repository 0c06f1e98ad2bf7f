#include "exportoutput.h"

#include "export/csvexporter.h"
#include "export/exporter.h"
#include "export/exportfile.h"
#include "model/document.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace saywho::app {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("saywho::app::Analyze", s);
}

QByteArray errLine(const QString &line)
{
    return (u"saywho: "_s + line + u'\n').toUtf8();
}

bool concatenates(const core::Exporter &e)
{
    return e.name() == u"json" || e.name() == u"csv";
}

} // namespace

ExportOutput::ExportOutput(const core::Exporter &exporter, const QString &output, qsizetype inputs,
                           QString *error)
    : m_exporter(exporter), m_output(output)
{
    using D = core::Exporter::Destination;
    const D d = exporter.destination();
    if (d == D::Folder || (inputs > 1 && !concatenates(exporter)))
        m_mode = Mode::Folder;
    else if (!output.isEmpty())
        m_mode = Mode::OneFile;
    if (output.isEmpty() && (d != D::Stream || m_mode == Mode::Folder)) {
        *error =
            m_mode == Mode::Folder
                ? tr("--format %1 writes one export per article: give --output FOLDER").arg(exporter.name())
                : tr("--format %1 is not text: give --output FILE").arg(exporter.name());
        m_mode = Mode::Stdout;
    }
}

bool ExportOutput::open(QString *error)
{
    if (m_mode == Mode::Folder) {
        if (QFileInfo(m_output).isFile() || !QDir().mkpath(m_output)) {
            *error = tr("cannot make the folder %1").arg(m_output);
            return false;
        }
    } else if (m_mode == Mode::OneFile) {
        m_file = std::make_unique<QSaveFile>(m_output);
        if (!m_file->open(QIODevice::WriteOnly)) {
            *error = tr("cannot write %1: %2").arg(m_output, m_file->errorString());
            return false;
        }
    }
    return true;
}

ItemOutput ExportOutput::exportDocument(const core::Document &doc, const QString &inputPath,
                                        qsizetype index) const
{
    ItemOutput o;
    if (m_mode == Mode::Folder) {
        const QString base = QFileInfo(inputPath).completeBaseName();
        const core::ExportResult r =
            m_exporter.destination() == core::Exporter::Destination::Folder
                ? m_exporter.writeFolder(doc, m_output, base)
                : core::exportToFile(m_exporter, doc,
                                     QDir(m_output).filePath(base + u'.' + m_exporter.extension()));
        if (!r.ok()) {
            o.err = errLine(r.error);
            o.failed = true;
        }
        return o;
    }
    if (m_exporter.name() == u"csv" && index > 0) {
        o.out = core::CsvExporter::rows(doc);
        return o;
    }
    QBuffer buffer(&o.out);
    buffer.open(QIODevice::WriteOnly);
    const core::ExportResult r = m_exporter.write(doc, buffer);
    if (!r.ok()) {
        o.err = errLine(u"%1: %2"_s.arg(inputPath, r.error));
        o.failed = true;
        o.out.clear();
    }
    return o;
}

bool ExportOutput::deliver(const ItemOutput &o)
{
    if (!o.err.isEmpty())
        std::fwrite(o.err.constData(), 1, size_t(o.err.size()), stderr);
    if (o.out.isEmpty())
        return true;
    if (m_file)
        return m_file->write(o.out) == o.out.size();
    if (std::fwrite(o.out.constData(), 1, size_t(o.out.size()), stdout) != size_t(o.out.size()))
        return false;
    return std::fflush(stdout) == 0;
}

bool ExportOutput::finish(bool ok, QString *error)
{
    if (!m_file)
        return true;
    if (!ok) {
        m_file->cancelWriting();
        m_file->commit();
        return true;
    }
    if (!m_file->commit()) {
        *error = tr("cannot write %1: %2").arg(m_output, m_file->errorString());
        return false;
    }
    return true;
}

} // namespace saywho::app
