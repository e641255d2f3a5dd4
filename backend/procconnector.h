// SPDX-License-Identifier: GPL-3.0-or-later
// Listens to the kernel's netlink process connector (fork, exec, exit, uid and name changes).
// Listening needs CAP_NET_ADMIN in the initial network namespace, so only the helper uses it.
#pragma once

#include "procevent.h"

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace nestbox {

class ProcConnector : public QObject
{
    Q_OBJECT

public:
    explicit ProcConnector(QObject *parent = nullptr);
    ~ProcConnector() override;

    /// Opens the socket and subscribes. Returns false with the reason in error when the kernel
    /// has no connector, or the process lacks the privilege.
    bool start(QString *error);
    /// Unsubscribes and closes the socket. No event arrives after it returns.
    void stop();
    bool isActive() const { return m_socket >= 0; }

signals:
    /// Events of one read burst, in kernel order.
    void eventsReceived(const nestbox::ProcEventList &events);
    /// The socket's receive buffer overflowed (ENOBUFS): events were lost, so rescan.
    void eventsLost();

private:
    void readPending();
    bool sendSubscription(bool listen);

    int m_socket = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nestbox
