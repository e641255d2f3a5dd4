// SPDX-License-Identifier: GPL-3.0-or-later
#include "procconnector.h"

#include "logging.h"

#include <cerrno>
#include <cstring>
#include <linux/cn_proc.h>
#include <linux/connector.h>
#include <linux/netlink.h>
#include <optional>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace nestbox {
namespace {

const auto logger = [] {
    return logging::get("backend.events");
};

// Each connector message is a netlink header, a cn_msg header, then the proc_event.
constexpr std::size_t payloadSize = sizeof(cn_msg) + sizeof(proc_event);

std::optional<ProcEvent> toProcEvent(const proc_event &event)
{
    switch (event.what) {
    case proc_event::PROC_EVENT_FORK:
        if (event.event_data.fork.child_pid != event.event_data.fork.child_tgid) {
            return std::nullopt; // a new thread, not a new process
        }
        return ProcEvent { ProcEvent::Kind::Fork, event.event_data.fork.child_tgid,
            event.event_data.fork.parent_tgid };
    case proc_event::PROC_EVENT_EXEC:
        return ProcEvent { ProcEvent::Kind::Exec, event.event_data.exec.process_tgid, 0 };
    case proc_event::PROC_EVENT_UID:
        return ProcEvent { ProcEvent::Kind::Uid, event.event_data.id.process_tgid, 0 };
    case proc_event::PROC_EVENT_COMM:
        return ProcEvent { ProcEvent::Kind::Name, event.event_data.comm.process_tgid, 0 };
    case proc_event::PROC_EVENT_EXIT:
        if (event.event_data.exit.process_pid != event.event_data.exit.process_tgid) {
            return std::nullopt; // a thread ended, the process lives on
        }
        return ProcEvent { ProcEvent::Kind::Exit, event.event_data.exit.process_tgid, 0 };
    default:
        return std::nullopt;
    }
}

} // namespace

ProcEventList parseProcConnectorDatagram(const char *data, std::size_t size)
{
    ProcEventList events;
    auto remaining = static_cast<int>(size);
    auto *header = reinterpret_cast<const nlmsghdr *>(data);

    for (; NLMSG_OK(header, remaining); header = NLMSG_NEXT(header, remaining)) {
        if (header->nlmsg_type == NLMSG_ERROR || header->nlmsg_type == NLMSG_NOOP) {
            continue;
        }
        if (header->nlmsg_len < NLMSG_LENGTH(payloadSize)) {
            continue; // too short to hold a process event
        }

        // memcpy, because a datagram gives no alignment guarantee for the payload.
        cn_msg connector;
        proc_event processEvent;
        const auto *payload = static_cast<const char *>(NLMSG_DATA(header));
        std::memcpy(&connector, payload, sizeof connector);
        std::memcpy(&processEvent, payload + sizeof connector, sizeof processEvent);
        if (connector.id.idx != CN_IDX_PROC || connector.id.val != CN_VAL_PROC) {
            continue;
        }
        if (const auto event = toProcEvent(processEvent)) {
            events.append(*event);
        }
    }
    return events;
}

ProcConnector::ProcConnector(QObject *parent)
    : QObject(parent)
{
}

ProcConnector::~ProcConnector()
{
    stop();
}

bool ProcConnector::start(QString *error)
{
    if (isActive()) {
        return true;
    }

    m_socket = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_CONNECTOR);
    if (m_socket < 0) {
        *error = QStringLiteral("cannot open the netlink connector socket: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }

    // A large receive buffer makes ENOBUFS (and the rescan it forces) rare under fork storms.
    const int bufferBytes = 4 * 1024 * 1024;
    ::setsockopt(m_socket, SOL_SOCKET, SO_RCVBUFFORCE, &bufferBytes, sizeof bufferBytes);

    sockaddr_nl address {};
    address.nl_family = AF_NETLINK;
    address.nl_groups = CN_IDX_PROC;
    if (::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0
        || !sendSubscription(true)) {
        *error = QStringLiteral("cannot subscribe to process events: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(m_socket);
        m_socket = -1;
        return false;
    }

    m_notifier = new QSocketNotifier(m_socket, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ProcConnector::readPending);
    logger()->info("Listening to the kernel's process events");
    return true;
}

void ProcConnector::stop()
{
    if (!isActive()) {
        return;
    }

    sendSubscription(false);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_socket);
    m_socket = -1;
    logger()->info("Stopped listening to process events");
}

bool ProcConnector::sendSubscription(bool listen)
{
    const proc_cn_mcast_op operation = listen ? PROC_CN_MCAST_LISTEN : PROC_CN_MCAST_IGNORE;
    constexpr std::size_t requestSize = NLMSG_LENGTH(sizeof(cn_msg) + sizeof operation);
    alignas(nlmsghdr) char request[requestSize] {};

    auto *netlink = reinterpret_cast<nlmsghdr *>(request);
    netlink->nlmsg_len = requestSize;
    netlink->nlmsg_type = NLMSG_DONE;

    cn_msg connector {};
    connector.id.idx = CN_IDX_PROC;
    connector.id.val = CN_VAL_PROC;
    connector.len = sizeof operation;
    auto *payload = static_cast<char *>(NLMSG_DATA(netlink));
    std::memcpy(payload, &connector, sizeof connector);
    std::memcpy(payload + sizeof connector, &operation, sizeof operation);

    return ::send(m_socket, request, requestSize, 0) == static_cast<ssize_t>(requestSize);
}

void ProcConnector::readPending()
{
    alignas(nlmsghdr) char buffer[16384];
    ProcEventList events;
    bool lost = false;

    // Drain the socket, so one notifier wake-up delivers one batch.
    for (;;) {
        const ssize_t received = ::recv(m_socket, buffer, sizeof buffer, 0);
        if (received > 0) {
            events += parseProcConnectorDatagram(buffer, static_cast<std::size_t>(received));
            continue;
        }
        if (received < 0 && errno == EINTR) {
            continue;
        }
        if (received < 0 && errno == ENOBUFS) {
            lost = true;
            continue;
        }
        break; // EAGAIN: drained
    }

    if (!events.isEmpty()) {
        emit eventsReceived(events);
    }
    if (lost) {
        logger()->warn("Process events were lost (receive buffer full); rescanning");
        emit eventsLost();
    }
}

} // namespace nestbox
