// SPDX-License-Identifier: GPL-3.0-or-later
// Remembers the uid behind each caller's unique bus name while that name is on the bus, so a
// client that calls many methods costs the bus daemon one uid query, not one per call.
#pragma once

#include <optional>
#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QHash>
#include <QObject>

namespace nestbox {

/// A unique name belongs to one connection for its whole life, and the daemon never hands it out
/// again. The daemon records the connection's credentials when it connects. So a remembered uid
/// cannot go stale or pass to another client.
class CallerUids : public QObject
{
    Q_OBJECT

public:
    explicit CallerUids(QDBusConnection bus, QObject *parent = nullptr);

    /// Returns the uid of the connection that owns the unique name busName, asking the bus
    /// daemon only the first time. Returns nothing, with error set, when the daemon cannot tell.
    std::optional<uint> uidOf(const QString &busName, QString &error);

    qsizetype cachedNameCount() const { return m_uids.size(); }

private:
    void forget(const QString &busName);

    QDBusConnection m_bus;
    QDBusServiceWatcher m_watcher;
    QHash<QString, uint> m_uids;
};

} // namespace nestbox
