// SPDX-License-Identifier: GPL-3.0-or-later
// Drives `nestbox --screenshot` for scripted runs: waits until the window shows what was asked
// for, opens the requested view, saves a PNG of it and ends the program.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QWidget;

namespace nestbox {

class MainWindow;

class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    /// The part of the GUI that the PNG shows. Every view waits for a namespace launched by Nestbox
    /// first, so that the window behind a dialog lists it.
    enum class View { Main, LaunchDialog, ProfileEditor };

    /// Parses a --screenshot-view value: main, launch-dialog or profile-editor.
    static std::optional<View> viewFromName(const QString &name);
    /// The accepted --screenshot-view values, for help text and error messages.
    static QString viewNames();

    ScreenshotRunner(
        MainWindow *window, QString fileName, View view = View::Main, QObject *parent = nullptr);

    void start();

private:
    void poll();
    bool isLaunchedNamespaceShown();
    QWidget *openView();
    QWidget *openLaunchDialog();
    QWidget *openProfileEditor();
    bool saveScreenshot(QWidget *widget);
    void finish(int exitCode);

    MainWindow *m_window;
    QString m_fileName;
    View m_view;
    int m_readyPolls = 0;
    /// The dialog being shot, once opened. Null for View::Main.
    QPointer<QWidget> m_opened;
    QTimer m_pollTimer;
    QElapsedTimer m_elapsed;
};

} // namespace nestbox
