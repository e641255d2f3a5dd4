// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog: three check boxes for the tray and login options. Without a system tray
// the tray options are disabled, with a tooltip that says why.
#pragma once

#include <QDialog>

class QCheckBox;

namespace nestbox {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// trayAvailable is QSystemTrayIcon::isSystemTrayAvailable(), passed in for tests.
    explicit SettingsDialog(bool trayAvailable, QWidget *parent = nullptr);

    QCheckBox *startMinimized() const { return m_startMinimized; }
    QCheckBox *closeToTray() const { return m_closeToTray; }
    QCheckBox *startAtLogin() const { return m_startAtLogin; }

    /// Stores the check boxes; returns false with a message box when the autostart entry fails.
    bool apply();

private:
    QCheckBox *m_startMinimized;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startAtLogin;
};

} // namespace nestbox
