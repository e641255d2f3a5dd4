// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperservice.h"

#include "initterminator.h"
#include "launchednamespace.h"
#include "launchplan.h"
#include "launchrequest.h"
#include "logging.h"
#include "namespacetree.h"
#include "pidfd.h"
#include "procreader.h"
#include "signalallowlist.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace nestbox {
namespace {

const QString launchAction = QStringLiteral("org.nestbox.launch");
const QString inspectAction = QStringLiteral("org.nestbox.inspect");
const QString signalAction = QStringLiteral("org.nestbox.signal");
const QString signalOtherAction = QStringLiteral("org.nestbox.signal-other");

const QString accessDeniedError = QStringLiteral("org.freedesktop.DBus.Error.AccessDenied");
const QString invalidArgsError = QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs");
const QString notFoundError = QStringLiteral("org.nestbox.Error.NotFound");
const QString launchFailedError = QStringLiteral("org.nestbox.Error.LaunchFailed");

// The namespace the helper itself runs in, normally the host's: terminating it would kill the
// whole system, so TerminateNamespace rejects it.
quint64 readOwnPidNamespace()
{
    struct stat status
    {
    };
    return stat("/proc/self/ns/pid", &status) == 0 ? status.st_ino : 0;
}

} // namespace

HelperService::HelperService(QDBusConnection bus, Authoriser &authoriser, std::string initPath,
    int idleTimeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_authoriser(authoriser)
    , m_initPath(std::move(initPath))
    , m_ownPidNamespace(readOwnPidNamespace())
    , m_callerUids(m_bus)
    , m_watcherTracker(QString(), m_bus, QDBusServiceWatcher::WatchForUnregistration)
{
    connect(&m_watcherTracker, &QDBusServiceWatcher::serviceUnregistered, this,
        &HelperService::removeWatcher);
    connect(
        &m_monitor, &ProcessMonitor::processesChanged, this, [this](const SnapshotDelta &delta) {
            sendSignal(QStringLiteral("ProcessesChanged"),
                { QVariant::fromValue(delta.added), QVariant::fromValue(delta.changed),
                    QVariant::fromValue(delta.removed) },
                m_watchers);
        });
    connect(&m_monitor, &ProcessMonitor::namespacesChanged, this,
        [this](const NamespaceList &namespaces) {
            sendSignal(QStringLiteral("NamespacesChanged"),
                { QVariant::fromValue(annotatedNamespaces(namespaces)) }, m_watchers);
        });

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutSeconds * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &HelperService::checkIdle);
    restartIdleTimer();
}

HelperService::~HelperService()
{
    terminateAllNamespaces();
}

void HelperService::terminateAllNamespaces()
{
    // The destructor of each namespace kills and reaps its init.
    qDeleteAll(m_namespaces);
    m_namespaces.clear();
}

// Opens every method: the uid comes from the bus daemon, never from an argument, and the polkit
// subject is the sender's unique name, so a client cannot speak for another process.
std::optional<HelperService::Call> HelperService::beginCall()
{
    setDelayedReply(true);
    ++m_pendingCalls;
    Call call { message(), 0 };

    QString error;
    const std::optional<uint> uid = m_callerUids.uidOf(call.message.service(), error);
    if (!uid) {
        logging::get("helper.auth")
            ->warn("rejected a call from {}: cannot read the caller's uid: {}",
                call.message.service().toStdString(), error.toStdString());
        replyError(call, accessDeniedError, QStringLiteral("cannot identify the caller"));
        return std::nullopt;
    }
    call.uid = *uid;
    return call;
}

void HelperService::authorize(const QString &actionId, AuthorizedStep step)
{
    if (const std::optional<Call> call = beginCall()) {
        authorizeWithCaller(*call, actionId, std::move(step));
    }
}

void HelperService::authorizeWithCaller(
    const Call &call, const QString &actionId, AuthorizedStep step)
{
    m_authoriser.checkAuthorization(actionId, call.message.service(),
        [this, call, actionId, step = std::move(step)](const AuthorizationResult &result) {
            if (result.authorized) {
                step(call);
                return;
            }
            logging::get("helper.auth")
                ->warn("rejected {} for uid {}: {}", actionId.toStdString(), call.uid,
                    result.reason.toStdString());
            replyError(call, accessDeniedError,
                QStringLiteral("not authorized for %1: %2").arg(actionId, result.reason));
        });
}

