#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace centerdesk::ui {

class Session;

// The administrator's policies: service-level targets per case type and
// tier (edited in place, saved together in one transaction), and each
// Center's business hours and local closures. Core checks and records every
// change; other users see these read-only.
class PoliciesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesView)

public:
    explicit PoliciesView(Session& session, QWidget* parent = nullptr);

    void reload();
    // Saves the edited service-level rows; false (with the message shown) when core refuses.
    bool saveServiceLevels();
    bool saveBusinessHours();
    bool addClosure();
    bool removeSelectedClosure();

    QTableWidget* serviceLevelTable() const { return m_levels; }
    QComboBox* centerField() const { return m_center; }
    QTimeEdit* openField() const { return m_open; }
    QTimeEdit* closeField() const { return m_close; }
    QTableWidget* closureTable() const { return m_closures; }
    QDateEdit* closureDayField() const { return m_closureDay; }
    QLineEdit* closureReasonField() const { return m_closureReason; }
    QString message() const;

private:
    void loadCenter();
    void showResult(bool ok, const QString& text);

    Session& m_session;
    bool m_editable = false;
    QTableWidget* m_levels = nullptr;
    QComboBox* m_center = nullptr;
    QTimeEdit* m_open = nullptr;
    QTimeEdit* m_close = nullptr;
    QTableWidget* m_closures = nullptr;
    QDateEdit* m_closureDay = nullptr;
    QLineEdit* m_closureReason = nullptr;
    QLabel* m_message = nullptr;
    bool m_filling = false;
};

} // namespace centerdesk::ui
