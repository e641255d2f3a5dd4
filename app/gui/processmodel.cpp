// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessModel: columns and update entry points of one namespace's process tree.
#include "processmodel.h"

#include "commandtext.h"
#include "usernames.h"

#include <algorithm>
#include <limits>
#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace nestbox {

namespace {

QString keyText(const ProcessKey &key)
{
    return QStringLiteral("%1:%2").arg(key.first).arg(key.second);
}

} // namespace

ProcessModel::ProcessModel(QObject *parent, CpuUsage::Clock clock)
    : KeyedTreeModel(parent)
    , m_cpu(std::move(clock))
{
    m_sinceStart.start();
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ProcessModel::removeExpiredRows);
}

QString ProcessModel::stateText(char state)
{
    switch (state) {
    case 'R':
        return tr("running");
    case 'S':
        return tr("sleeping");
    case 'D':
        return tr("waiting for I/O");
    case 'Z':
        return tr("zombie");
    case 'T':
        return tr("stopped");
    case 't':
        return tr("stopped by tracer");
    case 'I':
        return tr("idle");
    case 'X':
        return tr("dead");
    }
    return tr("unknown (%1)").arg(QLatin1Char(state));
}

int ProcessModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

QVariant ProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case PidColumn:
        return tr("PID");
    case HostPidColumn:
        return tr("Host PID");
    case UserColumn:
        return tr("User");
    case CommandColumn:
        return tr("Command");
    case StateColumn:
        return tr("State");
    case CpuColumn:
        return tr("CPU %");
    case MemoryColumn:
        return tr("Memory");
    }
    return {};
}

void ProcessModel::setNamespace(quint64 namespaceId)
{
    m_namespaceId = namespaceId;
    m_processes.clear();
    m_exited.clear();
    m_cpu.clear();
    resetTo({});
}

void ProcessModel::setProcesses(const ProcessList &processes)
{
    QMap<qint32, ProcessInfo> gone = std::exchange(m_processes, {});
    for (const ProcessInfo &process : processes) {
        if (process.pidNamespace != m_namespaceId)
            continue;
        const auto old = gone.constFind(process.hostPid);
        if (old != gone.constEnd() && old->startTime == process.startTime)
            gone.erase(old);
        storeLive(process);
    }

    for (const ProcessInfo &process : std::as_const(gone))
        markExited(process);
    updateRows();
}

void ProcessModel::applyDelta(
    const ProcessList &added, const ProcessList &changed, const PidList &removed)
{
    QList<Entry> upserts;
    std::vector<ProcessKey> removals;
    QSet<ProcessKey> removedKeys;

    for (qint32 hostPid : removed) {
        const auto found = m_processes.constFind(hostPid);
        if (found == m_processes.constEnd())
            continue;
        const ProcessInfo process = *found;
        m_processes.erase(found);
        removedKeys.insert(keyOf(process));
        markExited(process);
        if (m_exited.contains(keyOf(process)))
            upserts.append(entryFor(process, true));
        else
            removals.push_back(keyOf(process));
    }

    for (const ProcessList *list : { &added, &changed }) {
        for (const ProcessInfo &process : *list) {
            // The same process listed as removed too is gone: only a reused PID, which has
            // another start time, comes back in the same delta.
            if (process.pidNamespace != m_namespaceId || removedKeys.contains(keyOf(process)))
                continue;
            forgetEarlierHolderOf(process, removals);
            storeLive(process);
            upserts.append(entryFor(process, false));
        }
    }
    updatePartially(upserts, removals);
}

// A PID reused by process replaces the live or grey row of the process that had it before.
void ProcessModel::forgetEarlierHolderOf(
    const ProcessInfo &process, std::vector<ProcessKey> &removals)
{
    const auto live = m_processes.constFind(process.hostPid);
    if (live != m_processes.constEnd() && live->startTime != process.startTime) {
        removals.push_back(keyOf(*live));
        m_cpu.forget(keyOf(*live));
    }

    auto exited = m_exited.lowerBound(ProcessKey { process.hostPid, 0 });
    while (exited != m_exited.end() && exited.key().first == process.hostPid) {
        removals.push_back(exited.key());
        exited = m_exited.erase(exited);
    }
}

ProcessModel::Entry ProcessModel::entryFor(const ProcessInfo &process, bool exited) const
{
    const ProcessKey key = keyOf(process);
    const auto cpuPercent = exited ? std::nullopt : m_cpu.percent(key);
    return Entry { key, parentKeyOf(process), ProcessRow { process, cpuPercent, exited } };
}

// The parent may be a live process or a grey row, so the children of an exited process stay
// under it until a delta reports them reparented.
std::optional<ProcessKey> ProcessModel::parentKeyOf(const ProcessInfo &process) const
{
    const auto live = m_processes.constFind(process.parentPid);
    if (live != m_processes.constEnd())
        return keyOf(*live);

    const auto exited = m_exited.lowerBound(ProcessKey { process.parentPid, 0 });
    if (exited != m_exited.end() && exited.key().first == process.parentPid)
        return exited.key();
    return std::nullopt;
}