void HelperService::reply(const Call &call, const QVariantList &arguments)
{
    m_bus.send(call.message.createReply(arguments));
    --m_pendingCalls;
    restartIdleTimer();
}

void HelperService::replyError(const Call &call, const QString &name, const QString &text)
{
    m_bus.send(call.message.createErrorReply(name, text));
    --m_pendingCalls;
    restartIdleTimer();
}

qulonglong HelperService::Launch(const QStringList &arguments, const QString &workingDirectory,
    const EnvironmentMap &environment, int &hostPid)
{
    hostPid = 0;
    startLaunch({ arguments, workingDirectory, environment }, std::nullopt);
    return 0;
}

qulonglong HelperService::LaunchAttached(const QStringList &arguments,
    const QString &workingDirectory, const EnvironmentMap &environment,
    const QDBusUnixFileDescriptor &standardInput, const QDBusUnixFileDescriptor &standardOutput,
    const QDBusUnixFileDescriptor &standardError, int &hostPid)
{
    hostPid = 0;
    const std::pair<const QDBusUnixFileDescriptor &, const char *> descriptors[] = {
        { standardInput, "standardInput" },
        { standardOutput, "standardOutput" },
        { standardError, "standardError" },
    };
    for (const auto &[descriptor, name] : descriptors) {
        if (!descriptor.isValid()) {
            sendErrorReply(invalidArgsError,
                QStringLiteral("%1 is not a valid file descriptor").arg(QLatin1String(name)));
            return 0;
        }
    }

    startLaunch({ arguments, workingDirectory, environment },
        std::array { standardInput, standardOutput, standardError });
    return 0;
}

qulonglong HelperService::LaunchWithOptions(const QStringList &arguments,
    const QString &workingDirectory, const EnvironmentMap &environment, const QVariantMap &options,
    int &hostPid)
{
    hostPid = 0;
    LaunchOptions parsed;
    const QString optionsError = parseLaunchOptions(options, parsed);
    if (!optionsError.isEmpty()) {
        sendErrorReply(invalidArgsError, optionsError);
        return 0;
    }

    startLaunch({ arguments, workingDirectory, environment, parsed.exitPolicy }, parsed.stdio);
    return 0;
}

// The part every launch method shares; stdio is captured until the clone has happened.
void HelperService::startLaunch(const LaunchRequest &request, const AttachedStdio &stdio)
{
    const QString shapeError = checkLaunchRequestShape(request);
    if (!shapeError.isEmpty()) {
        sendErrorReply(invalidArgsError, shapeError);
        return;
    }

    authorize(launchAction, [=, this](const Call &call) { launch(call, request, stdio); });
}

void HelperService::launch(
    const Call &call, const LaunchRequest &request, const AttachedStdio &stdio)
{
    const QString invalid = validateLaunchRequest(request, call.uid);
    if (!invalid.isEmpty()) {
        replyError(call, invalidArgsError, invalid);
        return;
    }

    LaunchPlan plan;
    QString error;
    if (!prepareLaunchPlan(request, call.uid, m_initPath, plan, error)) {
        replyError(call, launchFailedError, error);
        return;
    }
    if (stdio) {
        attachStdio(plan,
            { (*stdio)[0].fileDescriptor(), (*stdio)[1].fileDescriptor(),
                (*stdio)[2].fileDescriptor() });
    }

    LaunchedNamespace *launched = LaunchedNamespace::launch(std::move(plan), error, this);
    if (!launched) {
        logging::get("helper.launch")
            ->error("launch for uid {} failed: {}", call.uid, error.toStdString());
        replyError(call, launchFailedError, error);
        return;
    }
    watchLaunch(call, launched);
}

