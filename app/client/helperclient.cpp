// SPDX-License-Identifier: GPL-3.0-or-later
// HelperClient: connection tracking and async calls to org.nestbox.Helper1.
#include "helperclient.h"

#include "helperproxy.h"
#include "launchenvironment.h"
#include "logging.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>
#include <QProcessEnvironment>
#include <unistd.h>

namespace nestbox {

namespace {

const QString helperService = QStringLiteral(NESTBOX_DBUS_SERVICE);
const QString helperPath = QStringLiteral(NESTBOX_DBUS_PATH);

// Launch may wait for a polkit agent, and the helper gives polkit up to 5 minutes.
constexpr int callTimeoutMs = 5 * 60 * 1000 + 10 * 1000;
constexpr int retryIntervalMs = 2000;

bool isAccessDenied(const QString &name)
{
    return name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied");
}

bool isHelperMissing(const QString &name)
{
    return name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
        || name == QLatin1String("org.freedesktop.DBus.Error.UnknownObject");
}

bool isBusLost(const QString &name)
{
    return name == QLatin1String("org.freedesktop.DBus.Error.Disconnected")
        || name == QLatin1String("org.freedesktop.DBus.Error.NoServer");
}

// Errors about one request's arguments or target; the helper itself replied, so it is reachable.
bool isRequestError(const QString &name)
{
    return name == QLatin1String("org.freedesktop.DBus.Error.InvalidArgs")
        || name == QLatin1String("org.nestbox.Error.NotFound")
        || name == QLatin1String("org.nestbox.Error.LaunchFailed");
}

// The a{sv} of LaunchWithOptions; the helper documents each key in its interface XML.
QVariantMap launchOptionsMap(const LaunchOptions &options)
{
    QVariantMap map { { QStringLiteral("exitPolicy"),
        options.keepWhileProcessesLive ? QStringLiteral("keep-while-processes-live")
                                       : QStringLiteral("end-with-app") } };
    if (options.stdioFds[0] >= 0) {
        const char *keys[] = { "standardInput", "standardOutput", "standardError" };
        for (std::size_t index = 0; index < options.stdioFds.size(); ++index) {
            map.insert(QLatin1String(keys[index]),
                QVariant::fromValue(QDBusUnixFileDescriptor(options.stdioFds[index])));
        }
    }
    return map;
}

} // namespace

HelperClient::HelperClient(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("nestbox-system-bus-%1").arg(quintptr(this), 0, 16))
{
    registerDBusTypes();

    m_retryTimer.setInterval(retryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &HelperClient::retryConnection);
    m_retryTimer.start();

    checkConnection();
}

HelperClient::~HelperClient()
{
    m_proxy.reset();
    m_bus.reset();
    QDBusConnection::disconnectFromBus(m_connectionName);
}

QString HelperClient::stateExplanation() const
{
    switch (m_state) {
    case State::Connected:
        return tr("Connected to the Nestbox helper.");
    case State::NoSystemBus:
        return tr("The D-Bus system bus cannot be reached, so Nestbox cannot talk to its helper. "
                  "Check that dbus-daemon is running; Nestbox retries every few seconds. "
                  "Error: %1")
            .arg(m_errorText);
    case State::HelperNotRunning:
        return tr("The Nestbox helper (%1) is not installed: it is not running, and the system "
                  "bus has no D-Bus service file to start it. Install the nestbox package, or "
                  "run \"cmake --install\" as root from a build. Nestbox connects as soon as "
                  "the helper appears.")
            .arg(helperService);
    case State::HelperStopped:
        return tr("The Nestbox helper (%1) stopped, and the system bus cannot start it again. "
                  "Nestbox is waiting for it to return and reconnects by itself.")
            .arg(helperService);
    case State::AccessDenied:
        return tr("The Nestbox helper rejected the request because polkit does not allow you "
                  "%1. Ask an administrator to allow it, then retry. The helper's message: %2")
            .arg(m_deniedAction, m_errorText);
    case State::Error:
        return tr("Talking to the Nestbox helper failed: %1").arg(m_errorText);
    }
    return {};
}

QString HelperClient::polkitActionFor(const QString &method)
{
    if (method.startsWith(QLatin1String("Launch")))
        return QStringLiteral("org.nestbox.launch");
    if (method == QLatin1String("SignalProcess") || method == QLatin1String("TerminateNamespace"))
        return QStringLiteral("org.nestbox.signal (org.nestbox.signal-other for another user's)");
    return QStringLiteral("org.nestbox.inspect");
}

void HelperClient::checkConnection()
{
    if (!m_bus || !m_bus->isConnected()) {
        connectToBus();
        return;
    }

    if (!m_bus->interface()->isServiceRegistered(helperService) && !isHelperActivatable()) {
        setState(missingHelperState());
        return;
    }

    if (m_watching) {
        callStartWatching();
        return;
    }
    if (m_state != State::AccessDenied)
        setState(State::Connected);
}

void HelperClient::retryConnection()
{
    // A rejection or a failure is retried only on request, so a polkit agent is not asked again
    // and again. The service watcher reports when the helper comes or goes.
    const bool unreachable = m_state == State::NoSystemBus || m_state == State::HelperNotRunning
        || m_state == State::HelperStopped;
    if (unreachable || !m_bus || !m_bus->isConnected())
        checkConnection();
}

void HelperClient::connectToBus()
{
    m_proxy.reset();
    delete m_serviceWatcher;
    m_serviceWatcher = nullptr;
    m_bus.reset();
    QDBusConnection::disconnectFromBus(m_connectionName);

    auto bus = QDBusConnection::connectToBus(QDBusConnection::SystemBus, m_connectionName);
    if (!bus.isConnected()) {
        const QString reason = bus.lastError().message();
        QDBusConnection::disconnectFromBus(m_connectionName);
        setState(
            State::NoSystemBus, reason.isEmpty() ? tr("no address for the system bus") : reason);
        return;
    }

    m_bus = std::make_unique<QDBusConnection>(bus);
    createProxy();

    m_serviceWatcher = new QDBusServiceWatcher(
        helperService, *m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceRegistered, this,
        &HelperClient::onHelperRegistered);
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceUnregistered, this,
        &HelperClient::onHelperUnregistered);

