// SPDX-License-Identifier: GPL-3.0-or-later
// Includes glibc's pidfd functions (pidfd_open, pidfd_send_signal) with C linkage. Debian 12's
// glibc 2.36 declares them without extern "C", so a plain include fails to link from C++.
#pragma once

extern "C" {
#include <sys/pidfd.h>
}
