// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessModel: columns and update entry points of one namespace's process tree.
#include "processmodel.h"

#include "usernames.h"

namespace nestbox {

namespace {

QString stateText(char state)
{
    switch (state) {
    case 'R':
        return ProcessModel::tr("running");
    case 'S':
        return ProcessModel::tr("sleeping");
    case 'D':
        return ProcessModel::tr("waiting for I/O");
    case 'Z':
        return ProcessModel::tr("zombie");
    case 'T':
        return ProcessModel::tr("stopped");
    case 't':
        return ProcessModel::tr("stopped by tracer");
    case 'I':
        return ProcessModel::tr("idle");
    case 'X':
        return ProcessModel::tr("dead");
    }
    return ProcessModel::tr("unknown (%1)").arg(QLatin1Char(state));
}

} // namespace

ProcessModel::ProcessModel(QObject *parent)
    : KeyedTreeModel(parent)
{
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
    }
    return {};
}

void ProcessModel::setNamespace(quint64 namespaceId)
{
    m_namespaceId = namespaceId;
    m_processes.clear();
    resetTo({});
}

void ProcessModel::setProcesses(const ProcessList &processes)
{
    m_processes.clear();
    for (const ProcessInfo &process : processes) {
        if (process.pidNamespace == m_namespaceId)
            m_processes.insert(process.hostPid, process);
    }
    updateRows();
}

void ProcessModel::applyDelta(
    const ProcessList &added, const ProcessList &changed, const PidList &removed)
{
    for (qint32 hostPid : removed)
        m_processes.remove(hostPid);
    for (const ProcessList *list : { &added, &changed }) {
        for (const ProcessInfo &process : *list) {
            if (process.pidNamespace == m_namespaceId)
                m_processes.insert(process.hostPid, process);
        }
    }
    updateRows();
}

QModelIndex ProcessModel::indexForHostPid(qint32 hostPid, int column) const
{
    const auto found = m_processes.constFind(hostPid);
    if (found == m_processes.constEnd())
        return {};
    return indexForKey(ProcessKey { hostPid, found->startTime }, column);
}

void ProcessModel::updateRows()
{
    QList<Entry> entries;
    entries.reserve(m_processes.size());
    for (const ProcessInfo &process : std::as_const(m_processes)) {
        std::optional<ProcessKey> parentKey;
        const auto parent = m_processes.constFind(process.parentPid);
        if (parent != m_processes.constEnd())
            parentKey = ProcessKey { parent->hostPid, parent->startTime };
        entries.append(
            Entry { ProcessKey { process.hostPid, process.startTime }, parentKey, process });
    }
    updateTo(entries);
}

QVariant ProcessModel::displayData(const ProcessInfo &process, int column) const
{
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
        return process.arguments.join(u' ');
    case StateColumn:
        return stateText(process.state);
    }
    return {};
}

QVariant ProcessModel::itemData(const ProcessInfo &process, int column, int role) const
{
    if (role == HostPidRole)
        return process.hostPid;
    if (role == StartTimeRole)
        return QVariant::fromValue(process.startTime);
    if (role == Qt::TextAlignmentRole && (column == PidColumn || column == HostPidColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace nestbox
