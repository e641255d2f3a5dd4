// SPDX-License-Identifier: GPL-3.0-or-later
// One PID namespace and its place in the hierarchy, as the helper reports it.
#pragma once

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace nestbox {

struct NamespaceInfo
{
    quint64 id = 0; ///< inode of the namespace, as in /proc/PID/ns/pid
    quint64 parentId = 0; ///< 0 for the host namespace, or when the parent is not visible
    qint32 level = 0; ///< 0 for the host namespace
    qint32 initHostPid = 0; ///< host PID of the process that is PID 1 inside, 0 if none is visible
    quint32 ownerUid = 0; ///< uid of the init process, or of the caller that launched it
    qint32 processCount = 0;
    bool createdByNestbox = false;
    QStringList command; ///< what Nestbox launched into it; empty when not created by Nestbox

    bool operator==(const NamespaceInfo &) const = default;
};

using NamespaceList = QList<NamespaceInfo>;

} // namespace nestbox

Q_DECLARE_METATYPE(nestbox::NamespaceInfo)
