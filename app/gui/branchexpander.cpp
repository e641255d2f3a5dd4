// SPDX-License-Identifier: GPL-3.0-or-later
// BranchExpander: expands branches of a tree view now and as children arrive.
#include "branchexpander.h"

#include <QAbstractItemModel>
#include <QTreeView>

namespace nestbox {

BranchExpander::BranchExpander(QTreeView *view)
    : QObject(view)
    , m_view(view)
{
    connect(
        view->model(), &QAbstractItemModel::rowsInserted, this, &BranchExpander::onRowsInserted);
}

void BranchExpander::expandAll()
{
    expandBranchesBelow({});
}

void BranchExpander::expandBranchesBelow(const QModelIndex &parent)
{
    const QAbstractItemModel *model = m_view->model();
    const int rows = model->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (model->rowCount(child) == 0)
            continue;
        m_view->expand(child);
        expandBranchesBelow(child);
    }
}

// A row that only now has children was a leaf, which expandAll() left collapsed. A row that had
// children before keeps whatever state the user gave it.
void BranchExpander::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid())
        return;
    if (m_view->model()->rowCount(parent) == last - first + 1)
        m_view->expand(parent);
}

} // namespace nestbox
