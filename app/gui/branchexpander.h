// SPDX-License-Identifier: GPL-3.0-or-later
// BranchExpander keeps a live process tree open: it expands the rows that have children, and a
// row as soon as it gains its first child, without marking leaves expanded.
#pragma once

#include <QObject>

class QModelIndex;
class QTreeView;

namespace nestbox {

/// QTreeView::expandAll() records every row, leaves included, as an expanded persistent index.
/// The model then updates each of them on every row insert and removal, so with 10,000
/// processes a small delta costs tens of milliseconds. Expanding only branches keeps that cost
/// in proportion to the number of parents.
class BranchExpander : public QObject
{
    Q_OBJECT

public:
    /// Follows view's current model; the expander belongs to view.
    explicit BranchExpander(QTreeView *view);

    /// Expands every row that has children.
    void expandAll();

private:
    void expandBranchesBelow(const QModelIndex &parent);
    void onRowsInserted(const QModelIndex &parent, int first, int last);

    QTreeView *m_view;
};

} // namespace nestbox
