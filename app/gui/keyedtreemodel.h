// SPDX-License-Identifier: GPL-3.0-or-later
// A tree model whose rows are identified by keys, updated by diffing a new list of (key, parent
// key, item) entries into row inserts, moves, removes and dataChanged, so that views keep their
// selection and expansion. NamespaceModel and ProcessModel are built on it.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <QAbstractItemModel>
#include <QList>
#include <set>
#include <vector>

namespace nestbox {

template <typename Key, typename Item> class KeyedTreeModel : public QAbstractItemModel
{
public:
    struct Entry
    {
        Key key;
        std::optional<Key> parentKey; ///< a key missing from the list makes a top-level row
        Item item;
    };

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        return createIndex(row, column, nodeAt(parent)->children[size_t(row)]);
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid())
            return {};
        return indexOfNode(nodeAt(child)->parent);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.column() > 0)
            return 0;
        return int(nodeAt(parent)->children.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return displayData(nodeAt(index)->item, index.column());
        return itemData(nodeAt(index)->item, index.column(), role);
    }

    /// The row of key in column, or an invalid index when there is none.
    QModelIndex indexForKey(const Key &key, int column = 0) const
    {
        const auto found = m_nodes.find(key);
        if (found == m_nodes.end())
            return {};
        const Node *node = found->second.get();
        return createIndex(rowOf(node), column, node);
    }

    /// The item shown at index, or nullptr for an invalid index.
    const Item *itemAt(const QModelIndex &index) const
    {
        return index.isValid() ? &nodeAt(index)->item : nullptr;
    }

protected:
    using QAbstractItemModel::QAbstractItemModel;

    /// The text of column for item. The base compares it between updates to find changed cells.
    virtual QVariant displayData(const Item &item, int column) const = 0;

    /// Roles other than display and tool tip (sort keys, ids for callers).
    virtual QVariant itemData(const Item &item, int column, int role) const
    {
        Q_UNUSED(item);
        Q_UNUSED(column);
        Q_UNUSED(role);
        return {};
    }

    /// The roles a changed cell announces in dataChanged: display and tool tip, plus whatever
    /// else a subclass derives from the same item (sort keys, colours).
    virtual QList<int> changedRoles() const { return { Qt::DisplayRole, Qt::ToolTipRole }; }

    /// Whether a change from before to after affects every column, as a row's colour does.
    virtual bool wholeRowChanged(const Item &before, const Item &after) const
    {
        Q_UNUSED(before);
        Q_UNUSED(after);
        return false;
    }

    /// Makes the tree match entries through row inserts, moves, removes and dataChanged.
    void updateTo(const QList<Entry> &entries)
    {
        const std::map<Key, const Entry *> target = indexByKey(entries);
        std::vector<ChangedNode> changedNodes;

        // Rows are handled top-down, so every row's target parent is already in place. For the
        // same reason a row is never moved below one of its own descendants.
        for (const auto &[entry, parentKey] : topDownOrder(target)) {
            Node *parent = nodeOrRoot(parentKey);
            const auto found = m_nodes.find(entry->key);
            if (found == m_nodes.end()) {
                insertNode(*entry, parent);
                continue;
            }

            Node *node = found->second.get();
            if (node->parent != parent)
                moveNode(node, parent);
            std::vector<int> columns = changedColumns(node->item, entry->item);
            node->item = entry->item;
            if (!columns.empty())
                changedNodes.push_back({ node, std::move(columns) });
        }

        removeNodesMissingFrom(target);
        emitDataChanged(changedNodes);
    }

    /// Inserts or updates the rows of upserts, then removes the rows of removals, leaving every
    /// other row as it is, so the cost follows the size of the change rather than of the model.
    /// Children of a removed row that are not removed become top-level rows, as in updateTo().
    /// Unlike updateTo(), a row whose parent only appears now stays where it is until it is
    /// itself updated.
    void updatePartially(const QList<Entry> &upserts, const std::vector<Key> &removals)
    {
        std::set<Key> pendingKeys;
        for (const Entry &entry : upserts)
            pendingKeys.insert(entry.key);

        // Repeated passes place a row only once its parent is placed. Whatever is left after a
        // pass without progress is on a parent cycle and becomes top-level.
        std::vector<const Entry *> pending;
        for (const Entry &entry : upserts)
            pending.push_back(&entry);
        std::vector<ChangedNode> changedNodes;
        bool progress = true;
        while (!pending.empty()) {
            std::vector<const Entry *> deferred;
            for (const Entry *entry : pending) {
                const bool parentPending = progress && entry->parentKey
                    && *entry->parentKey != entry->key && pendingKeys.count(*entry->parentKey);
                if (parentPending) {
                    deferred.push_back(entry);
                    continue;
                }
                placeEntry(*entry, progress, changedNodes);
                pendingKeys.erase(entry->key);
            }
            progress = deferred.size() < pending.size();
            pending = std::move(deferred);
        }

        // Removals come last, as in updateTo(), and a removed row takes along the descendants
        // that are removed too.
        const std::set<Key> removing(removals.begin(), removals.end());
        for (const Key &key : removals) {
            const auto found = m_nodes.find(key);
            if (found == m_nodes.end())
                continue;
            Node *node = found->second.get();
            if (node->parent != &m_root && removing.count(node->parent->key))
                continue;
            removeSubtreeKeeping(node, removing, changedNodes);
        }
        emitDataChanged(changedNodes);
    }

    /// Replaces every row at once; only for a change of what the model shows, never for updates.
    void resetTo(const QList<Entry> &entries)
    {
        beginResetModel();
        m_root.children.clear();
        m_nodes.clear();

        const std::map<Key, const Entry *> target = indexByKey(entries);
        for (const auto &[entry, parentKey] : topDownOrder(target)) {
            Node *parent = nodeOrRoot(parentKey);
            auto node = std::make_unique<Node>(Node { entry->key, entry->item, parent, {} });
            parent->children.insert(insertPosition(parent, entry->key), node.get());
            m_nodes.emplace(entry->key, std::move(node));
        }
        endResetModel();
    }

    /// Emits dataChanged for one cell whose text depends on state outside the items.
    void emitCellChanged(const Key &key, int column)
    {
        const QModelIndex cell = indexForKey(key, column);
        if (cell.isValid())
            emit dataChanged(cell, cell, changedRoles());
    }

