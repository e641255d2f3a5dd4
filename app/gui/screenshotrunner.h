// SPDX-License-Identifier: GPL-3.0-or-later
// Drives `nestbox --screenshot` for scripted runs: waits until the window shows what was asked
// for, saves a PNG of it and ends the program.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace nestbox {

class MainWindow;

class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    /// The runner waits for a namespace created by Nestbox, selects it, and grabs the window
    /// once the namespace's processes are shown.
    ScreenshotRunner(MainWindow *window, QString fileName, QObject *parent = nullptr);

    void start();

private:
    void poll();
    bool isLaunchedNamespaceShown();
    bool saveScreenshot();
    void finish(int exitCode);

    MainWindow *m_window;
    QString m_fileName;
    int m_readyPolls = 0;
    QTimer m_pollTimer;
    QElapsedTimer m_elapsed;
};

} // namespace nestbox
