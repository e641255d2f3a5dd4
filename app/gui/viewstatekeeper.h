// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps a tree view's expanded rows and its selected row across re-filtering of the proxy it
// shows. QTreeView drops both for rows a filter hides, so they are remembered by a stable key
// of the source rows and put back after each filter change.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QAbstractItemModel;
class QModelIndex;
class QTreeView;
class QSortFilterProxyModel;

namespace nestbox {

class ViewStateKeeper : public QObject
{
    Q_OBJECT

public:
    /// The view must already show proxy. keyRole gives each row a key that stays the same while the
    /// row exists (a QString).
    ViewStateKeeper(QTreeView *view, QSortFilterProxyModel *proxy, int keyRole);

    /// Records the view's state, lets changeFilter re-filter the proxy, then restores the state.
    template <typename ChangeFilter> void refilter(ChangeFilter changeFilter)
    {
        record();
        changeFilter();
        restore();
    }

    QSet<QString> expandedKeys() const { return m_expanded; }
    QString selectedKey() const { return m_selected; }

private:
    void record();
    void restore();
    void recordRows(const QModelIndex &parent);
    void restoreRows(const QModelIndex &parent);

    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    int m_keyRole;
    QSet<QString> m_expanded; ///< includes rows the current filter hides
    QString m_selected; ///< kept while the filter hides the selected row
    bool m_selectedVisible = false;
    bool m_refiltering = false;
};

} // namespace nestbox
