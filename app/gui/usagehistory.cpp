// SPDX-License-Identifier: GPL-3.0-or-later
// UsageHistory: appending, trimming and forgetting the per-namespace rings.
#include "usagehistory.h"

#include <algorithm>

namespace nestbox {

UsageHistory::UsageHistory(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

void UsageHistory::record(const QHash<quint64, UsageTotals> &totals)
{
    m_rings.removeIf([&totals](const auto &ring) { return !totals.contains(ring.key()); });

    for (auto total = totals.constBegin(); total != totals.constEnd(); ++total) {
        std::deque<UsageTotals> &ring = m_rings[total.key()];
        ring.push_back(total.value());
        while (int(ring.size()) > m_capacity)
            ring.pop_front();
    }
}

QList<UsageTotals> UsageHistory::samples(quint64 namespaceId) const
{
    const auto found = m_rings.constFind(namespaceId);
    if (found == m_rings.constEnd())
        return {};
    return QList<UsageTotals>(found->begin(), found->end());
}

} // namespace nestbox
