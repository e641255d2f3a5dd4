// SPDX-License-Identifier: GPL-3.0-or-later
// Sorts a ProcessModel by its sort role and keeps the processes whose command, user or PID
// contains the filter text, together with their ancestors.
#pragma once

#include <QSortFilterProxyModel>

namespace nestbox {

class ProcessFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProcessFilterProxy(QObject *parent = nullptr);

    /// Case-insensitive plain text; empty shows every process.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace nestbox
