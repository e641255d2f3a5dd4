// SPDX-License-Identifier: GPL-3.0-or-later
// The signals a client may ask SignalProcess to send.
#pragma once

namespace nestbox {

/// Returns true for SIGTERM, SIGINT, SIGHUP, SIGKILL, SIGSTOP, SIGCONT, SIGUSR1, SIGUSR2 and
/// SIGQUIT. Everything else, including 0 and real-time signals, is rejected.
bool isAllowedSignal(int signal);

} // namespace nestbox
