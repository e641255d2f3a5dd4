// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the CPU and memory figures current. It feeds every process the helper reports into a
// UsageTracker and records each namespace's totals into the models and the history. While the
// window is shown it also re-reads every process every two seconds, because the CPU time of a
// process that neither forks nor exits otherwise changes only at the helper's periodic rescan.
#pragma once

#include "usagehistory.h"
#include "usagetracker.h"

#include <QObject>
#include <QTimer>

class QWidget;

namespace nestbox {

class HelperClient;
class NamespaceModel;
class ProcessModel;

class UsageMonitor : public QObject
{
    Q_OBJECT

public:
    /// Every argument must outlive the monitor; window decides whether refreshing is worth it.
    UsageMonitor(
        HelperClient *client, NamespaceModel *namespaces, ProcessModel *processes, QWidget *window);

    const UsageTracker &tracker() const { return m_tracker; }
    const UsageHistory &history() const { return m_history; }

    /// Fetches every namespace's processes, after a connection or a manual refresh.
    void reload();

signals:
    /// New totals are in the namespace model and the history.
    void sampled();

private:
    void takeSample();
    void showProcessesOf(quint64 namespaceId, const ProcessList &processes);
    void recordSample();
    void publishTotals();

    HelperClient *m_client;
    NamespaceModel *m_namespaces;
    ProcessModel *m_processes;
    QWidget *m_window;
    UsageTracker m_tracker;
    UsageHistory m_history;
    QTimer m_timer;
};

} // namespace nestbox
