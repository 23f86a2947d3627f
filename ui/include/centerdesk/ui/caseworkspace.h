#pragma once

#include "centerdesk/ui/caselistmodel.h"

#include <QSplitter>

namespace centerdesk::ui {

class CaseDetailView;
class CasesView;
class DialogSeam;
class Session;
class Settings;

// A case list with the detail of its current case beside it: the Cases view,
// and every queue (My work, referrals, petitions, HQ escalations) with its
// base filter.
class CaseWorkspace final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseWorkspace)

public:
    CaseWorkspace(Session& session, Settings* settings, DialogSeam& dialogs, const QString& viewKey,
                  const CaseListFilter& base, QWidget* parent = nullptr);

    CasesView* list() const { return m_list; }
    CaseDetailView* detail() const { return m_detail; }

private:
    CasesView* m_list = nullptr;
    CaseDetailView* m_detail = nullptr;
};

} // namespace centerdesk::ui