    checkConnection();
}

void HelperClient::createProxy()
{
    m_proxy = std::make_unique<OrgNestboxHelper1Interface>(helperService, helperPath, *m_bus);
    m_proxy->setTimeout(callTimeoutMs);

    connect(m_proxy.get(), &OrgNestboxHelper1Interface::NamespaceStarted, this,
        &HelperClient::namespaceStarted);
    connect(m_proxy.get(), &OrgNestboxHelper1Interface::NamespaceExited, this,
        &HelperClient::namespaceExited);
    connect(m_proxy.get(), &OrgNestboxHelper1Interface::AppExited, this, &HelperClient::appExited);
    connect(m_proxy.get(), &OrgNestboxHelper1Interface::ProcessesChanged, this,
        &HelperClient::processesChanged);
    connect(m_proxy.get(), &OrgNestboxHelper1Interface::NamespacesChanged, this,
        &HelperClient::namespacesChanged);
}

bool HelperClient::isHelperActivatable()
{
    const QDBusReply<QStringList> names = m_bus->interface()->activatableServiceNames();
    return names.isValid() && names.value().contains(helperService);
}

void HelperClient::onHelperRegistered()
{
    logging::get("app")->info("The helper appeared on the system bus");
    emit helperAvailable();

    if (m_watching) {
        callStartWatching();
        return;
    }
    setState(State::Connected);
}

void HelperClient::onHelperUnregistered()
{
    logging::get("app")->info("The helper left the system bus");
    emit helperLeft();

    // A watcher keeps an activatable helper alive, so it left by crashing or being restarted.
    // Without a watcher it may also have exited when idle. Either way a new call starts it again.
    if (isHelperActivatable()) {
        if (m_watching)
            callStartWatching();
        return;
    }
    setState(State::HelperStopped);
}

void HelperClient::startWatching()
{
    m_watching = true;
    if (m_bus && m_bus->isConnected())
        checkConnection();
}

void HelperClient::callStartWatching()
{
    finishCall(m_proxy->StartWatching(), QStringLiteral("StartWatching"),
        [](const QDBusPendingCall &, const CallError &) {});
}

void HelperClient::launch(
    const QStringList &arguments, const QString &workingDirectory, LaunchCallback done)
{
    if (!m_proxy) {
        failLater([done, error = notConnectedError()] { done(error, 0, 0); });
        return;
    }

    const auto environment
        = allowedLaunchEnvironment(QProcessEnvironment::systemEnvironment(), getuid());
    finishLaunch(m_proxy->Launch(arguments, workingDirectory, environment),
        QStringLiteral("Launch"), std::move(done));
}

void HelperClient::launchWithOptions(const QStringList &arguments, const QString &workingDirectory,
    const LaunchOptions &options, LaunchCallback done)
{
    if (!m_proxy) {
        failLater([done, error = notConnectedError()] { done(error, 0, 0); });
        return;
    }

    auto environment = allowedLaunchEnvironment(QProcessEnvironment::systemEnvironment(), getuid());
    environment.insert(options.extraEnvironment);
    finishLaunch(m_proxy->LaunchWithOptions(
                     arguments, workingDirectory, environment, launchOptionsMap(options)),
        QStringLiteral("LaunchWithOptions"), std::move(done));
}

