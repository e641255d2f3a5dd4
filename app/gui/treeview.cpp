// SPDX-License-Identifier: GPL-3.0-or-later
// createTreeView: the shared setup of the main window's tree views.
#include "treeview.h"

#include "cachedtextdelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace nestbox {

QTreeView *createTreeView(
    QAbstractItemModel *model, int stretchColumn, ColumnSizing sizing, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setItemDelegate(new CachedTextDelegate(view));
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);

    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(sizing == ColumnSizing::FollowContents
            ? QHeaderView::ResizeToContents
            : QHeaderView::Interactive);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

void fitColumnsToContents(QTreeView *view)
{
    const QHeaderView *header = view->header();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive)
            view->resizeColumnToContents(column);
    }
}

} // namespace nestbox
