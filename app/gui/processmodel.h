// SPDX-License-Identifier: GPL-3.0-or-later
// The processes of one PID namespace as a parent/child tree, updated in place from full lists and
// from the helper's ProcessesChanged deltas.
#pragma once

#include "keyedtreemodel.h"
#include "processinfo.h"

#include <QMap>
#include <utility>

namespace nestbox {

/// A process is identified by its host PID and start time, so a reused PID is a new row.
using ProcessKey = std::pair<qint32, quint64>;

class ProcessModel : public KeyedTreeModel<ProcessKey, ProcessInfo>
{
    Q_OBJECT

public:
    enum Column { PidColumn, HostPidColumn, UserColumn, CommandColumn, StateColumn, ColumnCount };
    enum Role {
        HostPidRole = Qt::UserRole, ///< qint32
        StartTimeRole, ///< quint64
    };

    explicit ProcessModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Shows the processes of namespaceId from now on; this resets the model and empties it.
    void setNamespace(quint64 namespaceId);
    quint64 namespaceId() const { return m_namespaceId; }

    /// Updates the rows to the processes of the shown namespace in processes, which may hold
    /// processes of other namespaces too.
    void setProcesses(const ProcessList &processes);

    /// Applies one ProcessesChanged delta: removed first, because a reused PID is in both.
    void applyDelta(const ProcessList &added, const ProcessList &changed, const PidList &removed);

    /// The index of the process with hostPid, or an invalid index.
    QModelIndex indexForHostPid(qint32 hostPid, int column = 0) const;

protected:
    QVariant displayData(const ProcessInfo &process, int column) const override;
    QVariant itemData(const ProcessInfo &process, int column, int role) const override;

private:
    void updateRows();

    quint64 m_namespaceId = 0;
    QMap<qint32, ProcessInfo> m_processes; ///< the shown namespace's processes by host PID
};

} // namespace nestbox
