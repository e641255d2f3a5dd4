// SPDX-License-Identifier: GPL-3.0-or-later
// The details of the selected process or namespace, one page each, with the namespace's history
// graph on its page.
#pragma once

#include "namespaceinfo.h"
#include "processinfo.h"
#include "usagetotals.h"

#include <optional>
#include <QDateTime>
#include <QStackedWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace nestbox {

class HistoryGraph;

class DetailsPane : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showNothing();
    void showProcess(const ProcessInfo &process, std::optional<double> cpuPercent);
    /// init is the namespace's PID 1 when it is known; history is oldest first.
    void showNamespace(const NamespaceInfo &ns, const UsageTotals &totals, const ProcessInfo *init,
        const QList<UsageTotals> &history);

    HistoryGraph *historyGraph() const { return m_graph; }

    /// The wall-clock time the machine booted, which start times count from. By default it is
    /// read from the btime line of /proc/stat.
    void setBootTime(const QDateTime &bootTime) { m_bootTime = bootTime; }
    void setTicksPerSecond(long ticksPerSecond) { m_ticksPerSecond = ticksPerSecond; }

private:
    QWidget *createProcessPage();
    QWidget *createNamespacePage();
    QScrollArea *scrollable(QWidget *page);
    QLabel *addValueRow(QFormLayout *form, const QString &label, const QString &objectName);
    QString startTimeText(quint64 startTicks) const;

    QLabel *m_command = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_started = nullptr;
    QLabel *m_processCpu = nullptr;
    QLabel *m_processMemory = nullptr;
    QLabel *m_threads = nullptr;
    QLabel *m_hostPid = nullptr;
    QLabel *m_namespacePids = nullptr;

    QLabel *m_namespaceId = nullptr;
    QLabel *m_level = nullptr;
    QLabel *m_parent = nullptr;
    QLabel *m_init = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_createdBy = nullptr;
    QLabel *m_processCount = nullptr;
    QLabel *m_namespaceCpu = nullptr;
    QLabel *m_namespaceMemory = nullptr;
    HistoryGraph *m_graph = nullptr;

    QWidget *m_emptyPage = nullptr;
    QWidget *m_processPage = nullptr; ///< a scroll area around the process form
    QWidget *m_namespacePage = nullptr; ///< a scroll area around the namespace form and graph
    QDateTime m_bootTime;
    long m_ticksPerSecond;
};

} // namespace nestbox
