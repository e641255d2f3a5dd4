// SPDX-License-Identifier: GPL-3.0-or-later
// CpuUsage: ticks delta / (elapsed seconds * ticks per second) * 100.
#include "cpuusage.h"

#include <memory>
#include <QElapsedTimer>
#include <unistd.h>

namespace nestbox {

namespace {

CpuUsage::Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] {
        return timer->elapsed();
    };
}

} // namespace

CpuUsage::CpuUsage(Clock clock, long ticksPerSecond)
    : m_clock(clock ? std::move(clock) : monotonicClock())
    , m_ticksPerSecond(ticksPerSecond > 0 ? ticksPerSecond : ::sysconf(_SC_CLK_TCK))
{
}

std::optional<double> CpuUsage::sample(const ProcessKey &key, quint64 cpuTicks)
{
    const qint64 now = m_clock();
    const auto found = m_samples.find(key);
    if (found == m_samples.end()) {
        m_samples.emplace(key, Sample { cpuTicks, now, std::nullopt });
        return std::nullopt;
    }

    Sample &previous = found->second;
    const qint64 elapsedMs = now - previous.atMs;
    if (elapsedMs < minimumIntervalMs)
        return previous.percent;

    // A counter that went backwards means a bad sample; start over from it.
    const quint64 ticks = cpuTicks >= previous.cpuTicks ? cpuTicks - previous.cpuTicks : 0;
    const double seconds = double(elapsedMs) / 1000.0;
    previous
        = Sample { cpuTicks, now, double(ticks) / (seconds * double(m_ticksPerSecond)) * 100.0 };
    return previous.percent;
}

std::optional<double> CpuUsage::percent(const ProcessKey &key) const
{
    const auto found = m_samples.find(key);
    return found == m_samples.end() ? std::nullopt : found->second.percent;
}

void CpuUsage::forget(const ProcessKey &key)
{
    m_samples.erase(key);
}

} // namespace nestbox
