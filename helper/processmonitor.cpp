// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmonitor.h"

#include "logging.h"
#include "procreader.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <dirent.h>
#include <QSet>

namespace nestbox {
namespace {

// The numeric entries of procRoot: one per process (threads are not listed at the top level).
QList<qint32> listProcPids(const QByteArray &procRoot)
{
    QList<qint32> pids;
    DIR *listing = ::opendir(procRoot.constData());
    if (!listing) {
        return pids;
    }
    while (const dirent *entry = ::readdir(listing)) {
        qint32 pid = 0;
        const char *end = entry->d_name + std::strlen(entry->d_name);
        const auto [next, error] = std::from_chars(entry->d_name, end, pid);
        if (error == std::errc() && next == end) {
            pids.append(pid);
        }
    }
    ::closedir(listing);
    return pids;
}

} // namespace

ProcessMonitor::Sources ProcessMonitor::procSources(const QString &procRoot)
{
    const auto reader = std::make_shared<ProcReader>(procRoot);
    return {
        [reader] { return reader->readAll(); },
        [reader](qint32 pid) { return reader->read(pid); },
        [root = procRoot.toLocal8Bit()] { return listProcPids(root); },
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
    connect(&m_pidCheckTimer, &QTimer::timeout, this, &ProcessMonitor::checkPids);
    connect(&m_resyncTimer, &QTimer::timeout, this, &ProcessMonitor::resync);
}

ProcessMonitor::~ProcessMonitor() = default;

bool ProcessMonitor::hasActiveTimer() const
{
    return m_coalesceTimer.isActive() || m_pidCheckTimer.isActive() || m_resyncTimer.isActive();
}

void ProcessMonitor::start()
{
    if (isRunning()) {
        return;
    }

    // Listening starts before the first snapshot, so a process born in between is not missed.
    m_mode = startConnector() ? Mode::Events : Mode::Polling;
    countNamespaces(m_tracker.resync(m_sources.readAll()));
    m_namespaces = buildNamespaceTree(
        m_tracker.snapshot(), [this](qint32 pid) { return cachedParent(pid); });

    if (m_mode == Mode::Events) {
        m_pidCheckTimer.start(m_intervals.pidCheckMs);
    }
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
    m_pidCheckTimer.stop();
    m_resyncTimer.stop();
    m_tracker.resync({});
    m_namespaces.clear();
    m_namespaceOf.clear();
    m_processCounts.clear();
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

// Lists /proc and rescans fully only when its PIDs differ from the table's, which a lost fork or
// exit event causes. Pending events are flushed first, so the table is as new as it can be.
void ProcessMonitor::checkPids()
{
    if (m_coalesceTimer.isActive()) {
        m_coalesceTimer.stop();
        flushEvents();
    }

    const QList<qint32> pids = m_sources.listPids();
    const bool same = pids.size() == m_namespaceOf.size()
        && std::all_of(
            pids.cbegin(), pids.cend(), [this](qint32 pid) { return m_namespaceOf.contains(pid); });
    if (!same) {
        resync();
    }
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
        updateNamespaces(countNamespaces(delta));
    }
}

// Keeps the process count of each namespace current from a delta, in time proportional to the
// delta. Returns whether a namespace appeared or vanished.
bool ProcessMonitor::countNamespaces(const SnapshotDelta &delta)
{
    bool setChanged = false;
    for (const qint32 pid : delta.removed) {
        const auto known = m_namespaceOf.constFind(pid);
        if (known == m_namespaceOf.cend()) {
            continue;
        }
        const auto count = m_processCounts.find(*known);
        if (count != m_processCounts.end() && --*count == 0) {
            m_processCounts.erase(count);
            setChanged = true;
        }
        m_namespaceOf.erase(known);
    }
    for (const ProcessInfo &process : delta.added) {
        m_namespaceOf.insert(process.hostPid, process.pidNamespace);
        if (m_processCounts[process.pidNamespace]++ == 0) {
            setChanged = true;
        }
    }
    return setChanged;
}

// Rebuilds the tree from the whole table only when the set of namespaces changed. Otherwise only
// the counts moved, and they are copied into the list the helper last sent.
void ProcessMonitor::updateNamespaces(bool namespaceSetChanged)
{
    NamespaceList namespaces = m_namespaces;
    if (namespaceSetChanged) {
        namespaces = buildNamespaceTree(
            m_tracker.snapshot(), [this](qint32 pid) { return cachedParent(pid); });
    } else {
        for (NamespaceInfo &ns : namespaces) {
            ns.processCount = m_processCounts.value(ns.id);
        }
    }
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
