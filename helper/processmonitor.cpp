// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmonitor.h"

#include "namespacetree.h"

namespace nestbox {

ProcessMonitor::ProcessMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(scanIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProcessMonitor::scan);
}

void ProcessMonitor::start()
{
    if (m_timer.isActive()) {
        return;
    }
    m_processes = m_reader.readAll();
    m_namespaces = buildNamespaceTree(m_processes, kernelParentLookup(m_reader.procRoot()));
    m_timer.start();
}

void ProcessMonitor::stop()
{
    m_timer.stop();
    m_processes.clear();
    m_namespaces.clear();
}

void ProcessMonitor::scan()
{
    ProcessList processes = m_reader.readAll();
    const SnapshotDelta delta = diffSnapshots(m_processes, processes);
    m_processes = std::move(processes);
    if (delta.isEmpty()) {
        return;
    }
    emit processesChanged(delta);

    NamespaceList namespaces
        = buildNamespaceTree(m_processes, kernelParentLookup(m_reader.procRoot()));
    if (namespaces != m_namespaces) {
        m_namespaces = std::move(namespaces);
        emit namespacesChanged(m_namespaces);
    }
}

} // namespace nestbox
