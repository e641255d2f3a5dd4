// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the environment variables a launched app inherits from its client. The helper rejects any
// key outside its allow-list, so the client sends only those keys and only values it will accept.
#pragma once

#include "dbustypes.h"

#include <QProcessEnvironment>
#include <sys/types.h>

namespace nestbox {

/// Returns the allow-listed variables of environment (DISPLAY, WAYLAND_DISPLAY, XAUTHORITY,
/// XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS, LANG, LANGUAGE, LC_*, TERM, COLORTERM). Values
/// holding a newline are left out, and so is an XDG_RUNTIME_DIR other than /run/user/uid.
EnvironmentMap allowedLaunchEnvironment(const QProcessEnvironment &environment, uid_t uid);

} // namespace nestbox
