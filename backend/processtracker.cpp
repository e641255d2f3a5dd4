// SPDX-License-Identifier: GPL-3.0-or-later
#include "processtracker.h"

#include <algorithm>
#include <QSet>

namespace nestbox {

ProcessTracker::ProcessTracker(ProcessReader reader)
    : m_reader(std::move(reader))
{
}

SnapshotDelta ProcessTracker::resync(const ProcessList &snapshot)
{
    const SnapshotDelta delta = diffSnapshots(this->snapshot(), snapshot);

    m_processes.clear();
    m_processes.reserve(snapshot.size());
    for (const ProcessInfo &process : snapshot) {
        m_processes.insert(process.hostPid, process);
    }
    m_pending.clear();
    return delta;
}

void ProcessTracker::note(const ProcEventList &events)
{
    for (const ProcEvent &event : events) {
        m_pending.insert(event.pid, event.kind == ProcEvent::Kind::Exit);
    }
}

SnapshotDelta ProcessTracker::flush()
{
    SnapshotDelta delta;
    QSet<qint32> exited;
    QList<qint32> toRead;

    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value()) {
            exited.insert(it.key());
        } else {
            toRead.append(it.key());
        }
    }
    m_pending.clear();

    // An exited process counts as gone even while it is an unreaped zombie: its parent's wait()
    // produces no event, so keeping the zombie row would leave it stale until the next resync.
    for (const qint32 pid : std::as_const(exited)) {
        if (m_processes.remove(pid)) {
            delta.removed.append(pid);
        }
    }

    if (!exited.isEmpty()) {
        for (const ProcessInfo &process : std::as_const(m_processes)) {
            if (exited.contains(process.parentPid)) {
                toRead.append(process.hostPid);
            }
        }
    }

    for (const qint32 pid : std::as_const(toRead)) {
        applyRead(pid, delta);
    }

    const auto byPid = [](const ProcessInfo &a, const ProcessInfo &b) {
        return a.hostPid < b.hostPid;
    };
    std::sort(delta.added.begin(), delta.added.end(), byPid);
    std::sort(delta.changed.begin(), delta.changed.end(), byPid);
    std::sort(delta.removed.begin(), delta.removed.end());
    return delta;
}

void ProcessTracker::applyRead(qint32 pid, SnapshotDelta &delta)
{
    const std::optional<ProcessInfo> current = m_reader(pid);
    const auto known = m_processes.find(pid);

    if (!current) {
        if (known != m_processes.end()) {
            m_processes.erase(known);
            delta.removed.append(pid);
        }
        return;
    }

    if (known == m_processes.end()) {
        m_processes.insert(pid, *current);
        delta.added.append(*current);
        return;
    }

    if (known->startTime != current->startTime) {
        // The PID was reused between two flushes.
        *known = *current;
        delta.removed.append(pid);
        delta.added.append(*current);
        return;
    }

    if (!(*known == *current)) {
        *known = *current;
        delta.changed.append(*current);
    }
}

const ProcessInfo *ProcessTracker::find(qint32 pid) const
{
    const auto it = m_processes.constFind(pid);
    return it == m_processes.cend() ? nullptr : &*it;
}

ProcessList ProcessTracker::snapshot() const
{
    ProcessList processes(m_processes.cbegin(), m_processes.cend());
    std::sort(processes.begin(), processes.end(),
        [](const ProcessInfo &a, const ProcessInfo &b) { return a.hostPid < b.hostPid; });
    return processes;
}

} // namespace nestbox
