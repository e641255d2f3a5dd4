// SPDX-License-Identifier: GPL-3.0-or-later
// UsageTracker: the process table and the per-namespace sums.
#include "usagetracker.h"

namespace nestbox {

namespace {

ProcessKey keyOf(const ProcessInfo &process)
{
    return { process.hostPid, process.startTime };
}

} // namespace

UsageTracker::UsageTracker(CpuUsage::Clock clock)
    : m_cpu(std::move(clock))
{
}

// Only processes missing from the new list lose their CPU sample; the others keep it, so that
// their next figure covers the time since it.
void UsageTracker::setProcesses(const ProcessList &processes)
{
    QHash<qint32, quint64> incoming; ///< host PID to start time
    for (const ProcessInfo &process : processes)
        incoming.insert(process.hostPid, process.startTime);

    QList<qint32> removedPids;
    for (const ProcessInfo &process : std::as_const(m_processes)) {
        const auto incomingStart = incoming.constFind(process.hostPid);
        if (incomingStart == incoming.constEnd() || *incomingStart != process.startTime)
            removedPids.append(process.hostPid);
    }
    for (qint32 hostPid : removedPids)
        remove(hostPid);
    for (const ProcessInfo &process : processes)
        store(process);
}

void UsageTracker::applyDelta(
    const ProcessList &added, const ProcessList &changed, const PidList &removed)
{
    for (qint32 hostPid : removed)
        remove(hostPid);
    for (const ProcessList *list : { &added, &changed }) {
        for (const ProcessInfo &process : *list)
            store(process);
    }
}

QHash<quint64, UsageTotals> UsageTracker::totals() const
{
    QHash<quint64, UsageTotals> totals;
    for (const ProcessInfo &process : std::as_const(m_processes)) {
        UsageTotals &sum = totals[process.pidNamespace];
        sum.cpuPercent += m_cpu.percent(keyOf(process)).value_or(0.0);
        sum.residentBytes += process.residentBytes;
        ++sum.processCount;
    }
    return totals;
}

const ProcessInfo *UsageTracker::process(qint32 hostPid) const
{
    const auto found = m_processes.constFind(hostPid);
    return found == m_processes.constEnd() ? nullptr : &*found;
}

std::optional<double> UsageTracker::cpuPercent(qint32 hostPid) const
{
    const ProcessInfo *found = process(hostPid);
    return found ? m_cpu.percent(keyOf(*found)) : std::nullopt;
}

void UsageTracker::store(const ProcessInfo &process)
{
    const auto old = m_processes.constFind(process.hostPid);
    if (old != m_processes.constEnd() && old->startTime != process.startTime)
        m_cpu.forget(keyOf(*old));

    m_cpu.sample(keyOf(process), process.cpuTicks);
    m_processes.insert(process.hostPid, process);
}

void UsageTracker::remove(qint32 hostPid)
{
    const auto found = m_processes.constFind(hostPid);
    if (found == m_processes.constEnd())
        return;
    m_cpu.forget(keyOf(*found));
    m_processes.erase(found);
}

} // namespace nestbox
