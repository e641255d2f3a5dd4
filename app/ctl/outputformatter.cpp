// SPDX-License-Identifier: GPL-3.0-or-later
// OutputFormatter: tree ordering, column alignment and the JSON schema of nestboxctl.
#include "outputformatter.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace nestbox {

namespace {

// A row in depth-first tree order.
template <typename Item> struct TreeRow
{
    const Item *item;
    int depth;
};

// Orders items depth-first, children sorted by key, an item whose parent is absent at the top.
template <typename Item, typename Key>
QList<TreeRow<Item>> depthFirst(
    const QList<Item> &items, Key (*key)(const Item &), Key (*parentKey)(const Item &))
{
    QMap<Key, const Item *> byKey;
    for (const Item &item : items)
        byKey.insert(key(item), &item);

    QMap<Key, QList<const Item *>> childrenOf;
    QList<const Item *> roots;
    for (const Item *item : std::as_const(byKey)) {
        const Key parent = parentKey(*item);
        if (parent != key(*item) && byKey.contains(parent))
            childrenOf[parent].append(item);
        else
            roots.append(item);
    }

    QList<TreeRow<Item>> rows;
    // An explicit stack, so a deep process chain cannot overflow the call stack.
    QList<TreeRow<Item>> pending;
    for (auto root = roots.crbegin(); root != roots.crend(); ++root)
        pending.append({ *root, 0 });
    while (!pending.isEmpty()) {
        const TreeRow<Item> row = pending.takeLast();
        rows.append(row);
        const QList<const Item *> children = childrenOf.value(key(*row.item));
        for (auto child = children.crbegin(); child != children.crend(); ++child)
            pending.append({ *child, row.depth + 1 });
    }
    return rows;
}

quint64 namespaceKey(const NamespaceInfo &ns)
{
    return ns.id;
}

quint64 namespaceParentKey(const NamespaceInfo &ns)
{
    return ns.parentId;
}

qint32 processKey(const ProcessInfo &process)
{
    return process.hostPid;
}

qint32 processParentKey(const ProcessInfo &process)
{
    return process.parentPid;
}

QString commandText(const ProcessInfo &process)
{
    if (process.arguments.isEmpty())
        return QStringLiteral("[%1]").arg(process.name);
    return process.arguments.join(u' ');
}

// Pads every column but the last to its widest cell, two spaces apart.
QString alignColumns(const QList<QStringList> &lines)
{
    QList<qsizetype> widths;
    for (const QStringList &cells : lines) {
        widths.resize(std::max(widths.size(), cells.size()));
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    }

    QString text;
    for (const QStringList &cells : lines) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        text += line + u'\n';
    }
    return text;
}

// Groups processes by PID namespace, outermost namespaces (shortest NSpid line) first.
QList<ProcessList> groupByNamespace(const ProcessList &processes)
{
    QMap<std::pair<qsizetype, quint64>, ProcessList> groups;
    for (const ProcessInfo &process : processes)
        groups[{ process.namespacePids.size(), process.pidNamespace }].append(process);
    return groups.values();
}

int namespaceLevel(const ProcessInfo &process)
{
    return int(std::max<qsizetype>(process.namespacePids.size(), 1) - 1);
}

} // namespace

OutputFormatter::OutputFormatter(UserNameLookup userName)
    : m_userName(std::move(userName))
{
}

QString OutputFormatter::namespacesText(const NamespaceList &namespaces) const
{
    QList<QStringList> lines { { QStringLiteral("NAMESPACE"), QStringLiteral("LEVEL"),
        QStringLiteral("INIT PID"), QStringLiteral("PROCESSES"), QStringLiteral("OWNER"),
        QStringLiteral("COMMAND") } };
    for (const auto &row : depthFirst(namespaces, namespaceKey, namespaceParentKey)) {
        const NamespaceInfo &ns = *row.item;
        const QString command = ns.command.isEmpty() ? QStringLiteral("(not created by Nestbox)")
                                                     : ns.command.join(u' ');
        lines.append({ QString(row.depth * 2, u' ') + QString::number(ns.id),
            QString::number(ns.level), QString::number(ns.initHostPid),
            QString::number(ns.processCount), m_userName(ns.ownerUid), command });
    }
    return alignColumns(lines);
}

QByteArray OutputFormatter::namespacesJson(const NamespaceList &namespaces) const
{
    QJsonArray array;
    for (const auto &row : depthFirst(namespaces, namespaceKey, namespaceParentKey)) {
        const NamespaceInfo &ns = *row.item;
        array.append(QJsonObject {
            { QStringLiteral("id"), qint64(ns.id) },
            { QStringLiteral("parentId"), qint64(ns.parentId) },
            { QStringLiteral("level"), ns.level },
            { QStringLiteral("initHostPid"), ns.initHostPid },
            { QStringLiteral("processCount"), ns.processCount },
            { QStringLiteral("ownerUid"), qint64(ns.ownerUid) },
            { QStringLiteral("owner"), m_userName(ns.ownerUid) },
            { QStringLiteral("createdByNestbox"), ns.createdByNestbox },
            { QStringLiteral("command"), QJsonArray::fromStringList(ns.command) },
        });
    }
    const QJsonObject root { { QStringLiteral("namespaces"), array } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString OutputFormatter::processTreeText(const ProcessList &processes) const
{
    QString text;
    for (const ProcessList &group : groupByNamespace(processes)) {
        const ProcessInfo &first = group.first();
        if (!text.isEmpty())
            text += u'\n';
        text += QStringLiteral("namespace %1 (level %2, %3 processes)\n")
                    .arg(first.pidNamespace)
                    .arg(namespaceLevel(first))
                    .arg(group.size());

        QList<QStringList> lines { { QStringLiteral("PID"), QStringLiteral("HOST PID"),
            QStringLiteral("USER"), QStringLiteral("STATE"), QStringLiteral("COMMAND") } };
        for (const auto &row : depthFirst(group, processKey, processParentKey)) {
            const ProcessInfo &process = *row.item;
            lines.append({ QString(row.depth * 2, u' ') + QString::number(process.innermostPid()),
                QString::number(process.hostPid), m_userName(process.uid),
                QString(QLatin1Char(process.state)), commandText(process) });
        }
        text += alignColumns(lines);
    }
    return text;
}

QByteArray OutputFormatter::processTreeJson(const ProcessList &processes) const
{
    QJsonArray namespaces;
    for (const ProcessList &group : groupByNamespace(processes)) {
        QJsonArray rows;
        for (const auto &row : depthFirst(group, processKey, processParentKey)) {
            const ProcessInfo &process = *row.item;
            rows.append(QJsonObject {
                { QStringLiteral("pid"), process.innermostPid() },
                { QStringLiteral("hostPid"), process.hostPid },
                { QStringLiteral("parentHostPid"), process.parentPid },
                { QStringLiteral("uid"), qint64(process.uid) },
                { QStringLiteral("user"), m_userName(process.uid) },
                { QStringLiteral("state"), QString(QLatin1Char(process.state)) },
                { QStringLiteral("name"), process.name },
                { QStringLiteral("command"), QJsonArray::fromStringList(process.arguments) },
                { QStringLiteral("startTime"), qint64(process.startTime) },
            });
        }
        namespaces.append(QJsonObject {
            { QStringLiteral("id"), qint64(group.first().pidNamespace) },
            { QStringLiteral("level"), namespaceLevel(group.first()) },
            { QStringLiteral("processes"), rows },
        });
    }
    const QJsonObject root { { QStringLiteral("namespaces"), namespaces } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace nestbox
