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
            "Wait for a namespace launched by Nestbox, select it, save a PNG of the main "
            "window showing its processes to FILE and exit. Exits with 1 after 20 s without "
            "one."),
        QStringLiteral("FILE"));
    const QCommandLineOption selectLaunchedOption(QStringLiteral("select-launched"),
        QApplication::translate("main",
            "With --screenshot: select the launched namespace. --screenshot does so anyway; "
            "the option is accepted so that scripts can state it."));
    parser.addOption(screenshotOption);
    parser.addOption(selectLaunchedOption);
    parser.process(app);

    nestbox::HelperClient client;
    nestbox::MainWindow window(&client);
    window.show();

    if (!parser.isSet(screenshotOption))
        return QApplication::exec();

    nestbox::ScreenshotRunner runner(&window, parser.value(screenshotOption));
    runner.start();
    return QApplication::exec();
}
