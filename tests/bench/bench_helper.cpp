// SPDX-License-Identifier: GPL-3.0-or-later
// Measures nestbox-helper from a D-Bus client on the bus in DBUS_SYSTEM_BUS_ADDRESS and prints
// one JSON object. Run as root (it enters launched namespaces with setns). Modes:
//   launch N       N sequential launches of /bin/true: request sent -> NamespaceExited received,
//                  and request sent -> Launch reply (the app has been executed)
//   events N       N processes forked into a launched namespace: fork -> ProcessesChanged(added),
//                  exit -> ProcessesChanged(removed)
//   churn RATE S   RATE new processes a second for S seconds in a launched namespace; counts the
//                  ones never seen and the rows left stale afterwards
//   watch S        stays a watching client for S seconds (scripts/bench times the helper's CPU)
#include "dbustypes.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace nestbox;

namespace {

const QString service = QStringLiteral("org.nestbox.Helper");
const QString path = QStringLiteral("/org/nestbox/Helper");
const QString interfaceName = QStringLiteral("org.nestbox.Helper1");

double nowMs()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
    return values[index];
}

// Receives the helper's signals and records when each thing was first seen.
class Listener : public QObject
{
    Q_OBJECT

public:
    QHash<quint64, double> exitedAt;
    // The latest time each PID was added or removed. PIDs are reused, so a reader compares the
    // time with when its own process started.
    QHash<qint32, double> addedAt;
    QHash<qint32, double> removedAt;
    QHash<qint32, ProcessInfo> table; ///< the client's copy, kept current from deltas

public slots:
    void onExited(qulonglong namespaceId, int, int) { exitedAt.insert(namespaceId, nowMs()); }

