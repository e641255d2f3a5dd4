// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileLauncher: turns a stored profile into one HelperClient::launchWithOptions call.
#include "profilelauncher.h"

#include "callerrormessage.h"
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

    LaunchOptions options;
    options.extraEnvironment = profile->environment;
    options.keepWhileProcessesLive = profile->exitPolicy == ExitPolicy::KeepWhileProcessesLive;
    const QString name = profile->name;
    m_client->launchWithOptions(profile->arguments, profile->workingDirectory, options,
        [this, name](const CallError &error, quint64 namespaceId, qint32 pid) {
            if (error.isError()) {
                const CallErrorMessage message(error, QStringLiteral("LaunchWithOptions"),
                    tr("Launching %1 failed: %2").arg(name, error.message));
                emit failed(message.text());
                return;
            }
            emit launched(namespaceId, name,
                tr("Started %1 in namespace %2 as host PID %3.")
                    .arg(name)
                    .arg(namespaceId)
                    .arg(pid));
        });
}

} // namespace nestbox
