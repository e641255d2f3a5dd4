// SPDX-License-Identifier: GPL-3.0-or-later
// The difference between two process snapshots, as sent in ProcessesChanged.
#pragma once

#include "processinfo.h"

namespace nestbox {

struct SnapshotDelta
{
    ProcessList added;
    ProcessList changed;
    PidList removed; ///< host PIDs; a reused PID is both removed and added

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

/// Compares by host PID; the same PID with another startTime is a new process.
SnapshotDelta diffSnapshots(const ProcessList &before, const ProcessList &after);

} // namespace nestbox
