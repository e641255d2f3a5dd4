// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotdiff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace nestbox {
namespace {

bool hasLowerPid(const ProcessInfo &a, const ProcessInfo &b)
{
    return a.hostPid < b.hostPid;
}

} // namespace

// Hashing by PID keeps the comparison linear in the snapshot size. Only the delta, usually a
// handful of processes, is sorted.
SnapshotDelta diffSnapshots(const ProcessList &before, const ProcessList &after)
{
    QHash<qint32, const ProcessInfo *> previousByPid;
    previousByPid.reserve(before.size());
    for (const ProcessInfo &process : before) {
        previousByPid.insert(process.hostPid, &process);
    }

    SnapshotDelta delta;
    QSet<qint32> survivingPids;
    survivingPids.reserve(after.size());
    for (const ProcessInfo &current : after) {
        const ProcessInfo *previous = previousByPid.value(current.hostPid);
        if (!previous || previous->startTime != current.startTime) {
            delta.added.append(current);
            continue;
        }

        survivingPids.insert(current.hostPid);
        if (*previous != current) {
            delta.changed.append(current);
        }
    }

    for (const ProcessInfo &process : before) {
        if (!survivingPids.contains(process.hostPid)) {
            delta.removed.append(process.hostPid);
        }
    }

    std::sort(delta.added.begin(), delta.added.end(), hasLowerPid);
    std::sort(delta.changed.begin(), delta.changed.end(), hasLowerPid);
    std::sort(delta.removed.begin(), delta.removed.end());
    return delta;
}

} // namespace nestbox
