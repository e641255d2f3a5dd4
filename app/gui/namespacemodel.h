// SPDX-License-Identifier: GPL-3.0-or-later
// The PID-namespace hierarchy as a tree, host namespace at the root, updated in place from the
// helper's namespace lists.
#pragma once

#include "keyedtreemodel.h"
#include "namespaceinfo.h"
#include "usagetotals.h"

#include <QHash>

namespace nestbox {

/// One row: the namespace as the helper reports it and its processes' summed usage.
struct NamespaceRow
{
    NamespaceInfo ns;
    UsageTotals usage;
};

class NamespaceModel : public KeyedTreeModel<quint64, NamespaceRow>
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        LevelColumn,
        ProcessCountColumn,
        CpuColumn,
        MemoryColumn,
        OwnerColumn,
        CommandColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        NamespaceIdRole = Qt::UserRole, ///< quint64
        CreatedByNestboxRole, ///< bool
        SortRole, ///< numbers for numeric columns, the text for the others
    };

    explicit NamespaceModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Updates the rows to namespaces; namespaces that are gone lose their exit status too.
    void setNamespaces(const NamespaceList &namespaces);

    /// Shows totals (by namespace id) in the CPU and memory columns; a namespace missing from
    /// it shows zero.
    void setUsage(const QHash<quint64, UsageTotals> &totals);

    /// The namespaces as last set.
    const NamespaceList &namespaces() const { return m_namespaces; }

    /// Shows how the app launched into namespaceId ended, until the namespace is gone.
    void setExitStatus(quint64 namespaceId, int exitCode, int termSignal);

    /// "exited with code N" or "killed by signal N (NAME)", as used in the view and status bar.
    static QString exitStatusText(int exitCode, int termSignal);

protected:
    QVariant displayData(const NamespaceRow &row, int column) const override;
    QVariant itemData(const NamespaceRow &row, int column, int role) const override;
    QList<int> changedRoles() const override;

private:
    void updateRows();

    NamespaceList m_namespaces;
    QHash<quint64, UsageTotals> m_usage;
    QHash<quint64, QString> m_exitStatus;
};

} // namespace nestbox
