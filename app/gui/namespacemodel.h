// SPDX-License-Identifier: GPL-3.0-or-later
// The PID-namespace hierarchy as a tree, host namespace at the root, updated in place from the
// helper's namespace lists.
#pragma once

#include "keyedtreemodel.h"
#include "namespaceinfo.h"

#include <QHash>

namespace nestbox {

class NamespaceModel : public KeyedTreeModel<quint64, NamespaceInfo>
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        LevelColumn,
        ProcessCountColumn,
        OwnerColumn,
        CommandColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        NamespaceIdRole = Qt::UserRole, ///< quint64
        CreatedByNestboxRole, ///< bool
    };

    explicit NamespaceModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Updates the rows to namespaces; namespaces that are gone lose their exit status too.
    void setNamespaces(const NamespaceList &namespaces);

    /// Shows how the app launched into namespaceId ended, until the namespace is gone.
    void setExitStatus(quint64 namespaceId, int exitCode, int termSignal);

    /// "exited with code N" or "killed by signal N (NAME)", as used in the view and status bar.
    static QString exitStatusText(int exitCode, int termSignal);

protected:
    QVariant displayData(const NamespaceInfo &ns, int column) const override;
    QVariant itemData(const NamespaceInfo &ns, int column, int role) const override;

private:
    QHash<quint64, QString> m_exitStatus;
};

} // namespace nestbox
