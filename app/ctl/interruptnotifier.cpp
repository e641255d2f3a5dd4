// SPDX-License-Identifier: GPL-3.0-or-later
// InterruptNotifier: a signalfd read from the event loop.
#include "interruptnotifier.h"

#include <QSocketNotifier>
#include <sys/signalfd.h>
#include <unistd.h>

namespace nestbox {

InterruptNotifier::InterruptNotifier(QObject *parent)
    : QObject(parent)
{
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGHUP);
    if (pthread_sigmask(SIG_BLOCK, &mask, &m_previousMask) != 0)
        return;

    m_fd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_fd < 0) {
        pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
        return;
    }

    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptNotifier::readSignal);
}

InterruptNotifier::~InterruptNotifier()
{
    if (m_fd < 0)
        return;

    delete m_notifier;
    close(m_fd);
    pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
}

void InterruptNotifier::readSignal()
{
    signalfd_siginfo info {};
    while (read(m_fd, &info, sizeof info) == ssize_t(sizeof info))
        emit interrupted(int(info.ssi_signo));
}

} // namespace nestbox
