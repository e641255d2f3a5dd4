// SPDX-License-Identifier: GPL-3.0-or-later
// Ends a PID namespace that the helper did not create by signalling its init through a pidfd:
// SIGTERM first, SIGKILL after a grace period. The helper is not the init's parent, so it does
// not reap it.
#pragma once

#include <QObject>
#include <QTimer>
#include <sys/types.h>

class QSocketNotifier;

namespace nestbox {

class InitTerminator : public QObject
{
    Q_OBJECT

public:
    static constexpr int killDelayMs = 3000;

    /// Runs as root. Takes ownership of pidFd, sends SIGTERM and deletes itself once the process
    /// has exited, sending SIGKILL if it still runs after killDelayMs. Returns false, with errno
    /// set and pidFd closed, when even SIGTERM cannot be sent.
    static bool terminate(int pidFd, pid_t pid, QObject *parent);

    ~InitTerminator() override;

private:
    InitTerminator(int pidFd, pid_t pid, QObject *parent);

    int m_pidFd;
    pid_t m_pid;
    QSocketNotifier *m_exitNotifier = nullptr;
    QTimer m_killTimer;
};

} // namespace nestbox
