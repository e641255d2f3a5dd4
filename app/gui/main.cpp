// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the nestbox GUI.
#include "helperclient.h"
#include "logging.h"
#include "mainwindow.h"
#include "screenshotrunner.h"
#include "traycontroller.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTranslator>

namespace {

// Installs Qt's own messages (standard buttons, for example) and Nestbox's for the system locale,
// which Qt takes from LANGUAGE, LC_ALL, LC_MESSAGES and LANG. English needs no translator.
void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale::system(), QStringLiteral("nestbox"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nestbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nestbox"));
    QApplication::setDesktopFileName(QStringLiteral("nestbox"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("nestbox"), QIcon(QStringLiteral(":/icons/nestbox.svg"))));
    nestbox::logging::setup();
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shows PID namespaces and launches apps into new ones."));
    parser.addHelpOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Wait for a namespace launched by Nestbox, select it, save a PNG of the main "
            "window showing its processes, or of the view chosen with --screenshot-view, to "
            "FILE and exit. Exits with 1 after 30 s without one."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotViewOption(QStringLiteral("screenshot-view"),
        QApplication::translate("main", "With --screenshot: the view to save, one of %1.")
            .arg(nestbox::ScreenshotRunner::viewNames()),
        QStringLiteral("VIEW"), QStringLiteral("main"));
    const QCommandLineOption selectLaunchedOption(QStringLiteral("select-launched"),
        QApplication::translate("main",
            "With --screenshot: select the launched namespace. --screenshot does so anyway; "
            "the option is accepted so that scripts can state it."));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
        QApplication::translate("main",
            "Start hidden, with only the tray icon showing. Ignored when there is no system "
            "tray."));
    parser.addOption(screenshotOption);
    parser.addOption(screenshotViewOption);
    parser.addOption(selectLaunchedOption);
    parser.addOption(minimizedOption);
    parser.process(app);
    const QString viewName = parser.value(screenshotViewOption);
    const auto screenshotView = nestbox::ScreenshotRunner::viewFromName(viewName);
    if (!screenshotView) {
        std::fprintf(stderr, "nestbox: invalid --screenshot-view '%s'; expected one of %s\n",
            qPrintable(viewName), qPrintable(nestbox::ScreenshotRunner::viewNames()));
        return 2;
    }

    nestbox::HelperClient client;
    nestbox::MainWindow window(&client);

    if (!parser.isSet(screenshotOption)) {
        nestbox::TrayController tray(&window, &client, QSystemTrayIcon::isSystemTrayAvailable());
        tray.showInitially(parser.isSet(minimizedOption));
        return QApplication::exec();
    }

    window.show();
    nestbox::ScreenshotRunner runner(&window, parser.value(screenshotOption), *screenshotView);
    runner.start();
    return QApplication::exec();
}
