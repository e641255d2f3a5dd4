// SPDX-License-Identifier: GPL-3.0-or-later
// Reads what MainWindow shows, for the main-window tests that feed a fake helper: a value of the
// details pane and an action of the namespace tree.
#pragma once

#include "detailspane.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QTreeView>

namespace mainwindowprobes {

/// The text of the details pane's label objectName, or "<objectName not shown>" when the page
/// that contains it is not the one shown.
inline QString detailText(const nestbox::MainWindow &window, const QString &objectName)
{
    const auto *label = window.detailsPane()->findChild<QLabel *>(objectName);
    if (!label || !window.detailsPane()->currentWidget()->isAncestorOf(label))
        return QStringLiteral("<%1 not shown>").arg(objectName);
    return label->text();
}

/// The namespace tree's context-menu action labelled text, or nullptr.
inline QAction *namespaceAction(const nestbox::MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.namespaceView()->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace mainwindowprobes
