// SPDX-License-Identifier: GPL-3.0-or-later
// The records nestbox-init writes to the helper on fd 3 (the status pipe). Both sides are built
// from this header, so the layout needs no versioning.
#pragma once

#include <cstdint>

namespace nestbox {

/// File descriptor on which nestbox-init finds the write end of the status pipe.
inline constexpr int initStatusFd = 3;

enum class InitReportKind : std::int32_t {
    Started = 1, ///< value: the app's PID inside the namespace
    ExecFailed = 2, ///< value: errno of chdir or execve in the app's process
    SetupFailed = 3, ///< value: errno of the failed step; the step is named on init's stderr
    Exited = 4, ///< value: the app's raw wait status
};

struct InitReport
{
    InitReportKind kind;
    std::int32_t value;
};

} // namespace nestbox
