// SPDX-License-Identifier: GPL-3.0-or-later
#include "initterminator.h"

#include "logging.h"
#include "pidfd.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <QSocketNotifier>
#include <unistd.h>

namespace nestbox {

bool InitTerminator::terminate(int pidFd, pid_t pid, QObject *parent)
{
    if (pidfd_send_signal(pidFd, SIGTERM, nullptr, 0) != 0) {
        const int error = errno;
        close(pidFd);
        errno = error;
        return false;
    }
    new InitTerminator(pidFd, pid, parent);
    return true;
}

InitTerminator::InitTerminator(int pidFd, pid_t pid, QObject *parent)
    : QObject(parent)
    , m_pidFd(pidFd)
    , m_pid(pid)
{
    // A pidfd becomes readable when its process exits.
    m_exitNotifier = new QSocketNotifier(m_pidFd, QSocketNotifier::Read, this);
    connect(m_exitNotifier, &QSocketNotifier::activated, this, [this] {
        m_exitNotifier->setEnabled(false);
        m_killTimer.stop();
        deleteLater();
    });

    // A namespace's init ignores SIGTERM from outside unless it handles it, hence the SIGKILL.
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (pidfd_send_signal(m_pidFd, SIGKILL, nullptr, 0) != 0 && errno != ESRCH) {
            logging::get("helper")->warn("cannot kill init {}: {}", m_pid, strerror(errno));
        }
    });
    m_killTimer.start(killDelayMs);
}

InitTerminator::~InitTerminator()
{
    close(m_pidFd);
}

} // namespace nestbox
