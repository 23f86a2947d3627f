#pragma once

#include "centerdesk/core/result.h"
#include "centerdesk/core/role.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace centerdesk::core {

// Where a case stands, whatever its type: the categories of DESIGN.md.
enum class StateCategory
{
    Open,
    WaitingOnTrade,
    WaitingOnAgency,
    Escalated,
    Resolved,
    Closed
};
QString categoryName(
    StateCategory category); // open waiting-on-trade waiting-on-agency escalated resolved closed
std::optional<StateCategory> categoryFromName(QStringView name);

struct WorkflowState final
{
    QString id;
    QString label;
    QString labelEs;
    StateCategory category = StateCategory::Open;
    bool clockRuns = true;     // the service-level clocks run in this state
    bool tradeVisible = false; // entering it sends a status notice to the account
    QString noticeEn;          // the notice's text, with %1 for the case number
    QString noticeEs;
    bool isFinal() const { return category == StateCategory::Closed; }
};

struct WorkflowTransition final
{
    QString id;
    QString label;
    QString labelEs;
    QStringList from;
    QString to;
    QList<Role> roles;
    bool commentRequired = false;
    QStringList requiredFields; // e.g. outcome, recommendation, port-decision
    QString startsClock;        // a clock kind this step starts (center-input)
    QString stopsClock;         // a clock kind this step stops (first-response, center-input)
    bool requiresTrustedPartner = false; // only for accounts with ISA or C-TPAT (recommendation 14)
    QString escalatesTo;                 // an escalation level this step moves the case to
};

// A field asked for when a case of this type is created.
struct CreateField final
{
    QString name;
    QString label;
    QStringList choices; // empty: free text; "date" fields are YYYY-MM-DD
    bool required = false;
    bool isDate = false;
};

// A statutory clock started with the case: `start` is "opened" or the name of a date field.
struct StatutoryStart final
{
    QString rule;
    QString start;
};

// One case type's workflow, loaded from resources/workflows/TYPE.json.
struct WorkflowDefinition final
{
    QString type;
    QString label;
    QString labelEs;
    QString initial;
    QString level = QStringLiteral("center"); // escalation level of a new case: port or center
    QList<Role> createRoles;
    QList<CreateField> createFields;
    QList<StatutoryStart> statutory;
    QString hqOffice; // where escalation to HQ goes: ofo-hq rr-hq fpf-hq biec
    QList<WorkflowState> states;
    QList<WorkflowTransition> transitions;

    // Parses and checks a definition: unique ids, known states and roles, the
    // initial state exists, every state reachable from it, every state that
    // is not closed can reach a closed one. A broken definition is refused
    // with the reason.
    static Result<WorkflowDefinition> fromJson(const QByteArray& json);

    const WorkflowState* state(const QString& id) const;
    const WorkflowTransition* transition(const QString& id) const;
    QList<const WorkflowTransition*> transitionsFrom(const QString& stateId) const;
};

// Every case type's workflow.
class WorkflowRegistry final
{
public:
    static Result<WorkflowRegistry> fromDefinitions(QList<WorkflowDefinition> definitions);
    // :/centerdesk/workflows/*.json, checked; a broken one stops the program.
    static const WorkflowRegistry& builtIn();
    const WorkflowDefinition* find(const QString& type) const;
    const QList<WorkflowDefinition>& all() const { return m_definitions; }
    QStringList types() const;

private:
    QList<WorkflowDefinition> m_definitions;
};

} // namespace centerdesk::core
