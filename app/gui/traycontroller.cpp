// SPDX-License-Identifier: GPL-3.0-or-later
// TrayController: the wiring between TrayIcon, MainWindow and AppSettings.
#include "traycontroller.h"

#include "appsettings.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "notifier.h"
#include "profilelauncher.h"
#include "trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QStatusBar>

namespace nestbox {

TrayController::TrayController(
    MainWindow *window, HelperClient *client, bool trayAvailable, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
{
    if (!trayAvailable)
        return;

    m_tray = new TrayIcon(window->profileStore(), window->namespaceModel(), this);
    m_window->notifier()->setTray(m_tray);
    m_window->installEventFilter(this);

    connect(
        m_tray, &TrayIcon::launchRequested, window->profileLauncher(), &ProfileLauncher::launch);
    connect(m_tray, &TrayIcon::openRequested, this, &TrayController::openWindow);
    connect(m_tray, &TrayIcon::terminateRequested, this, &TrayController::terminate);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
    connect(
        window->profileLauncher(), &ProfileLauncher::failed, this, &TrayController::reportInTray);
    m_tray->show();
}

void TrayController::showInitially(bool minimized)
{
    if (m_tray && (minimized || AppSettings().startMinimized()))
        return;
    m_window->show();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || !AppSettings().closeToTray())
        return false;

    // Hiding, unlike closing, keeps the application running with the tray icon.
    event->ignore();
    m_window->hide();
    return true;
}

void TrayController::openWindow(quint64 namespaceId)
{
    if (namespaceId != 0)
        m_window->selectNamespace(namespaceId);
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::terminate(quint64 namespaceId)
{
    m_client->terminateNamespace(namespaceId, [this, namespaceId](const CallError &error) {
        if (!error.isError())
            return;
        const QString message
            = tr("Terminating namespace %1 failed: %2").arg(namespaceId).arg(error.message);
        m_window->statusBar()->showMessage(message);
        reportInTray(message);
    });
}

void TrayController::reportInTray(const QString &message)
{
    // The status bar says it as well, but nobody sees it while the window is hidden.
    if (!m_window->isVisible())
        m_tray->showMessage(tr("Nestbox"), message, QSystemTrayIcon::Warning);
}

} // namespace nestbox
