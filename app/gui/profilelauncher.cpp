// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileLauncher: turns a stored profile into one HelperClient::launch call.
#include "profilelauncher.h"

#include "helperclient.h"
#include "profilestore.h"

namespace nestbox {

ProfileLauncher::ProfileLauncher(HelperClient *client, const ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

void ProfileLauncher::launch(const QString &profileId)
{
    const std::optional<LaunchProfile> profile = m_store->profile(profileId);
    if (!profile) {
        emit failed(tr("The launch profile no longer exists."));
        return;
    }

    const QStringList problems = profile->validate();
    if (!problems.isEmpty()) {
        emit failed(tr("Profile \"%1\" cannot be launched: %2")
                        .arg(profile->name, problems.join(QLatin1Char(' '))));
        return;
    }

    const QString name = profile->name;
    // TODO: pass the exit policy once the helper accepts launch options; until then every
    // profile ends its namespace with the app.
    const bool keepRequested = profile->exitPolicy == ExitPolicy::KeepWhileProcessesLive;
    m_client->launch(profile->arguments, profile->workingDirectory, profile->environment,
        [this, name, keepRequested](const CallError &error, quint64 namespaceId, qint32 pid) {
            if (error.isError()) {
                emit failed(tr("Launching %1 failed: %2").arg(name, error.message));
                return;
            }
            QString message = tr("Started %1 in namespace %2 as host PID %3.")
                                  .arg(name)
                                  .arg(namespaceId)
                                  .arg(pid);
            if (keepRequested)
                message += QLatin1Char(' ')
                    + tr("This helper ends the namespace when the app exits, although the "
                         "profile asks to keep it.");
            emit launched(namespaceId, name, message);
        });
}

} // namespace nestbox
