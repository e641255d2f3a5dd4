// SPDX-License-Identifier: GPL-3.0-or-later
// One namespace the helper created: the clone of nestbox-init, the status socket and the init's
// pidfd, and the events that follow (started, failed to start, exited).
#pragma once

#include "launchplan.h"

#include <QObject>
#include <QTimer>
#include <sys/types.h>

class QSocketNotifier;
struct msghdr;

namespace nestbox {

class LaunchedNamespace : public QObject
{
    Q_OBJECT

public:
    /// Grace period between SIGTERM and SIGKILL in terminate().
    static constexpr int killDelayMs = 3000;

    /// Runs as root. Clones nestbox-init into new PID and mount namespaces. Returns nullptr with
    /// error set when the status socket, /dev/null or the clone fails; otherwise exactly one of
    /// started and launchFailed follows, and exited follows started. The init gets
    /// plan.stdioFds, when set, as its fds 4, 5 and 6 and never uses them itself.
    static LaunchedNamespace *launch(LaunchPlan plan, QString &error, QObject *parent = nullptr);

    ~LaunchedNamespace() override;

    quint64 namespaceId() const { return m_namespaceId; }
    pid_t initPid() const { return m_initPid; }
    pid_t appHostPid() const { return m_appHostPid; }
    uid_t ownerUid() const { return m_plan.uid; }
    const QStringList &command() const { return m_plan.command; }
    bool isRunning() const { return m_state == State::Running; }

    /// Sends SIGTERM to the init through its pidfd, and SIGKILL if it still runs after
    /// killDelayMs.
    void terminate();

signals:
    void started();
    void launchFailed(const QString &message);
    /// The init has exited, so the namespace has ended; with the keep-while-processes-live
    /// policy that may be long after the app. exitCode is the app's exit status, or
    /// 128 + termSignal when a signal ended it.
    void exited(int exitCode, int termSignal);
    /// Only with the keep-while-processes-live policy: the app has exited and the namespace
    /// lives on; exited() follows once its last process has exited.
    void appExited(int exitCode, int termSignal);

private:
    enum class State { Starting, Running, Failed, Exited };

    LaunchedNamespace(LaunchPlan plan, pid_t initPid, int pidFd, int statusFd, QObject *parent);

    void readStatus();
    void handleReport(int kind, int value);
    void handleInitExit();
    void fail(const QString &message);
    static pid_t senderPid(msghdr &message);
    void sendToInit(int signal);

    LaunchPlan m_plan;
    pid_t m_initPid = -1;
    int m_pidFd = -1;
    int m_statusFd = -1;
    quint64 m_namespaceId = 0;
    pid_t m_appHostPid = 0;
    State m_state = State::Starting;
    bool m_reaped = false;
    bool m_haveAppStatus = false;
    int m_appStatus = 0;
    QSocketNotifier *m_statusNotifier = nullptr;
    QSocketNotifier *m_exitNotifier = nullptr;
    QTimer m_killTimer;
};

} // namespace nestbox
