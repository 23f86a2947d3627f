#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/result.h"

#include <QStringList>
#include <functional>

namespace centerdesk::core {

class Store;

// One action applied to many cases at once: assign, take a workflow step, or
// escalate. What a case's own buttons do, with the same checks.
struct BulkRequest final
{
    enum class Kind
    {
        Assign,
        Transition,
        Escalate
    };
    Kind kind = Kind::Assign;
    QString assigneeName; // Assign: the new assignee, empty to unassign
    QString step;         // Transition: step id or target state
    QString text;         // Transition: comment; Escalate: reason
};

// What the action does (preview) or did (apply) to one case.
struct BulkOutcome final
{
    QString uuid;
    QString number;
    QString before; // state, assignee or level before
    QString after;  // the same after; empty when refused
    bool ok = false;
    QString message; // why it is refused
    QString previousAssignee;
};

// Reports progress (done of total); returning false cancels.
using BulkProgress = std::function<bool(int done, int total)>;

// Preview runs the action on every case inside one transaction and rolls it
// back, so it shows exactly what would change and what core would refuse.
// Apply is all or nothing: one transaction, any refusal or a cancel rolls
// every case back and names the case. Undo restores the assignees after an
// assignment, in one transaction. Steps and escalations are not undone: they
// started clocks and sent notices, and sending a case back is the receiving
// level's decision; the preview says so.
class BulkCaseAction final
{
public:
    explicit BulkCaseAction(Store& store, Clock clock = systemClock());

    Result<QList<BulkOutcome>> preview(const Actor& actor, const BulkRequest& request,
                                       const QStringList& caseUuids,
                                       const BulkProgress& progress = {});
    Result<QList<BulkOutcome>> apply(const Actor& actor, const BulkRequest& request,
                                     const QStringList& caseUuids,
                                     const BulkProgress& progress = {});
    // Restores the assignees from an applied assignment's outcomes.
    Status undo(const Actor& actor, const BulkRequest& request, const QList<BulkOutcome>& done);
    static bool canUndo(const BulkRequest& request);

private:
    Result<QList<BulkOutcome>> run(const Actor& actor, const BulkRequest& request,
                                   const QStringList& caseUuids, const BulkProgress& progress,
                                   bool keep);

    Store& m_store;
    Clock m_clock;
};

} // namespace centerdesk::core
