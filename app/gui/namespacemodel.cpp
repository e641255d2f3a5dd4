// SPDX-License-Identifier: GPL-3.0-or-later
// NamespaceModel: columns and update entry points of the namespace tree.
#include "namespacemodel.h"

#include "commandtext.h"
#include "usernames.h"

#include <cstring>
#include <QLocale>

namespace nestbox {

NamespaceModel::NamespaceModel(QObject *parent)
    : KeyedTreeModel(parent)
{
}

int NamespaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

QVariant NamespaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case IdColumn:
        return tr("Namespace");
    case LevelColumn:
        return tr("Level");
    case ProcessCountColumn:
        return tr("Processes");
    case OwnerColumn:
        return tr("Owner");
    case CommandColumn:
        return tr("Command");
    case StatusColumn:
        return tr("Status");
    case CpuColumn:
        return tr("CPU %");
    case MemoryColumn:
        return tr("Memory");
    }
    return {};
}

void NamespaceModel::setNamespaces(const NamespaceList &namespaces)
{
    QHash<quint64, QString> exitStatus;
    for (const NamespaceInfo &ns : namespaces) {
        if (m_exitStatus.contains(ns.id))
            exitStatus.insert(ns.id, m_exitStatus.value(ns.id));
    }

    m_exitStatus = exitStatus;
    m_namespaces = namespaces;
    updateRows();
}

void NamespaceModel::setUsage(const QHash<quint64, UsageTotals> &totals)
{
    m_usage = totals;
    updateRows();
}

void NamespaceModel::updateRows()
{
    QList<Entry> entries;
    entries.reserve(m_namespaces.size());
    for (const NamespaceInfo &ns : std::as_const(m_namespaces)) {
        const auto parentKey = ns.parentId == 0 ? std::nullopt : std::optional(ns.parentId);
        entries.append(Entry { ns.id, parentKey, NamespaceRow { ns, m_usage.value(ns.id) } });
    }
    updateTo(entries);
}

void NamespaceModel::setExitStatus(quint64 namespaceId, int exitCode, int termSignal)
{
    if (!indexForKey(namespaceId).isValid())
        return;

    m_exitStatus.insert(namespaceId, exitStatusText(exitCode, termSignal));
    emitCellChanged(namespaceId, StatusColumn);
}

QString NamespaceModel::exitStatusText(int exitCode, int termSignal)
{
    if (termSignal == 0)
        return tr("exited with code %1").arg(exitCode);

    const char *name = sigabbrev_np(termSignal);
    if (!name)
        return tr("killed by signal %1").arg(termSignal);
    return tr("killed by signal %1 (SIG%2)").arg(termSignal).arg(QLatin1String(name));
}

QVariant NamespaceModel::displayData(const NamespaceRow &row, int column) const
{
    const NamespaceInfo &ns = row.ns;
    switch (column) {
    case IdColumn:
        return QString::number(ns.id);
    case LevelColumn:
        return ns.level == 0 ? tr("host") : QString::number(ns.level);
    case ProcessCountColumn:
        return ns.processCount;
    case OwnerColumn:
        return userName(ns.ownerUid);
    case CommandColumn:
        return ns.command.isEmpty() ? tr("not created by Nestbox") : singleLineCommand(ns.command);
    case StatusColumn:
        if (!ns.createdByNestbox)
            return QString();
        return m_exitStatus.value(ns.id, tr("running"));
    case CpuColumn:
        return QLocale().toString(row.usage.cpuPercent, 'f', 1);
    case MemoryColumn:
        return QLocale().formattedDataSize(qint64(row.usage.residentBytes));
    }
    return {};
}

QVariant NamespaceModel::itemData(const NamespaceRow &row, int column, int role) const
{
    switch (role) {
    case NamespaceIdRole:
        return QVariant::fromValue(row.ns.id);
    case CreatedByNestboxRole:
        return row.ns.createdByNestbox;
    case SortRole:
        if (column == IdColumn || column == LevelColumn)
            return QVariant::fromValue(column == IdColumn ? row.ns.id : quint64(row.ns.level));
        if (column == CpuColumn)
            return row.usage.cpuPercent;
        if (column == MemoryColumn)
            return QVariant::fromValue(row.usage.residentBytes);
        return displayData(row, column);
    case Qt::TextAlignmentRole:
        if (column == LevelColumn || column == ProcessCountColumn || column == CpuColumn
            || column == MemoryColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QList<int> NamespaceModel::changedRoles() const
{
    return { Qt::DisplayRole, Qt::ToolTipRole, SortRole };
}

} // namespace nestbox
