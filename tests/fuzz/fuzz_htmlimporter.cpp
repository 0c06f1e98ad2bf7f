// libFuzzer harness: the HTML importer (encoding, Gumbo, metadata, article extraction) on any bytes.
#include "invariants.h"

#include "io/htmlimporter.h"
#include "io/publicationdate.h"

using namespace saywho;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const core::LoadResult r = core::HtmlImporter::fromBytes(bytes);
    if (!r.ok) {
        fuzz::check(!r.error.isEmpty(), "a refusal without a message");
        return 0;
    }
    fuzz::check(!r.document.text().trimmed().isEmpty(), "an imported page without text");
    const QDate dct = r.document.metadata().dct;
    fuzz::check(!dct.isValid() || core::isPlausiblePublicationDate(dct), "an implausible publication date",
                dct.toString(Qt::ISODate));
    return 0;
}