    void onProcessesChanged(const nestbox::ProcessList &added, const nestbox::ProcessList &changed,
        const nestbox::PidList &removed)
    {
        const double now = nowMs();
        for (const qint32 pid : removed) {
            table.remove(pid);
            removedAt.insert(pid, now);
        }
        for (const ProcessInfo &process : added) {
            table.insert(process.hostPid, process);
            addedAt.insert(process.hostPid, now);
        }
        for (const ProcessInfo &process : changed) {
            table.insert(process.hostPid, process);
        }
    }
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

struct Launched
{
    quint64 namespaceId = 0;
    qint32 appPid = 0;
};

Launched launch(QDBusInterface &helper, const QStringList &arguments)
{
    const QDBusMessage reply = helper.call(
        QStringLiteral("Launch"), arguments, QString(), QVariant::fromValue(EnvironmentMap {}));
    if (reply.type() != QDBusMessage::ReplyMessage) {
        std::fprintf(stderr, "bench_helper: Launch failed: %s\n", qPrintable(reply.errorMessage()));
        std::exit(1);
    }
    return { reply.arguments().at(0).toULongLong(), reply.arguments().at(1).toInt() };
}

// Forks a process into the PID namespace of hostPid and returns its host PID. It sleeps for
// lifetimeMs, then exits; the intermediate child reaps it and writes its exit time to exitPipe.
pid_t forkInto(qint32 hostPid, int lifetimeMs, int exitPipe)
{
    int pidPipe[2];
    if (pipe2(pidPipe, O_CLOEXEC) != 0) {
        return -1;
    }

    const pid_t middle = fork();
    if (middle == 0) {
        char nsPath[64];
        std::snprintf(nsPath, sizeof nsPath, "/proc/%d/ns/pid", hostPid);
        const int nsFd = open(nsPath, O_RDONLY | O_CLOEXEC);
        if (nsFd < 0 || setns(nsFd, CLONE_NEWPID) != 0) {
            _exit(1);
        }
        const pid_t inner = fork();
        if (inner == 0) {
            usleep(static_cast<useconds_t>(lifetimeMs) * 1000);
            _exit(0);
        }
        (void)!write(pidPipe[1], &inner, sizeof inner);
        waitpid(inner, nullptr, 0);
        const double exitTime = nowMs();
        if (exitPipe >= 0) {
            (void)!write(exitPipe, &exitTime, sizeof exitTime);
        }
        _exit(0);
    }

    close(pidPipe[1]);
    pid_t inner = -1;
    if (read(pidPipe[0], &inner, sizeof inner) != sizeof inner) {
        inner = -1;
    }
    close(pidPipe[0]);
    return inner;
}

void reapChildren()
{
    while (waitpid(-1, nullptr, WNOHANG) > 0) { }
}

QJsonObject runLaunch(QDBusInterface &helper, Listener &listener, int count)
{
    std::vector<double> latencies;
    std::vector<double> replyLatencies;
    for (int i = 0; i < count; ++i) {
        // The kernel reuses namespace ids, so an earlier launch's exit must not match this one.
        listener.exitedAt.clear();
        const double start = nowMs();
        const Launched launched = launch(helper, { QStringLiteral("/bin/true") });
        replyLatencies.push_back(nowMs() - start);
        if (!waitFor([&] { return listener.exitedAt.contains(launched.namespaceId); }, 10000)) {
            std::fprintf(stderr, "bench_helper: no NamespaceExited for %llu\n",
                static_cast<unsigned long long>(launched.namespaceId));
            std::exit(1);
        }
        latencies.push_back(listener.exitedAt.value(launched.namespaceId) - start);
    }
    return { { QStringLiteral("launches"), count },
        { QStringLiteral("p50_ms"), percentile(latencies, 0.5) },
        { QStringLiteral("p99_ms"), percentile(latencies, 0.99) },
        { QStringLiteral("reply_p50_ms"), percentile(replyLatencies, 0.5) } };
}

QJsonObject runEvents(QDBusInterface &helper, Listener &listener, int count)
{
    const Launched target = launch(helper, { QStringLiteral("sleep"), QStringLiteral("600") });
    std::vector<double> forkLatencies;
    std::vector<double> exitLatencies;
    int unreported = 0;
    int exitPipe[2];
    if (pipe2(exitPipe, O_CLOEXEC) != 0) {
        std::exit(1);
    }

    for (int i = 0; i < count; ++i) {
        const double forkedAt = nowMs();
        const pid_t pid = forkInto(target.appPid, 200, exitPipe[1]);
        const auto added = [&] {
            return listener.addedAt.value(pid, -1) >= forkedAt;
        };
        const auto removed = [&] {
            return listener.removedAt.value(pid, -1) >= forkedAt;
        };
        if (pid <= 0) {
            std::fprintf(stderr, "bench_helper: cannot fork into the namespace\n");
            std::exit(1);
        }

        // A process the helper never reports is counted, not fatal, so one lost kernel event
        // does not discard the other samples.
        const bool seen = waitFor(added, 5000);
        if (seen) {
            forkLatencies.push_back(listener.addedAt.value(pid) - forkedAt);
        } else {
            ++unreported;
            std::fprintf(stderr, "bench_helper: process %d (number %d) was not reported in 5 s\n",
                pid, i + 1);
        }

        double exitedAt = 0;
        const bool exitTimed = read(exitPipe[0], &exitedAt, sizeof exitedAt) == sizeof exitedAt;
        if (seen && exitTimed && waitFor(removed, 5000)) {
            exitLatencies.push_back(std::max(0.0, listener.removedAt.value(pid) - exitedAt));
        } else if (seen) {
            ++unreported;
            std::fprintf(stderr, "bench_helper: exit of %d was not reported in 5 s\n", pid);
        }
        reapChildren();
    }

    helper.call(QStringLiteral("TerminateNamespace"), QVariant::fromValue(target.namespaceId));
    return { { QStringLiteral("processes"), count }, { QStringLiteral("unreported"), unreported },
        { QStringLiteral("fork_p50_ms"), percentile(forkLatencies, 0.5) },
        { QStringLiteral("fork_p99_ms"), percentile(forkLatencies, 0.99) },
        { QStringLiteral("exit_p50_ms"), percentile(exitLatencies, 0.5) },
        { QStringLiteral("exit_p99_ms"), percentile(exitLatencies, 0.99) } };
}

QJsonObject runChurn(QDBusInterface &helper, Listener &listener, int rate, int seconds)
{
    const Launched target = launch(helper, { QStringLiteral("sleep"), QStringLiteral("600") });
    QHash<qint32, double> started; ///< PID -> when it was forked
    const double begin = nowMs();
    const double interval = 1000.0 / rate;

    for (int i = 0; i < rate * seconds; ++i) {
        // Each process lives one second, so about RATE of them are alive at any time.
        const double forkedAt = nowMs();
        const pid_t pid = forkInto(target.appPid, 1000, -1);
        if (pid > 0) {
            started.insert(pid, forkedAt);
        }
        reapChildren();
        const double next = begin + (i + 1) * interval;
        while (nowMs() < next) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        }
    }

