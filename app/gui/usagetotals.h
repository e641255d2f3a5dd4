// SPDX-License-Identifier: GPL-3.0-or-later
// The summed CPU usage and memory of one namespace's processes at one moment.
#pragma once

#include <QtGlobal>

namespace nestbox {

struct UsageTotals
{
    double cpuPercent = 0; ///< percent of one core, summed over the processes with a figure
    quint64 residentBytes = 0;
    int processCount = 0;

    bool operator==(const UsageTotals &) const = default;
};

} // namespace nestbox
