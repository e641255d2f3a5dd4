// SPDX-License-Identifier: GPL-3.0-or-later
// Derives the PID-namespace hierarchy from a process snapshot.
#pragma once

#include "namespaceinfo.h"
#include "processinfo.h"

#include <functional>
#include <QString>

namespace nestbox {

/// Returns the parent namespace id of the PID namespace that process pid is in, or 0.
/// The production lookup opens procRoot/PID/ns/pid and asks the kernel with NS_GET_PARENT.
using NamespaceParentLookup = std::function<quint64(qint32 pid)>;

/// The lookup backed by the NS_GET_PARENT ioctl.
NamespaceParentLookup kernelParentLookup(const QString &procRoot = QStringLiteral("/proc"));

/// Builds one NamespaceInfo per distinct pidNamespace in processes: level from the NSpid depth,
/// init = the process whose innermost PID is 1, ownerUid = the init's uid, process count, and the
/// parent from lookup (called once per namespace below the host's). createdByNestbox and command
/// stay empty.
NamespaceList buildNamespaceTree(const ProcessList &processes, const NamespaceParentLookup &lookup);

} // namespace nestbox
