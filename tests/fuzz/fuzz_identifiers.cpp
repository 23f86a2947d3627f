// libFuzzer harness for every identifier validator: the first byte picks the
// kind (entry ior hts port protest ruling ftz), the rest is the text typed.
// Beyond not crashing: an accepted value's normalized form must be accepted
// again and normalize to itself, and a refusal must say why.
#include "centerdesk/core/identifiers/identifierkind.h"

#include <cstdint>
#include <cstdlib>

using namespace centerdesk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const QSet<QString> ports = {QStringLiteral("0101"), QStringLiteral("1001"),
                                        QStringLiteral("2704"), QStringLiteral("3004")};
    const QStringList names = identifierKindNames();
    const auto kind = identifierKindFromName(names.at(data[0] % names.size()));
    if (!kind)
        std::abort();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1),
                                           static_cast<qsizetype>(size - 1));
    (void)identifierKindFromName(text);
    const Result<QString> first = validateIdentifier(*kind, text, ports);
    if (!first) {
        if (first.error().message.isEmpty() || first.error().rule.isEmpty())
            std::abort();
        return 0;
    }
    const Result<QString> again = validateIdentifier(*kind, *first, ports);
    if (!again || *again != *first)
        std::abort();
    return 0;
}
