// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchednamespace.h"

#include "initreport.h"
#include "logging.h"
#include "pidfd.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/sched.h>
#include <QSocketNotifier>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nestbox {
namespace {

// Exit status of the clone child when execve of nestbox-init fails.
constexpr int execFailedStatus = 127;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// Exit status of the clone child when it cannot place the descriptors nestbox-init starts with.
constexpr int fdSetupFailedStatus = 126;

// Where nestbox-init finds the app's stdin, stdout and stderr when it runs with --attached.
constexpr int firstAttachedFd = initStatusFd + 1;

// Runs as root, between clone and execve: async-signal-safe calls only, nothing allocates.
// Every source is first copied above the targets, because a source may already sit on a target
// number (the status socket on 5, say) and dup2 onto it would lose it before it was placed.
[[noreturn]] void execInit(
    const LaunchPlan &plan, char *const *argv, char *const *envp, int statusWrite, int devNull)
{
    constexpr int count = 5;
    const int sources[count]
        = { devNull, statusWrite, plan.stdioFds[0], plan.stdioFds[1], plan.stdioFds[2] };
    constexpr int targets[count]
        = { STDIN_FILENO, initStatusFd, firstAttachedFd, firstAttachedFd + 1, firstAttachedFd + 2 };
    constexpr int copyBase = 100;

    int copies[count];
    int firstUnused = 0;
    for (int index = 0; index < count; ++index) {
        copies[index] = sources[index] < 0 ? -1 : fcntl(sources[index], F_DUPFD_CLOEXEC, copyBase);
        if (sources[index] >= 0 && copies[index] < 0) {
            _exit(fdSetupFailedStatus);
        }
    }
    for (int index = 0; index < count; ++index) {
        // dup2 leaves the target without FD_CLOEXEC, so the targets survive execve, as do fds 1
        // and 2, the helper's own stdout and stderr, which the init writes its errors to.
        if (copies[index] >= 0) {
            if (dup2(copies[index], targets[index]) < 0) {
                _exit(fdSetupFailedStatus);
            }
            firstUnused = targets[index] + 1;
        }
    }
    close_range(firstUnused, ~0U, 0);

    // If the helper dies, the init dies with it, and the kernel then ends the whole namespace,
    // so no app outlives the service that accounts for it. nestbox-init re-arms this after it
    // changes its credentials, which clears the setting.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    execve(plan.initPath.c_str(), argv, envp);
    _exit(execFailedStatus);
}

// Runs as root. Returns the child's PID in the parent, with pidFd set, or -1 with errno set.
pid_t cloneInit(LaunchPlan &plan, int statusWrite, int devNull, int &pidFd)
{
    std::vector<char *> argv = toExecArray(plan.initArguments);
    std::vector<char *> envp = toExecArray(plan.environment);

    clone_args arguments {};
    arguments.flags = CLONE_NEWPID | CLONE_NEWNS | CLONE_PIDFD;
    arguments.pidfd = reinterpret_cast<quint64>(&pidFd);
    arguments.exit_signal = SIGCHLD;

    const long pid = syscall(SYS_clone3, &arguments, sizeof arguments);
    if (pid == 0) {
        execInit(plan, argv.data(), envp.data(), statusWrite, devNull);
    }
    return static_cast<pid_t>(pid);
}

quint64 readNamespaceId(pid_t pid)
{
    struct stat status
    {
    };
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/ns/pid";
    return stat(path.constData(), &status) == 0 ? status.st_ino : 0;
}

// Runs as root. The status channel is a SOCK_SEQPACKET pair, so each record arrives whole, and
// SO_PASSCRED on the helper's end lets the app's process report its own (host) PID.
bool openStatusChannel(int (&channel)[2], QString &error)
{
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, channel) != 0) {
        error = QStringLiteral("cannot create the status socket: %1").arg(errnoText(errno));
        return false;
    }
    const int enable = 1;
    if (setsockopt(channel[0], SOL_SOCKET, SO_PASSCRED, &enable, sizeof enable) != 0) {
        error = QStringLiteral("cannot enable SO_PASSCRED: %1").arg(errnoText(errno));
        close(channel[0]);
        close(channel[1]);
        return false;
    }
    return true;
}

} // namespace

LaunchedNamespace *LaunchedNamespace::launch(LaunchPlan plan, QString &error, QObject *parent)
{
    int channel[2];
    if (!openStatusChannel(channel, error)) {
        return nullptr;
    }
    const int devNull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0) {
        error = QStringLiteral("cannot open /dev/null: %1").arg(errnoText(errno));
        close(channel[0]);
        close(channel[1]);
        return nullptr;
    }

    int pidFd = -1;
    const pid_t initPid = cloneInit(plan, channel[1], devNull, pidFd);
    const int cloneError = errno;
    close(channel[1]);
    close(devNull);
    if (initPid < 0) {
        close(channel[0]);
        error = QStringLiteral("cannot create the namespace: %1").arg(errnoText(cloneError));
        return nullptr;
    }

    return new LaunchedNamespace(std::move(plan), initPid, pidFd, channel[0], parent);
}

