// SPDX-License-Identifier: GPL-3.0-or-later
// nestbox-helper: the root service that owns org.nestbox.Helper on the system bus. It is started
// by D-Bus activation and exits when idle; SIGTERM and SIGINT end every namespace it launched.
#include "cachingauthoriser.h"
#include "dbustypes.h"
#include "helper1adaptor.h"
#include "helperservice.h"
#include "logging.h"
#include "polkitauthority.h"

#include <csignal>
#include <fcntl.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFileInfo>
#include <QSocketNotifier>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

void forwardSignalToEventLoop(int signal)
{
    [[maybe_unused]] const ssize_t written = write(signalPipe[1], &signal, sizeof signal);
}

// SIGTERM and SIGINT are turned into a pipe write so that the shutdown runs in the event loop.
bool installTerminationHandlers()
{
    if (pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return false;
    }
    struct sigaction action
    {
    };
    action.sa_handler = forwardSignalToEventLoop;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
}

// Both in the build tree and when installed, nestbox-init sits in the same folder as the helper.
std::string initPathNextToExecutable()
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return (self.canonicalFilePath().section(u'/', 0, -2) + QStringLiteral("/nestbox-init"))
        .toStdString();
}

int parseIdleTimeout(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Nestbox root helper (D-Bus system service)"));
    parser.addHelpOption();
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
        QStringLiteral("Exit after SECONDS with no call, watcher or running namespace "
                       "(0: never; default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOption(idleTimeout);
    parser.process(app);

    bool ok = false;
    const int seconds = parser.value(idleTimeout).toInt(&ok);
    if (!ok || seconds < 0) {
        nestbox::logging::get("helper")->error("--idle-timeout: '{}' is not a number of seconds",
            parser.value(idleTimeout).toStdString());
        return -1;
    }
    return seconds;
}

bool registerOnBus(QDBusConnection &bus, nestbox::HelperService &service)
{
    const auto log = nestbox::logging::get("helper");
    if (!bus.isConnected()) {
        log->error("cannot connect to the system bus: {}", bus.lastError().message().toStdString());
        return false;
    }
    new Helper1Adaptor(&service);
    if (!bus.registerObject(QStringLiteral(NESTBOX_DBUS_PATH), &service)) {
        log->error(
            "cannot register {}: {}", NESTBOX_DBUS_PATH, bus.lastError().message().toStdString());
        return false;
    }
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> owned
        = bus.interface()->registerService(QStringLiteral(NESTBOX_DBUS_SERVICE),
            QDBusConnectionInterface::DontQueueService,
            QDBusConnectionInterface::DontAllowReplacement);
    if (!owned.isValid()) {
        log->error(
            "cannot own {}: {}", NESTBOX_DBUS_SERVICE, owned.error().message().toStdString());
        return false;
    }
    if (owned.value() != QDBusConnectionInterface::ServiceRegistered) {
        log->error("cannot own {}: another process owns it already", NESTBOX_DBUS_SERVICE);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nestbox::logging::setup();
    const auto log = nestbox::logging::get("helper");

    const int idleTimeoutSeconds = parseIdleTimeout(app);
    if (idleTimeoutSeconds < 0) {
        return 1;
    }
    if (geteuid() != 0) {
        log->error("nestbox-helper must run as root (it runs as uid {})", geteuid());
        return 1;
    }
    if (!installTerminationHandlers()) {
        log->error("cannot install the SIGTERM handler: {}", strerror(errno));
        return 1;
    }
    nestbox::registerDBusTypes();

    QDBusConnection bus = QDBusConnection::systemBus();
    nestbox::PolkitAuthority authority(bus);
    // org.nestbox.signal-other is left out: its auth_admin_keep grant expires in polkitd.
    nestbox::CachingAuthoriser cachedAuthority(authority, bus,
        { QStringLiteral("org.nestbox.launch"), QStringLiteral("org.nestbox.inspect"),
            QStringLiteral("org.nestbox.signal") });
    nestbox::HelperService service(
        bus, cachedAuthority, initPathNextToExecutable(), idleTimeoutSeconds);
    if (!registerOnBus(bus, service)) {
        return 1;
    }

    QSocketNotifier termination(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&termination, &QSocketNotifier::activated, &app, [&] {
        log->info("terminating: ending every launched namespace");
        service.terminateAllNamespaces();
        app.quit();
    });
    QObject::connect(&service, &nestbox::HelperService::idle, &app, &QCoreApplication::quit);

    log->info("serving {} on the system bus", NESTBOX_DBUS_SERVICE);
    return app.exec();
}
