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
//
// Every namespace is read, not only the selected one, since the namespace tree shows the totals
// of all of them. The helper reads all of /proc for any GetProcesses call anyway.
void UsageMonitor::takeSample()
{
    // A helper that is gone or refuses inspection would only log a rejection every two seconds.
    const bool windowVisible = m_window->isVisible() && !m_window->isMinimized();
    if (!windowVisible || m_client->state() != HelperClient::State::Connected) {
        recordSample();
        return;
    }

    m_client->getProcesses(0, [this](const CallError &error, const ProcessList &processes) {
        if (!error.isError()) {
            m_tracker.setProcesses(processes);
            showProcessesOf(m_processes->namespaceId(), processes);
        }
        recordSample();
    });
}

void UsageMonitor::showProcessesOf(quint64 namespaceId, const ProcessList &processes)
{
    if (namespaceId == 0)
        return;
    ProcessList shown;
    for (const ProcessInfo &process : processes) {
        if (process.pidNamespace == namespaceId)
            shown.append(process);
    }
    m_processes->setProcesses(shown);
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
