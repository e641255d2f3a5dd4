// SPDX-License-Identifier: GPL-3.0-or-later
// nestbox-init: PID 1 of a namespace that nestbox-helper created. It starts as root, prepares
// the mount namespace, drops to the calling user for good, starts the app, forwards signals to
// it, reaps every process that ends up as its child, and reports to the helper on fd 3. With
// --attached, fds 4, 5 and 6 are the caller's stdin, stdout and stderr, which only the app uses.
// With --keep-while-processes-live, it exits once the namespace's last process has, not with
// the app.
#include "initoptions.h"
#include "initreport.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <poll.h>
#include <string>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using nestbox::InitReport;
using nestbox::InitReportKind;
using nestbox::exitCodeOf;
using nestbox::init::InitOptions;

// Exit code of init when the app could not be started, as a shell reports it.
constexpr int cannotStartExitCode = 127;

// Where the helper puts the app's stdin, stdout and stderr for --attached.
constexpr int firstAttachedFd = nestbox::initStatusFd + 1;
constexpr int lastAttachedFd = firstAttachedFd + 2;

constexpr int forwardedSignals[] = { SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGUSR2 };

void report(InitReportKind kind, int value)
{
    const InitReport record { kind, value };
    // A helper that has gone away leaves nobody to tell, so a failed send is ignored, and
    // MSG_NOSIGNAL keeps it from killing init with SIGPIPE.
    [[maybe_unused]] const ssize_t sent
        = send(nestbox::initStatusFd, &record, sizeof record, MSG_NOSIGNAL);
}

int failSetup(const char *step)
{
    const int error = errno;
    std::fprintf(stderr, "nestbox-init: %s failed: %s\n", step, std::strerror(error));
    report(InitReportKind::SetupFailed, error);
    return cannotStartExitCode;
}

// Runs as root. Keeps the new /proc and any later mount out of the host's mount namespace.
bool prepareMounts()
{
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        failSetup("making / private");
        return false;
    }
    if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0) {
        failSetup("mounting /proc");
        return false;
    }
    return true;
}

bool hasExactGroups(const InitOptions &options)
{
    const int count = getgroups(0, nullptr);
    if (count < 0 || static_cast<std::size_t>(count) != options.groups.size()) {
        return false;
    }

    // The kernel keeps the list sorted, whatever order setgroups was given.
    std::vector<gid_t> actual(options.groups.size());
    std::vector<gid_t> expected = options.groups;
    if (getgroups(count, actual.data()) != count) {
        return false;
    }
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
    return actual == expected;
}

// Runs as root until setresuid succeeds. Reads every id back, so a partial drop never goes on.
bool dropPrivileges(const InitOptions &options)
{
    if (setgroups(options.groups.size(), options.groups.data()) != 0) {
        failSetup("setgroups");
        return false;
    }
    if (setresgid(options.gid, options.gid, options.gid) != 0) {
        failSetup("setresgid");
        return false;
    }
    if (setresuid(options.uid, options.uid, options.uid) != 0) {
        failSetup("setresuid");
        return false;
    }

    uid_t ruid, euid, suid;
    gid_t rgid, egid, sgid;
    const bool idsExact = getresuid(&ruid, &euid, &suid) == 0 && getresgid(&rgid, &egid, &sgid) == 0
        && ruid == options.uid && euid == options.uid && suid == options.uid && rgid == options.gid
        && egid == options.gid && sgid == options.gid;
    if (!idsExact || !hasExactGroups(options)) {
        errno = EPERM;
        failSetup("checking the dropped ids");
        return false;
    }

    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        failSetup("PR_SET_NO_NEW_PRIVS");
        return false;
    }
    return true;
}

// Changing credentials cleared the parent-death signal the helper set before execve, so set it
// again. The helper may have died in between, and getppid() is 0 across a PID namespace, so its
// end of the status socket tells: a hang-up means nobody is left to report to.
bool rearmParentDeathSignal()
{
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) {
        failSetup("PR_SET_PDEATHSIG");
        return false;
    }

    pollfd status { nestbox::initStatusFd, POLLRDHUP, 0 };
    if (poll(&status, 1, 0) > 0 && (status.revents & (POLLHUP | POLLRDHUP)) != 0) {
        std::fprintf(stderr, "nestbox-init: the helper is gone; not starting the app\n");
        return false;
    }
    return true;
}

bool isExecutableFile(const std::string &path, int &error)
{
    struct stat status
    {
    };
    if (stat(path.c_str(), &status) != 0) {
        error = errno;
        return false;
    }
    if (!S_ISREG(status.st_mode) || access(path.c_str(), X_OK) != 0) {
        error = EACCES;
        return false;
    }
    return true;
}

