// SPDX-License-Identifier: GPL-3.0-or-later
// The actions on the selected row of the process tree: a "Send signal" submenu (TERM, INT, HUP,
// KILL, STOP, CONT, USR1, USR2), Copy PID and Copy command line, with a context menu and
// shortcuts that work while the process tree has focus.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QPoint;
class QTreeView;

namespace nestbox {

class HelperClient;
struct CallError;

class ProcessActions : public QObject
{
    Q_OBJECT

public:
    /// view shows a ProcessModel; client must outlive this object, which view owns.
    ProcessActions(HelperClient *client, QTreeView *view);

    /// The signals offered, in menu order.
    static QList<int> offeredSignals();

    /// The action sending signal, or nullptr for a signal that is not offered.
    QAction *signalAction(int signal) const;
    QAction *copyPidAction() const { return m_copyPid; }
    QAction *copyCommandLineAction() const { return m_copyCommandLine; }
    /// The "Send signal" submenu, also shown in the main window's menu bar.
    QMenu *signalMenu() const { return m_signalMenu; }

    /// Turns the actions on or off to match the view's current row.
    void updateEnabled();

    /// Sends signal to the current row's process; KILL asks first.
    void sendSignal(int signal);

signals:
    /// A plain-language sentence for the status bar, and the helper's raw error for its tool tip
    /// when a call failed.
    void message(const QString &text, const QString &details = QString());

private:
    QAction *addSignalAction(int signal);
    void showContextMenu(const QPoint &position);
    void copyPid();
    void copyCommandLine();
    bool confirmKill(qint32 hostPid, const QString &command);
    void reportFailure(const CallError &error, qint32 hostPid, int signal);

    HelperClient *m_client;
    QTreeView *m_view;
    QMenu *m_signalMenu;
    QList<QAction *> m_signalActions;
    QAction *m_copyPid;
    QAction *m_copyCommandLine;
};

} // namespace nestbox
