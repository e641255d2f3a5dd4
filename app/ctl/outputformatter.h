// SPDX-License-Identifier: GPL-3.0-or-later
// Renders nestboxctl's listings as aligned text or as JSON. The JSON schema is part of the CLI's
// interface and is documented in `nestboxctl --help`; change it only by adding keys.
#pragma once

#include "namespaceinfo.h"
#include "processinfo.h"

#include <functional>
#include <QByteArray>
#include <QString>

namespace nestbox {

class OutputFormatter
{
public:
    using UserNameLookup = std::function<QString(quint32 uid)>;

    explicit OutputFormatter(UserNameLookup userName);

    /// One line per namespace, nested ones indented under their parent, with a header line.
    QString namespacesText(const NamespaceList &namespaces) const;
    /// {"namespaces": [{id, parentId, level, initHostPid, processCount, ownerUid, owner,
    /// createdByNestbox, command}]}, parents before their children.
    QByteArray namespacesJson(const NamespaceList &namespaces) const;

    /// One block per namespace with its processes as an indented parent/child tree.
    QString processTreeText(const ProcessList &processes) const;
    /// {"namespaces": [{id, level, processes: [{pid, hostPid, parentHostPid, uid, user, state,
    /// name, command, startTime}]}]}, each process after its parent.
    QByteArray processTreeJson(const ProcessList &processes) const;

private:
    UserNameLookup m_userName;
};

} // namespace nestbox
