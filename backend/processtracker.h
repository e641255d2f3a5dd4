// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps a process table current from kernel process events and turns what changed into deltas.
// Events only name the PIDs to read again, and /proc is the source of every value.
#pragma once

#include "processinfo.h"
#include "procevent.h"
#include "snapshotdiff.h"

#include <functional>
#include <optional>
#include <QHash>

namespace nestbox {

class ProcessTracker
{
public:
    /// Reads one process from /proc, or returns nothing when it is gone.
    using ProcessReader = std::function<std::optional<ProcessInfo>(qint32 pid)>;

    explicit ProcessTracker(ProcessReader reader);

    /// Replaces the table with a full snapshot and returns how it differs from the old table.
    /// Pending events are dropped, since the snapshot is newer than all of them.
    SnapshotDelta resync(const ProcessList &snapshot);

    /// Records events. The processes they name are read again at the next flush().
    void note(const ProcEventList &events);
    bool hasPending() const { return !m_pending.isEmpty(); }

    /// Reads every process named since the last flush, and the children of exited ones (the
    /// kernel reparents them without an event), and returns the changes ordered by host PID.
    SnapshotDelta flush();

    /// The current table ordered by host PID.
    ProcessList snapshot() const;
    qsizetype size() const { return m_processes.size(); }
    /// The tracked process with this host PID, or nullptr.
    const ProcessInfo *find(qint32 pid) const;

private:
    void applyRead(qint32 pid, SnapshotDelta &delta);

    ProcessReader m_reader;
    QHash<qint32, ProcessInfo> m_processes;
    QHash<qint32, bool> m_pending; ///< PID -> whether its last event was its exit
};

} // namespace nestbox
