#include "centerdesk/core/bulkcaseaction.h"

#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>

namespace centerdesk::core {

namespace {

class BulkText final
{
    Q_DECLARE_TR_FUNCTIONS(BulkText)
};

// The part of a case that the action changes, as people read it.
QString aspectOf(const BulkRequest& request, const CaseRecord& record)
{
    switch (request.kind) {
    case BulkRequest::Kind::Assign:
        return record.assigneeName.isEmpty() ? BulkText::tr("(unassigned)") : record.assigneeName;
    case BulkRequest::Kind::Transition:
        return record.stateLabel;
    case BulkRequest::Kind::Escalate:
        return record.escalationLevel;
    }
    return {};
}

// Rolls the preview's transaction back after it has been read.
const QString previewRule = QStringLiteral("preview-rollback");

} // namespace

BulkCaseAction::BulkCaseAction(Store& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

bool BulkCaseAction::canUndo(const BulkRequest& request)
{
    return request.kind == BulkRequest::Kind::Assign;
}

Result<QList<BulkOutcome>> BulkCaseAction::preview(const Actor& actor, const BulkRequest& request,
                                                   const QStringList& caseUuids,
                                                   const BulkProgress& progress)
{
    return run(actor, request, caseUuids, progress, false);
}

Result<QList<BulkOutcome>> BulkCaseAction::apply(const Actor& actor, const BulkRequest& request,
                                                 const QStringList& caseUuids,
                                                 const BulkProgress& progress)
{
    return run(actor, request, caseUuids, progress, true);
}

Result<QList<BulkOutcome>> BulkCaseAction::run(const Actor& actor, const BulkRequest& request,
                                               const QStringList& caseUuids,
                                               const BulkProgress& progress, bool keep)
{
    if (caseUuids.isEmpty()) {
        return Error::invalid(QStringLiteral("cases"), QStringLiteral("required"),
                              BulkText::tr("Select at least one case."));
    }
    if (request.kind == BulkRequest::Kind::Transition && request.step.isEmpty()) {
        return Error::invalid(QStringLiteral("step"), QStringLiteral("required"),
                              BulkText::tr("Choose the step to take."));
    }
    if (request.kind == BulkRequest::Kind::Escalate && request.text.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason"), QStringLiteral("required"),
                              BulkText::tr("Give the reason for the escalation."));
    }
    CaseService cases(m_store, m_clock);
    QList<BulkOutcome> outcomes;
    const Status status = m_store.transaction([&]() -> Status {
        for (const QString& uuid : caseUuids) {
            if (progress &&
                !progress(static_cast<int>(outcomes.size()), static_cast<int>(caseUuids.size()))) {
                return Error::invalid(QStringLiteral("cases"), QStringLiteral("cancelled"),
                                      BulkText::tr("Cancelled: no case was changed."));
            }
            BulkOutcome outcome;
            outcome.uuid = uuid;
            const Result<CaseRecord> before = cases.get(actor, uuid);
            if (!before) {
                outcome.message = before.error().message;
                if (keep) {
                    Error error = before.error();
                    error.message = uuid + QStringLiteral(": ") + error.message;
                    return error;
                }
                outcomes.append(outcome);
                continue;
            }
            outcome.number = before->number;
            outcome.before = aspectOf(request, *before);
            outcome.previousAssignee = before->assigneeName;
            Status done;
            switch (request.kind) {
            case BulkRequest::Kind::Assign:
                done = cases.assign(actor, uuid, request.assigneeName);
                break;
            case BulkRequest::Kind::Transition:
                done = cases.transition(actor, uuid, request.step, request.text);
                break;
            case BulkRequest::Kind::Escalate:
                done = cases.escalate(actor, uuid, request.text);
                break;
            }
            if (!done) {
                if (keep) {
                    Error error = done.error();
                    error.message = before->number + QStringLiteral(": ") + error.message;
                    return error;
                }
                outcome.message = done.error().message;
            } else {
                const Result<CaseRecord> after = cases.get(actor, uuid);
                outcome.ok = true;
                outcome.after = after ? aspectOf(request, *after) : QString();
            }
            outcomes.append(outcome);
        }
        if (progress)
            progress(static_cast<int>(outcomes.size()), static_cast<int>(caseUuids.size()));
        if (!keep)
            return Error::invalid(QString(), previewRule, QString());
        return {};
    });
    if (!status && (keep || status.error().rule != previewRule))
        return status.error();
    return outcomes;
}

Status BulkCaseAction::undo(const Actor& actor, const BulkRequest& request,
                            const QList<BulkOutcome>& done)
{
    if (!canUndo(request)) {
        return Error::invalid(QStringLiteral("action"), QStringLiteral("irreversible"),
                              BulkText::tr("Only an assignment can be undone. A workflow step or "
                                           "an escalation has started clocks and sent notices, "
                                           "and sending a case back is the receiving level's "
                                           "decision."));
    }
    CaseService cases(m_store, m_clock);
    return m_store.transaction([&]() -> Status {
        for (const BulkOutcome& outcome : done) {
            if (!outcome.ok)
                continue;
            const Status undone = cases.assign(actor, outcome.uuid, outcome.previousAssignee);
            if (!undone) {
                Error error = undone.error();
                error.message = outcome.number + QStringLiteral(": ") + error.message;
                return error;
            }
        }
        return {};
    });
}

} // namespace centerdesk::core
