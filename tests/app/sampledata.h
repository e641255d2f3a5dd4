// SPDX-License-Identifier: GPL-3.0-or-later
// Sample namespaces and processes shared by the main-window tests that feed a fake helper.
#pragma once

#include "namespaceinfo.h"
#include "processinfo.h"

#include <QStringList>

namespace sampledata {

inline constexpr quint64 hostNamespace = 4026531836;
inline constexpr quint64 launchedNamespace = 4026532001;

/// A namespace at level 0 when parentId is 0, else level 1; created by Nestbox when command is set.
inline nestbox::NamespaceInfo makeNamespace(
    quint64 id, quint64 parentId, const QStringList &command, qint32 processCount = 1)
{
    nestbox::NamespaceInfo ns;
    ns.id = id;
    ns.parentId = parentId;
    ns.level = parentId == 0 ? 0 : 1;
    ns.processCount = processCount;
    ns.createdByNestbox = !command.isEmpty();
    ns.command = command;
    return ns;
}

/// A sleeping `sleep HOSTPID` process with PID pid inside pidNamespace, started at tick 100.
inline nestbox::ProcessInfo makeProcess(
    qint32 hostPid, qint32 parentPid, quint64 pidNamespace, qint32 pid)
{
    nestbox::ProcessInfo process;
    process.hostPid = hostPid;
    process.parentPid = parentPid;
    process.pidNamespace = pidNamespace;
    process.namespacePids = { hostPid, pid };
    process.state = 'S';
    process.name = QStringLiteral("sleep");
    process.arguments = { QStringLiteral("sleep"), QString::number(hostPid) };
    process.startTime = 100;
    return process;
}

} // namespace sampledata
