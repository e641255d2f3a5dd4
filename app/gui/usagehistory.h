// SPDX-License-Identifier: GPL-3.0-or-later
// The recent CPU and memory totals of every namespace: one bounded ring of samples per namespace
// id, dropped when the namespace is gone.
#pragma once

#include "usagetotals.h"

#include <deque>
#include <QHash>
#include <QList>

namespace nestbox {

class UsageHistory
{
public:
    /// Five minutes at one sample every two seconds.
    static constexpr int defaultCapacity = 150;
    static constexpr int sampleIntervalMs = 2000;

    explicit UsageHistory(int capacity = defaultCapacity);

    /// Appends one sample for each namespace in totals and drops every namespace not in it.
    void record(const QHash<quint64, UsageTotals> &totals);

    /// The samples of namespaceId, oldest first; empty for an unknown namespace.
    QList<UsageTotals> samples(quint64 namespaceId) const;

    bool contains(quint64 namespaceId) const { return m_rings.contains(namespaceId); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    QHash<quint64, std::deque<UsageTotals>> m_rings;
};

} // namespace nestbox
