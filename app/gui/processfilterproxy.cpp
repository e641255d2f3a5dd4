// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessFilterProxy: which columns the filter text is matched against.
#include "processfilterproxy.h"

#include "processmodel.h"

namespace nestbox {

ProcessFilterProxy::ProcessFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProcessModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void ProcessFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;

    m_text = trimmed;
    invalidateRowsFilter();
}

bool ProcessFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;

    for (int column : { ProcessModel::CommandColumn, ProcessModel::UserColumn,
             ProcessModel::PidColumn, ProcessModel::HostPidColumn }) {
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace nestbox
