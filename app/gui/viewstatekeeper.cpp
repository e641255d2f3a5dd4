// SPDX-License-Identifier: GPL-3.0-or-later
// ViewStateKeeper: walks the visible rows before and after a filter change.
#include "viewstatekeeper.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace nestbox {

ViewStateKeeper::ViewStateKeeper(
    QTreeView *view, QSortFilterProxyModel *proxy, int keyRole, UnrecordedRows unrecorded)
    : QObject(view)
    , m_view(view)
    , m_proxy(proxy)
    , m_keyRole(keyRole)
    , m_expandUnrecorded(unrecorded == UnrecordedRows::Expanded)
{
    // The view moves the current row to a neighbour when the filter hides it; only changes
    // outside refilter() are the user's choice.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!m_refiltering && current.isValid())
                m_selected = current.data(m_keyRole).toString();
        });
    // A reset shows different rows (another namespace), so nothing remembered applies to them.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_nonDefaultRows.clear();
        m_selected.clear();
    });
}

// Only visible rows are recorded: a hidden row's state cannot have changed since the last
// restore, so what is remembered for it still holds.
void ViewStateKeeper::record()
{
    m_refiltering = true;
    recordRows({});
}

void ViewStateKeeper::recordRows(const QModelIndex &parent)
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        const QString key = index.data(m_keyRole).toString();
        if (m_view->isExpanded(index) != m_expandUnrecorded)
            m_nonDefaultRows.insert(key);
        else
            m_nonDefaultRows.remove(key);
        recordRows(index);
    }
}

void ViewStateKeeper::restore()
{
    m_selectedVisible = false;
    restoreRows({});
    if (!m_selectedVisible)
        m_view->selectionModel()->clear();
    m_refiltering = false;
}

void ViewStateKeeper::restoreRows(const QModelIndex &parent)
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        const QString key = index.data(m_keyRole).toString();
        m_view->setExpanded(index, m_nonDefaultRows.contains(key) != m_expandUnrecorded);
        if (!m_selected.isEmpty() && key == m_selected) {
            m_selectedVisible = true;
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        restoreRows(index);
    }
}

} // namespace nestbox
