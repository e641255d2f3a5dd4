// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of org.nestbox.Helper1, shared by the GUI and the CLI: it tracks whether the
// helper can be reached, explains why not in plain words, and wraps each method in an async call.
#pragma once

#include "dbustypes.h"

#include <array>
#include <functional>
#include <memory>
#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QTimer>

class OrgNestboxHelper1Interface;
class QDBusPendingCall;
class QDBusServiceWatcher;

namespace nestbox {

/// The outcome of one call: empty name on success, else the D-Bus error name and message.
struct CallError
{
    QString name;
    QString message;

    bool isError() const { return !name.isEmpty(); }
};

/// The choices LaunchWithOptions offers beyond the command and its working directory.
struct LaunchOptions
{
    /// Set on top of the inherited allow-listed variables, for launch profiles. The helper
    /// rejects keys outside its allow-list.
    EnvironmentMap extraEnvironment;
    /// The namespace lives on after the app has exited, until its last process has exited.
    bool keepWhileProcessesLive = false;
    /// The app's stdin, stdout and stderr, normally the caller's 0, 1 and 2, or -1 each for
    /// /dev/null. The bus message carries duplicates.
    std::array<int, 3> stdioFds { -1, -1, -1 };
};

class HelperClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Connected, ///< the last contact with the helper succeeded
        NoSystemBus, ///< the system bus cannot be reached
        HelperNotRunning, ///< nobody owns org.nestbox.Helper and the bus cannot activate it
        HelperStopped, ///< like HelperNotRunning, but the helper was reachable before
        AccessDenied, ///< polkit rejected the last org.nestbox.inspect call
        Error, ///< any other failure; errorText() has the details
    };
    Q_ENUM(State)

    using DoneCallback = std::function<void(const CallError &)>;
    using LaunchCallback = std::function<void(const CallError &, quint64 namespaceId, qint32)>;
    using NamespacesCallback = std::function<void(const CallError &, const NamespaceList &)>;
    using ProcessesCallback = std::function<void(const CallError &, const ProcessList &)>;

    /// Connects to the system bus named by DBUS_SYSTEM_BUS_ADDRESS (or the default socket).
    explicit HelperClient(QObject *parent = nullptr);
    ~HelperClient() override;

    State state() const { return m_state; }
    /// The error message of the last failure; empty while Connected.
    QString errorText() const { return m_errorText; }
    /// A sentence for a user saying what state() means and what to do about it.
    QString stateExplanation() const;

    /// Checks the bus and the helper's name now instead of waiting for the next retry.
    void checkConnection();

    /// Asks the helper for live updates now and again whenever it restarts, because a restarted
    /// helper has forgotten its watchers.
    void startWatching();
    bool isWatching() const { return m_watching; }

    void launch(const QStringList &arguments, const QString &workingDirectory, LaunchCallback done);
    /// Like launch(), with the choices in options (LaunchWithOptions).
    void launchWithOptions(const QStringList &arguments, const QString &workingDirectory,
        const LaunchOptions &options, LaunchCallback done);
    void listNamespaces(NamespacesCallback done);
    /// namespaceId 0 returns the processes of every namespace.
    void getProcesses(quint64 namespaceId, ProcessesCallback done);
    void signalProcess(qint32 hostPid, quint64 startTime, int signal, DoneCallback done);
    void terminateNamespace(quint64 namespaceId, DoneCallback done);

    /// The polkit action the helper checks for method, for error messages.
    static QString polkitActionFor(const QString &method);

signals:
    void stateChanged(nestbox::HelperClient::State state);
    /// The helper (re)appeared on the bus; lists fetched earlier may be stale.
    void helperAvailable();
    /// The helper left the bus (it exited, crashed or is restarting), also when the bus could
    /// start it again. Every namespace it launched has ended with it.
    void helperLeft();
    void namespaceStarted(
        quint64 namespaceId, qint32 appHostPid, quint32 uid, const QStringList &arguments);
    void namespaceExited(quint64 namespaceId, int exitCode, int termSignal);
    /// The app of a namespace kept while processes live has exited; namespaceExited follows.
    void appExited(quint64 namespaceId, int exitCode, int termSignal);
    void processesChanged(const nestbox::ProcessList &added, const nestbox::ProcessList &changed,
        const nestbox::PidList &removed);
    void namespacesChanged(const nestbox::NamespaceList &namespaces);

private:
    void retryConnection();
    void connectToBus();
    void createProxy();
    bool isHelperActivatable();
    void onHelperRegistered();
    void onHelperUnregistered();
    void callStartWatching();
    void finishLaunch(const QDBusPendingCall &call, const QString &method, LaunchCallback done);
    void finishCall(const QDBusPendingCall &call, const QString &method,
        const std::function<void(const QDBusPendingCall &, const CallError &)> &done);
    CallError notConnectedError() const;
    void failLater(const std::function<void()> &report);
    void recordError(const QString &method, const CallError &error);
    void setState(State state, const QString &errorText = {});
    State missingHelperState() const;

    QString m_connectionName;
    std::unique_ptr<QDBusConnection> m_bus;
    std::unique_ptr<OrgNestboxHelper1Interface> m_proxy;
    QDBusServiceWatcher *m_serviceWatcher = nullptr;
    QTimer m_retryTimer;
    State m_state = State::HelperNotRunning;
    QString m_errorText;
    QString m_deniedAction; ///< the polkit action of the last inspect call that polkit rejected
    bool m_watching = false;
    bool m_helperWasReachable = false; ///< set by the first Connected state, never cleared
};

} // namespace nestbox
