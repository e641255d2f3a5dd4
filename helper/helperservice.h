// SPDX-License-Identifier: GPL-3.0-or-later
// The object the helper exports at /org/nestbox/Helper. Runs as root: every method authorises the
// caller with polkit before it validates its arguments and acts.
#pragma once

#include "authoriser.h"
#include "calleruids.h"
#include "dbustypes.h"
#include "launchrequest.h"
#include "processmonitor.h"

#include <array>
#include <functional>
#include <optional>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <string>

namespace nestbox {

class LaunchedNamespace;

class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT

public:
    /// initPath is the nestbox-init to clone. idleTimeoutSeconds 0 disables the idle signal.
    HelperService(QDBusConnection bus, Authoriser &authoriser, std::string initPath,
        int idleTimeoutSeconds, QObject *parent = nullptr);
    ~HelperService() override;

    /// Sends SIGKILL to every namespace this helper launched and reaps its init.
    void terminateAllNamespaces();

public slots:
    // The D-Bus methods; the return values are unused because every method replies later.
    qulonglong Launch(const QStringList &arguments, const QString &workingDirectory,
        const nestbox::EnvironmentMap &environment, int &hostPid);
    qulonglong LaunchAttached(const QStringList &arguments, const QString &workingDirectory,
        const nestbox::EnvironmentMap &environment, const QDBusUnixFileDescriptor &standardInput,
        const QDBusUnixFileDescriptor &standardOutput, const QDBusUnixFileDescriptor &standardError,
        int &hostPid);
    qulonglong LaunchWithOptions(const QStringList &arguments, const QString &workingDirectory,
        const nestbox::EnvironmentMap &environment, const QVariantMap &options, int &hostPid);
    nestbox::NamespaceList ListNamespaces();
    nestbox::ProcessList GetProcesses(qulonglong namespaceId);
    void SignalProcess(int hostPid, qulonglong startTime, int signal);
    void TerminateNamespace(qulonglong namespaceId);
    void StartWatching();
    void StopWatching();

signals:
    /// There has been no call, no watcher and no running namespace for the idle timeout.
    void idle();

private:
    struct Call
    {
        QDBusMessage message;
        uint uid = 0;
    };
    using AuthorizedStep = std::function<void(const Call &)>;
    /// The app's stdin, stdout and stderr from LaunchAttached or LaunchWithOptions; empty for
    /// /dev/null. Holding the objects keeps the descriptors open until the clone has copied them.
    using AttachedStdio = std::optional<std::array<QDBusUnixFileDescriptor, 3>>;

    std::optional<Call> beginCall();
    void authorize(const QString &actionId, AuthorizedStep step);
    void authorizeWithCaller(const Call &call, const QString &actionId, AuthorizedStep step);
    void reply(const Call &call, const QVariantList &arguments = {});
    void replyError(const Call &call, const QString &name, const QString &text);

    void startLaunch(const LaunchRequest &request, const AttachedStdio &stdio);
    void launch(const Call &call, const LaunchRequest &request, const AttachedStdio &stdio);
    void watchLaunch(const Call &call, LaunchedNamespace *launched);
    static int openVerifiedPidFd(int hostPid, quint64 startTime);
    static std::optional<ProcessInfo> findNamespaceInit(quint64 namespaceId);
    void signalProcess(const Call &call, int hostPid, quint64 startTime, int signal);
    void terminateLaunchedNamespace(const Call &call, quint64 namespaceId, pid_t initPid);
    void terminateForeignNamespace(
        const Call &call, quint64 namespaceId, pid_t initPid, quint64 initStartTime);
    NamespaceList annotatedNamespaces(NamespaceList namespaces) const;
    void removeWatcher(const QString &busName);
    void sendSignal(
        const QString &name, const QVariantList &arguments, const QSet<QString> &recipients);
    QSet<QString> recipientsFor(quint64 namespaceId) const;
    void restartIdleTimer();
    void checkIdle();

    QDBusConnection m_bus;
    Authoriser &m_authoriser;
    std::string m_initPath;
    quint64 m_ownPidNamespace = 0;
    ProcessMonitor m_monitor;
    CallerUids m_callerUids;
    QDBusServiceWatcher m_watcherTracker;
    QSet<QString> m_watchers;
    QHash<quint64, LaunchedNamespace *> m_namespaces;
    QHash<quint64, QString> m_launchers; ///< namespace id -> bus name of the launching caller
    int m_pendingCalls = 0;
    QTimer m_idleTimer;
};

} // namespace nestbox
