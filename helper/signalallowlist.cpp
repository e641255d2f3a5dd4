// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalallowlist.h"

#include <algorithm>
#include <array>
#include <csignal>

namespace nestbox {

bool isAllowedSignal(int signal)
{
    static constexpr std::array allowed
        = { SIGTERM, SIGINT, SIGHUP, SIGKILL, SIGSTOP, SIGCONT, SIGUSR1, SIGUSR2, SIGQUIT };
    return std::find(allowed.begin(), allowed.end(), signal) != allowed.end();
}

} // namespace nestbox
