// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's own preferences: start minimised to the tray, close to the tray, and start at login,
// which is an XDG autostart entry rather than a stored value so that removing the file by hand
// turns it off.
#pragma once

#include <QCoreApplication>
#include <QSettings>

namespace nestbox {

class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    /// Reads and writes QSettings of organisation "Nestbox", application "nestbox".
    AppSettings();

    bool startMinimized() const;
    void setStartMinimized(bool enabled);
    bool closeToTray() const;
    void setCloseToTray(bool enabled);

    /// $XDG_CONFIG_HOME/autostart/nestbox.desktop (~/.config/autostart/nestbox.desktop).
    static QString autostartFilePath();
    bool startsAtLogin() const;
    /// Writes the autostart entry atomically, or removes it. On failure returns false and sets
    /// error to a sentence naming the file.
    bool setStartAtLogin(bool enabled, QString *error);

    /// The autostart entry that runs executable with --minimized.
    static QByteArray autostartEntry(const QString &executable);
    /// The installed nestbox when it exists, else the running executable.
    static QString executablePath();

private:
    QSettings m_settings;
};

} // namespace nestbox
