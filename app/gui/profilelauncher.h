// SPDX-License-Identifier: GPL-3.0-or-later
// Starts launch profiles through the helper, from the Profiles menu, the favourites toolbar, the
// namespace context menu and the tray alike, and reports the outcome in plain words.
#pragma once

#include <QObject>

namespace nestbox {

class HelperClient;
class ProfileStore;

class ProfileLauncher : public QObject
{
    Q_OBJECT

public:
    /// client and store must outlive the launcher.
    ProfileLauncher(HelperClient *client, const ProfileStore *store, QObject *parent = nullptr);

    /// Launches the profile with profileId with its arguments, folder, environment and exit policy.
    void launch(const QString &profileId);

signals:
    void launched(quint64 namespaceId, const QString &profileName, const QString &message);
    void failed(const QString &message);

private:
    HelperClient *m_client;
    const ProfileStore *m_store;
};

} // namespace nestbox
