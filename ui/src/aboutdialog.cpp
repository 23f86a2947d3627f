#include "centerdesk/ui/aboutdialog.h"

#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/versions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace centerdesk::ui {

AboutDialog::AboutDialog(const core::Store* store, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About CenterDesk"));
    const core::ComponentVersions versions = core::componentVersions();
    m_versionText = tr("CenterDesk %1\nQt %2 (built with %3)\nSQLite %4\nlibsodium %5\nBoost %6")
                        .arg(versions.centerdesk, versions.qtRuntime, versions.qtBuild,
                             versions.sqlite, versions.sodium, versions.boost);
    if (store) {
        const int dataVersion =
            store->metaValue(QStringLiteral("reference_data_version"), QStringLiteral("0")).toInt();
        m_versionText +=
            QLatin1Char('\n') +
            tr("Store schema %1, reference data %2").arg(store->schemaVersion()).arg(dataVersion);
    }
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<h2>CenterDesk</h2><p>Account-based case management for the Centers of Excellence "
           "and Expertise.</p>"),
        this);
    layout->addWidget(heading);
    auto* versionsLabel = new QLabel(m_versionText, this);
    versionsLabel->setObjectName(QStringLiteral("versions"));
    versionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(versionsLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace centerdesk::ui
