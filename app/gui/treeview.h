// SPDX-License-Identifier: GPL-3.0-or-later
// The tree view both panes of the main window use, set up in one place so that the GUI benchmark
// measures the same view the window shows.
#pragma once

class QAbstractItemModel;
class QTreeView;
class QWidget;

namespace nestbox {

/// The sizing policy of every column but the stretching one.
enum class ColumnSizing {
    /// Refitted to the rows at every relayout: for a tree of a few dozen rows.
    FollowContents,
    /// Fitted only by fitColumnsToContents(), then left to the user: for a live tree of
    /// thousands of rows. Refitting would measure up to a thousand rows of each column whenever
    /// a row is added or removed.
    FitOnRequest,
};

/// A sortable, single-selection tree view of model in which stretchColumn, holding the long
/// command lines, takes the width the other columns leave.
QTreeView *createTreeView(
    QAbstractItemModel *model, int stretchColumn, ColumnSizing sizing, QWidget *parent = nullptr);

/// Fits every column of view but the stretching one to its header and the rows shown now.
void fitColumnsToContents(QTreeView *view);

} // namespace nestbox