void HelperService::watchLaunch(const Call &call, LaunchedNamespace *launched)
{
    // Exactly one of started and launchFailed fires. Both handlers are dropped then, because the
    // call's message they capture holds the caller's descriptors from LaunchAttached open.
    const auto releaseCall = [this, launched] {
        disconnect(launched, &LaunchedNamespace::started, this, nullptr);
        disconnect(launched, &LaunchedNamespace::launchFailed, this, nullptr);
    };
    connect(launched, &LaunchedNamespace::started, this, [this, call, launched, releaseCall] {
        const quint64 id = launched->namespaceId();
        m_namespaces.insert(id, launched);
        m_launchers.insert(id, call.message.service());
        logging::get("helper.launch")
            ->info("uid {} started {} in namespace {}, app PID {}", call.uid,
                launched->command().join(u' ').toStdString(), id, launched->appHostPid());
        reply(call, { QVariant::fromValue(qulonglong(id)), launched->appHostPid() });
        sendSignal(QStringLiteral("NamespaceStarted"),
            { QVariant::fromValue(qulonglong(id)), launched->appHostPid(), call.uid,
                launched->command() },
            recipientsFor(id));
        releaseCall();
    });
    connect(launched, &LaunchedNamespace::launchFailed, this,
        [this, call, launched, releaseCall](const QString &message) {
            logging::get("helper.launch")
                ->warn("launch for uid {} failed: {}", call.uid, message.toStdString());
            replyError(call, launchFailedError, message);
            releaseCall();
            launched->deleteLater(); // its destructor reaps the init
        });
    connect(launched, &LaunchedNamespace::appExited, this,
        [this, launched](int exitCode, int termSignal) {
            const quint64 id = launched->namespaceId();
            sendSignal(QStringLiteral("AppExited"),
                { QVariant::fromValue(qulonglong(id)), exitCode, termSignal }, recipientsFor(id));
        });
    connect(
        launched, &LaunchedNamespace::exited, this, [this, launched](int exitCode, int termSignal) {
            const quint64 id = launched->namespaceId();
            logging::get("helper.launch")->info("namespace {} ended, exit code {}", id, exitCode);
            m_namespaces.remove(id);
            launched->deleteLater();
            sendSignal(QStringLiteral("NamespaceExited"),
                { QVariant::fromValue(qulonglong(id)), exitCode, termSignal }, recipientsFor(id));
            m_launchers.remove(id);
            restartIdleTimer();
        });
}

NamespaceList HelperService::ListNamespaces()
{
    authorize(inspectAction, [this](const Call &call) {
        const ProcReader reader;
        const NamespaceList namespaces
            = buildNamespaceTree(reader.readAll(), kernelParentLookup(reader.procRoot()));
        reply(call, { QVariant::fromValue(annotatedNamespaces(namespaces)) });
    });
    return {};
}

NamespaceList HelperService::annotatedNamespaces(NamespaceList namespaces) const
{
    for (NamespaceInfo &ns : namespaces) {
        const LaunchedNamespace *launched = m_namespaces.value(ns.id);
        if (launched) {
            ns.createdByNestbox = true;
            ns.command = launched->command();
            ns.ownerUid = launched->ownerUid();
        }
    }
    return namespaces;
}

ProcessList HelperService::GetProcesses(qulonglong namespaceId)
{
    authorize(inspectAction, [this, namespaceId](const Call &call) {
        ProcessList processes = ProcReader().readAll();
        if (namespaceId != 0) {
            processes.removeIf([namespaceId](const ProcessInfo &process) {
                return process.pidNamespace != namespaceId;
            });
        }
        reply(call, { QVariant::fromValue(processes) });
    });
    return {};
}

