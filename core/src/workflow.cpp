#include "centerdesk/core/workflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace centerdesk::core {

namespace {

class WorkflowText final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowText)
};

const QStringList levels = {QStringLiteral("port"),   QStringLiteral("center"),
                            QStringLiteral("ofo-hq"), QStringLiteral("rr-hq"),
                            QStringLiteral("fpf-hq"), QStringLiteral("biec")};
const QStringList clockKinds = {QStringLiteral("first-response"), QStringLiteral("resolution"),
                                QStringLiteral("acknowledgement"), QStringLiteral("center-input")};

Error broken(const QString& type, const QString& rule, const QString& reason)
{
    return Error::invalid(QStringLiteral("workflow"), rule,
                          WorkflowText::tr("The workflow '%1' is refused: %2").arg(type, reason));
}

Result<QList<Role>> rolesFrom(const QJsonValue& value, const QString& type, const QString& where)
{
    QList<Role> roles;
    for (const QJsonValue& item : value.toArray()) {
        const std::optional<Role> role = roleFromName(item.toString());
        if (!role) {
            return broken(
                type, QStringLiteral("unknown-role"),
                WorkflowText::tr("%1 names the unknown role '%2'.").arg(where, item.toString()));
        }
        roles.append(*role);
    }
    return roles;
}

QStringList stringsFrom(const QJsonValue& value)
{
    QStringList strings;
    if (value.isString())
        strings << value.toString();
    for (const QJsonValue& item : value.toArray())
        strings << item.toString();
    return strings;
}

} // namespace

