// SPDX-License-Identifier: GPL-3.0-or-later
// One process event from the kernel's process connector, reduced to what the tracker needs.
#pragma once

#include <cstddef>
#include <QList>
#include <QtGlobal>

namespace nestbox {

struct ProcEvent
{
    enum class Kind {
        Fork, ///< a new process (thread creations are dropped while parsing)
        Exec,
        Exit, ///< a whole process ended (thread exits are dropped while parsing)
        Uid, ///< real or effective uid changed
        Name, ///< comm changed (prctl PR_SET_NAME)
    };

    Kind kind = Kind::Fork;
    qint32 pid = 0; ///< host PID (the connector reports PIDs of the initial PID namespace)
    qint32 parentPid = 0; ///< only for Fork

    bool operator==(const ProcEvent &) const = default;
};

using ProcEventList = QList<ProcEvent>;

/// Parses one datagram read from a NETLINK_CONNECTOR socket subscribed to CN_IDX_PROC. Messages
/// of other connectors, truncated messages and event kinds the tracker ignores are skipped.
ProcEventList parseProcConnectorDatagram(const char *data, std::size_t size);

} // namespace nestbox
