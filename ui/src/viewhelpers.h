#pragma once

// Small pieces the views share: how core's errors read, the message bar,
// read-only tables. Private to centerdesk_ui.

#include "centerdesk/core/error.h"

#include <QStringList>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace centerdesk::ui {

// Core's message with the field and rule it names, for the message bar.
QString errorText(const core::Error& error);
// Shows `text` in the bar, red for an error, green otherwise; hides an empty bar.
void setMessage(QLabel* bar, const QString& text, bool isError);
// A read-only, single-selection table with fixed row heights.
QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent);
// A read-only cell whose tooltip shows its whole text.
QTableWidgetItem* cell(const QString& text);

} // namespace centerdesk::ui
