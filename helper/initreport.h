// SPDX-License-Identifier: GPL-3.0-or-later
// The records nestbox-init and its app write to the helper on fd 3, a SOCK_SEQPACKET socket (the
// status channel). Both sides are built from this header, so the layout needs no versioning.
#pragma once

#include <cstdint>

namespace nestbox {

/// File descriptor on which nestbox-init finds its end of the status channel.
inline constexpr int initStatusFd = 3;

enum class InitReportKind : std::int32_t {
    Started = 1, ///< value: the app's PID inside the namespace
    ExecFailed = 2, ///< value: errno of execve in the app's process
    SetupFailed = 3, ///< value: errno of the failed step; the step is named on init's stderr
    Exited = 4, ///< init is about to exit. value: the app's raw wait status
    /// Sent by the app's own process before execve, with SCM_CREDENTIALS naming itself; the
    /// kernel translates the PID into the receiver's namespace. value: the PID inside.
    AppIdentity = 5,
    ChdirFailed = 6, ///< value: errno of chdir into the working directory in the app's process
    /// With --keep-while-processes-live only: the app has exited but init stays until the
    /// namespace's last process has, and then sends Exited. value: the app's raw wait status.
    AppExited = 7,
};

struct InitReport
{
    InitReportKind kind;
    std::int32_t value;
};

} // namespace nestbox
