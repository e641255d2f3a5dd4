// SPDX-License-Identifier: GPL-3.0-or-later
// B4: applies 100 deltas of 100 changes each to the GUI's ProcessModel holding 10,000 processes,
// shown through the window's sort/filter proxy and tree view (createTreeView, BranchExpander,
// CachedTextDelegate), laid out and painted after each delta, and prints one JSON
// object with the median and p99 time per delta, whether the model was ever reset, and the
// process's resident memory. Run with QT_QPA_PLATFORM=offscreen. To see where the time goes,
// BENCH_LAYERS=model times the model alone, BENCH_LAYERS=proxy the model and the proxy, and
// BENCH_SORT=0 turns the view's sorting off.
#include "branchexpander.h"
#include "processfilterproxy.h"
#include "processmodel.h"
#include "treeview.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTreeView>
#include <vector>

using namespace nestbox;

namespace {

constexpr quint64 namespaceId = 4026532999;

ProcessInfo makeProcess(qint32 pid, qint32 parentPid, quint64 startTime)
{
    ProcessInfo process;
    process.hostPid = pid + 100000;
    process.parentPid = parentPid > 0 ? parentPid + 100000 : 1;
    process.uid = 1000;
    process.state = 'S';
    process.name = QStringLiteral("worker");
    process.arguments
        = { QStringLiteral("/usr/bin/worker"), QStringLiteral("--id"), QString::number(pid) };
    process.startTime = startTime;
    process.pidNamespace = namespaceId;
    process.namespacePids = { process.hostPid, pid };
    process.residentBytes = 4096ULL * static_cast<quint64>(pid);
    process.threadCount = 1;
    return process;
}

// A desktop-like tree three levels deep: PID 1, 100 session processes under it, and the rest
// spread evenly under those.
ProcessList makeProcesses(int count)
{
    ProcessList processes;
    processes.append(makeProcess(1, 0, 1));
    for (qint32 pid = 2; pid <= count; ++pid) {
        const qint32 parent = pid <= 101 ? 1 : 2 + pid % 100;
        processes.append(makeProcess(pid, parent, 1));
    }
    return processes;
}

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    constexpr int processCount = 10000;
    constexpr int deltaCount = 100;
    constexpr int changesPerDelta = 100;

    ProcessModel model;
    model.setExitedRowMs(0);
    model.setNamespace(namespaceId);
    ProcessFilterProxy proxy;
    const QByteArray layers = qgetenv("BENCH_LAYERS");
    if (layers != "model") {
        proxy.setSourceModel(&model);
    }
    std::unique_ptr<QTreeView> view;
    BranchExpander *expander = nullptr;
    if (layers.isEmpty()) {
        view.reset(createTreeView(&proxy, ProcessModel::CommandColumn, ColumnSizing::FitOnRequest));
        expander = new BranchExpander(view.get());
        view->setSortingEnabled(qgetenv("BENCH_SORT") != "0");
        view->resize(1200, 800);
        view->show();
    }

    ProcessList processes = makeProcesses(processCount);
    model.setProcesses(processes);
    if (expander) {
        expander->expandAll();
        fitColumnsToContents(view.get());
    }
    QCoreApplication::processEvents();

    bool resetDuringUpdates = false;
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset,
        [&resetDuringUpdates] { resetDuringUpdates = true; });

    // Each delta: 60 changed (CPU and memory), 20 removed leaves, 20 added leaves.
    QRandomGenerator random(42);
    qint32 nextPid = processCount + 1;
    std::vector<double> milliseconds;
    for (int d = 0; d < deltaCount; ++d) {
        ProcessList added;
        ProcessList changed;
        PidList removed;
        for (int i = 0; i < changesPerDelta * 6 / 10; ++i) {
            ProcessInfo &process = processes[random.bounded(1, processes.size())];
            process.cpuTicks += 5;
            process.residentBytes += 4096;
            changed.append(process);
        }
        for (int i = 0; i < changesPerDelta * 2 / 10; ++i) {
            const qsizetype last = processes.size() - 1 - i;
            removed.append(processes[last].hostPid);
        }
        processes.resize(processes.size() - changesPerDelta * 2 / 10);
        for (int i = 0; i < changesPerDelta * 2 / 10; ++i) {
            ProcessInfo process = makeProcess(nextPid++, random.bounded(1, 100), d + 2);
            added.append(process);
            processes.append(process);
        }

        const auto start = std::chrono::steady_clock::now();
        model.applyDelta(added, changed, removed);
        QCoreApplication::processEvents();
        const auto elapsed = std::chrono::steady_clock::now() - start;
        milliseconds.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
    }

    std::sort(milliseconds.begin(), milliseconds.end());
    const QJsonObject result {
        { QStringLiteral("processes"), processCount },
        { QStringLiteral("deltas"), deltaCount },
        { QStringLiteral("changes_per_delta"), changesPerDelta },
        { QStringLiteral("median_ms"), milliseconds[milliseconds.size() / 2] },
        { QStringLiteral("p99_ms"), milliseconds[milliseconds.size() * 99 / 100] },
        { QStringLiteral("reset_during_updates"), resetDuringUpdates },
        { QStringLiteral("resident_mb"), static_cast<double>(residentKilobytes()) / 1024.0 },
    };
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
