// libFuzzer harness: the SayWho JSON reader (saywho import, the library exchange) on any bytes. What
// it accepts must hold together, be written back as the bytes it reads again, and survive a
// re-analysis that keeps its user layer.
#include "invariants.h"

#include "analysis/pipeline.h"
#include "io/documentjsonreader.h"

using namespace saywho;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const core::Pipeline pipeline = core::Pipeline::standard();
    core::LoadResult r =
        core::readDocumentJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!r.ok) {
        fuzz::check(!r.error.isEmpty() && !r.error.contains(u'\n'), "a refusal without a one-line reason");
        return 0;
    }
    fuzz::checkDocument(r.document);
    const QByteArray written = core::JsonExporter::toJsonLine(r.document);
    const core::LoadResult again = core::readDocumentJson(written);
    fuzz::check(again.ok, "the reader refuses what was written from it", again.error);
    fuzz::check(core::JsonExporter::toJsonLine(again.document) == written,
                "read, write, read, write changed the bytes");
    pipeline.run(r.document);
    fuzz::checkDocument(r.document);
    return 0;
}
