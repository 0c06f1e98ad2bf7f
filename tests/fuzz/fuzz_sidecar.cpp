// libFuzzer harness: the metadata sidecar (ARTICLE.txt.meta.json) on any bytes.
#include "invariants.h"

#include "io/publicationdate.h"
#include "io/sidecarmetadata.h"

using namespace saywho;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    core::DocumentMetadata meta;
    const QStringList warnings =
        core::SidecarMetadata::applyJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                         QStringLiteral("fuzz.meta.json"), meta);
    for (const QString &w : warnings)
        fuzz::check(!w.isEmpty() && !w.contains(u'\n'), "a warning that is not one line");
    fuzz::check(!meta.dct.isValid() || core::isPlausiblePublicationDate(meta.dct),
                "an implausible date accepted", meta.dct.toString(Qt::ISODate));
    fuzz::check(meta.dct.isValid() == (meta.dctSource == core::DctSource::Metadata),
                "a date without its source");
    fuzz::check(meta.url.isEmpty() || meta.url.scheme().startsWith(QStringLiteral("http")),
                "a URL that is not the web");
    return 0;
}