// Runs as the user, so access() checks the user's permissions. Like execvp, a name with a slash is
// used as it is, and EACCES from one PATH entry is reported only when no later entry has the
// command.
bool resolveCommand(const std::string &name, std::string &path, int &error)
{
    if (name.find('/') != std::string::npos) {
        path = name;
        return isExecutableFile(path, error);
    }

    const char *searchPath = std::getenv("PATH");
    std::string remaining = searchPath ? searchPath : "/usr/local/bin:/usr/bin:/bin";
    error = ENOENT;
    int entryError = 0;
    while (!remaining.empty()) {
        const std::size_t colon = remaining.find(':');
        const std::string directory = remaining.substr(0, colon);
        remaining = colon == std::string::npos ? std::string() : remaining.substr(colon + 1);
        if (directory.empty()) {
            continue;
        }

        path = directory + "/" + name;
        if (isExecutableFile(path, entryError)) {
            return true;
        }
        // An entry in a folder the user cannot search does not exist for the user.
        if (entryError == EACCES && access(path.c_str(), F_OK) == 0) {
            error = EACCES;
        }
    }
    return false;
}

// Runs in the forked app process, between fork and execve. Tells the helper who the app is: the
// kernel checks the credentials (a process may always name itself) and translates the PID into
// the helper's namespace, so the helper learns the host PID even if the app exits at once.
// A failed send costs only the host PID in the helper's reply, so it is ignored.
void sendAppIdentity()
{
    const InitReport record { InitReportKind::AppIdentity, static_cast<std::int32_t>(getpid()) };
    iovec data { const_cast<InitReport *>(&record), sizeof record };

    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))] {};
    msghdr message {};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;

    cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_CREDENTIALS;
    header->cmsg_len = CMSG_LEN(sizeof(ucred));
    const ucred identity { getpid(), getuid(), getgid() };
    std::memcpy(CMSG_DATA(header), &identity, sizeof identity);

    [[maybe_unused]] const ssize_t sent = sendmsg(nestbox::initStatusFd, &message, MSG_NOSIGNAL);
}

// Runs in the forked app process. Points stdout and stderr at /dev/null, because the init's are
// the root helper's, often its log file, which the app must not forge or truncate.
// Returns false, with errno set, on failure.
bool detachOutputFromHelper()
{
    const int devNull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devNull < 0) {
        return false;
    }
    const bool detached = dup2(devNull, STDOUT_FILENO) >= 0 && dup2(devNull, STDERR_FILENO) >= 0;
    const int error = errno;
    close(devNull);
    errno = error;
    return detached;
}

// Runs in the forked app process. Gives the app the caller's stdin, stdout and stderr, which
// replace the init's. Returns false, with errno set, on failure.
bool attachCallerStdio()
{
    return dup2(firstAttachedFd, STDIN_FILENO) >= 0 && dup2(firstAttachedFd + 1, STDOUT_FILENO) >= 0
        && dup2(firstAttachedFd + 2, STDERR_FILENO) >= 0;
}

// Runs in the forked app process: init is single-threaded, but the steps up to execve still use
// async-signal-safe calls only.
[[noreturn]] void execApp(
    const char *path, char *const *argv, const char *directory, bool attached, int errorPipe)
{
    setsid();

    struct sigaction defaultAction
    {
    };
    defaultAction.sa_handler = SIG_DFL;
    for (int signal = 1; signal < NSIG; ++signal) {
        sigaction(signal, &defaultAction, nullptr);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    sendAppIdentity();

    // CLOSE_RANGE_CLOEXEC rather than closing: errorPipe must stay usable until execve.
    close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);

    // The kind names the step that failed, so the helper's error names the folder or the command.
    InitReport failure { InitReportKind::SetupFailed, 0 };
    if (attached ? attachCallerStdio() : detachOutputFromHelper()) {
        failure.kind = InitReportKind::ChdirFailed;
        if (chdir(directory) == 0) {
            failure.kind = InitReportKind::ExecFailed;
            execve(path, argv, environ);
        }
    }
    failure.value = errno;
    [[maybe_unused]] const ssize_t written = write(errorPipe, &failure, sizeof failure);
    _exit(cannotStartExitCode);
}

std::vector<char *> makeArgv(std::vector<std::string> &command)
{
    std::vector<char *> argv;
    for (std::string &argument : command) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    return argv;
}