QString categoryName(StateCategory category)
{
    switch (category) {
    case StateCategory::Open:
        return QStringLiteral("open");
    case StateCategory::WaitingOnTrade:
        return QStringLiteral("waiting-on-trade");
    case StateCategory::WaitingOnAgency:
        return QStringLiteral("waiting-on-agency");
    case StateCategory::Escalated:
        return QStringLiteral("escalated");
    case StateCategory::Resolved:
        return QStringLiteral("resolved");
    case StateCategory::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<StateCategory> categoryFromName(QStringView name)
{
    for (StateCategory category :
         {StateCategory::Open, StateCategory::WaitingOnTrade, StateCategory::WaitingOnAgency,
          StateCategory::Escalated, StateCategory::Resolved, StateCategory::Closed}) {
        if (name == categoryName(category))
            return category;
    }
    return std::nullopt;
}

Result<WorkflowDefinition> WorkflowDefinition::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return broken(
            QStringLiteral("?"), QStringLiteral("json"),
            WorkflowText::tr("it is not a JSON object (%1).").arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    WorkflowDefinition definition;
    definition.type = root.value(QStringLiteral("type")).toString();
    const QString& type = definition.type;
    if (type.isEmpty())
        return broken(QStringLiteral("?"), QStringLiteral("required"),
                      WorkflowText::tr("it has no type."));
    definition.label = root.value(QStringLiteral("label")).toString(type);
    definition.labelEs = root.value(QStringLiteral("labelEs")).toString(definition.label);
    definition.initial = root.value(QStringLiteral("initial")).toString();
    definition.level = root.value(QStringLiteral("level")).toString(QStringLiteral("center"));
    definition.hqOffice = root.value(QStringLiteral("hqOffice")).toString(QStringLiteral("ofo-hq"));
    if (!levels.contains(definition.level) || !levels.mid(2).contains(definition.hqOffice)) {
        return broken(type, QStringLiteral("unknown-level"),
                      WorkflowText::tr("its level or HQ office is not one of %1.")
                          .arg(levels.join(QStringLiteral(", "))));
    }
    Result<QList<Role>> createRoles =
        rolesFrom(root.value(QStringLiteral("createRoles")), type, QStringLiteral("createRoles"));
    if (!createRoles)
        return createRoles.error();
    definition.createRoles = *createRoles;
    for (const QJsonValue& value : root.value(QStringLiteral("createFields")).toArray()) {
        const QJsonObject object = value.toObject();
        definition.createFields.append(
            CreateField{object.value(QStringLiteral("name")).toString(),
                        object.value(QStringLiteral("label")).toString(),
                        stringsFrom(object.value(QStringLiteral("choices"))),
                        object.value(QStringLiteral("required")).toBool(),
                        object.value(QStringLiteral("date")).toBool()});
    }
    for (const QJsonValue& value : root.value(QStringLiteral("statutory")).toArray()) {
        const QJsonObject object = value.toObject();
        definition.statutory.append(StatutoryStart{
            object.value(QStringLiteral("rule")).toString(),
            object.value(QStringLiteral("start")).toString(QStringLiteral("opened"))});
    }

    QSet<QString> stateIds;
    for (const QJsonValue& value : root.value(QStringLiteral("states")).toArray()) {
        const QJsonObject object = value.toObject();
        WorkflowState state;
        state.id = object.value(QStringLiteral("id")).toString();
        state.label = object.value(QStringLiteral("label")).toString(state.id);
        state.labelEs = object.value(QStringLiteral("labelEs")).toString(state.label);
        const std::optional<StateCategory> category =
            categoryFromName(object.value(QStringLiteral("category")).toString());
        if (state.id.isEmpty() || !category) {
            return broken(type, QStringLiteral("state"),
                          WorkflowText::tr(
                              "the state '%1' needs an id and a category (open, waiting-on-trade, "
                              "waiting-on-agency, escalated, resolved, closed).")
                              .arg(state.id));
        }
        if (stateIds.contains(state.id))
            return broken(type, QStringLiteral("duplicate-state"),
                          WorkflowText::tr("the state '%1' is listed twice.").arg(state.id));
        stateIds.insert(state.id);
        state.category = *category;
        state.clockRuns =
            object.value(QStringLiteral("clock"))
                .toBool(*category == StateCategory::Open || *category == StateCategory::Escalated);
        state.tradeVisible = object.value(QStringLiteral("tradeVisible")).toBool(false);
        state.noticeEn = object.value(QStringLiteral("noticeEn")).toString();
        state.noticeEs = object.value(QStringLiteral("noticeEs")).toString();
        if (state.tradeVisible && (state.noticeEn.isEmpty() || state.noticeEs.isEmpty())) {
            return broken(
                type, QStringLiteral("notice"),
                WorkflowText::tr("the state '%1' is seen by the trade but has no notice text in "
                                 "English and Spanish.")
                    .arg(state.id));
        }
        definition.states.append(state);
    }
    if (!stateIds.contains(definition.initial)) {
        return broken(type, QStringLiteral("initial"),
                      WorkflowText::tr("the initial state '%1' is not one of its states.")
                          .arg(definition.initial));
    }

    QSet<QString> transitionIds;
    for (const QJsonValue& value : root.value(QStringLiteral("transitions")).toArray()) {
        const QJsonObject object = value.toObject();
        WorkflowTransition transition;
        transition.id = object.value(QStringLiteral("id")).toString();
        transition.label = object.value(QStringLiteral("label")).toString(transition.id);
        transition.labelEs = object.value(QStringLiteral("labelEs")).toString(transition.label);
        transition.from = stringsFrom(object.value(QStringLiteral("from")));
        transition.to = object.value(QStringLiteral("to")).toString();
        Result<QList<Role>> roles =
            rolesFrom(object.value(QStringLiteral("roles")), type,
                      WorkflowText::tr("the transition '%1'").arg(transition.id));
        if (!roles)
            return roles.error();
        transition.roles = *roles;
        transition.commentRequired = object.value(QStringLiteral("comment")).toBool(false);
        transition.requiredFields = stringsFrom(object.value(QStringLiteral("fields")));
        transition.startsClock = object.value(QStringLiteral("startsClock")).toString();
        transition.stopsClock = object.value(QStringLiteral("stopsClock")).toString();
        transition.requiresTrustedPartner =
            object.value(QStringLiteral("trustedPartnerOnly")).toBool(false);
        transition.escalatesTo = object.value(QStringLiteral("escalatesTo")).toString();
        if (transition.id.isEmpty() || transitionIds.contains(transition.id)) {
            return broken(type, QStringLiteral("transition"),
                          WorkflowText::tr("a transition has no id, or the id '%1' is used twice.")
                              .arg(transition.id));
        }
        transitionIds.insert(transition.id);
        if (!stateIds.contains(transition.to)) {
            return broken(type, QStringLiteral("unknown-state"),
                          WorkflowText::tr("the transition '%1' goes to the unknown state '%2'.")
                              .arg(transition.id, transition.to));
        }
        for (const QString& from : transition.from) {
            if (!stateIds.contains(from)) {
                return broken(
                    type, QStringLiteral("unknown-state"),
                    WorkflowText::tr("the transition '%1' starts from the unknown state '%2'.")
                        .arg(transition.id, from));
            }
        }
        if (transition.roles.isEmpty()) {
            return broken(type, QStringLiteral("no-roles"),
                          WorkflowText::tr("the transition '%1' names no role that may take it.")
                              .arg(transition.id));
        }
        for (const QString& kind : {transition.startsClock, transition.stopsClock}) {
            if (!kind.isEmpty() && !clockKinds.contains(kind)) {
                return broken(type, QStringLiteral("unknown-clock"),
                              WorkflowText::tr("the transition '%1' names the unknown clock '%2'.")
                                  .arg(transition.id, kind));
            }
        }
        if (!transition.escalatesTo.isEmpty() && !levels.contains(transition.escalatesTo)) {
            return broken(
                type, QStringLiteral("unknown-level"),
                WorkflowText::tr("the transition '%1' escalates to the unknown level '%2'.")
                    .arg(transition.id, transition.escalatesTo));
        }
        definition.transitions.append(transition);
    }

    // Every state reachable from the initial one.
    QSet<QString> reached{definition.initial};
    QList<QString> frontier{definition.initial};
    while (!frontier.isEmpty()) {
        const QString current = frontier.takeLast();
        for (const WorkflowTransition& transition : definition.transitions) {
            if (transition.from.contains(current) && !reached.contains(transition.to)) {
                reached.insert(transition.to);
                frontier.append(transition.to);
            }
        }
    }
    for (const WorkflowState& state : definition.states) {
        if (!reached.contains(state.id)) {
            return broken(type, QStringLiteral("unreachable"),
                          WorkflowText::tr("the state '%1' cannot be reached from '%2'.")
                              .arg(state.id, definition.initial));
        }
    }
    // Every state that is not closed can reach a closed one.
    QSet<QString> closing;
    for (const WorkflowState& state : definition.states) {
        if (state.isFinal())
            closing.insert(state.id);
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const WorkflowTransition& transition : definition.transitions) {
            if (!closing.contains(transition.to))
                continue;
            for (const QString& from : transition.from) {
                if (!closing.contains(from)) {
                    closing.insert(from);
                    grew = true;
                }
            }
        }
    }
    for (const WorkflowState& state : definition.states) {
        if (!closing.contains(state.id)) {
            return broken(
                type, QStringLiteral("dead-end"),
                WorkflowText::tr("the state '%1' can never reach a closed state.").arg(state.id));
        }
    }
    return definition;
}

const WorkflowState* WorkflowDefinition::state(const QString& id) const
{
    for (const WorkflowState& candidate : states) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const WorkflowTransition* WorkflowDefinition::transition(const QString& id) const
{
    for (const WorkflowTransition& candidate : transitions) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QList<const WorkflowTransition*> WorkflowDefinition::transitionsFrom(const QString& stateId) const
{
    QList<const WorkflowTransition*> found;
    for (const WorkflowTransition& candidate : transitions) {
        if (candidate.from.contains(stateId))
            found.append(&candidate);
    }
    return found;
}

Result<WorkflowRegistry> WorkflowRegistry::fromDefinitions(QList<WorkflowDefinition> definitions)
{
    QSet<QString> types;
    for (const WorkflowDefinition& definition : definitions) {
        if (types.contains(definition.type))
            return broken(definition.type, QStringLiteral("duplicate-type"),
                          WorkflowText::tr("two definitions share this type."));
        types.insert(definition.type);
    }
    WorkflowRegistry registry;
    registry.m_definitions = std::move(definitions);
    return registry;
}

const WorkflowRegistry& WorkflowRegistry::builtIn()
{
    static const WorkflowRegistry registry = [] {
        QList<WorkflowDefinition> definitions;
        const QDir folder(QStringLiteral(":/centerdesk/workflows"));
        for (const QString& name :
             folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read the built-in workflow %s", qPrintable(name));
            Result<WorkflowDefinition> definition = WorkflowDefinition::fromJson(file.readAll());
            if (!definition)
                qFatal("%s", qPrintable(definition.error().message));
            definitions.append(std::move(definition).value());
        }
        Result<WorkflowRegistry> built = fromDefinitions(std::move(definitions));
        if (!built)
            qFatal("%s", qPrintable(built.error().message));
        return std::move(built).value();
    }();
    return registry;
}

const WorkflowDefinition* WorkflowRegistry::find(const QString& type) const
{
    for (const WorkflowDefinition& definition : m_definitions) {
        if (definition.type == type)
            return &definition;
    }
    return nullptr;
}

QStringList WorkflowRegistry::types() const
{
    QStringList names;
    for (const WorkflowDefinition& definition : m_definitions)
        names << definition.type;
    return names;
}

} // namespace centerdesk::core
