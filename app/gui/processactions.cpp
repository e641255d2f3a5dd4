// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessActions: action creation, the confirmation before KILL, and failure wording.
#include "processactions.h"

#include "callerrormessage.h"
#include "helperclient.h"
#include "processmodel.h"

#include <csignal>
#include <cstring>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace nestbox {

namespace {

// Shortcuts work only while the process tree has focus, so Delete can mean "terminate the
// namespace" in the namespace tree at the same time.
void bindShortcut(QAction *action, const QKeySequence &shortcut)
{
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QKeySequence shortcutFor(int signal)
{
    switch (signal) {
    case SIGTERM:
        return QKeySequence(Qt::Key_Delete);
    case SIGKILL:
        return QKeySequence(Qt::SHIFT | Qt::Key_Delete);
    case SIGINT:
        return QKeySequence(Qt::CTRL | Qt::Key_I);
    case SIGHUP:
        return QKeySequence(Qt::CTRL | Qt::Key_H);
    case SIGSTOP:
        return QKeySequence(Qt::CTRL | Qt::Key_P);
    case SIGCONT:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    }
    return {};
}

QString signalLabel(int signal)
{
    return QStringLiteral("SIG%1").arg(QLatin1String(sigabbrev_np(signal)));
}

} // namespace

ProcessActions::ProcessActions(HelperClient *client, QTreeView *view)
    : QObject(view)
    , m_client(client)
    , m_view(view)
    , m_signalMenu(new QMenu(tr("Send &signal"), view))
{
    m_signalMenu->setIcon(QIcon::fromTheme(
        QStringLiteral("system-shutdown"), QIcon(QStringLiteral(":/icons/signal.svg"))));
    for (int signal : offeredSignals())
        m_signalMenu->addAction(addSignalAction(signal));

    m_copyPid = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/copy.svg"))),
        tr("Copy &PID"), view);
    bindShortcut(m_copyPid, QKeySequence::Copy);
    m_copyCommandLine = new QAction(m_copyPid->icon(), tr("Copy &command line"), view);
    bindShortcut(m_copyCommandLine, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    view->addAction(m_copyPid);
    view->addAction(m_copyCommandLine);
    connect(m_copyPid, &QAction::triggered, this, &ProcessActions::copyPid);
    connect(m_copyCommandLine, &QAction::triggered, this, &ProcessActions::copyCommandLine);

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ProcessActions::showContextMenu);
    updateEnabled();
}

QList<int> ProcessActions::offeredSignals()
{
    return { SIGTERM, SIGINT, SIGHUP, SIGKILL, SIGSTOP, SIGCONT, SIGUSR1, SIGUSR2 };
}

QAction *ProcessActions::addSignalAction(int signal)
{
    auto *action = new QAction(tr("Send %1").arg(signalLabel(signal)), m_view);
    action->setData(signal);
    bindShortcut(action, shortcutFor(signal));
    m_view->addAction(action);
    m_signalActions.append(action);
    connect(action, &QAction::triggered, this, [this, signal] { sendSignal(signal); });
    return action;
}

QAction *ProcessActions::signalAction(int signal) const
{
    for (QAction *action : m_signalActions) {
        if (action->data().toInt() == signal)
            return action;
    }
    return nullptr;
}

void ProcessActions::updateEnabled()
{
    const bool processSelected = m_view->currentIndex().isValid();
    for (QAction *action : std::as_const(m_signalActions))
        action->setEnabled(processSelected);
    m_signalMenu->setEnabled(processSelected);
    m_copyPid->setEnabled(processSelected);
    m_copyCommandLine->setEnabled(processSelected);
}

void ProcessActions::showContextMenu(const QPoint &position)
{
    if (!m_view->currentIndex().isValid())
        return;

    QMenu menu(m_view);
    menu.addMenu(m_signalMenu);
    menu.addSeparator();
    menu.addAction(m_copyPid);
    menu.addAction(m_copyCommandLine);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ProcessActions::sendSignal(int signal)
{
    const QModelIndex row = m_view->currentIndex();
    if (!row.isValid())
        return;

    // The question below runs an event loop in which live updates may remove the row, so the
    // process is identified before it is asked.
    const qint32 hostPid = row.data(ProcessModel::HostPidRole).toInt();
    const quint64 startTime = row.data(ProcessModel::StartTimeRole).toULongLong();
    const QString command = row.siblingAtColumn(ProcessModel::CommandColumn).data().toString();
    if (signal == SIGKILL && !confirmKill(hostPid, command))
        return;

    m_client->signalProcess(
        hostPid, startTime, signal, [this, hostPid, signal](const CallError &error) {
            if (error.isError())
                reportFailure(error, hostPid, signal);
            else
                emit message(tr("Sent %1 to process %2.").arg(signalLabel(signal)).arg(hostPid));
        });
}

bool ProcessActions::confirmKill(qint32 hostPid, const QString &command)
{
    const auto answer = QMessageBox::question(m_view, tr("Kill process"),
        tr("Kill process %1 (%2) at once? It gets no chance to save its work.")
            .arg(hostPid)
            .arg(command),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void ProcessActions::reportFailure(const CallError &error, qint32 hostPid, int signal)
{
    QString failure;
    if (error.name == QLatin1String("org.nestbox.Error.NotFound")) {
        failure = tr("Process %1 has already exited.").arg(hostPid);
    } else {
        failure = tr("Sending %1 to process %2 failed: %3")
                      .arg(signalLabel(signal))
                      .arg(hostPid)
                      .arg(error.message);
    }
    const CallErrorMessage text(error, QStringLiteral("SignalProcess"), failure);
    emit message(text.text(), text.details());
}

void ProcessActions::copyPid()
{
    const QModelIndex row = m_view->currentIndex();
    if (!row.isValid())
        return;
    const QString pid = QString::number(row.data(ProcessModel::HostPidRole).toInt());
    QApplication::clipboard()->setText(pid);
    emit message(tr("Copied PID %1.").arg(pid));
}

void ProcessActions::copyCommandLine()
{
    const QModelIndex row = m_view->currentIndex();
    if (!row.isValid())
        return;
    QApplication::clipboard()->setText(
        row.siblingAtColumn(ProcessModel::CommandColumn).data().toString());
    emit message(tr("Copied the command line of process %1.")
                     .arg(row.data(ProcessModel::HostPidRole).toInt()));
}

} // namespace nestbox
