// SPDX-License-Identifier: GPL-3.0-or-later
// The authorisation check the service runs before every method: may this bus name perform this
// action? PolkitAuthority is the production implementation, and unit tests use a fake.
#pragma once

#include <functional>
#include <QString>

namespace nestbox {

struct AuthorizationResult
{
    bool authorized = false;
    QString reason; ///< why not; empty when authorized
};

class Authoriser
{
public:
    using Callback = std::function<void(const AuthorizationResult &)>;

    virtual ~Authoriser() = default;

    /// Checks actionId for the caller at busName (a unique name like ":1.42") and calls done
    /// exactly once, possibly later from the event loop. Any failure must arrive as a refusal.
    virtual void checkAuthorization(const QString &actionId, const QString &busName, Callback done)
        = 0;
};

} // namespace nestbox