void HelperService::SignalProcess(int hostPid, qulonglong startTime, int signal)
{
    if (!isAllowedSignal(signal)) {
        sendErrorReply(invalidArgsError, QStringLiteral("signal %1 is not allowed").arg(signal));
        return;
    }
    if (hostPid <= 0) {
        sendErrorReply(invalidArgsError, QStringLiteral("hostPid %1 is invalid").arg(hostPid));
        return;
    }

    const std::optional<ProcessInfo> process = ProcReader().read(hostPid);
    if (!process || process->startTime != startTime) {
        sendErrorReply(notFoundError,
            QStringLiteral("no process %1 with start time %2").arg(hostPid).arg(startTime));
        return;
    }

    // Not even a caller whom polkit lets signal anything may stop or kill the helper. Its death
    // ends every namespace it launched, and a stopped helper replies to no call.
    if (hostPid == getpid()) {
        sendErrorReply(
            invalidArgsError, QStringLiteral("hostPid %1 is nestbox-helper itself").arg(hostPid));
        return;
    }

    const std::optional<Call> call = beginCall();
    if (!call) {
        return;
    }
    const QString actionId = process->uid == call->uid ? signalAction : signalOtherAction;
    authorizeWithCaller(*call, actionId, [=, this](const Call &authorized) {
        signalProcess(authorized, hostPid, startTime, signal);
    });
}

// Runs as root. Returns a pidfd for hostPid, or -1 when that PID no longer belongs to the process
// that started at startTime. The check follows pidfd_open, so once it passes, the pidfd refers
// to that process and a signal through it cannot reach a later process with the same PID.
int HelperService::openVerifiedPidFd(int hostPid, quint64 startTime)
{
    const int pidFd = pidfd_open(hostPid, 0);
    if (pidFd < 0) {
        return -1;
    }

    const std::optional<ProcessInfo> process = ProcReader().read(hostPid);
    if (!process || process->startTime != startTime) {
        close(pidFd);
        return -1;
    }
    return pidFd;
}

void HelperService::signalProcess(const Call &call, int hostPid, quint64 startTime, int signal)
{
    const int pidFd = openVerifiedPidFd(hostPid, startTime);
    if (pidFd < 0) {
        replyError(call, notFoundError, QStringLiteral("process %1 has ended").arg(hostPid));
        return;
    }

    const int status = pidfd_send_signal(pidFd, signal, nullptr, 0);
    const int error = errno;
    close(pidFd);
    if (status != 0) {
        replyError(call, error == ESRCH ? notFoundError : launchFailedError,
            QStringLiteral("cannot send signal %1 to process %2: %3")
                .arg(signal)
                .arg(hostPid)
                .arg(QString::fromLocal8Bit(strerror(error))));
        return;
    }
    logging::get("helper")->info("uid {} sent signal {} to process {}", call.uid, signal, hostPid);
    reply(call);
}

// The process that is PID 1 inside namespaceId, read from a fresh snapshot.
std::optional<ProcessInfo> HelperService::findNamespaceInit(quint64 namespaceId)
{
    for (const ProcessInfo &process : ProcReader().readAll()) {
        if (process.pidNamespace == namespaceId && process.innermostPid() == 1) {
            return process;
        }
    }
    return std::nullopt;
}

void HelperService::TerminateNamespace(qulonglong namespaceId)
{
    // The process table uses 0 for processes whose namespace it cannot read, such as a PID 1
    // that a container hides, so 0 would otherwise select that process as an init to kill.
    if (namespaceId == 0) {
        sendErrorReply(invalidArgsError, QStringLiteral("invalid namespace id 0"));
        return;
    }
    if (namespaceId == m_ownPidNamespace) {
        sendErrorReply(invalidArgsError,
            QStringLiteral("namespace %1 is the helper's own PID namespace").arg(namespaceId));
        return;
    }

    // Either a namespace this helper launched (owner: the caller who launched it) or any other
    // (owner: the uid of its init). The init is identified by PID and start time from here on.
    const LaunchedNamespace *launched = m_namespaces.value(namespaceId);
    std::optional<ProcessInfo> init = launched ? std::nullopt : findNamespaceInit(namespaceId);
    if (!launched && !init) {
        sendErrorReply(
            notFoundError, QStringLiteral("no namespace %1 with a visible init").arg(namespaceId));
        return;
    }
    const pid_t initPid = launched ? launched->initPid() : init->hostPid;
    const uint ownerUid = launched ? launched->ownerUid() : init->uid;
    const quint64 initStartTime = init ? init->startTime : 0;
    const bool launchedByNestbox = launched != nullptr;

    const std::optional<Call> call = beginCall();
    if (!call) {
        return;
    }
    const QString actionId = ownerUid == call->uid ? signalAction : signalOtherAction;
    authorizeWithCaller(*call, actionId, [=, this](const Call &authorized) {
        if (launchedByNestbox) {
            terminateLaunchedNamespace(authorized, namespaceId, initPid);
        } else {
            terminateForeignNamespace(authorized, namespaceId, initPid, initStartTime);
        }
    });
}