// Forks the app and waits until it has executed. Returns its PID, or -1 after reporting which
// step failed, ChdirFailed or ExecFailed (the app's process is reaped by then).
pid_t startApp(InitOptions &options, const std::string &path)
{
    const char *home = std::getenv("HOME");
    const std::string directory = !options.workingDirectory.empty() ? options.workingDirectory
        : home                                                      ? home
                                                                    : "/";
    std::vector<char *> argv = makeArgv(options.command);

    int errorPipe[2];
    if (pipe2(errorPipe, O_CLOEXEC) != 0) {
        failSetup("creating the exec error pipe");
        return -1;
    }

    const pid_t app = fork();
    if (app < 0) {
        failSetup("fork");
        return -1;
    }
    if (app == 0) {
        close(errorPipe[0]);
        execApp(path.c_str(), argv.data(), directory.c_str(), options.attached, errorPipe[1]);
    }
    close(errorPipe[1]);
    // Only the app has a use for the caller's stdio; holding it would keep, say, a pipe open
    // after the app closed its end.
    if (options.attached) {
        close_range(firstAttachedFd, lastAttachedFd, 0);
    }

    // execve closes the write end, so zero bytes read means the app is running.
    InitReport failure {};
    ssize_t got;
    do {
        got = read(errorPipe[0], &failure, sizeof failure);
    } while (got < 0 && errno == EINTR);
    close(errorPipe[0]);

    if (got == 0) {
        return app;
    }
    waitpid(app, nullptr, 0);
    if (got == sizeof failure) {
        report(failure.kind, failure.value);
    } else {
        report(InitReportKind::ExecFailed, EIO);
    }
    return -1;
}

// Reaps every child that has ended. Returns true, with its status, once the app is among them.
bool reapChildren(pid_t app, int &appStatus)
{
    bool appExited = false;
    int status = 0;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        if (pid == app) {
            appExited = true;
            appStatus = status;
        }
    }
    return appExited;
}

// Waits for the next signal and forwards it to target (a PID, or -1 for every process that init
// may signal, which from PID 1 means every other process of the namespace). SIGCHLD only wakes
// the caller, which then reaps.
void forwardNextSignal(int signalFd, pid_t target)
{
    signalfd_siginfo info {};
    const ssize_t got = read(signalFd, &info, sizeof info);
    if (got == sizeof info && info.ssi_signo != SIGCHLD) {
        kill(target, static_cast<int>(info.ssi_signo));
    }
}

// Forwards signals and reaps children until the app has exited; returns its wait status.
int superviseApp(pid_t app, pid_t signalTarget, int signalFd)
{
    int appStatus = 0;
    while (!reapChildren(app, appStatus)) {
        forwardNextSignal(signalFd, signalTarget);
    }
    return appStatus;
}

// Reaps every child that has ended. Returns false once init has no child left. Every process of
// the namespace descends from init, and the kernel reparents orphans to it, so the namespace then
// contains init alone. A process that joined with setns is not a descendant, and the kernel
// kills it when init exits.
bool hasChildrenAfterReaping()
{
    pid_t pid;
    while ((pid = waitpid(-1, nullptr, WNOHANG)) > 0) { }
    return !(pid < 0 && errno == ECHILD);
}

// Keeps the namespace after the app has exited: forwards signals to every process in it and
// reaps until the last one has exited. A SIGCHLD that arrives between the reaping and the read
// stays queued on the signalfd, so the loop cannot miss the last exit.
void superviseRemaining(int signalFd)
{
    while (hasChildrenAfterReaping()) {
        forwardNextSignal(signalFd, -1);
    }
}

// Blocks the forwarded signals and SIGCHLD so that they queue on a signalfd. Blocking also makes
// the kernel deliver the forwarded signals to a namespace's PID 1, which it would otherwise drop.
int openSignalFd(sigset_t &blocked)
{
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGCHLD);
    for (const int signal : forwardedSignals) {
        sigaddset(&blocked, signal);
    }
    if (sigprocmask(SIG_BLOCK, &blocked, nullptr) != 0) {
        return -1;
    }
    return signalfd(-1, &blocked, SFD_CLOEXEC);
}

} // namespace

int main(int argc, char **argv)
{
    InitOptions options;
    std::string error;
    if (!nestbox::init::parseInitOptions(argc, argv, options, error)) {
        std::fprintf(stderr, "nestbox-init: %s\n", error.c_str());
        errno = EINVAL;
        return failSetup("parsing the command line");
    }

    if (!prepareMounts() || !dropPrivileges(options) || !rearmParentDeathSignal()) {
        return cannotStartExitCode;
    }

    std::string path;
    int resolveError = 0;
    if (!resolveCommand(options.command.front(), path, resolveError)) {
        report(InitReportKind::ExecFailed, resolveError);
        return cannotStartExitCode;
    }

    sigset_t blocked;
    const int signalFd = openSignalFd(blocked);
    if (signalFd < 0) {
        return failSetup("creating the signalfd");
    }

    const pid_t app = startApp(options, path);
    if (app < 0) {
        return cannotStartExitCode;
    }
    report(InitReportKind::Started, app);

    // A kept namespace is the unit that lives and ends, so its signals go to all its processes.
    const bool keep = options.keepWhileProcessesLive;
    const int status = superviseApp(app, keep ? -1 : app, signalFd);
    if (keep) {
        report(InitReportKind::AppExited, status);
        superviseRemaining(signalFd);
    }
    report(InitReportKind::Exited, status);
    return exitCodeOf(status);
}
