// libFuzzer harness for the JSON loaders of reference data and rule tables:
// the first byte picks the reference data, a workflow definition (then the
// registry's reachability checks) or the statutory rules.
#include "centerdesk/core/referencedata.h"
#include "centerdesk/core/statutoryrules.h"
#include "centerdesk/core/workflow.h"

#include <cstdint>

using namespace centerdesk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data + 1),
                          static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
    case 0:
        (void)ReferenceData::fromJson(json);
        break;
    case 1:
        if (Result<WorkflowDefinition> definition = WorkflowDefinition::fromJson(json); definition)
            (void)WorkflowRegistry::fromDefinitions({*definition});
        break;
    default:
        (void)StatutoryRules::fromJson(json);
        break;
    }
    return 0;
}
