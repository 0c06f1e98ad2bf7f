// libFuzzer harness: the whole analysis on decoded text, checking every layer it writes.
#include "invariants.h"

#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "io/textdecoder.h"

using namespace saywho;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const core::Pipeline pipeline = core::Pipeline::standard();
    const core::DecodedText decoded =
        core::TextDecoder::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!decoded.ok())
        return 0;
    core::LoadResult r = core::DocumentLoader::fromText(decoded.text);
    if (!r.ok)
        return 0;
    pipeline.run(r.document);
    fuzz::checkDocument(r.document);
    return 0;
}
