// SPDX-License-Identifier: GPL-3.0-or-later
// The icon shown for a launch profile wherever it is listed: the menus, the favourites toolbar,
// the tray and the manage dialog.
#pragma once

#include <QIcon>

namespace nestbox {

/// Returns the theme icon or image file iconName, else the theme's "system-run", else the
/// launch icon shipped in the resources.
QIcon profileIcon(const QString &iconName);

} // namespace nestbox
