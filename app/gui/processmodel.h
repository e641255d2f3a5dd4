// SPDX-License-Identifier: GPL-3.0-or-later
// The processes of one PID namespace as a parent/child tree, updated in place from full lists and
// from the helper's ProcessesChanged deltas. A process that is gone stays a few seconds as a grey
// "exited" row, so that a short-lived process is noticed.
#pragma once

#include "cpuusage.h"
#include "keyedtreemodel.h"
#include "processinfo.h"
#include "processkey.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTimer>

namespace nestbox {

/// One row: the process as last reported, its CPU usage, and whether it has exited.
struct ProcessRow
{
    ProcessInfo process;
    std::optional<double> cpuPercent; ///< nothing until the second sample
    bool exited = false;
};

class ProcessModel : public KeyedTreeModel<ProcessKey, ProcessRow>
{
    Q_OBJECT

public:
    enum Column {
        PidColumn,
        HostPidColumn,
        UserColumn,
        CommandColumn,
        StateColumn,
        CpuColumn,
        MemoryColumn,
        ColumnCount
    };
    enum Role {
        HostPidRole = Qt::UserRole, ///< qint32
        StartTimeRole, ///< quint64
        SortRole, ///< numbers for numeric columns, the text for the others
        KeyRole, ///< "HOSTPID:STARTTIME", which names one process across updates
    };

    static constexpr int defaultExitedRowMs = 3000;

    /// clock drives the CPU figures; the default is a monotonic clock.
    explicit ProcessModel(QObject *parent = nullptr, CpuUsage::Clock clock = {});

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Shows the processes of namespaceId from now on; this resets the model and empties it.
    void setNamespace(quint64 namespaceId);
    quint64 namespaceId() const { return m_namespaceId; }

    /// How long an exited process stays as a grey row; 0 removes it at once.
    void setExitedRowMs(int milliseconds) { m_exitedRowMs = milliseconds; }

    /// Updates the rows to the processes of the shown namespace in processes, which may hold
    /// processes of other namespaces too.
    void setProcesses(const ProcessList &processes);

    /// Applies one ProcessesChanged delta: removed first, because a reused PID is in both.
    void applyDelta(const ProcessList &added, const ProcessList &changed, const PidList &removed);

    /// The words for a state letter of /proc/PID/stat, as shown in the State column.
    static QString stateText(char state);

    /// The index of the live process with hostPid, or an invalid index.
    QModelIndex indexForHostPid(qint32 hostPid, int column = 0) const;

protected:
    QVariant displayData(const ProcessRow &row, int column) const override;
    QVariant itemData(const ProcessRow &row, int column, int role) const override;
    QList<int> changedRoles() const override;
    bool wholeRowChanged(const ProcessRow &before, const ProcessRow &after) const override;

private:
    struct ExitedProcess
    {
        ProcessInfo process;
        qint64 removeAtMs = 0;
    };

    static ProcessKey keyOf(const ProcessInfo &process)
    {
        return { process.hostPid, process.startTime };
    }
    void forgetEarlierHolderOf(const ProcessInfo &process, std::vector<ProcessKey> &removals);
    Entry entryFor(const ProcessInfo &process, bool exited) const;
    std::optional<ProcessKey> parentKeyOf(const ProcessInfo &process) const;
    void storeLive(const ProcessInfo &process);
    void markExited(const ProcessInfo &process);
    void removeExpiredRows();
    void scheduleExpiry();
    void updateRows();

    quint64 m_namespaceId = 0;
    QMap<qint32, ProcessInfo> m_processes; ///< the shown namespace's live processes by host PID
    QMap<ProcessKey, ExitedProcess> m_exited;
    CpuUsage m_cpu;
    int m_exitedRowMs = defaultExitedRowMs;
    QElapsedTimer m_sinceStart;
    QTimer m_expiryTimer;
};

} // namespace nestbox
