// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the nestbox GUI.
#include "helperclient.h"
#include "logging.h"
#include "mainwindow.h"
#include "screenshotrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nestbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nestbox"));
    QApplication::setDesktopFileName(QStringLiteral("nestbox"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("nestbox"), QIcon(QStringLiteral(":/icons/nestbox.svg"))));
    nestbox::logging::setup();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shows PID namespaces and launches apps into new ones."));
    parser.addHelpOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a PNG of the main window to FILE once it shows "
            "data, then exit; exit 1 after 20 s without it."),
        QStringLiteral("FILE"));
    const QCommandLineOption selectLaunchedOption(QStringLiteral("select-launched"),
        QApplication::translate("main",
            "With --screenshot: wait for a namespace created by "
            "Nestbox, select it and show its whole process tree."));
    parser.addOption(screenshotOption);
    parser.addOption(selectLaunchedOption);
    parser.process(app);

    nestbox::HelperClient client;
    nestbox::MainWindow window(&client);
    window.show();

    if (!parser.isSet(screenshotOption))
        return QApplication::exec();

    nestbox::ScreenshotRunner runner(
        &window, parser.value(screenshotOption), parser.isSet(selectLaunchedOption));
    runner.start();
    return QApplication::exec();
}