    // Let the last ones exit and their removals arrive.
    waitFor([] { return false; }, 2500);
    reapChildren();

    int unseen = 0;
    for (auto it = started.cbegin(); it != started.cend(); ++it) {
        unseen += listener.addedAt.value(it.key(), -1) >= it.value() ? 0 : 1;
    }

    const QDBusReply<ProcessList> fresh
        = helper.call(QStringLiteral("GetProcesses"), QVariant::fromValue(quint64(0)));
    QSet<qint32> actual;
    for (const ProcessInfo &process : fresh.value()) {
        actual.insert(process.hostPid);
    }
    int stale = 0;
    for (auto it = listener.table.cbegin(); it != listener.table.cend(); ++it) {
        stale += started.contains(it.key()) && !actual.contains(it.key()) ? 1 : 0;
    }

    helper.call(QStringLiteral("TerminateNamespace"), QVariant::fromValue(target.namespaceId));
    return { { QStringLiteral("started"), started.size() }, { QStringLiteral("unseen"), unseen },
        { QStringLiteral("stale_rows"), stale } };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerDBusTypes();
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: bench_helper launch N | events N | churn RATE S | watch S\n");
        return 2;
    }
    const QString mode = arguments.at(1);
    const int first = arguments.at(2).toInt();
    const int second = arguments.size() > 3 ? arguments.at(3).toInt() : 0;

    QDBusConnection bus = QDBusConnection::systemBus();
    QDBusInterface helper(service, path, interfaceName, bus);
    helper.setTimeout(60000);
    Listener listener;
    bus.connect(service, path, interfaceName, QStringLiteral("NamespaceExited"), &listener,
        SLOT(onExited(qulonglong, int, int)));
    bus.connect(service, path, interfaceName, QStringLiteral("ProcessesChanged"), &listener,
        SLOT(onProcessesChanged(nestbox::ProcessList, nestbox::ProcessList, nestbox::PidList)));
    if (mode != QLatin1String("launch")) {
        helper.call(QStringLiteral("StartWatching"));
        const QDBusReply<ProcessList> initial
            = helper.call(QStringLiteral("GetProcesses"), QVariant::fromValue(quint64(0)));
        for (const ProcessInfo &process : initial.value()) {
            listener.table.insert(process.hostPid, process);
        }
    }

    QJsonObject result;
    if (mode == QLatin1String("launch")) {
        result = runLaunch(helper, listener, first);
    } else if (mode == QLatin1String("events")) {
        result = runEvents(helper, listener, first);
    } else if (mode == QLatin1String("churn")) {
        result = runChurn(helper, listener, first, second);
    } else if (mode == QLatin1String("watch")) {
        waitFor([] { return false; }, first * 1000);
    } else {
        std::fprintf(stderr, "bench_helper: unknown mode '%s'\n", qPrintable(mode));
        return 2;
    }

    result.insert(QStringLiteral("mode"), mode);
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

#include "bench_helper.moc"
