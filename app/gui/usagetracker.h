// SPDX-License-Identifier: GPL-3.0-or-later
// Every process the helper reports, across all namespaces, with its CPU usage, so that each
// namespace's totals can be summed and any process looked up by host PID.
#pragma once

#include "cpuusage.h"
#include "processinfo.h"
#include "usagetotals.h"

#include <QHash>

namespace nestbox {

class UsageTracker
{
public:
    explicit UsageTracker(CpuUsage::Clock clock = {});

    /// Replaces the whole table, as after GetProcesses(0).
    void setProcesses(const ProcessList &processes);

    /// Applies one ProcessesChanged delta: removed first, because a reused PID is in both.
    void applyDelta(const ProcessList &added, const ProcessList &changed, const PidList &removed);

    /// The totals of every namespace that has a process in the table.
    /// NOTE: outside the namespace UsageMonitor refreshes, CPU figures change only when a delta
    /// reports the process. An app that went idle after the helper's last rescan keeps its old
    /// figure until the next rescan (every 2 min, in the helper's ProcessMonitor::Intervals) or
    /// until its namespace is selected.
    QHash<quint64, UsageTotals> totals() const;

    /// The process with hostPid, or nullptr.
    const ProcessInfo *process(qint32 hostPid) const;

    /// The CPU usage of the process with hostPid, or nothing before its second sample.
    std::optional<double> cpuPercent(qint32 hostPid) const;

private:
    void store(const ProcessInfo &process);
    void remove(qint32 hostPid);

    QHash<qint32, ProcessInfo> m_processes;
    CpuUsage m_cpu;
};

} // namespace nestbox
