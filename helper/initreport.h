// SPDX-License-Identifier: GPL-3.0-or-later
// The records nestbox-init and its app write to the helper on fd 3, a SOCK_SEQPACKET socket (the
// status channel). Both sides are built from this header, so the layout needs no versioning.
#pragma once

#include <cstdint>
#include <sys/wait.h>

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

/// Returns the exit code a shell reports for a wait status: 128 + the signal for a killed
/// process. It is init's own exit status and the one the helper reports for the app.
inline int exitCodeOf(int waitStatus)
{
    return WIFSIGNALED(waitStatus) ? 128 + WTERMSIG(waitStatus) : WEXITSTATUS(waitStatus);
}

/// Returns the signal that killed the process of a wait status, or 0 when it exited.
inline int termSignalOf(int waitStatus)
{
    return WIFSIGNALED(waitStatus) ? WTERMSIG(waitStatus) : 0;
}

} // namespace nestbox