void HelperService::terminateLaunchedNamespace(const Call &call, quint64 namespaceId, pid_t initPid)
{
    // Looked up again, because the namespace may have ended while polkit was asked.
    LaunchedNamespace *launched = m_namespaces.value(namespaceId);
    if (!launched || launched->initPid() != initPid) {
        replyError(call, notFoundError, QStringLiteral("namespace %1 has ended").arg(namespaceId));
        return;
    }

    logging::get("helper")->info("uid {} terminates namespace {}", call.uid, namespaceId);
    launched->terminate();
    reply(call);
}

void HelperService::terminateForeignNamespace(
    const Call &call, quint64 namespaceId, pid_t initPid, quint64 initStartTime)
{
    const int pidFd = openVerifiedPidFd(initPid, initStartTime);
    if (pidFd < 0) {
        replyError(call, notFoundError, QStringLiteral("namespace %1 has ended").arg(namespaceId));
        return;
    }
    if (!InitTerminator::terminate(pidFd, initPid, this)) {
        replyError(call, notFoundError,
            QStringLiteral("cannot signal the init of namespace %1: %2")
                .arg(namespaceId)
                .arg(QString::fromLocal8Bit(strerror(errno))));
        return;
    }

    logging::get("helper")->info(
        "uid {} terminates namespace {} (init {}, not launched by Nestbox)", call.uid, namespaceId,
        initPid);
    reply(call);
}

void HelperService::StartWatching()
{
    authorize(inspectAction, [this](const Call &call) {
        const QString busName = call.message.service();
        if (!m_watchers.contains(busName)) {
            m_watchers.insert(busName);
            m_watcherTracker.addWatchedService(busName);
        }
        m_monitor.start();
        reply(call);
    });
}

void HelperService::StopWatching()
{
    authorize(inspectAction, [this](const Call &call) {
        removeWatcher(call.message.service());
        reply(call);
    });
}

void HelperService::removeWatcher(const QString &busName)
{
    if (!m_watchers.remove(busName)) {
        return;
    }
    m_watcherTracker.removeWatchedService(busName);
    if (m_watchers.isEmpty()) {
        m_monitor.stop();
        restartIdleTimer();
    }
}

// A broadcast signal reaches any client that subscribes, and these carry every user's processes
// and command lines. So each goes to its recipients one by one, as a signal addressed to them.
void HelperService::sendSignal(
    const QString &name, const QVariantList &arguments, const QSet<QString> &recipients)
{
    for (const QString &busName : recipients) {
        QDBusMessage message = QDBusMessage::createTargetedSignal(busName,
            QStringLiteral(NESTBOX_DBUS_PATH), QStringLiteral("org.nestbox.Helper1"), name);
        message.setArguments(arguments);
        m_bus.send(message);
    }
}

// The watchers, whom polkit allowed org.nestbox.inspect, and the caller that launched the
// namespace, which needs its own namespace's exit without the right to see everything.
QSet<QString> HelperService::recipientsFor(quint64 namespaceId) const
{
    QSet<QString> recipients = m_watchers;
    const auto launcher = m_launchers.constFind(namespaceId);
    if (launcher != m_launchers.constEnd())
        recipients.insert(*launcher);
    return recipients;
}

void HelperService::restartIdleTimer()
{
    if (m_idleTimer.interval() > 0) {
        m_idleTimer.start();
    }
}

void HelperService::checkIdle()
{
    if (m_watchers.isEmpty() && m_namespaces.isEmpty() && m_pendingCalls == 0) {
        logging::get("helper")->info("idle for {} s, exiting", m_idleTimer.interval() / 1000);
        emit idle();
    }
}

} // namespace nestbox
