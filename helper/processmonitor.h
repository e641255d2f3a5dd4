// SPDX-License-Identifier: GPL-3.0-or-later
// Rereads /proc once a second while it runs and reports what changed. The helper runs it only
// while at least one client watches, so an unwatched helper does no periodic work.
#pragma once

#include "namespaceinfo.h"
#include "procreader.h"
#include "snapshotdiff.h"

#include <QObject>
#include <QTimer>

namespace nestbox {

class ProcessMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int scanIntervalMs = 1000;

    explicit ProcessMonitor(QObject *parent = nullptr);

    /// Takes the first snapshot and starts the timer; does nothing when already running.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    void processesChanged(const nestbox::SnapshotDelta &delta);
    /// The namespace list as buildNamespaceTree returns it, before the helper's annotations.
    void namespacesChanged(const nestbox::NamespaceList &namespaces);

private:
    void scan();

    ProcReader m_reader;
    QTimer m_timer;
    ProcessList m_processes;
    NamespaceList m_namespaces;
};

} // namespace nestbox
