#include "jsonformat.h"

#include "jsonexporter.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace saywho::core {

QString JsonFormat::name() const
{
    return u"json"_s;
}

QString JsonFormat::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "SayWho JSON");
}

QString JsonFormat::extension() const
{
    return u"json"_s;
}

QString JsonFormat::syntax() const
{
    return u"JSON"_s;
}

ExportResult JsonFormat::write(const Document &doc, QIODevice &out) const
{
    if (!JsonExporter::write(doc, &out))
        return ExportResult::failure(out.errorString());
    return put(out, "\n");
}

} // namespace saywho::core
