// SPDX-License-Identifier: GPL-3.0-or-later
// Per-process CPU usage in percent of one core, from successive cpuTicks samples of the same
// process.
#pragma once

#include "processkey.h"

#include <functional>
#include <map>
#include <optional>

namespace nestbox {

class CpuUsage
{
public:
    /// Milliseconds on a monotonic clock; tests pass their own.
    using Clock = std::function<qint64()>;

    /// Samples closer together than this keep the previous figure: at 100 ticks per second a
    /// 100 ms interval would make every tick worth 10%.
    static constexpr qint64 minimumIntervalMs = 500;

    /// clock defaults to a QElapsedTimer; ticksPerSecond to sysconf(_SC_CLK_TCK).
    explicit CpuUsage(Clock clock = {}, long ticksPerSecond = 0);

    /// Records cpuTicks of the process key now and returns its usage since the previous sample,
    /// or nothing for the first sample of a process.
    std::optional<double> sample(const ProcessKey &key, quint64 cpuTicks);

    /// The last figure sample() returned for key.
    std::optional<double> percent(const ProcessKey &key) const;

    /// Drops key, whose process is gone.
    void forget(const ProcessKey &key);

    /// Drops every process, as when a different namespace is shown.
    void clear() { m_samples.clear(); }

    long ticksPerSecond() const { return m_ticksPerSecond; }

private:
    struct Sample
    {
        quint64 cpuTicks = 0;
        qint64 atMs = 0;
        std::optional<double> percent;
    };

    Clock m_clock;
    long m_ticksPerSecond;
    std::map<ProcessKey, Sample> m_samples;
};

} // namespace nestbox