LaunchedNamespace::LaunchedNamespace(
    LaunchPlan plan, pid_t initPid, int pidFd, int statusFd, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_initPid(initPid)
    , m_pidFd(pidFd)
    , m_statusFd(statusFd)
    , m_namespaceId(readNamespaceId(initPid))
{
    fcntl(m_statusFd, F_SETFL, fcntl(m_statusFd, F_GETFL) | O_NONBLOCK);
    m_statusNotifier = new QSocketNotifier(m_statusFd, QSocketNotifier::Read, this);
    m_exitNotifier = new QSocketNotifier(m_pidFd, QSocketNotifier::Read, this);
    connect(m_statusNotifier, &QSocketNotifier::activated, this, &LaunchedNamespace::readStatus);
    connect(m_exitNotifier, &QSocketNotifier::activated, this, &LaunchedNamespace::handleInitExit);

    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(killDelayMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { sendToInit(SIGKILL); });
}

// The helper kills and reaps what it still owns, so no init outlives it as an orphan or zombie.
LaunchedNamespace::~LaunchedNamespace()
{
    if (!m_reaped) {
        sendToInit(SIGKILL);
        siginfo_t info {};
        waitid(P_PIDFD, m_pidFd, &info, WEXITED);
    }
    close(m_statusFd);
    close(m_pidFd);
}

// A repeated request (a double click, a script that retries) must not push the SIGKILL back.
void LaunchedNamespace::terminate()
{
    sendToInit(SIGTERM);
    if (!m_killTimer.isActive())
        m_killTimer.start();
}

void LaunchedNamespace::sendToInit(int signal)
{
    if (pidfd_send_signal(m_pidFd, signal, nullptr, 0) != 0 && errno != ESRCH) {
        logging::get("helper.launch")
            ->warn("cannot send signal {} to init {}: {}", signal, m_initPid, strerror(errno));
    }
}

// Reads every queued record. The kernel attaches the sender's credentials to each one; only
// those of AppIdentity matter, since they carry the app's host PID.
void LaunchedNamespace::readStatus()
{
    for (;;) {
        InitReport record {};
        iovec data { &record, sizeof record };
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
        msghdr message {};
        message.msg_iov = &data;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;

        const ssize_t got = recvmsg(m_statusFd, &message, MSG_CMSG_CLOEXEC);
        if (got == 0) {
            m_statusNotifier->setEnabled(false); // init and the app have closed their ends
            return;
        }
        if (got != sizeof record) {
            return; // EAGAIN, or a malformed record, which the init never sends
        }
        if (record.kind == InitReportKind::AppIdentity) {
            m_appHostPid = senderPid(message);
            continue;
        }
        handleReport(static_cast<int>(record.kind), record.value);
    }
}

void LaunchedNamespace::handleReport(int kind, int value)
{
    switch (static_cast<InitReportKind>(kind)) {
    case InitReportKind::Started:
        m_state = State::Running;
        emit started();
        return;
    case InitReportKind::ExecFailed:
        fail(QStringLiteral("cannot execute '%1': %2")
                 .arg(m_plan.command.value(0), errnoText(value)));
        return;
    case InitReportKind::ChdirFailed:
        fail(QStringLiteral("cannot enter working directory '%1': %2")
                 .arg(m_plan.workingDirectory, errnoText(value)));
        return;
    case InitReportKind::SetupFailed:
        fail(QStringLiteral("cannot set up the namespace: %1").arg(errnoText(value)));
        return;
    case InitReportKind::AppExited:
        // The namespace stays, and so does its entry in the helper, until init exits.
        logging::get("helper.launch")
            ->info("app of namespace {} exited with wait status {:#x}; the namespace is kept "
                   "while processes live",
                m_namespaceId, value);
        m_haveAppStatus = true;
        m_appStatus = value;
        emit appExited(exitCodeOf(value), termSignalOf(value));
        return;
    case InitReportKind::Exited:
        m_haveAppStatus = true;
        m_appStatus = value;
        return;
    case InitReportKind::AppIdentity:
        return; // readStatus takes it, since only it sees the credentials
    }
    logging::get("helper.launch")->warn("init {} sent an unknown report kind {}", m_initPid, kind);
}

void LaunchedNamespace::fail(const QString &message)
{
    if (m_state != State::Starting) {
        return;
    }
    m_state = State::Failed;
    emit launchFailed(message);
}

pid_t LaunchedNamespace::senderPid(msghdr &message)
{
    for (cmsghdr *header = CMSG_FIRSTHDR(&message); header;
         header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_CREDENTIALS) {
            ucred credentials {};
            std::memcpy(&credentials, CMSG_DATA(header), sizeof credentials);
            return credentials.pid;
        }
    }
    return 0;
}

void LaunchedNamespace::handleInitExit()
{
    m_exitNotifier->setEnabled(false);
    m_killTimer.stop();
    readStatus();

    siginfo_t info {};
    if (waitid(P_PIDFD, m_pidFd, &info, WEXITED) != 0) {
        logging::get("helper.launch")->error("cannot reap init {}: {}", m_initPid, strerror(errno));
    }
    m_reaped = true;
    const int initStatus
        = info.si_code == CLD_EXITED ? W_EXITCODE(info.si_status, 0) : info.si_status & 0x7f;

    if (m_state == State::Starting) {
        fail(info.si_code == CLD_EXITED && info.si_status == execFailedStatus
                ? QStringLiteral("cannot execute nestbox-init at %1")
                      .arg(QString::fromStdString(m_plan.initPath))
                : QStringLiteral("nestbox-init ended before starting the app"));
        return;
    }
    if (m_state != State::Running) {
        return;
    }

    m_state = State::Exited;
    const int status = m_haveAppStatus ? m_appStatus : initStatus;
    emit exited(exitCodeOf(status), termSignalOf(status));
}

} // namespace nestbox
