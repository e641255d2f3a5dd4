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
#include <QFile>
#include <QSocketNotifier>
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

// Runs as root, between clone and execve: async-signal-safe calls only, nothing allocates.
[[noreturn]] void execInit(
    const char *initPath, char *const *argv, char *const *envp, int statusWrite, int devNull)
{
    dup2(devNull, STDIN_FILENO);
    if (statusWrite == initStatusFd) {
        fcntl(initStatusFd, F_SETFD, 0);
    } else {
        dup2(statusWrite, initStatusFd);
    }
    close_range(initStatusFd + 1, ~0U, 0);
    execve(initPath, argv, envp);
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
        execInit(plan.initPath.c_str(), argv.data(), envp.data(), statusWrite, devNull);
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

} // namespace

LaunchedNamespace *LaunchedNamespace::launch(LaunchPlan plan, QString &error, QObject *parent)
{
    int statusPipe[2];
    if (pipe2(statusPipe, O_CLOEXEC) != 0) {
        error = QStringLiteral("cannot create the status pipe: %1").arg(errnoText(errno));
        return nullptr;
    }
    const int devNull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0) {
        error = QStringLiteral("cannot open /dev/null: %1").arg(errnoText(errno));
        close(statusPipe[0]);
        close(statusPipe[1]);
        return nullptr;
    }

    int pidFd = -1;
    const pid_t initPid = cloneInit(plan, statusPipe[1], devNull, pidFd);
    const int cloneError = errno;
    close(statusPipe[1]);
    close(devNull);
    if (initPid < 0) {
        close(statusPipe[0]);
        error = QStringLiteral("cannot create the namespace: %1").arg(errnoText(cloneError));
        return nullptr;
    }

    return new LaunchedNamespace(std::move(plan), initPid, pidFd, statusPipe[0], parent);
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

void LaunchedNamespace::terminate()
{
    sendToInit(SIGTERM);
    m_killTimer.start();
}

void LaunchedNamespace::sendToInit(int signal)
{
    if (pidfd_send_signal(m_pidFd, signal, nullptr, 0) != 0 && errno != ESRCH) {
        logging::get("helper.launch")
            ->warn("cannot send signal {} to init {}: {}", signal, m_initPid, strerror(errno));
    }
}

void LaunchedNamespace::readStatus()
{
    InitReport record {};
    ssize_t got;
    while ((got = read(m_statusFd, &record, sizeof record)) == sizeof record) {
        handleReport(static_cast<int>(record.kind), record.value);
    }
    if (got == 0) {
        m_statusNotifier->setEnabled(false);
    }
}

void LaunchedNamespace::handleReport(int kind, int value)
{
    switch (static_cast<InitReportKind>(kind)) {
    case InitReportKind::Started:
        m_appHostPid = readAppHostPid();
        m_state = State::Running;
        emit started();
        return;
    case InitReportKind::ExecFailed:
        fail(QStringLiteral("cannot execute '%1': %2")
                 .arg(m_plan.command.value(0), errnoText(value)));
        return;
    case InitReportKind::SetupFailed:
        fail(QStringLiteral("cannot set up the namespace: %1").arg(errnoText(value)));
        return;
    case InitReportKind::Exited:
        m_haveAppStatus = true;
        m_appStatus = value;
        return;
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

// The app is the init's only child right after Started, because init forks nothing else.
// NOTE: an app that exits within milliseconds may already be reaped when the helper reads the
// Started record; the helper then reports host PID 0, and NamespaceExited follows at once.
pid_t LaunchedNamespace::readAppHostPid() const
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(m_initPid));
    if (!children.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return children.readAll().split(' ').value(0).trimmed().toInt();
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
    const int termSignal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    emit exited(termSignal ? 128 + termSignal : WEXITSTATUS(status), termSignal);
}

} // namespace nestbox
