// SPDX-License-Identifier: GPL-3.0-or-later
// The user's launch profiles, kept in one JSON file that is saved after every change. The main
// window, the tray menu and the editor all read and change profiles through this class.
#pragma once

#include "launchprofile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace nestbox {

class ProfileStore : public QObject
{
    Q_OBJECT

public:
    /// filePath is defaultFilePath() in the app and a temporary file in tests. The constructor
    /// does not read it: call load().
    explicit ProfileStore(QString filePath = defaultFilePath(), QObject *parent = nullptr);

    /// $XDG_CONFIG_HOME/nestbox/profiles.json (~/.config/nestbox/profiles.json by default).
    static QString defaultFilePath();

    const QString &filePath() const { return m_filePath; }

    /// Reads the file, treating a missing file as an empty store. On an unreadable file, or one
    /// that is not valid version 1 JSON, returns false, sets lastError() and starts empty. A
    /// corrupt file is renamed to profiles.json.corrupt-YYYYMMDD-HHMMSS first, so the next save
    /// cannot overwrite it. If that rename fails, or the file cannot be read at all, every later
    /// save fails until load() succeeds.
    bool load();

    /// The message of the last failed operation, naming the file and the problem.
    const QString &lastError() const { return m_lastError; }

    const QList<LaunchProfile> &profiles() const { return m_profiles; }
    std::optional<LaunchProfile> profile(const QString &id) const;
    QList<LaunchProfile> favourites() const;

    /// Returns profile.validate() plus an error when another profile already has the same name
    /// (compared trimmed and case-insensitively).
    QStringList validate(const LaunchProfile &profile) const;

    /// Each change below is validated, saved at once and then announced with profilesChanged().
    /// On failure nothing changes, in memory or on disk, and lastError() contains the reason.

    /// Adds profile under a new id and returns the id, or an empty string on failure.
    QString create(LaunchProfile profile);
    /// Replaces the profile with the same id.
    bool update(const LaunchProfile &profile);
    /// Adds a copy named "Copy of NAME" (or "Copy of NAME (2)", ...) that is not a favourite,
    /// and returns its id, or an empty string on failure.
    QString duplicate(const QString &id);
    bool remove(const QString &id);
    bool setFavourite(const QString &id, bool favourite);

signals:
    void profilesChanged();

private:
    qsizetype indexOf(const QString &id) const;
    /// Returns the profile other than exceptId whose name matches, trimmed and ignoring case.
    const LaunchProfile *findByName(const QString &name, const QString &exceptId) const;
    QString uniqueCopyName(const QString &name) const;
    QString setAside();
    bool commit(const QList<LaunchProfile> &profiles);
    bool fail(const QString &message);

    QString m_filePath;
    QList<LaunchProfile> m_profiles;
    QString m_lastError;
    /// Set while the file on disk contains data that load() could not read and did not move away.
    bool m_saveBlocked = false;
};

} // namespace nestbox
