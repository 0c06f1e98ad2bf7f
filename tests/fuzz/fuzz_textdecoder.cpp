// libFuzzer harness: the plain-text decoder on any bytes.
#include "invariants.h"

#include "io/textdecoder.h"

using namespace saywho;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const core::DecodedText r = core::TextDecoder::decode(bytes);
    if (!r.ok()) {
        fuzz::check(!r.message.isEmpty() && !r.message.contains(u'\n'),
                    "a refusal without a one-line message");
        return 0;
    }
    fuzz::check(!r.text.trimmed().isEmpty(), "decoded to nothing but was accepted");
    fuzz::check(!r.encoding.isEmpty(), "no encoding named");
    fuzz::check(!r.text.contains(QChar(0)), "NUL in the decoded text");
    // A file that is valid UTF-8 reads as UTF-8, byte for byte.
    if (core::TextDecoder::checkUtf8(bytes).invalid == 0 && !bytes.startsWith("\xEF\xBB\xBF") &&
        r.encoding == QStringLiteral("UTF-8"))
        fuzz::check(r.text.toUtf8() == bytes, "valid UTF-8 changed in decoding");
    return 0;
}
