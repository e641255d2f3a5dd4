// SPDX-License-Identifier: GPL-3.0-or-later
// Asks polkitd (org.freedesktop.PolicyKit1.Authority on the system bus) whether a bus name may
// perform an action, without blocking the helper's event loop.
#pragma once

#include "authoriser.h"

#include <QDBusConnection>
#include <QDBusMessage>

namespace nestbox {

class PolkitAuthority : public Authoriser
{
public:
    /// A password dialog may be open while polkitd waits for the user, hence the long timeout.
    static constexpr int callTimeoutMs = 5 * 60 * 1000;

    explicit PolkitAuthority(QDBusConnection bus);

    void checkAuthorization(
        const QString &actionId, const QString &busName, Callback done) override;

    /// Interprets polkitd's reply to CheckAuthorization: authorized only when the reply is a
    /// (bba{ss}) whose first member is true. A D-Bus error, a challenge or a malformed reply is
    /// a refusal whose reason names the cause.
    static AuthorizationResult parseReply(const QDBusMessage &reply);

    /// Interprets the members of a successful reply: authorized only when isAuthorized is true.
    static AuthorizationResult interpretResult(bool isAuthorized, bool isChallenge);

private:
    QDBusConnection m_bus;
};

} // namespace nestbox
