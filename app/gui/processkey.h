// SPDX-License-Identifier: GPL-3.0-or-later
// The identity of one process across updates: its host PID and start time, so a reused PID is a
// different process.
#pragma once

#include <QtGlobal>
#include <utility>

namespace nestbox {

using ProcessKey = std::pair<qint32, quint64>;

} // namespace nestbox
