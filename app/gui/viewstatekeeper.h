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
    /// The expansion restored for a row with no record, such as a row added while the filter hid
    /// it.
    enum class UnrecordedRows { Collapsed, Expanded };
    Q_ENUM(UnrecordedRows)

    /// The view must already show proxy. keyRole gives each row a key, compared as
    /// QVariant::toString(), that stays the same while the row exists.
    ViewStateKeeper(QTreeView *view, QSortFilterProxyModel *proxy, int keyRole,
        UnrecordedRows unrecorded = UnrecordedRows::Collapsed);

    /// Records the view's state, lets changeFilter re-filter the proxy, then restores the state.
    template <typename ChangeFilter> void refilter(ChangeFilter changeFilter)
    {
        record();
        changeFilter();
        restore();
    }

    /// True inside refilter(), while the view's current row changes only because of the filter.
    bool isRefiltering() const { return m_refiltering; }
    QString selectedKey() const { return m_selected; }

private:
    void record();
    void restore();
    void recordRows(const QModelIndex &parent);
    void restoreRows(const QModelIndex &parent);

    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    int m_keyRole;
    bool m_expandUnrecorded;
    /// Keys of the rows whose expansion differs from the unrecorded default, including rows the
    /// current filter hides.
    QSet<QString> m_nonDefaultRows;
    QString m_selected; ///< kept while the filter hides the selected row
    bool m_selectedVisible = false;
    bool m_refiltering = false;
};

} // namespace nestbox