private:
    struct Node
    {
        Key key;
        Item item;
        Node *parent = nullptr;
        std::vector<Node *> children; ///< sorted by key
    };

    struct ChangedNode
    {
        Node *node;
        std::vector<int> columns;
    };

    Node *nodeAt(const QModelIndex &index) const
    {
        if (!index.isValid())
            return const_cast<Node *>(&m_root);
        return static_cast<Node *>(index.internalPointer());
    }

    int rowOf(const Node *node) const
    {
        const auto &siblings = node->parent->children;
        return int(insertPosition(node->parent, node->key) - siblings.begin());
    }

    QModelIndex indexOfNode(const Node *node) const
    {
        if (node == &m_root)
            return {};
        return createIndex(rowOf(node), 0, node);
    }

    static typename std::vector<Node *>::const_iterator insertPosition(
        const Node *parent, const Key &key)
    {
        return std::lower_bound(parent->children.begin(), parent->children.end(), key,
            [](const Node *child, const Key &k) { return child->key < k; });
    }

    static std::map<Key, const Entry *> indexByKey(const QList<Entry> &entries)
    {
        std::map<Key, const Entry *> byKey;
        for (const Entry &entry : entries)
            byKey.emplace(entry.key, &entry);
        return byKey;
    }

    static std::optional<Key> resolvedParentKey(
        const Entry &entry, const std::map<Key, const Entry *> &target)
    {
        if (!entry.parentKey || *entry.parentKey == entry.key || !target.count(*entry.parentKey))
            return std::nullopt;
        return entry.parentKey;
    }

    Node *nodeOrRoot(const std::optional<Key> &key)
    {
        return key ? m_nodes.at(*key).get() : &m_root;
    }

    /// An entry and the parent it gets, which differs from its parentKey on a parent cycle.
    struct Placement
    {
        const Entry *entry;
        std::optional<Key> parentKey;
    };

    // Breadth-first over the target tree, so every parent comes before its children. Entries on a
    // parent cycle, which a snapshot taken while processes are reparented can contain, have no
    // root to start from, so the one with the lowest key becomes a top-level row.
    static std::vector<Placement> topDownOrder(const std::map<Key, const Entry *> &target)
    {
        std::map<Key, std::vector<const Entry *>> childrenOf;
        std::vector<Placement> order;
        for (const auto &[key, entry] : target) {
            const std::optional<Key> parentKey = resolvedParentKey(*entry, target);
            if (parentKey)
                childrenOf[*parentKey].push_back(entry);
            else
                order.push_back({ entry, std::nullopt });
        }

        std::set<Key> placed;
        for (const Placement &placement : order)
            placed.insert(placement.entry->key);
        appendDescendants(order, 0, childrenOf, placed);

        for (const auto &[key, entry] : target) {
            if (placed.count(key))
                continue;
            const size_t start = order.size();
            order.push_back({ entry, std::nullopt });
            placed.insert(key);
            appendDescendants(order, start, childrenOf, placed);
        }
        return order;
    }

    static void appendDescendants(std::vector<Placement> &order, size_t start,
        const std::map<Key, std::vector<const Entry *>> &childrenOf, std::set<Key> &placed)
    {
        for (size_t i = start; i < order.size(); ++i) {
            const Key parentKey = order[i].entry->key;
            const auto children = childrenOf.find(parentKey);
            if (children == childrenOf.end())
                continue;
            for (const Entry *child : children->second) {
                if (placed.insert(child->key).second)
                    order.push_back({ child, parentKey });
            }
        }
    }

    // Inserts, moves or updates one row of updatePartially(). With useParent false (a parent
    // cycle), or when the parent is unknown or below the row itself, the row becomes top-level.
    void placeEntry(const Entry &entry, bool useParent, std::vector<ChangedNode> &changedNodes)
    {
        Node *parent = &m_root;
        if (useParent && entry.parentKey && *entry.parentKey != entry.key) {
            const auto found = m_nodes.find(*entry.parentKey);
            if (found != m_nodes.end())
                parent = found->second.get();
        }

        const auto existing = m_nodes.find(entry.key);
        if (existing == m_nodes.end()) {
            insertNode(entry, parent);
            return;
        }

        Node *node = existing->second.get();
        if (isInSubtree(parent, node))
            parent = &m_root;
        if (node->parent != parent)
            moveNode(node, parent);
        std::vector<int> columns = changedColumns(node->item, entry.item);
        node->item = entry.item;
        if (!columns.empty())
            changedNodes.push_back({ node, std::move(columns) });
    }

    static bool isInSubtree(const Node *candidate, const Node *subtreeRoot)
    {
        for (const Node *node = candidate; node; node = node->parent) {
            if (node == subtreeRoot)
                return true;
        }
        return false;
    }

    // Removes node and those of its descendants in removing. Descendants not in removing move
    // to the top level first, since a key missing from the model makes a top-level row.
    void removeSubtreeKeeping(
        Node *node, const std::set<Key> &removing, std::vector<ChangedNode> &changedNodes)
    {
        std::vector<Node *> kept;
        collectKeptDescendants(node, removing, kept);
        for (Node *child : kept)
            moveNode(child, &m_root);

        // A row changed and removed in one update must not be announced after it is freed.
        std::set<const Node *> doomed;
        collectSubtree(node, doomed);
        std::erase_if(changedNodes,
            [&doomed](const ChangedNode &changed) { return doomed.count(changed.node) > 0; });

        const int row = rowOf(node);
        beginRemoveRows(indexOfNode(node->parent), row, row);
        auto &siblings = node->parent->children;
        siblings.erase(siblings.begin() + row);
        forgetSubtree(node);
        endRemoveRows();
    }

    static void collectSubtree(const Node *node, std::set<const Node *> &nodes)
    {
        nodes.insert(node);
        for (const Node *child : node->children)
            collectSubtree(child, nodes);
    }

    static void collectKeptDescendants(
        const Node *node, const std::set<Key> &removing, std::vector<Node *> &kept)
    {
        for (Node *child : node->children) {
            if (removing.count(child->key))
                collectKeptDescendants(child, removing, kept);
            else
                kept.push_back(child);
        }
    }

    void insertNode(const Entry &entry, Node *parent)
    {
        const auto position = insertPosition(parent, entry.key);
        const int row = int(position - parent->children.begin());

        beginInsertRows(indexOfNode(parent), row, row);
        auto node = std::make_unique<Node>(Node { entry.key, entry.item, parent, {} });
        parent->children.insert(position, node.get());
        m_nodes.emplace(entry.key, std::move(node));
        endInsertRows();
    }

    void moveNode(Node *node, Node *newParent)
    {
        const int sourceRow = rowOf(node);
        const int destinationRow
            = int(insertPosition(newParent, node->key) - newParent->children.begin());
        const bool allowed = beginMoveRows(indexOfNode(node->parent), sourceRow, sourceRow,
            indexOfNode(newParent), destinationRow);
        Q_ASSERT(allowed); // topDownOrder() never moves a row below its own descendant
        if (!allowed)
            return;

        auto &oldSiblings = node->parent->children;
        oldSiblings.erase(oldSiblings.begin() + sourceRow);
        newParent->children.insert(newParent->children.begin() + destinationRow, node);
        node->parent = newParent;
        endMoveRows();
    }

    // Removes the topmost rows missing from target. Their descendants are missing too, because
    // every surviving row was moved to its target parent before this runs.
    void removeNodesMissingFrom(const std::map<Key, const Entry *> &target)
    {
        std::vector<Node *> topmost;
        for (const auto &[key, node] : m_nodes) {
            const bool missing = !target.count(key);
            const bool parentMissing = node->parent != &m_root && !target.count(node->parent->key);
            if (missing && !parentMissing)
                topmost.push_back(node.get());
        }

        for (Node *node : topmost) {
            const int row = rowOf(node);
            beginRemoveRows(indexOfNode(node->parent), row, row);
            auto &siblings = node->parent->children;
            siblings.erase(siblings.begin() + row);
            forgetSubtree(node);
            endRemoveRows();
        }
    }

    void forgetSubtree(Node *node)
    {
        for (Node *child : node->children)
            forgetSubtree(child);
        m_nodes.erase(node->key);
    }

    std::vector<int> changedColumns(const Item &before, const Item &after) const
    {
        const bool wholeRow = wholeRowChanged(before, after);
        std::vector<int> columns;
        for (int column = 0; column < columnCount(); ++column) {
            if (wholeRow || displayData(before, column) != displayData(after, column))
                columns.push_back(column);
        }
        return columns;
    }

    // One dataChanged per run of adjacent changed rows under the same parent, spanning the
    // changed columns of that run.
    void emitDataChanged(std::vector<ChangedNode> &changedNodes)
    {
        std::map<std::pair<Node *, int>, const std::vector<int> *> byParentAndRow;
        for (const ChangedNode &changed : changedNodes) {
            const std::pair<Node *, int> position { changed.node->parent, rowOf(changed.node) };
            byParentAndRow.emplace(position, &changed.columns);
        }

        auto run = byParentAndRow.begin();
        while (run != byParentAndRow.end()) {
            Node *parent = run->first.first;
            const int firstRow = run->first.second;
            int lastRow = firstRow;
            int firstColumn = run->second->front();
            int lastColumn = run->second->back();

            auto next = std::next(run);
            while (next != byParentAndRow.end() && next->first.first == parent
                && next->first.second == lastRow + 1) {
                lastRow = next->first.second;
                firstColumn = std::min(firstColumn, next->second->front());
                lastColumn = std::max(lastColumn, next->second->back());
                ++next;
            }

            const QModelIndex parentIndex = indexOfNode(parent);
            emit dataChanged(index(firstRow, firstColumn, parentIndex),
                index(lastRow, lastColumn, parentIndex), changedRoles());
            run = next;
        }
    }

    Node m_root {};
    std::map<Key, std::unique_ptr<Node>> m_nodes;
};

} // namespace nestbox
