// SPDX-License-Identifier: GPL-3.0-or-later
// UsageMonitor: the two-second sampling loop.
#include "usagemonitor.h"

#include "helperclient.h"
#include "namespacemodel.h"
#include "processmodel.h"

#include <QWidget>

namespace nestbox {

UsageMonitor::UsageMonitor(
    HelperClient *client, NamespaceModel *namespaces, ProcessModel *processes, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_namespaces(namespaces)
    , m_processes(processes)
    , m_window(window)
{
    connect(m_client, &HelperClient::processesChanged, this,
        [this](const ProcessList &added, const ProcessList &changed, const PidList &removed) {
            m_tracker.applyDelta(added, changed, removed);
        });
    connect(&m_timer, &QTimer::timeout, this, &UsageMonitor::takeSample);
    m_timer.start(UsageHistory::sampleIntervalMs);
}

void UsageMonitor::reload()
{
    m_client->getProcesses(0, [this](const CallError &error, const ProcessList &processes) {
        if (error.isError())
            return;
        m_tracker.setProcesses(processes);
        publishTotals();
    });
}

// The history gets a sample every tick even while the window is hidden, so the graph has no gap
// when it is shown again. Only the D-Bus refresh waits for a visible window, and when it runs the
// sample waits for its reply, so that the graph and the details show the same figures.
void UsageMonitor::takeSample()
{
    const quint64 namespaceId = m_processes->namespaceId();
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    if (!shown || namespaceId == 0) {
        recordSample();
        return;
    }

    m_client->getProcesses(
        namespaceId, [this, namespaceId](const CallError &error, const ProcessList &processes) {
            if (!error.isError()) {
                m_tracker.replaceNamespace(namespaceId, processes);
                // A reply for a namespace that is no longer shown would empty the process view.
                if (m_processes->namespaceId() == namespaceId)
                    m_processes->setProcesses(processes);
            }
            recordSample();
        });
}

void UsageMonitor::recordSample()
{
    const QHash<quint64, UsageTotals> all = m_tracker.totals();
    QHash<quint64, UsageTotals> present;
    for (const NamespaceInfo &ns : m_namespaces->namespaces())
        present.insert(ns.id, all.value(ns.id));
    m_history.record(present);
    m_namespaces->setUsage(all);
    emit sampled();
}

void UsageMonitor::publishTotals()
{
    m_namespaces->setUsage(m_tracker.totals());
    emit sampled();
}

} // namespace nestbox
