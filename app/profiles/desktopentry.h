// SPDX-License-Identifier: GPL-3.0-or-later
// The [Desktop Entry] group of an installed application's .desktop file, read so that a launch
// profile can be created from it.
#pragma once

#include "launchprofile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestbox {

class DesktopEntry
{
    Q_DECLARE_TR_FUNCTIONS(DesktopEntry)

public:
    QString filePath;
    /// Name[locale] for the closest locale, else Name.
    QString name;
    QString iconName;
    /// The Exec value with the general string escapes undone, field codes still in place.
    QString exec;
    /// The Path key: the folder to start the program in.
    QString workingDirectory;
    QString type;
    QString tryExec;
    bool hidden = false;
    bool noDisplay = false;

    /// Reads the [Desktop Entry] group of path. localeName picks Name[...] the way the
    /// specification matches LC_MESSAGES: lang_COUNTRY@MODIFIER, lang_COUNTRY, lang@MODIFIER,
    /// lang. Returns nothing and sets error, naming the file, when it cannot be read or has no
    /// [Desktop Entry] group.
    static std::optional<DesktopEntry> read(
        const QString &path, QString *error, const QString &localeName = QLocale().name());

    /// Returns whether TryExec is empty or names an executable file (found on $PATH when it is
    /// not absolute).
    bool isInstalled() const;

    /// Builds a profile with no id from this entry. Returns nothing and sets error, naming the
    /// file, when the entry is not of type Application, has no Exec key or an invalid one.
    std::optional<LaunchProfile> toProfile(QString *error) const;

    /// $XDG_DATA_HOME/applications followed by every $XDG_DATA_DIRS/applications, highest
    /// priority first.
    static QStringList standardApplicationDirs();

    /// Lists the applications a menu would show, sorted by name: entries of type Application
    /// that are not Hidden or NoDisplay and whose TryExec is installed. An entry in an earlier
    /// folder hides one with the same desktop file ID in a later folder, even when it is Hidden.
    /// Files that cannot be read are skipped.
    static QList<DesktopEntry> installedApplications(
        const QStringList &applicationDirs = standardApplicationDirs());
};

} // namespace nestbox
