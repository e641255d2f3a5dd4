// SPDX-License-Identifier: GPL-3.0-or-later
// CallErrorMessage: one denial sentence per group of helper methods that share a polkit action.
#include "callerrormessage.h"

#include "helperclient.h"

namespace nestbox {

CallErrorMessage::CallErrorMessage(
    const CallError &error, const QString &method, const QString &failure)
    : m_details(QStringLiteral("%1: %2").arg(error.name, error.message))
    , m_accessDenied(error.name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"))
{
    m_text = m_accessDenied ? accessDeniedText(method) : failure;
}

// The helper returns AccessDenied for every refusal, a dismissed authentication dialog and a
// failure to ask polkit included, so no other error name needs a sentence of its own.
QString CallErrorMessage::accessDeniedText(const QString &method)
{
    if (method == QLatin1String("Launch") || method == QLatin1String("LaunchAttached")
        || method == QLatin1String("LaunchWithOptions")) {
        return tr("You are not allowed to launch apps with Nestbox. An administrator can grant "
                  "the org.nestbox.launch action.");
    }
    if (method == QLatin1String("SignalProcess")) {
        return tr("You are not allowed to send signals to this process. An administrator can "
                  "grant the org.nestbox.signal action, or org.nestbox.signal-other for "
                  "processes of other users.");
    }
    if (method == QLatin1String("TerminateNamespace")) {
        return tr("You are not allowed to terminate this namespace. An administrator can grant "
                  "the org.nestbox.signal action, or org.nestbox.signal-other for namespaces "
                  "of other users.");
    }
    return tr("You are not allowed to see Nestbox's namespaces and processes. An administrator "
              "can grant the org.nestbox.inspect action.");
}

} // namespace nestbox
