// SPDX-License-Identifier: GPL-3.0-or-later
// CallerUids: the uid cache of the helper's callers.
#include "calleruids.h"

#include <QDBusConnectionInterface>
#include <QDBusReply>

namespace nestbox {

CallerUids::CallerUids(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_watcher(QString(), std::move(bus), QDBusServiceWatcher::WatchForUnregistration)
{
    connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &CallerUids::forget);
}

// Runs as root. The name is watched before the daemon is asked, so a caller that disconnects
// in between is still forgotten.
std::optional<uint> CallerUids::uidOf(const QString &busName, QString &error)
{
    const auto cached = m_uids.constFind(busName);
    if (cached != m_uids.constEnd())
        return *cached;

    m_watcher.addWatchedService(busName);
    const QDBusReply<uint> uid = m_bus.interface()->serviceUid(busName);
    if (!uid.isValid()) {
        m_watcher.removeWatchedService(busName);
        error = uid.error().message();
        return std::nullopt;
    }
    m_uids.insert(busName, uid.value());
    return uid.value();
}

void CallerUids::forget(const QString &busName)
{
    m_uids.remove(busName);
    m_watcher.removeWatchedService(busName);
}

} // namespace nestbox