QModelIndex ProcessModel::indexForHostPid(qint32 hostPid, int column) const
{
    const auto found = m_processes.constFind(hostPid);
    if (found == m_processes.constEnd())
        return {};
    return indexForKey(ProcessKey { hostPid, found->startTime }, column);
}

void ProcessModel::storeLive(const ProcessInfo &process)
{
    m_cpu.sample(ProcessKey { process.hostPid, process.startTime }, process.cpuTicks);
    m_processes.insert(process.hostPid, process);
}

void ProcessModel::markExited(const ProcessInfo &process)
{
    const ProcessKey key { process.hostPid, process.startTime };
    m_cpu.forget(key);
    if (m_exitedRowMs <= 0)
        return;

    m_exited.insert(key, ExitedProcess { process, m_sinceStart.elapsed() + m_exitedRowMs });
    scheduleExpiry();
}

void ProcessModel::removeExpiredRows()
{
    const qint64 now = m_sinceStart.elapsed();
    m_exited.removeIf([now](const auto &entry) { return entry.value().removeAtMs <= now; });
    updateRows();
    scheduleExpiry();
}

void ProcessModel::scheduleExpiry()
{
    if (m_exited.isEmpty()) {
        m_expiryTimer.stop();
        return;
    }

    qint64 next = std::numeric_limits<qint64>::max();
    for (const ExitedProcess &exited : std::as_const(m_exited))
        next = std::min(next, exited.removeAtMs);
    m_expiryTimer.start(int(std::max<qint64>(0, next - m_sinceStart.elapsed())));
}

void ProcessModel::updateRows()
{
    // A reused PID replaces the grey row of the process that had it before.
    m_exited.removeIf(
        [this](const auto &entry) { return m_processes.contains(entry.key().first); });

    // Parent PIDs resolve to grey rows too, so the children of an exited process stay under it
    // until a delta reports them reparented.
    QHash<qint32, ProcessKey> keyOfPid;
    for (const ExitedProcess &exited : std::as_const(m_exited)) {
        const ProcessInfo &process = exited.process;
        keyOfPid.insert(process.hostPid, { process.hostPid, process.startTime });
    }
    for (const ProcessInfo &process : std::as_const(m_processes))
        keyOfPid.insert(process.hostPid, { process.hostPid, process.startTime });

    QList<Entry> entries;
    entries.reserve(m_processes.size() + m_exited.size());
    auto append = [&](const ProcessInfo &process, bool exited) {
        const ProcessKey key { process.hostPid, process.startTime };
        const auto parent = keyOfPid.constFind(process.parentPid);
        const auto parentKey
            = parent == keyOfPid.constEnd() ? std::nullopt : std::optional(*parent);
        const auto cpuPercent = exited ? std::nullopt : m_cpu.percent(key);
        entries.append(Entry { key, parentKey, ProcessRow { process, cpuPercent, exited } });
    };
    for (const ProcessInfo &process : std::as_const(m_processes))
        append(process, false);
    for (const ExitedProcess &exited : std::as_const(m_exited))
        append(exited.process, true);
    updateTo(entries);
}

QVariant ProcessModel::displayData(const ProcessRow &row, int column) const
{
    const ProcessInfo &process = row.process;
    switch (column) {
    case PidColumn:
        return process.innermostPid();
    case HostPidColumn:
        return process.hostPid;
    case UserColumn:
        return userName(process.uid);
    case CommandColumn:
        if (process.arguments.isEmpty())
            return QStringLiteral("[%1]").arg(process.name);
        return singleLineCommand(process.arguments);
    case StateColumn:
        return row.exited ? tr("exited") : stateText(process.state);
    case CpuColumn:
        if (!row.cpuPercent)
            return QString();
        return QLocale().toString(*row.cpuPercent, 'f', 1);
    case MemoryColumn:
        // Kernel threads have no memory of their own; a blank cell says so better than "0 bytes".
        if (row.exited || process.residentBytes == 0)
            return QString();
        return QLocale().formattedDataSize(qint64(process.residentBytes));
    }
    return {};
}

QVariant ProcessModel::itemData(const ProcessRow &row, int column, int role) const
{
    switch (role) {
    case HostPidRole:
        return row.process.hostPid;
    case StartTimeRole:
        return QVariant::fromValue(row.process.startTime);
    case KeyRole:
        return keyText({ row.process.hostPid, row.process.startTime });
    case SortRole:
        if (column == CpuColumn)
            return row.cpuPercent.value_or(-1.0);
        if (column == MemoryColumn)
            return QVariant::fromValue(row.process.residentBytes);
        return displayData(row, column);
    case Qt::ForegroundRole:
        if (!row.exited)
            return {};
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    case Qt::TextAlignmentRole:
        if (column == CommandColumn || column == UserColumn || column == StateColumn)
            return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QList<int> ProcessModel::changedRoles() const
{
    return { Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, SortRole };
}

bool ProcessModel::wholeRowChanged(const ProcessRow &before, const ProcessRow &after) const
{
    return before.exited != after.exited;
}

} // namespace nestbox
