// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmonitor.h"

#include "logging.h"
#include "procreader.h"

#include <QSet>

namespace nestbox {

ProcessMonitor::Sources ProcessMonitor::procSources(const QString &procRoot)
{
    const auto reader = std::make_shared<ProcReader>(procRoot);
    return {
        [reader] { return reader->readAll(); },
        [reader](qint32 pid) { return reader->read(pid); },
        kernelParentLookup(procRoot),
        [](ProcConnector &connector, QString *error) { return connector.start(error); },
    };
}

ProcessMonitor::ProcessMonitor(QObject *parent)
    : ProcessMonitor(procSources(), Intervals {}, parent)
{
}

ProcessMonitor::ProcessMonitor(Sources sources, Intervals intervals, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_intervals(intervals)
    , m_tracker(m_sources.readOne)
{
    // Single shot, and started only by the first event of a window, so no event waits longer
    // than coalesceMs however many follow it.
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(m_intervals.coalesceMs);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &ProcessMonitor::flushEvents);
    connect(&m_resyncTimer, &QTimer::timeout, this, &ProcessMonitor::resync);
}

ProcessMonitor::~ProcessMonitor() = default;

bool ProcessMonitor::hasActiveTimer() const
{
    return m_coalesceTimer.isActive() || m_resyncTimer.isActive();
}

void ProcessMonitor::start()
{
    if (isRunning()) {
        return;
    }

    // Listening starts before the first snapshot, so a process born in between is not missed.
    m_mode = startConnector() ? Mode::Events : Mode::Polling;
    m_tracker.resync(m_sources.readAll());
    m_namespaces = buildNamespaceTree(
        m_tracker.snapshot(), [this](qint32 pid) { return cachedParent(pid); });

    m_resyncTimer.start(m_mode == Mode::Events ? m_intervals.resyncMs : m_intervals.pollMs);
}

// Runs as root.
bool ProcessMonitor::startConnector()
{
    m_connector = std::make_unique<ProcConnector>();
    QString error;
    if (!m_sources.startConnector(*m_connector, &error)) {
        m_connector.reset();
        if (!m_connectorFailureLogged) {
            logging::get("helper")->warn(
                "no process events ({}); rescanning /proc every {} ms instead", error.toStdString(),
                m_intervals.pollMs);
            m_connectorFailureLogged = true;
        }
        return false;
    }

    connect(m_connector.get(), &ProcConnector::eventsReceived, this, &ProcessMonitor::noteEvents);
    connect(m_connector.get(), &ProcConnector::eventsLost, this, &ProcessMonitor::resync);
    return true;
}

void ProcessMonitor::stop()
{
    m_mode = Mode::Stopped;
    m_connector.reset();
    m_coalesceTimer.stop();
    m_resyncTimer.stop();
    m_tracker.resync({});
    m_namespaces.clear();
    m_parents.clear();
}

void ProcessMonitor::noteEvents(const ProcEventList &events)
{
    m_tracker.note(events);
    if (!m_coalesceTimer.isActive()) {
        m_coalesceTimer.start();
    }
}

void ProcessMonitor::flushEvents()
{
    publish(m_tracker.flush());
}

void ProcessMonitor::resync()
{
    // The snapshot is newer than any event still waiting in the window.
    m_coalesceTimer.stop();
    publish(m_tracker.resync(m_sources.readAll()));
}

void ProcessMonitor::publish(const SnapshotDelta &delta)
{
    if (delta.isEmpty()) {
        return;
    }
    emit processesChanged(delta);

    // Only a process that came or went can change the namespace list.
    if (!delta.added.isEmpty() || !delta.removed.isEmpty()) {
        updateNamespaces();
    }
}

void ProcessMonitor::updateNamespaces()
{
    NamespaceList namespaces = buildNamespaceTree(
        m_tracker.snapshot(), [this](qint32 pid) { return cachedParent(pid); });
    if (namespaces == m_namespaces) {
        return;
    }

    QSet<quint64> alive;
    for (const NamespaceInfo &ns : std::as_const(namespaces)) {
        alive.insert(ns.id);
    }
    for (auto it = m_parents.begin(); it != m_parents.end();) {
        it = alive.contains(it.key()) ? std::next(it) : m_parents.erase(it);
    }

    m_namespaces = std::move(namespaces);
    emit namespacesChanged(m_namespaces);
}

quint64 ProcessMonitor::cachedParent(qint32 pid)
{
    const ProcessInfo *process = m_tracker.find(pid);
    if (!process) {
        return m_sources.parentLookup(pid);
    }

    const auto cached = m_parents.constFind(process->pidNamespace);
    if (cached != m_parents.cend()) {
        return *cached;
    }
    const quint64 parent = m_sources.parentLookup(pid);
    if (parent != 0) {
        m_parents.insert(process->pidNamespace, parent);
    }
    return parent;
}

} // namespace nestbox
