// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the helper's process table current while at least one client watches, and reports what
// changed. Kernel process events drive it; a /proc rescan repairs lost events, and polling takes
// over where the kernel's process connector is unavailable.
#pragma once

#include "namespaceinfo.h"
#include "namespacetree.h"
#include "procconnector.h"
#include "processtracker.h"
#include "snapshotdiff.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace nestbox {

class ProcessMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Stopped,
        Events, ///< process connector events, a coalescing window and a periodic resync
        Polling, ///< the connector could not start: a full rescan every pollMs
    };

    struct Intervals
    {
        /// Events are collected for this long after the first one, then sent as one delta.
        int coalesceMs = 10;
        /// Listing /proc's PIDs and comparing them with the table finds a missed fork or exit.
        /// With 5,100 processes the listing took 5 ms on a busy 2-core VM (scripts/bench,
        /// B2): 0.05% of a core.
        int pidCheckMs = 10000;
        /// A full scan of 5,100 processes took 108 ms there (B2): 0.09% of a core every 2 min.
        /// It repairs lost exec, name and uid events and refreshes the CPU and memory figures,
        /// which no event reports. ENOBUFS, the kernel's sign of lost events, rescans at once.
        int resyncMs = 120000;
        int pollMs = 1000;
    };

    /// The functions that read processes and start the connector. Tests substitute
    /// in-memory tables and a connector that never opens a socket.
    struct Sources
    {
        std::function<ProcessList()> readAll;
        ProcessTracker::ProcessReader readOne;
        std::function<QList<qint32>()> listPids;
        NamespaceParentLookup parentLookup;
        std::function<bool(ProcConnector &connector, QString *error)> startConnector;
    };

    /// Sources backed by procRoot, NS_GET_PARENT and the real process connector.
    static Sources procSources(const QString &procRoot = QStringLiteral("/proc"));

    explicit ProcessMonitor(QObject *parent = nullptr);
    ProcessMonitor(Sources sources, Intervals intervals, QObject *parent = nullptr);
    ~ProcessMonitor() override;

    /// Runs as root. Subscribes to process events (or falls back to polling) and takes the first
    /// snapshot; does nothing when already running.
    void start();
    /// Closes the socket, stops every timer and clears the table.
    void stop();

    Mode mode() const { return m_mode; }
    bool isRunning() const { return m_mode != Mode::Stopped; }
    bool hasSocket() const { return m_connector != nullptr; }
    bool hasActiveTimer() const;

signals:
    void processesChanged(const nestbox::SnapshotDelta &delta);
    /// The namespace list as buildNamespaceTree returns it, before the helper's annotations.
    void namespacesChanged(const nestbox::NamespaceList &namespaces);

private:
    bool startConnector();
    void noteEvents(const ProcEventList &events);
    void flushEvents();
    void checkPids();
    void resync();
    void publish(const SnapshotDelta &delta);
    bool countNamespaces(const SnapshotDelta &delta);
    void updateNamespaces(bool namespaceSetChanged);
    quint64 cachedParent(qint32 pid);

    Sources m_sources;
    Intervals m_intervals;
    Mode m_mode = Mode::Stopped;
    std::unique_ptr<ProcConnector> m_connector;
    ProcessTracker m_tracker;
    QTimer m_coalesceTimer;
    QTimer m_pidCheckTimer;
    QTimer m_resyncTimer;
    NamespaceList m_namespaces;
    QHash<qint32, quint64> m_namespaceOf; ///< host PID -> PID namespace id, for every process
    QHash<quint64, qint32> m_processCounts; ///< PID namespace id -> processes in it
    /// Namespace id -> parent namespace id. A namespace's parent never changes, so each one is
    /// asked of the kernel once while it exists.
    QHash<quint64, quint64> m_parents;
    bool m_connectorFailureLogged = false;
};

} // namespace nestbox
