// SPDX-License-Identifier: GPL-3.0-or-later
// Remembers polkit's grants per caller bus name and action while that name is on the bus, so
// a client that calls many methods is checked with polkitd once per action.
#pragma once

#include "authoriser.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

namespace nestbox {

class CachingAuthoriser : public QObject, public Authoriser
{
    Q_OBJECT

public:
    /// Only the actions in cacheableActions are remembered. An action whose polkit default keeps
    /// an admin's authentication for a limited time must not be among them, since a cached grant
    /// would outlive that limit.
    CachingAuthoriser(Authoriser &inner, QDBusConnection bus, QSet<QString> cacheableActions,
        QObject *parent = nullptr);

    void checkAuthorization(
        const QString &actionId, const QString &busName, Callback done) override;

    /// Drops every grant of busName. Called when the name leaves the bus; a unique name is never
    /// handed out again, so no later client can inherit a grant.
    void forget(const QString &busName);

    qsizetype cachedNameCount() const { return m_grants.size(); }

private:
    void remember(const QString &busName, const QString &actionId);

    Authoriser &m_inner;
    QSet<QString> m_cacheableActions;
    QDBusServiceWatcher m_watcher;
    QHash<QString, QSet<QString>> m_grants; ///< unique bus name -> granted action ids
};

} // namespace nestbox
