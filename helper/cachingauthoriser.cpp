// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachingauthoriser.h"

namespace nestbox {

CachingAuthoriser::CachingAuthoriser(
    Authoriser &inner, QDBusConnection bus, QSet<QString> cacheableActions, QObject *parent)
    : QObject(parent)
    , m_inner(inner)
    , m_cacheableActions(std::move(cacheableActions))
    , m_watcher(QString(), std::move(bus), QDBusServiceWatcher::WatchForUnregistration)
{
    connect(
        &m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &CachingAuthoriser::forget);
}

// Runs as root. Refusals and errors are never cached, so a caller who was refused is asked again.
void CachingAuthoriser::checkAuthorization(
    const QString &actionId, const QString &busName, Callback done)
{
    if (m_grants.value(busName).contains(actionId)) {
        done({ true, {} });
        return;
    }
    if (!m_cacheableActions.contains(actionId)) {
        m_inner.checkAuthorization(actionId, busName, std::move(done));
        return;
    }

    m_inner.checkAuthorization(actionId, busName,
        [this, actionId, busName, done = std::move(done)](const AuthorizationResult &result) {
            if (result.authorized) {
                remember(busName, actionId);
            }
            done(result);
        });
}

void CachingAuthoriser::remember(const QString &busName, const QString &actionId)
{
    // NOTE: a name that left the bus while polkitd was asked stays cached (a few bytes) until
    // the helper exits. It grants nothing, since the bus never reuses a unique name.
    if (!m_grants.contains(busName)) {
        m_watcher.addWatchedService(busName);
    }
    m_grants[busName].insert(actionId);
}

void CachingAuthoriser::forget(const QString &busName)
{
    if (m_grants.remove(busName)) {
        m_watcher.removeWatchedService(busName);
    }
}

} // namespace nestbox
