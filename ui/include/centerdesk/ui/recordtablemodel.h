#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace centerdesk::ui {

// A read-only table of text records for small reference lists (tens to
// hundreds of rows). Large lists have their own paged models.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    explicit RecordTableModel(QStringList headers, QObject* parent = nullptr);

    void setRecords(QList<QStringList> records);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_records;
};

} // namespace centerdesk::ui
