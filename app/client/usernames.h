// SPDX-License-Identifier: GPL-3.0-or-later
// Turns the uids in the helper's replies into user names for display.
#pragma once

#include <QString>

namespace nestbox {

/// Returns the passwd name of uid, or the number itself when uid has no passwd entry.
QString userName(quint32 uid);

} // namespace nestbox
