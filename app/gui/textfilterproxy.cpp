// SPDX-License-Identifier: GPL-3.0-or-later
// TextFilterProxy: the filter box's matching, shared by both trees.
#include "textfilterproxy.h"

namespace nestbox {

TextFilterProxy::TextFilterProxy(int sortRole, QList<int> matchedColumns, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_matchedColumns(std::move(matchedColumns))
{
    setSortRole(sortRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void TextFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;

    m_text = trimmed;
    invalidateRowsFilter();
}

// The displayed text is matched, so what the user reads is what the filter finds.
bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;

    for (int column : m_matchedColumns) {
        const QModelIndex cell = sourceModel()->index(sourceRow, column, sourceParent);
        if (cell.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace nestbox
