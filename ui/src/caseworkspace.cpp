#include "centerdesk/ui/caseworkspace.h"

#include "centerdesk/ui/casedetailview.h"
#include "centerdesk/ui/casesview.h"

namespace centerdesk::ui {

CaseWorkspace::CaseWorkspace(Session& session, Settings* settings, DialogSeam& dialogs,
                             const QString& viewKey, const CaseListFilter& base, QWidget* parent)
    : QSplitter(parent)
{
    setObjectName(viewKey + QStringLiteral("Page"));
    m_list = new CasesView(session, settings, viewKey, base, this);
    m_detail = new CaseDetailView(session, dialogs, this);
    addWidget(m_list);
    addWidget(m_detail);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    // The detail needs room for its clocks and steps from the start.
    setSizes({620, 480});
    connect(m_list, &CasesView::caseActivated, m_detail, &CaseDetailView::showCase);
}

} // namespace centerdesk::ui
