// SPDX-License-Identifier: GPL-3.0-or-later
// allowedLaunchEnvironment: the client half of the helper's environment allow-list.
#include "launchenvironment.h"

namespace nestbox {

namespace {

bool isAllowedKey(const QString &key)
{
    static const QStringList exactKeys = {
        QStringLiteral("DISPLAY"),
        QStringLiteral("WAYLAND_DISPLAY"),
        QStringLiteral("XAUTHORITY"),
        QStringLiteral("XDG_RUNTIME_DIR"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("LANG"),
        QStringLiteral("LANGUAGE"),
        QStringLiteral("TERM"),
        QStringLiteral("COLORTERM"),
    };
    return exactKeys.contains(key) || key.startsWith(QLatin1String("LC_"));
}

bool isAcceptedValue(const QString &key, const QString &value, uid_t uid)
{
    if (value.contains(QLatin1Char('\n')) || value.contains(QChar(0)))
        return false;
    if (key == QLatin1String("XDG_RUNTIME_DIR"))
        return value == QStringLiteral("/run/user/%1").arg(uid);
    return true;
}

} // namespace

EnvironmentMap allowedLaunchEnvironment(const QProcessEnvironment &environment, uid_t uid)
{
    EnvironmentMap allowed;
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        const QString value = environment.value(key);
        if (isAllowedKey(key) && isAcceptedValue(key, value, uid))
            allowed.insert(key, value);
    }
    return allowed;
}

} // namespace nestbox
