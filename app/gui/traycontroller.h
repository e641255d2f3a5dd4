// SPDX-License-Identifier: GPL-3.0-or-later
// Connects the tray icon to the main window and the settings: tray menu choices, close to the
// tray, starting hidden, and notifications as tray balloons. Without a system tray it creates no
// icon and the window behaves like any other.
#pragma once

#include <QObject>

namespace nestbox {

class HelperClient;
class MainWindow;
class TrayIcon;

class TrayController : public QObject
{
    Q_OBJECT

public:
    /// trayAvailable is QSystemTrayIcon::isSystemTrayAvailable(), passed in for tests. window and
    /// client must outlive the controller.
    TrayController(
        MainWindow *window, HelperClient *client, bool trayAvailable, QObject *parent = nullptr);

    /// The icon, or nullptr when there is no system tray.
    TrayIcon *trayIcon() const { return m_tray; }

    /// Shows the window unless minimized (from --minimized) or the "start minimised" setting asks
    /// to start in the tray, which needs a tray.
    void showInitially(bool minimized);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openWindow(quint64 namespaceId);
    void terminate(quint64 namespaceId);
    void reportInTray(const QString &message);

    MainWindow *m_window;
    HelperClient *m_client;
    TrayIcon *m_tray = nullptr;
};

} // namespace nestbox
