// SPDX-License-Identifier: GPL-3.0-or-later
// NamespaceModel: columns and update entry points of the namespace tree.
#include "namespacemodel.h"

#include "usernames.h"

#include <cstring>

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
    }
    return {};
}

void NamespaceModel::setNamespaces(const NamespaceList &namespaces)
{
    QList<Entry> entries;
    entries.reserve(namespaces.size());
    QHash<quint64, QString> exitStatus;
    for (const NamespaceInfo &ns : namespaces) {
        const auto parentKey = ns.parentId == 0 ? std::nullopt : std::optional(ns.parentId);
        entries.append(Entry { ns.id, parentKey, ns });
        if (m_exitStatus.contains(ns.id))
            exitStatus.insert(ns.id, m_exitStatus.value(ns.id));
    }

    m_exitStatus = exitStatus;
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

QVariant NamespaceModel::displayData(const NamespaceInfo &ns, int column) const
{
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
        return ns.command.isEmpty() ? tr("not created by Nestbox") : ns.command.join(u' ');
    case StatusColumn:
        if (!ns.createdByNestbox)
            return QString();
        return m_exitStatus.value(ns.id, tr("running"));
    }
    return {};
}

QVariant NamespaceModel::itemData(const NamespaceInfo &ns, int column, int role) const
{
    if (role == NamespaceIdRole)
        return QVariant::fromValue(ns.id);
    if (role == CreatedByNestboxRole)
        return ns.createdByNestbox;
    if (role == Qt::TextAlignmentRole && (column == LevelColumn || column == ProcessCountColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace nestbox
