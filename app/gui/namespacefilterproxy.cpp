// SPDX-License-Identifier: GPL-3.0-or-later
// NamespaceFilterProxy: which columns the filter text is matched against.
#include "namespacefilterproxy.h"

#include "namespacemodel.h"

namespace nestbox {

NamespaceFilterProxy::NamespaceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NamespaceModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void NamespaceFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;

    m_text = trimmed;
    invalidateRowsFilter();
}

// The displayed text is matched, so the owner matches by user name, or by uid where the uid has
// no passwd entry, and a namespace not created by Nestbox matches by that wording.
bool NamespaceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;

    for (int column :
        { NamespaceModel::IdColumn, NamespaceModel::OwnerColumn, NamespaceModel::CommandColumn }) {
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace nestbox