void HelperClient::finishLaunch(
    const QDBusPendingCall &call, const QString &method, LaunchCallback done)
{
    finishCall(call, method, [done](const QDBusPendingCall &call, const CallError &error) {
        const QDBusPendingReply<quint64, qint32> reply = call;
        if (error.isError())
            done(error, 0, 0);
        else
            done(error, reply.argumentAt<0>(), reply.argumentAt<1>());
    });
}

void HelperClient::listNamespaces(NamespacesCallback done)
{
    if (!m_proxy) {
        failLater([done, error = notConnectedError()] { done(error, {}); });
        return;
    }

    finishCall(m_proxy->ListNamespaces(), QStringLiteral("ListNamespaces"),
        [done](const QDBusPendingCall &call, const CallError &error) {
            const QDBusPendingReply<NamespaceList> reply = call;
            done(error, error.isError() ? NamespaceList {} : reply.value());
        });
}

void HelperClient::getProcesses(quint64 namespaceId, ProcessesCallback done)
{
    if (!m_proxy) {
        failLater([done, error = notConnectedError()] { done(error, {}); });
        return;
    }

    finishCall(m_proxy->GetProcesses(namespaceId), QStringLiteral("GetProcesses"),
        [done](const QDBusPendingCall &call, const CallError &error) {
            const QDBusPendingReply<ProcessList> reply = call;
            done(error, error.isError() ? ProcessList {} : reply.value());
        });
}

void HelperClient::signalProcess(qint32 hostPid, quint64 startTime, int signal, DoneCallback done)
{
    if (!m_proxy) {
        failLater([done, error = notConnectedError()] { done(error); });
        return;
    }

    finishCall(m_proxy->SignalProcess(hostPid, startTime, signal), QStringLiteral("SignalProcess"),
        [done](const QDBusPendingCall &, const CallError &error) { done(error); });
}

void HelperClient::terminateNamespace(quint64 namespaceId, DoneCallback done)
{
    if (!m_proxy) {
        failLater([done, error = notConnectedError()] { done(error); });
        return;
    }

    finishCall(m_proxy->TerminateNamespace(namespaceId), QStringLiteral("TerminateNamespace"),
        [done](const QDBusPendingCall &, const CallError &error) { done(error); });
}

void HelperClient::failLater(const std::function<void()> &report)
{
    // Callers start their event loop after the call, so even this failure arrives from it.
    QTimer::singleShot(0, this, report);
}

CallError HelperClient::notConnectedError() const
{
    return CallError { QStringLiteral("org.freedesktop.DBus.Error.NoServer"), m_errorText };
}

void HelperClient::finishCall(const QDBusPendingCall &call, const QString &method,
    const std::function<void(const QDBusPendingCall &, const CallError &)> &done)
{
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, method, done](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();

            CallError error;
            if (finished->isError()) {
                error = CallError { finished->error().name(), finished->error().message() };
                recordError(method, error);
            } else {
                setState(State::Connected);
            }
            done(*finished, error);
        });
}

void HelperClient::recordError(const QString &method, const CallError &error)
{
    logging::get("app")->debug("{} failed: {}: {}", method.toStdString(), error.name.toStdString(),
        error.message.toStdString());

    if (isRequestError(error.name)) {
        setState(State::Connected);
        return;
    }
    // A rejected launch or signal concerns that one request, and its caller reports it. Only a
    // rejected inspect call leaves nothing to show, which the state explains.
    const QString action = polkitActionFor(method);
    if (isAccessDenied(error.name) && action != QLatin1String("org.nestbox.inspect")) {
        setState(State::Connected);
        return;
    }
    if (isAccessDenied(error.name)) {
        m_deniedAction = action;
        setState(State::AccessDenied, error.message);
        return;
    }
    if (isHelperMissing(error.name)) {
        setState(missingHelperState(), error.message);
        return;
    }
    if (isBusLost(error.name)) {
        setState(State::NoSystemBus, error.message);
        return;
    }
    setState(State::Error, tr("%1 failed: %2").arg(method, error.message));
}

void HelperClient::setState(State state, const QString &errorText)
{
    if (m_state == state && m_errorText == errorText)
        return;

    m_state = state;
    m_errorText = errorText;
    if (state == State::Connected)
        m_helperWasReachable = true;
    logging::get("app")->debug("Helper connection state: {}", int(state));
    emit stateChanged(state);
}

// A helper that was reachable once is installed, so its absence means it stopped.
HelperClient::State HelperClient::missingHelperState() const
{
    return m_helperWasReachable ? State::HelperStopped : State::HelperNotRunning;
}

} // namespace nestbox
