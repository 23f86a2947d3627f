// validate KIND VALUE: checks one identifier and prints its normalized form.
#include "centerdesk/core/identifiers/identifierkind.h"
#include "centerdesk/core/referencedata.h"
#include "centerdesk/core/referenceservice.h"
#include "cliapp.h"

#include <QFileInfo>

namespace centerdesk::cli {

namespace {

// Port codes come from the store when there is one (HQ may have sent newer
// reference data), else from the reference data built into this version.
core::Result<QSet<QString>> knownPortCodes(const CliContext& context)
{
    if (QFileInfo::exists(context.effectiveStorePath())) {
        auto store = context.openStore(false);
        if (!store)
            return store.error();
        return core::ReferenceService(**store).portCodes();
    }
    QSet<QString> codes;
    for (const core::Port& port : core::ReferenceData::builtIn().ports)
        codes.insert(port.code);
    return codes;
}

int runValidate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks an identifier and prints its normalized form.\nKIND is one of: %1.")
            .arg(core::identifierKindNames().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("The kind of identifier."));
    parser.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("The value to check."));
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(QStringLiteral("validate takes KIND and VALUE."),
                                  parser.helpText());
    const std::optional<core::IdentifierKind> kind = core::identifierKindFromName(positional.at(0));
    if (!kind) {
        return context.usageError(
            QStringLiteral("Unknown KIND '%1'; use one of: %2.")
                .arg(positional.at(0), core::identifierKindNames().join(QStringLiteral(", "))),
            parser.helpText());
    }
    QSet<QString> ports;
    if (*kind == core::IdentifierKind::Port) {
        core::Result<QSet<QString>> known = knownPortCodes(context);
        if (!known)
            return context.fail(known.error());
        ports = std::move(known).value();
    }
    const core::Result<QString> normalized =
        core::validateIdentifier(*kind, positional.at(1), ports);
    const QString kindName = core::identifierKindName(*kind);
    if (context.json) {
        QJsonObject document{{QStringLiteral("kind"), kindName},
                             {QStringLiteral("valid"), normalized.ok()}};
        if (normalized) {
            document.insert(QStringLiteral("normalized"), *normalized);
        } else {
            document.insert(QStringLiteral("error"), normalized.error().message);
            document.insert(QStringLiteral("rule"), normalized.error().rule);
        }
        context.printJson(document);
    } else if (normalized) {
        context.out << *normalized << "\n";
    } else {
        context.err << "centerdesk-cli: " << normalized.error().message << "\n";
    }
    return normalized ? ExitSuccess : ExitInvalid;
}

} // namespace

void registerValidateCommand(CliApp& app)
{
    app.add({QStringLiteral("validate"),
             QStringLiteral("Check an identifier (entry ior hts port protest ruling ftz)."),
             runValidate});
}

} // namespace centerdesk::cli
