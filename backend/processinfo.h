// SPDX-License-Identifier: GPL-3.0-or-later
// One process as read from /proc at one moment: the unit of every snapshot, delta and D-Bus reply.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace nestbox {

struct ProcessInfo
{
    qint32 hostPid = 0;
    qint32 parentPid = 0; ///< host PID of the parent, 0 for the host's PID 1 and kthreadd
    quint32 uid = 0; ///< real uid
    char state = '?'; ///< the state letter of /proc/PID/stat (R, S, D, Z, T, ...)
    QString name; ///< comm, decoded as UTF-8 with invalid bytes replaced
    QStringList arguments; ///< /proc/PID/cmdline split at NUL; empty for kernel threads
    quint64 startTime = 0; ///< clock ticks after boot; with hostPid it identifies one process
    quint64 pidNamespace = 0; ///< inode of /proc/PID/ns/pid
    QList<qint32> namespacePids; ///< the NSpid line: host PID first, innermost PID last
    quint64 cpuTicks = 0; ///< utime + stime in clock ticks
    quint64 residentBytes = 0;
    qint32 threadCount = 0;

    /// The PID the process has inside its own namespace.
    qint32 innermostPid() const { return namespacePids.isEmpty() ? hostPid : namespacePids.last(); }

    bool operator==(const ProcessInfo &) const = default;
};

using ProcessList = QList<ProcessInfo>;
/// Host PIDs of processes that are gone (D-Bus ai).
using PidList = QList<qint32>;

} // namespace nestbox

Q_DECLARE_METATYPE(nestbox::ProcessInfo)
